/**
 * Issue 12's API extras, through the CLI in-process: explicit `schemas:` on an API compile to
 * `apis/schemas` resources after their API, and bad input gets diagnostics with file:line:col.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { runCli } from "../support/cli";
import { loadArmSchemas } from "../support/arm-schema";

const root = resolve(__dirname, "../..");
const fixture = join(root, "test/fixtures/api-schemas");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));
const haveShared = existsSync(join(shared, "specs/rest/2024-05-01/definitions.json"));

interface ArmTemplate {
  resources: Array<{ type: string; name: string; properties?: Record<string, unknown>; dependsOn?: string[] }>;
}

async function compile(dir: string): Promise<{ files: Record<string, string>; template: ArmTemplate }> {
  const out = mkdtempSync(join(tmpdir(), "apimc-schemas-"));
  const r = await runCli(["compile", dir, "--target", "arm", "--out", out]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const files: Record<string, string> = {};
  for (const f of readdirSync(out)) files[f] = readFileSync(join(out, f), "utf8");
  return { files, template: JSON.parse(files["azuredeploy.json"]) as ArmTemplate };
}

/** A copy of the fixture with apim.yaml replaced, so bad-input cases keep the fixture's files. */
function variant(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "apimc-schemas-in-"));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, "apim.yaml"), yaml);
  return dir;
}

const HEAD = "version: 1\nservice:\n  name: contoso-apim\napis:\n  orders:\n    displayName: Orders\n    path: orders\n    protocols: [https]\n";

describe("apis.X.schemas", () => {
  it("validates with --strict", async () => {
    const r = await runCli(["validate", fixture, "--strict"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("compiles each schema to an apis/schemas resource after its API, valid against the ARM schema", async () => {
    const { files, template } = await compile(fixture);
    if (haveShared) expect(loadArmSchemas(shared)!.validateFiles(files)).toEqual([]);
    const types = template.resources.map((r) => r.type);
    const apiAt = types.indexOf("Microsoft.ApiManagement/service/apis");
    const schemas = template.resources.filter((r) => r.type === "Microsoft.ApiManagement/service/apis/schemas");
    expect(schemas.map((s) => s.name)).toEqual([
      "[concat(parameters('serviceName'), '/orders/orders-components')]",
      "[concat(parameters('serviceName'), '/orders/orders-graph')]",
      "[concat(parameters('serviceName'), '/orders/orders-xsd')]",
    ]);
    for (const s of schemas) {
      expect(template.resources.indexOf(s)).toBeGreaterThan(apiAt);
      expect(s.dependsOn).toEqual(["[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders')]"]);
    }
    // GraphQL SDL is read from its file (relative to apim.yaml) and sent as document.value.
    expect(schemas[1].properties).toEqual({
      contentType: "application/vnd.ms-azure-apim.graphql.schema",
      document: { value: readFileSync(join(fixture, "schemas/orders.graphql"), "utf8") },
    });
    // An OpenAPI file's components become document.components.
    expect(schemas[0].properties!.document).toEqual({ components: { schemas: { Order: { type: "object", properties: { id: { type: "string" } } } } } });
    expect(schemas[2].properties!.document).toEqual({ value: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>' });
  });

  it("reports a missing document file at its line with the path and a fix", async () => {
    const dir = variant(HEAD + "    schemas:\n      g: { contentType: application/vnd.ms-azure-apim.graphql.schema, document: schemas/nope.graphql }\n");
    const r = await runCli(["validate", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "apim.yaml")}:10:`);
    expect(r.stderr).toContain("APIMC040");
    expect(r.stderr).toContain("/apis/orders/schemas/g/document");
    expect(r.stderr).toContain(join(dir, "schemas/nope.graphql"));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a JSON schema file that is not JSON, and a schema without contentType", async () => {
    const dir = variant(HEAD + "    schemas:\n      c: { contentType: application/vnd.oai.openapi.components+json, document: schemas/orders.graphql }\n      d: { document: { value: x } }\n");
    const r = await runCli(["validate", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("APIMC041");
    expect(r.stderr).toContain("/apis/orders/schemas/c/document");
    expect(r.stderr).toMatch(/APIMC102[^\n]*contentType|contentType[^\n]*APIMC102/);
  });
});
