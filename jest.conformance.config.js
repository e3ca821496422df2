/** Conformance suite: needs ../shared (or $APIMC_SHARED); run through `npm run conformance`. */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/conformance/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 300000,
};
