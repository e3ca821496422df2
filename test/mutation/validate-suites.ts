/**
 * The validate suites in one jest file, for StrykerJS runs over src/validate only (docs/testing.md, "src/validate").
 * Not matched by `npm test` (it runs the suites themselves); selected with
 * `APIMC_MUTATION_TESTS=mutation/validate-suites.ts`. Per mutant, jest loads the test files that import the mutated
 * file, each with its own copy of src/: one file instead of thirteen cuts that load, which is most of a mutant's cost.
 *
 * Order matters: jest runs the tests in this order and StrykerJS stops a mutant at its first failing test, so the
 * suites that check one rule each come first and the CLI over every bad-input case folder comes last.
 */
import "../unit/validate/layer2-wording.test";
import "../unit/validate/schema-wording.test";
import "../unit/validate/rules.test";
import "../unit/validate/secret-echo.test";
import "../registry/secret-rules.test";
import "../registry/validate-tables.test";
import "../unit/validate/codes-documented.test";
import "../unit/validate/resource-names.test";
import "../unit/boundaries/secrets-and-ranges.test";
import "../unit/load/located-diagnostics.test";
import "../registry/gateway-kinds.test";
import "../unit/cli/validate.test";
import "../unit/validate/cases.test";
import "../unit/validate/schema-edges.test";
import "../unit/validate/rules-edges.test";
