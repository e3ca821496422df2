/**
 * The validate suites that check layer-2 rules one by one, in one jest file, for StrykerJS runs over
 * src/validate/rules (docs/testing.md, "src/validate"). Not matched by `npm test`. Every validate call runs
 * every rule, so every test here covers nearly every mutant of the rules and a surviving mutant runs them all:
 * the CLI over the bad-input case folders (validate-suites.ts) is left out to keep a mutant at about a second.
 */
import "../unit/validate/layer2-wording.test";
import "../unit/validate/rules-edges.test";
import "../unit/validate/rules.test";
import "../unit/validate/secret-echo.test";
import "../registry/secret-rules.test";
import "../registry/validate-tables.test";
import "../unit/boundaries/secrets-and-ranges.test";
import "../unit/validate/schema-wording.test";
