// `node bench/compile.js` (or `npm run bench -- compile`): compile time of the
// ARM target over dist/, as a ratio to a floor measured in the same run.
// Floor = parse the same YAML + read the same policy files + JSON.stringify of
// the produced template. Both sides are warmed up once on a small set and the
// best of 3 runs of each is compared. Each size runs in a fresh child process so its peak
// RSS (process.resourceUsage().maxRSS) is its own.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { listFiles } = require("./files");
const { spawnSync } = require("child_process");

const SIZES = [100, 1000, 5000];
const OPS = 10;
/** Timed runs per side; the best of each is reported (the machine may be busy with other work). */
const RUNS = Number(process.env.APIMC_BENCH_RUNS || 3);
/** Enough resources (over ARM's 800) that the warm-up also takes the split-template path. */
const WARM_UP_APIS = 100;

/** Writes apim.yaml, one YAML file and one policy file per API; returns the directory. */
function generate(apis, dir) {
  fs.mkdirSync(path.join(dir, "apis"), { recursive: true });
  fs.mkdirSync(path.join(dir, "policies"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    [
      "version: 1",
      "service:",
      "  name: bench-apim",
      "include:",
      "  - apis/*.yaml",
      "namedValues:",
      "  tenant:",
      "    displayName: tenant",
      "    value: bench",
      "backends:",
      "  main:",
      "    url: https://backend.example.com",
      "    protocol: http",
      "",
    ].join("\n"),
  );
  for (let i = 0; i < apis; i++) {
    const name = `api-${String(i).padStart(5, "0")}`;
    const lines = ["apis:", `  ${name}:`, `    displayName: API ${i}`, `    path: ${name}`, "    protocols: [https]", "    backend: main", `    policy: ../policies/${name}.xml`, "    operations:"];
    for (let j = 0; j < OPS; j++) {
      lines.push(
        `      op-${j}:`,
        `        displayName: Operation ${j}`,
        `        method: ${j % 2 ? "POST" : "GET"}`,
        `        urlTemplate: /items${j}/{id}`,
        "        templateParameters:",
        "          - { name: id, type: string, required: true }",
        "        responses:",
        "          - statusCode: 200",
        "            representations: [{ contentType: application/json }]",
      );
    }
    fs.writeFileSync(path.join(dir, "apis", `${name}.yaml`), lines.join("\n") + "\n");
    fs.writeFileSync(
      path.join(dir, "policies", `${name}.xml`),
      `<policies>\n  <inbound>\n    <base />\n    <set-header name="x-tenant" exists-action="override">\n      <value>{{tenant}}</value>\n    </set-header>\n    <set-variable name="n" value="@(context.Request.Headers.GetValueOrDefault("x-n", "${i}"))" />\n  </inbound>\n  <backend>\n    <base />\n  </backend>\n  <outbound>\n    <base />\n  </outbound>\n  <on-error>\n    <base />\n  </on-error>\n</policies>\n`,
    );
  }
  return dir;
}

function ms(a, b) {
  return Math.round(Number(b - a) / 1e6);
}

/** Load -> validate -> model -> ARM, timed per stage. */
async function compileOnce(api, dir) {
  const t0 = process.hrtime.bigint();
  const loaded = await api.loadDeclarations(dir);
  const tLoad = process.hrtime.bigint();
  const diagnostics = api.validateDeclarations(loaded);
  const tValidate = process.hrtime.bigint();
  if (api.hasErrors(diagnostics)) throw new Error(`bench input invalid: ${diagnostics.find((d) => d.severity === "error").message}`);
  const built = api.buildModel(loaded);
  if (api.hasErrors(built.diagnostics)) throw new Error(`bench model failed: ${built.diagnostics[0].message}`);
  const tModel = process.hrtime.bigint();
  const out = api.emitArm(built.model);
  const t1 = process.hrtime.bigint();
  const stages = { load: ms(t0, tLoad), validate: ms(tLoad, tValidate), model: ms(tValidate, tModel), emit: ms(tModel, t1) };
  return { out, compileMs: Number(t1 - t0) / 1e6, stages };
}

/** Floor: JSON.stringify of the produced templates + reading every file + parsing the YAML ones. */
function floorOnce(YAML, templateObjects, files) {
  let bytes = 0;
  const f0 = process.hrtime.bigint();
  for (const t of templateObjects) bytes += JSON.stringify(t, null, 2).length;
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    bytes += text.length;
    if (f.endsWith(".yaml")) YAML.parse(text);
  }
  return { floorMs: Number(process.hrtime.bigint() - f0) / 1e6, bytes };
}

function templatesOf(out) {
  return Object.keys(out.files).filter((k) => k.endsWith(".json")).map((k) => JSON.parse(out.files[k]));
}

/** Child: measures one size and prints a JSON line. */
async function child(apis) {
  const dist = path.join(__dirname, "..", "dist", "src");
  const { loadDeclarations } = require(path.join(dist, "load"));
  const { validateDeclarations } = require(path.join(dist, "validate"));
  const { buildModel, emitArm, hasErrors } = require(path.join(dist, "index.js"));
  const api = { loadDeclarations, validateDeclarations, buildModel, emitArm, hasErrors };
  const YAML = require("yaml");
  const warmDir = generate(WARM_UP_APIS, fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-compile-warm-")));
  const dir = generate(apis, fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-compile-")));
  try {
    // Warm both sides up once on a small set, so neither pays module loading, the
    // schema compile or the first JIT tiers inside its timing; then best of RUNS each.
    const warm = await compileOnce(api, warmDir);
    floorOnce(YAML, templatesOf(warm.out), listFiles(warmDir));
    const files = listFiles(dir);
    let best;
    let floor;
    let templateObjects;
    let resources;
    let templates;
    let rssMb;
    for (let i = 0; i < RUNS; i++) {
      const { out, compileMs, stages } = await compileOnce(api, dir);
      if (!best || compileMs < best.compileMs) best = { compileMs, stages };
      if (!templateObjects) {
        templateObjects = templatesOf(out);
        resources = Object.values(out.summary).reduce((a, b) => a + b, 0);
        templates = Object.keys(out.files).filter((k) => k.endsWith(".json") && !k.endsWith(".parameters.json") && k !== "deploy-order.json").length;
        // Peak RSS of one compile (after the warm-up), before later runs' garbage can add to it.
        rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      }
      const f = floorOnce(YAML, templateObjects, files);
      if (!floor || f.floorMs < floor.floorMs) floor = f;
    }
    const { compileMs, stages } = best;
    const { floorMs, bytes } = floor;
    process.stdout.write(JSON.stringify({ apis, compileMs, floorMs, resources, templates, rssMb, bytes, stages }) + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(warmDir, { recursive: true, force: true });
  }
}

async function run(sizes = SIZES) {
  const results = [];
  for (const apis of sizes) {
    const r = spawnSync(process.execPath, [__filename, "--child", String(apis)], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`compile bench ${apis}: ${r.stderr.trim().split("\n").slice(-3).join(" ")}`);
    const m = JSON.parse(r.stdout.trim().split("\n").pop());
    const ratio = m.compileMs / m.floorMs;
    console.log(
      `compile ${apis}x${OPS}: ${m.compileMs.toFixed(0)} ms, floor ${m.floorMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (goal <= 2), rss ${m.rssMb} MB` +
        ` [${m.resources} resources, ${m.templates} template${m.templates === 1 ? "" : "s"}; load ${m.stages.load} ms, validate ${m.stages.validate} ms, model ${m.stages.model} ms, emit ${m.stages.emit} ms]`,
    );
    results.push({ ...m, ratio });
  }
  if (results.length > 1) {
    const first = results[0];
    const last = results[results.length - 1];
    const growth = last.compileMs / first.compileMs / (last.apis / first.apis);
    console.log(`compile growth ${first.apis} -> ${last.apis} APIs: ${growth.toFixed(2)}x linear (1.00 = linear)`);
  }
  return results;
}

module.exports = { run };

if (require.main === module) {
  const at = process.argv.indexOf("--child");
  if (at >= 0) {
    child(Number(process.argv[at + 1])).catch((e) => {
      console.error(e && e.stack ? e.stack : e);
      process.exit(1);
    });
  } else {
    const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
    run(sizes.length ? sizes : SIZES).catch((e) => {
      console.error(`compile bench failed: ${e.message}`);
      process.exitCode = 1;
    });
  }
}
