/**
 * Every compiled example and every test/cases/arm-* output against
 * Microsoft's ARM schemas and the APIM REST contract (recipes §6–7). The
 * arm-* golden files are compared here, in the same test as the schema check.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildModel, emitArm, hasErrors, type Diagnostic } from "../../src/index";
import { loadDeclarations } from "../../src/load";
import { validateDeclarations } from "../../src/validate";
import { loadArmSchemas, type ArmSchemaValidator } from "../support/arm-schema";

const root = resolve(__dirname, "../..");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));

async function compile(dir: string, env?: string): Promise<{ files: Record<string, string>; diagnostics: Diagnostic[] }> {
  const loaded = await loadDeclarations(dir, { env });
  const diagnostics = validateDeclarations(loaded);
  if (hasErrors(diagnostics)) return { files: {}, diagnostics };
  const built = buildModel(loaded);
  if (!built.model || hasErrors(built.diagnostics)) return { files: {}, diagnostics: built.diagnostics };
  const out = emitArm(built.model, { locate: (p) => loaded.sourceMap.locate(p) });
  return { files: out.files, diagnostics: out.diagnostics };
}

const cases = readdirSync(join(root, "test/cases"))
  .filter((d) => d.startsWith("arm-") && existsSync(join(root, "test/cases", d, "input")))
  .sort();
const targets: Array<{ label: string; dir: string; env?: string; golden?: string }> = [
  { label: "examples/contoso", dir: join(root, "examples/contoso") },
  { label: "examples/contoso --env prod", dir: join(root, "examples/contoso"), env: "prod" },
  ...cases.map((c) => ({ label: `test/cases/${c}`, dir: join(root, "test/cases", c, "input"), golden: join(root, "test/cases", c, "expected") })),
];

let validator: ArmSchemaValidator | undefined;
const tally = { passed: 0, total: 0, resources: 0, restBodies: 0 };

beforeAll(() => {
  validator = loadArmSchemas(shared);
  if (!validator) throw new Error(`no ARM schemas under ${shared}/specs/arm-schemas (set APIMC_SHARED)`);
});

afterAll(() => {
  console.log(
    `ARM schema conformance: ${tally.passed}/${tally.total} outputs valid; ${tally.resources} resources checked against their resourceDefinitions, ${tally.restBodies} properties bodies against the REST contract`,
  );
});

describe.each(targets)("$label", ({ dir, env, golden }) => {
  it("compiles to a template set the ARM schema and the REST contract accept", async () => {
    tally.total++;
    const { files, diagnostics } = await compile(dir, env);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(Object.keys(files).length).toBeGreaterThan(0);
    const problems = validator!.validateFiles(files);
    tally.resources += validator!.checked.resources;
    tally.restBodies += validator!.checked.restBodies;
    expect(problems).toEqual([]);
    if (golden) {
      if (process.env.UPDATE_GOLDEN === "1") {
        for (const [name, text] of Object.entries(files)) {
          mkdirSync(dirname(join(golden, name)), { recursive: true });
          writeFileSync(join(golden, name), text);
        }
      }
      const expected: Record<string, string> = {};
      for (const name of readdirSync(golden).sort()) expected[name] = readFileSync(join(golden, name), "utf8");
      expect(files).toEqual(expected);
    }
    tally.passed++;
  });
});

/** Every other declaration set under test/cases (lint, diff, gateway, ... cases); bad-input ones are skipped. */
function declarationDirs(dir: string, depth = 0): string[] {
  if (["apim.yaml", "apim.json"].some((f) => existsSync(join(dir, f)))) return [dir];
  if (depth > 2) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => declarationDirs(join(dir, e.name), depth + 1));
}
/** Bad-input cases by name: their diagnostics are tested by the validate/policy/gateway suites. */
function isBadInputCase(label: string): boolean {
  return /^test\/cases\/(validate-|policy-|[^/]*-invalid\b)/.test(label);
}
const otherCases = declarationDirs(join(root, "test/cases"))
  .filter((d) => !cases.some((c) => d.startsWith(join(root, "test/cases", c))))
  .sort();

describe("every valid declaration set under test/cases", () => {
  it.each(otherCases.map((d) => [d.slice(root.length + 1), d]))("%s compiles to ARM the schemas accept (or is a bad-input case that must not)", async (label, dir) => {
    const { files, diagnostics } = await compile(dir);
    // A case that stops validating must fail here, not drop out of the check: only the
    // bad-input cases (named for it) may hold errors, and they must.
    expect({ label, errors: hasErrors(diagnostics) }).toEqual({ label, errors: isBadInputCase(label) });
    if (isBadInputCase(label)) return;
    tally.total++;
    const problems = validator!.validateFiles(files);
    tally.resources += validator!.checked.resources;
    tally.restBodies += validator!.checked.restBodies;
    expect(problems).toEqual([]);
    tally.passed++;
  });
});

describe("split output and the validator itself", () => {
  it("validates every template of a split set", async () => {
    tally.total++;
    const loaded = await loadDeclarations(join(root, "test/cases/arm-basic/input"));
    const out = emitArm(buildModel(loaded).model!, { limits: { maxResources: 5 } });
    const templates = Object.keys(out.files).filter((f) => /^azuredeploy-\d\d-.*(?<!\.parameters)\.json$/.test(f));
    expect(templates.length).toBeGreaterThan(3);
    expect(validator!.validateFiles(out.files)).toEqual([]);
    tally.resources += validator!.checked.resources;
    tally.restBodies += validator!.checked.restBodies;
    tally.passed++;
  });

  it("rejects what Azure rejects (the check is not vacuous)", async () => {
    const { files } = await compile(join(root, "test/cases/arm-basic/input"));
    const t = JSON.parse(files["azuredeploy.json"]);
    const backend = t.resources.find((r: { type: string; properties?: { protocol?: string } }) => r.type.endsWith("/backends") && r.properties?.protocol);
    backend.properties.protocol = "ftp";
    const api = t.resources.find((r: { type: string }) => r.type.endsWith("/service/apis"));
    api.properties.path = 42;
    const problems = validator!.validateFiles({ ...files, "azuredeploy.json": JSON.stringify(t) });
    expect(problems.some((p) => p.includes("service/backends") && !p.includes("REST"))).toBe(true);
    expect(problems.some((p) => p.includes("service/backends") && p.includes("REST"))).toBe(true);
    expect(problems.some((p) => p.includes("service/apis)"))).toBe(true);
  });
});
