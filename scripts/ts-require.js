// Loads the kind registry (TypeScript under src/model/kinds) into the gen
// scripts without a build: each .ts file is transpiled to CommonJS on require.
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

let registered = false;
function register() {
  if (registered) return;
  registered = true;
  require.extensions[".ts"] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(out.outputText, filename);
  };
}

function loadRegistry() {
  register();
  return require(path.join(__dirname, "..", "src", "model", "kinds", "registry.ts"));
}

module.exports = { loadRegistry };
