/**
 * Jest global setup: never test a stale build. A few tests run the shipped binary
 * (bin/apimc.js loads dist/) or the Pulumi provider host (which loads dist/provider), so
 * before any test runs, every src/ and provider/ TypeScript file must have its compiled
 * dist/ twin no older than itself. If one is missing or older, this builds once; if the
 * build fails, the run stops with one clear line instead of testing old code.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const repoRoot = path.join(__dirname, "..", "..");

/** Source files whose dist/ output is missing or older than the source (relative paths). */
function staleOutputs(root) {
  const stale = [];
  for (const top of ["src", "provider"]) {
    const dir = path.join(root, top);
    if (!fs.existsSync(dir)) continue;
    for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
      if (!rel.endsWith(".ts") || rel.endsWith(".d.ts")) continue;
      const src = path.join(dir, rel);
      const out = path.join(root, "dist", top, rel.replace(/\.ts$/, ".js"));
      if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) stale.push(path.join(top, rel));
    }
  }
  return stale;
}

/** Builds `root` (with its tsconfig.build.json) when dist/ is stale; throws one clear line when it cannot. */
function ensureFreshBuild(root) {
  const stale = staleOutputs(root);
  if (stale.length === 0) return;
  const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { cwd: root, encoding: "utf8" });
  const still = r.status === 0 ? staleOutputs(root) : stale;
  if (r.status !== 0 || still.length) {
    const why = r.status !== 0 ? `tsc failed: ${(r.stdout + r.stderr).trim().split("\n")[0]}` : `still stale after the build: ${still[0]}`;
    throw new Error(`stale build: dist/ is older than ${stale[0]} (and ${stale.length - 1} more), and rebuilding it failed (${why}); run \`npm run build\``);
  }
  process.stderr.write(`jest: dist/ was older than ${stale[0]}${stale.length > 1 ? ` and ${stale.length - 1} more` : ""}; rebuilt it\n`);
}

module.exports = async function freshBuild() {
  ensureFreshBuild(repoRoot);
};
module.exports.ensureFreshBuild = ensureFreshBuild;
module.exports.staleOutputs = staleOutputs;
