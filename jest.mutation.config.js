/**
 * Jest as StrykerJS runs it (`npm run mutation`). No global build: a mutant lives in the
 * instrumented src/, never in dist/. Each mutant runs the tests that cover it (perTest coverage);
 * the heavy end-to-end CLI suites cover nearly every line, so by default the mutation run uses the
 * unit and boundary suites of the mutated folders. APIMC_MUTATION_TESTS (comma-separated folders
 * or files below test/) chooses another set, e.g. `APIMC_MUTATION_TESTS=unit npm run mutation`.
 */
const base = require("./jest.config.js");
const { globalSetup: _build, ...rest } = base;
const DEFAULT = "unit/policy,unit/validate,unit/emit-arm,unit/diff,unit/lint,unit/report-plan,unit/boundaries";
const chosen = (process.env.APIMC_MUTATION_TESTS || DEFAULT).split(",").map((s) => s.trim()).filter(Boolean);
module.exports = {
  ...rest,
  testMatch: chosen.map((p) => (p.endsWith(".ts") ? `<rootDir>/test/${p}` : `<rootDir>/test/${p}/**/*.test.ts`)),
};
