/**
 * The validate suites that check layer 1 (the schema) and the diagnostics' words and places, in one jest file, for
 * StrykerJS runs over src/validate's own files (schema-check, subject, reporter, index...; docs/testing.md,
 * "src/validate"). Not matched by `npm test`. The CLI over the bad-input case folders (validate-suites.ts) is left
 * out: every test covers the reporter and index, so a surviving mutant there runs them all.
 */
import "../unit/validate/schema-wording.test";
import "../unit/validate/schema-edges.test";
import "../unit/validate/layer2-wording.test";
import "../unit/validate/rules.test";
import "../unit/validate/secret-echo.test";
import "../unit/validate/resource-names.test";
import "../unit/load/located-diagnostics.test";
