// `npm run bench` (or `node bench/validate.js`): loadDeclarations + validateDeclarations over a
// generated set of 1,000 APIs x 10 operations with a policy XML file each, against a floor measured
// in the same run: reading the same files and parsing the same YAML with `yaml`.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { listFiles } = require("./files");
const YAML = require("yaml");

const APIS = Number(process.env.APIMC_BENCH_APIS || 1000);
const OPS = 10;
const RUNS = 3;

function generate(dir) {
  fs.mkdirSync(path.join(dir, "apis"), { recursive: true });
  fs.mkdirSync(path.join(dir, "policies"), { recursive: true });
  const nv = [];
  for (let i = 0; i < 20; i++) nv.push(`  nv-${i}:\n    displayName: nv-${i}\n    value: value-${i}\n`);
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1\nservice:\n  name: bench\ninclude:\n  - apis/*.yaml\nnamedValues:\n${nv.join("")}backends:\n  main:\n    url: https://main.example.com\n    protocol: http\n`,
  );
  for (let a = 0; a < APIS; a++) {
    const ops = [];
    for (let o = 0; o < OPS; o++) {
      const policy = `policies/api-${a}-op-${o}.xml`;
      fs.writeFileSync(
        path.join(dir, policy),
        `<policies>\n  <inbound>\n    <base />\n    <set-header name="x-op" exists-action="override">\n      <value>{{nv-${o}}}</value>\n    </set-header>\n    <set-backend-service backend-id="main" />\n  </inbound>\n  <backend>\n    <base />\n  </backend>\n  <outbound>\n    <base />\n  </outbound>\n  <on-error>\n    <base />\n  </on-error>\n</policies>\n`,
      );
      ops.push(
        `      op-${o}:\n        displayName: Operation ${o}\n        method: ${o % 2 ? "POST" : "GET"}\n        urlTemplate: /items-${o}/{id}\n        templateParameters:\n          - name: id\n            type: string\n            required: true\n        policy: ../${policy}\n`,
      );
    }
    fs.writeFileSync(
      path.join(dir, "apis", `api-${a}.yaml`),
      `apis:\n  api-${a}:\n    displayName: API ${a}\n    path: api-${a}\n    protocols: [https]\n    backend: main\n    operations:\n${ops.join("")}`,
    );
  }
}

function floor(dir) {
  const t0 = process.hrtime.bigint();
  for (const f of listFiles(dir)) {
    const text = fs.readFileSync(f, "utf8");
    if (f.endsWith(".yaml")) YAML.parse(text);
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function validateOnce(api, dir) {
  const t0 = process.hrtime.bigint();
  const loaded = await api.loadDeclarations(dir);
  const diagnostics = api.validateDeclarations(loaded);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`generated set has ${errors.length} errors, first: ${errors[0].code} ${errors[0].message}`);
  return ms;
}

async function run() {
  const api = require(path.join(__dirname, "..", "dist", "src", "index.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-validate-"));
  try {
    generate(dir);
    // One warm-up of each so that neither side pays module loading or the ajv compile.
    floor(dir);
    await validateOnce(api, dir);
    const v = [];
    const f = [];
    for (let i = 0; i < RUNS; i++) {
      f.push(floor(dir));
      v.push(await validateOnce(api, dir));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const vm = median(v);
    const fm = median(f);
    const ratio = vm / fm;
    console.log(`validate: ${vm.toFixed(0)} ms, floor ${fm.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (goal <= 2) [${APIS} APIs x ${OPS} operations, ${APIS * OPS} policy files]`);
    return { ms: vm, floorMs: fm, ratio };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(`validate bench failed: ${e && e.message ? e.message : e}`);
    process.exitCode = 1;
  });
}
