/**
 * schema/apimc.schema.json is the single source of truth for the format: the
 * committed TypeScript types must match it, and every property must carry a
 * description, because editors show it on hover.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const repo = path.resolve(__dirname, "../../..");
const schemaPath = path.join(repo, "schema/apimc.schema.json");

// A child process, because the type generator's formatter loads itself with a dynamic import jest cannot run.
test("the committed schema and generated types match their source (run `npm run gen:types` after editing)", () => {
  const r = spawnSync(process.execPath, [path.join(repo, "scripts/gen-types.js"), "--check"], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

// In-process: ajv's standalone generator is plain CommonJS. src/validate loads this module instead of compiling the schema.
test("the committed compiled validator matches the schema (run `npm run gen` after editing)", () => {
  const { render, validatorPath } = require(path.join(repo, "scripts/gen-validator.js")) as { render: () => string; validatorPath: string };
  expect(fs.readFileSync(validatorPath, "utf8") === render()).toBe(true);
});

test("every property in the schema has a description", () => {
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
  const missing: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n.properties && typeof n.properties === "object") {
      for (const [key, prop] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
        const hasOwn = typeof prop.description === "string" && prop.description.length > 0;
        const viaRef = typeof prop.$ref === "string";
        if (!hasOwn && !viaRef) missing.push(`${where}/${key}`);
        visit(prop, `${where}/${key}`);
      }
    }
    for (const k of ["items", "additionalProperties"]) visit(n[k], `${where}/${k}`);
    for (const k of ["oneOf", "anyOf", "allOf"]) if (Array.isArray(n[k])) (n[k] as unknown[]).forEach((s, i) => visit(s, `${where}/${k}/${i}`));
    if (n.$defs) for (const [k, d] of Object.entries(n.$defs as Record<string, unknown>)) {
      const def = d as Record<string, unknown>;
      if (typeof def.description !== "string") missing.push(`$defs/${k}`);
      visit(d, `$defs/${k}`);
    }
  };
  visit(schema, "");
  expect(missing).toEqual([]);
});
