/**
 * Conformance suite: needs ../shared (or $APIMC_SHARED); run through `npm run conformance`, which CI
 * (.ci/run) always runs. It also holds the package tarball test (test/provider/tarball.test.ts): that
 * one needs the npm registry and minutes of installs, so it is kept out of the self-contained `npm test`.
 */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/conformance/**/*.test.ts", "<rootDir>/test/provider/tarball.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 300000,
};
