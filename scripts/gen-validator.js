// `npm run gen` (after gen-types.js): writes schema/apimc.schema.validate.js, the
// declaration schema compiled ahead of time with ajv's standalone code generator.
// Compiling the schema at run time took ajv about 0.3-1 s per process: the cost of
// every `apimc validate` and of every test file that validates. The compiled module
// only requires ajv's small runtime helpers and ajv-formats' format checks, both
// dependencies. The options must stay those src/validate/schema-check.ts reads
// errors with (allErrors, verbose: the failing schema node and value ride on each
// error). `--check` fails on drift (test/unit/validate/schema-validator.test.ts).
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const schemaPath = path.join(root, "schema", "apimc.schema.json");
const validatorPath = path.join(root, "schema", "apimc.schema.validate.js");

const BANNER = "// Generated from schema/apimc.schema.json by `npm run gen` (scripts/gen-validator.js). Do not edit.\n";

/** The standalone validator module's text for the schema text given (the committed schema by default). */
function render(schemaText = fs.readFileSync(schemaPath, "utf8")) {
  const Ajv2020 = require("ajv/dist/2020");
  const addFormats = require("ajv-formats");
  const standaloneCode = require("ajv/dist/standalone").default;
  // `lines`: one statement a line, so a schema change shows as a readable diff. `inlineRefs: false`: each `$defs`
  // entry becomes one function, called where it is referenced, instead of a copy at every reference: the module is
  // 30 % smaller and its first call about 4 times faster. The errors are the same but for `schemaPath`, which
  // schema-check.ts does not read.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, inlineRefs: false, code: { source: true, lines: true } });
  addFormats(ajv);
  return BANNER + standaloneCode(ajv, ajv.compile(JSON.parse(schemaText))) + "\n";
}

module.exports = { render, schemaPath, validatorPath };

if (require.main === module) {
  const text = render();
  if (process.argv.includes("--check")) {
    if (!fs.existsSync(validatorPath) || fs.readFileSync(validatorPath, "utf8") !== text) {
      console.error("schema/apimc.schema.validate.js is out of date: run `npm run gen`");
      process.exit(1);
    }
  } else {
    fs.writeFileSync(validatorPath, text);
  }
}
