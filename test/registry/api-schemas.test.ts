/**
 * Issue 12's API extras, through the CLI in-process: explicit `schemas:` and `revisions:` on an API compile to
 * `apis/schemas`, `apis` (`;rev=N`), `apis/policies` and `apis/releases` resources after their API, and bad
 * input gets diagnostics with file:line:col. The fixture holds the issue's example block verbatim.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from "fs";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import { runCli } from "../support/cli";
import { loadArmSchemas } from "../support/arm-schema";

const root = resolve(__dirname, "../..");
const fixture = join(root, "test/fixtures/api-schemas");
// The CLI prints a file relative to the working directory (`../tmp/apimc-…/apim.yaml`, or `../apimc-…` when the
// checkout itself sits in the temp directory), so that is the text to look for.
const shown = (file: string): string => relative(process.cwd(), file);
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
    // `apiRevision: "3"`: the API's schemas are written to revision 3, after it is created and before its release.
    expect(schemas.map((s) => s.name)).toEqual([
      "[concat(parameters('serviceName'), '/orders;rev=3/orders-components')]",
      "[concat(parameters('serviceName'), '/orders;rev=3/orders-graph')]",
      "[concat(parameters('serviceName'), '/orders;rev=3/orders-xsd')]",
    ]);
    for (const s of schemas) {
      expect(template.resources.indexOf(s)).toBeGreaterThan(apiAt);
      expect(s.dependsOn).toEqual([
        "[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders')]",
        "[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders;rev=3')]",
      ]);
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
    expect(r.stderr).toContain(`${shown(join(dir, "apim.yaml"))}:10:`);
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

const API_ID = "[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders')]";
const REV4_ID = "[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders;rev=4')]";

const REV3_ID = "[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders;rev=3')]";

describe("apis.X.revisions", () => {
  const at = (template: ArmTemplate, type: string, name: string) =>
    template.resources.findIndex((r) => r.type === `Microsoft.ApiManagement/service/${type}` && r.name === `[concat(parameters('serviceName'), '/${name}')]`);

  it("creates the current revision from the API, writes the API's content to it, then releases it; a declared non-current revision gets its own policy", async () => {
    const { files, template } = await compile(fixture);
    if (haveShared) expect(loadArmSchemas(shared)!.validateFiles(files)).toEqual([]);
    const api = template.resources[at(template, "apis", "orders")];
    // The API's own PUT does not name a revision that may not exist yet.
    expect(api.properties).not.toHaveProperty("apiRevision");
    const rev3 = template.resources[at(template, "apis", "orders;rev=3")];
    // A revision's body is the API's own, plus where it comes from: a second deploy writes the same as the API's PUT.
    const API_BODY = { displayName: "Orders", path: "orders", protocols: ["https"], serviceUrl: "https://orders.internal.contoso.com" };
    expect(rev3.properties).toEqual({ ...API_BODY, apiRevision: "3", sourceApiId: API_ID });
    expect(rev3.dependsOn).toEqual([API_ID]);
    const rev4 = template.resources[at(template, "apis", "orders;rev=4")];
    expect(at(template, "apis", "orders;rev=4")).toBeGreaterThan(at(template, "apis", "orders"));
    expect(rev4.properties).toEqual({ ...API_BODY, apiRevision: "4", apiRevisionDescription: "Adds cancel", sourceApiId: API_ID });
    expect(rev4.dependsOn).toEqual([API_ID]);
    const policy = template.resources[at(template, "apis/policies", "orders;rev=4/policy")];
    expect(at(template, "apis/policies", "orders;rev=4/policy")).toBeGreaterThan(at(template, "apis", "orders;rev=4"));
    expect(policy.dependsOn).toEqual([REV4_ID]);
    expect(policy.properties!.format).toBe("rawxml");
    expect(String(policy.properties!.value)).toContain('<set-header name="x-revision" exists-action="override">');
    // Revision 3 is released after everything written to it; revision 4 is never released.
    const releases = template.resources.filter((r) => r.type === "Microsoft.ApiManagement/service/apis/releases");
    expect(releases.map((r) => r.name)).toEqual(["[concat(parameters('serviceName'), '/orders/apimc-rev-3')]"]);
    expect(releases[0].properties).toEqual({ apiId: REV3_ID });
    const releaseAt = template.resources.indexOf(releases[0]);
    for (const name of ["orders-components", "orders-graph", "orders-xsd"]) expect(releaseAt).toBeGreaterThan(at(template, "apis/schemas", `orders;rev=3/${name}`));
    expect(releases[0].dependsOn).toContain(REV3_ID);
  });

  it("a new current revision is created from the API and released, with the description as release notes", async () => {
    const yaml = readFileSync(join(fixture, "apim.yaml"), "utf8").replace('apiRevision: "3"', 'apiRevision: "5"\n    apiRevisionDescription: Adds refunds');
    const dir = variant(yaml);
    expect((await runCli(["validate", dir, "--strict"])).status).toBe(0);
    const { files, template } = await compile(dir);
    if (haveShared) expect(loadArmSchemas(shared)!.validateFiles(files)).toEqual([]);
    const rev5Id = REV3_ID.replace("rev=3", "rev=5");
    const release = template.resources.find((r) => r.type === "Microsoft.ApiManagement/service/apis/releases")!;
    expect(release.name).toBe("[concat(parameters('serviceName'), '/orders/apimc-rev-5')]");
    expect(release.properties).toEqual({ apiId: rev5Id, notes: "Adds refunds" });
    expect(template.resources.indexOf(release)).toBeGreaterThan(at(template, "apis", "orders;rev=5"));
    expect(template.resources[at(template, "apis", "orders;rev=5")].properties).toMatchObject({ apiRevision: "5", apiRevisionDescription: "Adds refunds", path: "orders", sourceApiId: API_ID });
  });

  it("reports a revisions entry for the current revision (APIMC165) and a sourceApiId naming a revision that does not exist (APIMC166)", async () => {
    const dir = variant(HEAD + '    apiRevision: "4"\n    revisions:\n      "4": { apiRevisionDescription: x }\n  copy:\n    path: copy\n    sourceApiId: orders;rev=7\n  other:\n    path: other\n    sourceApiId: ordrs\n');
    const r = await runCli(["validate", dir]);
    expect(r.status).toBe(1);
    const file = shown(join(dir, "apim.yaml"));
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:11:\\d+.*APIMC165`));
    expect(r.stderr).toContain("/apis/orders/revisions/4");
    expect(r.stderr).toMatch(/APIMC166[^\n]*revision 7 of `orders`, which does not exist as a source \(declared: 1, 4\)/);
    expect(r.stderr).toContain("declare revision 7 under `apis.orders.revisions`");
    expect(r.stderr).toMatch(/APIMC166[^\n]*API `ordrs`, which is not declared; did you mean `orders`\?/);
    expect(r.stderr).toContain(`${file}:14:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports revision keys and apiRevision values that are not revision numbers (APIMC164)", async () => {
    const dir = variant(HEAD + '    apiRevision: "v3"\n    revisions:\n      draft: { apiRevisionDescription: x }\n      "0": {}\n');
    const r = await runCli(["validate", dir]);
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.includes("APIMC164"));
    expect(lines).toHaveLength(3);
    expect(r.stderr).toContain(`${shown(join(dir, "apim.yaml"))}:9:`);
    expect(r.stderr).toContain("/apis/orders/revisions/draft");
    expect(r.stderr).toContain("/apis/orders/apiRevision");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
