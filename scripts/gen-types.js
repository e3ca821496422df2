// Writes schema/apimc.schema.json from scripts/schema-src.js and generates
// src/load/declarations.generated.ts from it. `--check` fails on drift.
"use strict";
const fs = require("fs");
const path = require("path");
const { compile } = require("json-schema-to-typescript");

const root = path.join(__dirname, "..");
const schemaPath = path.join(root, "schema", "apimc.schema.json");
const typesPath = path.join(root, "src", "load", "declarations.generated.ts");

async function render() {
  const schema = require("./schema-src.js");
  const json = JSON.stringify(schema, null, 2) + "\n";
  const ts = await compile(JSON.parse(json), "ApimcDeclarations", {
    bannerComment: "/* Generated from schema/apimc.schema.json by `npm run gen:types`. Do not edit. */",
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: false, printWidth: 120 },
  });
  return { json, ts };
}

module.exports = { render, schemaPath, typesPath };

if (require.main === module) {
  render().then(({ json, ts }) => {
    if (process.argv.includes("--check")) {
      const ok = fs.readFileSync(schemaPath, "utf8") === json && fs.readFileSync(typesPath, "utf8") === ts;
      if (!ok) {
        console.error("schema or generated types are out of date: run `npm run gen:types`");
        process.exit(1);
      }
      return;
    }
    fs.writeFileSync(schemaPath, json);
    fs.writeFileSync(typesPath, ts);
  });
}
