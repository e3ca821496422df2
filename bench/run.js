// `npm run bench`: runs every benchmark in this folder over the built dist/ and
// prints each one's ratio against the floor it measures in the same run.
"use strict";
const path = require("path");
const fs = require("fs");

const order = ["validate", "policy", "compile", "diff", "apply", "pulumi-register", "expression", "serve"];

async function main() {
  const only = process.argv.slice(2);
  let failed = 0;
  for (const name of order) {
    if (only.length && !only.includes(name)) continue;
    const file = path.join(__dirname, `${name}.js`);
    if (!fs.existsSync(file)) continue;
    const mod = require(file);
    if (typeof mod.run !== "function") continue;
    console.log(`\n== ${name}`);
    try {
      await mod.run();
    } catch (e) {
      failed++;
      console.log(`${name}: bench failed: ${e && e.message ? e.message : e}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main();
