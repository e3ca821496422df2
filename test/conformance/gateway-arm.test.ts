/**
 * The gateway bundle's ARM (arm/azuredeploy*.json) against Microsoft's ARM
 * schemas and the APIM REST contract, for the bundled example and the
 * gateway-* cases, with and without --self-hosted-only.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildModel, hasErrors } from "../../src/index";
import { compileGatewayBundle } from "../../src/emit/gateway";
import { loadDeclarations } from "../../src/load";
import { validateDeclarations } from "../../src/validate";
import { loadArmSchemas, type ArmSchemaValidator } from "../support/arm-schema";

const root = resolve(__dirname, "../..");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));

interface Target {
  label: string;
  dir: string;
  gateway: string;
  env?: string;
  selfHostedOnly?: boolean;
}

const cases = readdirSync(join(root, "test/cases"))
  .filter((d) => d.startsWith("gateway-") && existsSync(join(root, "test/cases", d, "input")))
  .sort();
const targets: Target[] = [
  { label: "examples/contoso --gateway onprem", dir: join(root, "examples/contoso"), gateway: "onprem" },
  { label: "examples/contoso --gateway onprem --self-hosted-only", dir: join(root, "examples/contoso"), gateway: "onprem", selfHostedOnly: true },
  { label: "examples/contoso --gateway onprem --env prod", dir: join(root, "examples/contoso"), gateway: "onprem", env: "prod" },
  ...cases.flatMap((c) => [
    { label: `test/cases/${c} --gateway onprem`, dir: join(root, "test/cases", c, "input"), gateway: "onprem" },
    { label: `test/cases/${c} --gateway onprem --self-hosted-only`, dir: join(root, "test/cases", c, "input"), gateway: "onprem", selfHostedOnly: true },
  ]),
];

let validator: ArmSchemaValidator | undefined;
const tally = { passed: 0, total: 0, resources: 0, restBodies: 0 };

beforeAll(() => {
  validator = loadArmSchemas(shared);
  if (!validator) throw new Error(`no ARM schemas under ${shared}/specs/arm-schemas (set APIMC_SHARED)`);
});

afterAll(() => {
  console.log(
    `Gateway bundle ARM conformance: ${tally.passed}/${tally.total} bundles valid; ${tally.resources} resources checked against their resourceDefinitions, ${tally.restBodies} properties bodies against the REST contract`,
  );
});

describe.each(targets)("$label", ({ dir, env, gateway, selfHostedOnly }) => {
  it("writes ARM the ARM schema and the REST contract accept", async () => {
    tally.total++;
    const loaded = await loadDeclarations(dir, { env });
    const diagnostics = validateDeclarations(loaded);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const built = buildModel(loaded);
    expect(hasErrors(built.diagnostics)).toBe(false);
    const bundle = compileGatewayBundle(built.model!, { gateway, selfHostedOnly, locate: (p) => loaded.sourceMap.locate(p) });
    expect(bundle.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const arm: Record<string, string> = {};
    for (const [k, v] of Object.entries(bundle.files)) if (k.startsWith("arm/")) arm[k.slice(4)] = v;
    expect(Object.keys(arm)).toContain("azuredeploy.json");
    const problems = validator!.validateFiles(arm);
    tally.resources += validator!.checked.resources;
    tally.restBodies += validator!.checked.restBodies;
    expect(problems).toEqual([]);
    tally.passed++;
  });
});
