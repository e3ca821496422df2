/**
 * Jest as StrykerJS runs it (`npm run mutation`): the suites that exercise src/policy,
 * src/validate, src/emit/arm, src/diff and src/lint in-process. No global build (a mutant lives
 * in the instrumented src/, never in dist/), and none of the suites that only test other layers
 * through spawned processes or the Azure emulators (a mutant there cannot be seen).
 */
const base = require("./jest.config.js");
const { globalSetup: _build, ...rest } = base;
module.exports = {
  ...rest,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, "<rootDir>/test/provider/", "<rootDir>/test/unit/azure/", "<rootDir>/test/unit/state/", "<rootDir>/test/unit/cli/(extract|plan-live|fresh-build)\\.test\\.ts$"],
};
