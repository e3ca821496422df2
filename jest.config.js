/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Pulumi keeps its runtime state on globalThis; jest's cleanup would wipe it between files.
  testEnvironmentOptions: { globalsCleanup: "off" },
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  // Conformance needs ../shared and runs through `npm run conformance` with its own config. So does
  // the tarball test: it needs the npm registry (npm pack + install into a fresh Pulumi project) and
  // takes minutes, so `npm test` stays self-contained and fast; CI runs it through conformance.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/conformance/", "<rootDir>/test/provider/tarball\\.test\\.ts$"],
  // StrykerJS's sandbox copies of the project (npm run mutation).
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/"],
  testTimeout: 60000,
  // Tests that spawn bin/apimc.js or the provider host load dist/: rebuild it when src/ is newer.
  globalSetup: "<rootDir>/test/setup/fresh-build.js",
  maxWorkers: 2,
};
