// `npm run bench` (or `node bench/diff.js`): plan() between two generated declaration sets of
// 1,000 APIs x 10 operations (a policy XML file each) that differ in 10 places, against loading
// both sets in the same run (loadDeclarations + buildModel, what `apimc diff` needs before it can
// compare). Goal: the diff itself adds <= 20 % over loading.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const APIS = Number(process.env.APIMC_BENCH_APIS || 1000);
const OPS = 10;
const RUNS = 3;

function policyXml(calls) {
  return `<policies>\n  <inbound>\n    <base />\n    <rate-limit calls="${calls}" renewal-period="60" />\n    <set-backend-service backend-id="main" />\n  </inbound>\n  <backend>\n    <base />\n  </backend>\n  <outbound>\n    <base />\n  </outbound>\n  <on-error>\n    <base />\n  </on-error>\n</policies>\n`;
}

/** `edits` maps "api/op" to a kind of edit, so the two sets differ in exactly those places. */
function generate(dir, edits) {
  fs.mkdirSync(path.join(dir, "apis"), { recursive: true });
  fs.mkdirSync(path.join(dir, "policies"), { recursive: true });
  const backendUrl = edits.has("backend") ? "https://main2.example.com" : "https://main.example.com";
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1\nservice:\n  name: bench\ninclude:\n  - apis/*.yaml\nbackends:\n  main:\n    url: ${backendUrl}\n    protocol: http\n`,
  );
  for (let a = 0; a < APIS; a++) {
    const ops = [];
    for (let o = 0; o < OPS; o++) {
      const key = `${a}/${o}`;
      const policy = `policies/api-${a}-op-${o}.xml`;
      fs.writeFileSync(path.join(dir, policy), policyXml(edits.get(key) === "policy" ? 20 : 10));
      const name = edits.get(key) === "name" ? `Operation ${o} (renamed)` : `Operation ${o}`;
      ops.push(`      op-${o}:\n        displayName: ${name}\n        method: GET\n        urlTemplate: /items-${o}\n        policy: ../${policy}\n`);
    }
    fs.writeFileSync(
      path.join(dir, "apis", `api-${a}.yaml`),
      `apis:\n  api-${a}:\n    displayName: API ${a}\n    path: api-${a}\n    protocols: [https]\n    operations:\n${ops.join("")}`,
    );
  }
}

async function loadModel(api, dir) {
  const built = api.buildModel(await api.loadDeclarations(dir));
  if (!built.model) throw new Error(`bench set does not build: ${built.diagnostics.map((d) => d.message).join("; ")}`);
  return built.model;
}

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function run() {
  const api = require(path.join(__dirname, "..", "dist", "src", "index.js"));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-diff-"));
  try {
    const step = Math.max(1, Math.floor(APIS / 10));
    const edits = new Map([["backend", "backend"]]);
    for (let i = 0; i < 9; i++) edits.set(`${(i * step) % APIS}/${i % OPS}`, i % 3 === 0 ? "name" : "policy");
    generate(path.join(tmp, "before"), new Map());
    generate(path.join(tmp, "after"), edits);

    let best = { load: Infinity, diff: Infinity, changes: 0 };
    for (let r = 0; r < RUNS; r++) {
      let t0 = process.hrtime.bigint();
      const before = await loadModel(api, path.join(tmp, "before"));
      const after = await loadModel(api, path.join(tmp, "after"));
      const load = ms(t0);
      t0 = process.hrtime.bigint();
      const plan = api.plan(before, after);
      api.renderPlan(plan, "text");
      const diff = ms(t0);
      best = { load: Math.min(best.load, load), diff: Math.min(best.diff, diff), changes: plan.changes.length };
    }
    if (best.changes !== 10) throw new Error(`expected 10 changes, plan has ${best.changes}`);
    const overhead = (best.diff / best.load) * 100;
    console.log(`diff ${APIS}x${OPS}: load ${best.load.toFixed(0)} ms, diff ${best.diff.toFixed(0)} ms, overhead ${overhead.toFixed(1)}% (goal <= 20%)`);
    return { load: best.load, diff: best.diff, overhead };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(`diff bench failed: ${e && e.message ? e.message : e}`);
    process.exitCode = 1;
  });
}
