// `node bench/policy.js` (or `npm run bench -- policy`): policy parse + canonical
// print throughput over dist/, as a ratio to a floor measured in the same run:
// a plain saxes parse of the same documents after their expressions are
// entity-escaped (well-formed XML). Corpus: $APIMC_SHARED (default ../shared)
// policy-snippets + policy-toolkit, else test/fixtures/policy; repeated to >= 20 MB.
"use strict";
const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");

const root = path.join(__dirname, "..");
const TARGET_BYTES = 20 * 1024 * 1024;

function xmlFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((f) => path.join(dir, f));
}

function corpus() {
  const shared = path.resolve(process.env.APIMC_SHARED || path.join(root, "..", "shared"));
  let files = ["policy-snippets", "policy-toolkit"].flatMap((d) => xmlFiles(path.join(shared, "corpus", d)));
  let source = "shared corpus";
  if (files.length === 0) {
    files = xmlFiles(path.join(root, "test", "fixtures", "policy"));
    source = "test fixtures";
  }
  return { docs: files.map((f) => fs.readFileSync(f, "utf8")), source };
}

/** The same document as well-formed XML: expression characters become entities. */
function escaped(text, expressionSpans) {
  let out = "";
  let at = 0;
  for (const [s, e] of expressionSpans(text)) {
    out += text.slice(at, s) + text.slice(s, e).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    at = e;
  }
  return out + text.slice(at);
}

function saxesParse(text) {
  const p = new SaxesParser({ position: true });
  let elements = 0;
  p.on("opentag", () => elements++);
  p.on("text", () => undefined);
  p.on("error", () => undefined);
  p.write(text).close();
  return elements;
}

function timed(fn, docs) {
  const start = process.hrtime.bigint();
  for (const d of docs) fn(d);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function run() {
  const api = require(path.join(root, "dist", "src", "index.js"));
  const { docs, source } = corpus();
  if (docs.length === 0) throw new Error("no policy documents found");
  const oneRound = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const rounds = Math.ceil(TARGET_BYTES / oneRound);
  const ours = [];
  const floor = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      ours.push(d);
      floor.push(escaped(d, api.expressionSpans));
    }
  }
  const bytes = ours.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const floorBytes = floor.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const parsePrint = (d) => {
    const { document } = api.parsePolicy(d, { file: "bench.xml" });
    if (!document) throw new Error("bench document failed to parse");
    return api.printPolicy(document);
  };
  // Warm both paths before timing.
  timed(parsePrint, docs);
  timed(saxesParse, floor.slice(0, docs.length));
  const floorSeconds = timed(saxesParse, floor);
  const oursSeconds = timed(parsePrint, ours);
  const mbps = bytes / 1048576 / oursSeconds;
  const floorMbps = floorBytes / 1048576 / floorSeconds;
  const ratio = oursSeconds / floorSeconds;
  console.log(`policy corpus: ${docs.length} documents from ${source}, ${(bytes / 1048576).toFixed(1)} MB (${rounds} rounds)`);
  console.log(`policy parse+print: ${mbps.toFixed(1)} MB/s, floor ${floorMbps.toFixed(1)} MB/s, ratio ${ratio.toFixed(2)} (goal <= 3)`);
  return { mbps, floorMbps, ratio };
}

module.exports = { run };
if (require.main === module) run();
