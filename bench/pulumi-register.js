// `node bench/pulumi-register.js` (or `npm run bench pulumi-register`): the cost of building ApimService over
// N APIs x 10 operations in a Pulumi program under setMocks, against the floor of registering the same
// number of plain mock CustomResources with the same inputs, measured in the same run. Each measurement runs
// in a fresh node process (Pulumi keeps its runtime state per process); each figure is the best of
// APIMC_BENCH_REPEATS (default 3) interleaved runs. Goal (issue 14): ratio <= 2 at 1,000 APIs, and linear
// growth from 100 to 1,000.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const OPERATIONS = 10;

function declarations(apis) {
  const out = { version: 1, service: { name: "bench-apim" }, apis: {} };
  for (let a = 0; a < apis; a++) {
    const operations = {};
    for (let o = 0; o < OPERATIONS; o++) {
      operations[`op-${o}`] = { displayName: `Operation ${o}`, method: o % 2 ? "POST" : "GET", urlTemplate: `/items/${o}/{id}`, templateParameters: [{ name: "id", type: "string", required: true }] };
    }
    out.apis[`api-${a}`] = { displayName: `API ${a}`, path: `api-${a}`, protocols: ["https"], operations };
  }
  return out;
}

/** Runs in the child: registers either ApimService (mode "apimc") or plain CustomResources (mode "floor"). */
async function child(mode, apis) {
  const pulumi = require("@pulumi/pulumi");
  let count = 0;
  pulumi.runtime.setMocks(
    {
      newResource(args) {
        count++;
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: (args) => args.inputs,
    },
    "apimc",
    "bench",
    false,
  );
  const decl = declarations(apis);
  const service = { subscriptionId: "00000000-0000-0000-0000-0000000000b1", resourceGroup: "rg-bench", serviceName: "bench-apim" };
  // Loading apimc's modules is a fixed cost, not a cost of scale; it is taken before the clock starts, as
  // pulumi's is. Both sides load them, so both measure in a process of the same size.
  const { ApimService } = require(path.join(root, "dist/provider/index.js"));
  const started = process.hrtime.bigint();
  if (mode === "apimc") {
    const svc = new ApimService("bench", { declarations: decl, service });
    await new Promise((resolve) => svc.armIds.apply(resolve));
  } else {
    // The floor: one plain CustomResource per API, with the same inputs the Api resource gets.
    const outs = [];
    for (const [name, properties] of Object.entries(decl.apis)) {
      const r = new pulumi.CustomResource("bench:index:Api", `bench-apis-${name}`, { service, name, properties, armId: undefined, parts: undefined });
      outs.push(r.urn);
    }
    await new Promise((resolve) => pulumi.all(outs).apply(resolve));
  }
  // Let the mock monitor finish the registrations it has queued.
  await new Promise((resolve) => setImmediate(resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ ms, count }));
}

function measure(mode, apis) {
  const r = spawnSync(process.execPath, [__filename, "--child", mode, String(apis)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${mode} ${apis}: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Best of `REPEATS` runs, floor and apimc interleaved, so a busy machine slows both alike. */
const REPEATS = Number(process.env.APIMC_BENCH_REPEATS || 3);

function best(mode, apis, runs) {
  const r = measure(mode, apis);
  runs.push(r);
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

async function run() {
  const results = {};
  for (const apis of [100, 1000]) {
    const floors = [];
    const apimcs = [];
    let floor;
    let apimc;
    for (let i = 0; i < REPEATS; i++) {
      floor = best("floor", apis, floors);
      apimc = best("apimc", apis, apimcs);
    }
    results[apis] = { floor, apimc };
    console.log(
      `pulumi-register ${apis} APIs x ${OPERATIONS} operations: apimc ${apimc.ms.toFixed(0)} ms (${apimc.count} resources), floor ${floor.ms.toFixed(0)} ms (${floor.count} resources), ratio ${(apimc.ms / floor.ms).toFixed(2)} (goal <= 2)`,
    );
  }
  // Other work on the machine slows both sides, but not equally: say how busy it was.
  console.log(`pulumi-register load average ${require("os").loadavg().map((l) => l.toFixed(1)).join(" ")} on ${require("os").cpus().length} cores`);
  const growth = results[1000].apimc.ms / results[100].apimc.ms;
  const floorGrowth = results[1000].floor.ms / results[100].floor.ms;
  console.log(`pulumi-register growth 100 -> 1000 APIs: apimc x${growth.toFixed(1)}, floor x${floorGrowth.toFixed(1)} (goal: linear, at most x10 for 10x the APIs)`);
}

if (process.argv[2] === "--child") {
  child(process.argv[3], Number(process.argv[4])).catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  });
} else if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { run };
