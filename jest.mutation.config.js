/**
 * Jest as StrykerJS runs it (`npm run mutation`, docs/testing.md).
 *
 * - No global build: a mutant lives in the instrumented src/ of Stryker's sandbox, never in dist/,
 *   so the stale-build check (which may run tsc) is dropped.
 * - Only the fast in-process tests: unit tests and the in-process CLI case runners. Tests that start
 *   the HTTPS emulators, spawn a process (the binary, tsc, gen scripts) or drive the Pulumi host are
 *   left out; they exercise the same pure stages through slower doors.
 * - Stryker runs, per mutant, only the test files that import the mutated file (findRelatedTests in
 *   stryker.config.json) and, inside them, only the tests that covered it (perTest coverage).
 *
 * APIMC_MUTATION_TESTS (comma-separated folders or files below test/) narrows the set further, e.g.
 * `APIMC_MUTATION_TESTS=unit/diff,unit/cli npm run mutation -- --mutate 'src/diff/**\/*.ts'`.
 */
const base = require("./jest.config.js");
const { globalSetup: _build, ...rest } = base;
const chosen = (process.env.APIMC_MUTATION_TESTS || "unit").split(",").map((s) => s.trim()).filter(Boolean);
module.exports = {
  ...rest,
  testMatch: chosen.map((p) => (p.endsWith(".ts") ? `<rootDir>/test/${p}` : `<rootDir>/test/${p}/**/*.test.ts`)),
  testPathIgnorePatterns: [
    ...rest.testPathIgnorePatterns,
    // HTTPS emulators (ARM, Key Vault) and live reads.
    "<rootDir>/test/unit/azure/",
    "<rootDir>/test/unit/state/.*live",
    "<rootDir>/test/unit/cli/(extract|plan-live)\\.test\\.ts$",
    // Spawned processes: the shipped binary, tsc, the generator scripts.
    "<rootDir>/test/unit/cli/(readme-commands|readme-example|fresh-build)\\.test\\.ts$",
    "<rootDir>/test/unit/load/schema\\.test\\.ts$",
    "<rootDir>/test/unit/model/registry\\.test\\.ts$",
  ],
};
