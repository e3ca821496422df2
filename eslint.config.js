// Lint: typescript-eslint plus DESIGN §2's import boundaries, enforced per folder.
"use strict";
const tseslint = require("typescript-eslint");

const stages = ["core", "load", "validate", "policy", "model", "lint", "emit", "diff", "azure", "state", "report", "cli", "runtime"];

/** Allowed src/ stages for each folder (DESIGN §2). Everything else is forbidden. */
const allowed = {
  "src/core": [],
  "src/load": ["core"],
  "src/validate": ["core", "load", "policy"],
  "src/policy": ["core"],
  "src/model": ["core", "policy", "load"],
  "src/lint": ["core", "model", "policy", "load"],
  "src/emit/arm": ["core", "model", "policy"],
  "src/emit/gateway": ["core", "model", "policy", "emit/arm", "lint"],
  "src/emit/declarations": ["core", "model", "policy"],
  "src/diff": ["core", "model", "policy"],
  "src/azure": ["core"],
  "src/state": ["core", "azure", "model", "policy"],
  "src/report": ["core", "diff", "validate", "lint"],
  "src/runtime": ["core", "model", "policy"],
};

function boundary(folder) {
  const ok = new Set(allowed[folder]);
  const own = folder.replace(/^src\//, "");
  const banned = stages.filter((s) => !ok.has(s) && s !== own.split("/")[0]);
  const patterns = [];
  if (banned.length) {
    patterns.push({
      // azure/keyvault-uri is the one Key Vault identifier parser: pure, it talks to nothing (docs/design.md).
      // Validation reads the kind registry (model/kinds: plain data) for references, sections and secrets.
      regex: `^(\\.\\./)+(?!azure/keyvault-uri$${folder === "src/validate" ? "|model/kinds/" : ""})(${banned.join("|")})(/|$)`,
      message: `${folder} may import only: ${[...ok].join(", ") || "nothing in src"} (DESIGN §2).`,
    });
  }
  if (own.startsWith("emit/")) {
    const sibling = own === "emit/arm" ? "gateway" : "arm";
    if (!ok.has(`emit/${sibling}`)) patterns.push({ regex: `^\\.\\./${sibling}(/|$)`, message: "emitters never import each other (DESIGN §2)." });
  }
  patterns.push({ regex: "^(\\.\\./)+(\\.\\./)provider(/|$)", message: "src/ never imports provider/." });
  const paths = [{ name: "@pulumi/pulumi", message: "src/ never imports @pulumi/pulumi (DESIGN §2)." }];
  if (folder !== "src/azure") {
    patterns.push({ regex: "^@azure/", message: "only src/azure/ talks to Azure (DESIGN §2)." });
  }
  return {
    files: [`${folder}/**/*.ts`],
    rules: { "no-restricted-imports": ["error", { paths, patterns }] },
  };
}

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "build/**", "coverage/**", ".stryker-tmp/**", "reports/**", "**/*.js", "test/cases/**", "test/fixtures/**", "examples/**/build/**"] },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its error, and a CLI or provider that exits before it settles loses work.
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...Object.keys(allowed).map(boundary),
  {
    // The provider is a thin adapter over the public API (DESIGN §2): src/index.ts only.
    files: ["provider/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(\\.\\./)+src/(?!index$)", message: "provider/ imports apimc only through src/index.ts (DESIGN §2)." }, { regex: "^@azure/", message: "only src/azure/ talks to Azure (DESIGN §2)." }] },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "@pulumi/pulumi", message: "src/ never imports @pulumi/pulumi." }] }] },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
