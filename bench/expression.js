// `node bench/expression.js` (or `npm run bench -- expression`): evaluations per
// second of a typical header expression, parsed once and cached as the runtime
// does, against a floor measured in the same run: the same logic written in
// plain JavaScript over the same context objects.
"use strict";
const path = require("path");

const root = path.join(__dirname, "..");
const SOURCE = '@(context.Request.Headers.GetValueOrDefault("x-tenant", "none").ToLower())';

function measure(fn, ms = 1000) {
  let n = 0;
  const end = process.hrtime.bigint() + BigInt(ms) * 1000000n;
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
  }
  return (n / ms) * 1000;
}

async function run() {
  const { compileExpression, evaluateProgram } = require(path.join(root, "dist/src/runtime/index.js"));
  const ctxMod = require(path.join(root, "dist/src/runtime/context.js"));
  const values = require(path.join(root, "dist/src/runtime/expression/values.js"));
  const req = new ctxMod.RequestModel("GET", new ctxMod.UrlModel("https://gw.example/orders/42"), new ctxMod.HeaderMap({ "X-Tenant": "ACME" }), new ctxMod.MessageBody(undefined), "127.0.0.1");
  const rec = new ctxMod.CsRecord("IApi", { Name: "Orders" });
  const context = new ctxMod.ContextModel(req, rec, rec, null, null, null, rec, new values.CsGuid("00000000-0000-4000-8000-000000000001"), new values.CsDateTime(0), () => 0, []);
  const env = { context, now: () => 0, newGuid: () => "00000000-0000-4000-8000-000000000002" };
  // The runtime compiles once per expression text (cache hit on every later call).
  const evalOnce = () => evaluateProgram(compileExpression(SOURCE).program, env);
  if (evalOnce() !== "acme") throw new Error("bench expression returned the wrong value");
  const native = () => String(context.Request.Headers.GetValueOrDefault("x-tenant", "none")).toLowerCase();
  measure(evalOnce, 200);
  measure(native, 200);
  const floor = measure(native);
  const rate = measure(evalOnce);
  console.log(`expression: ${SOURCE}`);
  console.log(`interpreter: ${(rate / 1e6).toFixed(2)} M evaluations/s (parse cached)`);
  console.log(`native JS floor: ${(floor / 1e6).toFixed(2)} M evaluations/s`);
  console.log(`ratio: ${(rate / floor).toFixed(3)} of native`);
}

module.exports = { run };
if (require.main === module) run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
