// Runs the conformance suite (test/conformance) over the shared specs and corpus.
// Data location: $APIMC_SHARED, else ../shared next to the project.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const shared = path.resolve(process.env.APIMC_SHARED || path.join(root, "..", "shared"));
const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const outFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;

if (!fs.existsSync(path.join(shared, "specs")) && !fs.existsSync(path.join(shared, "corpus"))) {
  console.log(`conformance: skipped, no shared specs or corpus at ${shared} (set APIMC_SHARED to run it)`);
  process.exit(0);
}

const jestArgs = [require.resolve("jest/bin/jest"), "-c", path.join(root, "jest.conformance.config.js")];
if (outFile) jestArgs.push("--json", `--outputFile=${outFile}`);
const r = spawnSync(process.execPath, jestArgs, {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, APIMC_SHARED: shared },
});
process.exit(r.status === null ? 1 : r.status);
