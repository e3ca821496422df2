/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Pulumi keeps its runtime state on globalThis; jest's cleanup would wipe it between files.
  testEnvironmentOptions: { globalsCleanup: "off" },
  // SWC strips the types, file by file (tsconfig's isolatedModules holds the code to what that can do; type checks are
  // `npm run lint`). It transpiles 10-15 times faster than ts-jest, which is most of a cold-cache run's transform cost
  // (docs/testing.md). Same output shape as tsc's: ES2022 class fields, CommonJS with esModuleInterop-style helpers.
  // @swc/jest hoists jest.mock() above the imports, as ts-jest did.
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022", transform: { useDefineForClassFields: true } }, module: { type: "commonjs" } }],
  },
  // Jest's runtime with V8's code cache shared by the test files a worker runs: each file still loads its modules
  // afresh, but V8 parses each source once per worker instead of once per file (test/setup/code-cache-runtime.js).
  runtime: "<rootDir>/test/setup/code-cache-runtime.js",
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  // Conformance needs ../shared and runs through `npm run conformance` with its own config. So does
  // the tarball test: it needs the npm registry (npm pack + install into a fresh Pulumi project) and
  // takes minutes, so `npm test` stays self-contained and fast; CI runs it through conformance.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/conformance/", "<rootDir>/test/provider/tarball\\.test\\.ts$"],
  // StrykerJS's sandbox copies of the project (npm run mutation).
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/"],
  testTimeout: 60000,
  // Tests that spawn bin/apimc.js or the provider host load dist/: rebuild it when src/ is newer
  // (test/setup/fresh-build.js). It also makes the emulators' TLS certificate once for the run.
  globalSetup: "<rootDir>/test/setup/global-setup.ts",
  maxWorkers: 2,
  // A worker's JS side exits at once when jest ends it (no open handle), but V8 then frees a 150-330 MB heap page by
  // page; on a loaded 2-core machine that took longer than jest's 500 ms default and printed "A worker process has
  // failed to exit gracefully" (traced with strace: ~400 munmap calls until SIGTERM). A real leak still shows, 5 s later.
  workerGracefulExitTimeout: 5000,
};
