/**
 * API schemas and revisions through the emulator (issue 12): an OpenAPI import brings the schema Azure's own
 * import makes, with `schemaId`/`typeName` on representations; a new `apiRevision` is created from the current
 * revision, given the declared policy, and released, and the revision that was current keeps its policy
 * (Terraform azurerm #28552 resets it); `plan --live` shows the revision and its release as their own changes,
 * never deletes an older revision, and sees no change once applied; `apimc extract` writes schemas and
 * revisions back so that the extracted set plans no change. PUT bodies are checked against the REST contract.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ApimResources, apimRefOf, buildModel, loadDeclarations, plan, readLiveModel, toArmProperties, type Model } from "../../src/index";
import { validateDeclarations } from "../../src/validate";
import { startArmEmulator, type ArmEmulator } from "../emulators/arm-emulator";
import { emulatorEnv } from "../emulators/env";
import { runCli } from "../support/cli";
import Ajv2020 from "ajv/dist/2020";

const validatePlan = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(__dirname, "../../schema/plan.schema.json"), "utf8")));

const root = resolve(__dirname, "../..");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));
const haveShared = existsSync(join(shared, "specs/rest/2024-05-01/definitions.json"));
const TARGET = { subscriptionId: "00000000-0000-0000-0000-0000000000e5", resourceGroup: "rg", serviceName: "rev-apim" };

const OPENAPI = `openapi: 3.0.1
info: { title: Orders, version: "1" }
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } } }
  /orders:
    post:
      operationId: createOrder
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } } }
      responses:
        "201": { description: created, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Order" } } } } }
components:
  schemas:
    Order: { type: object, properties: { id: { type: string } } }
`;

const policy = (marker: string) => `<policies><inbound><base /><set-header name="x-rev" exists-action="override"><value>${marker}</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`;

/** A declaration set for the orders API; `extra` lines go under the API. */
function project(marker: string, extra = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "apimc-rev-"));
  writeFileSync(join(dir, "orders.openapi.yaml"), OPENAPI);
  writeFileSync(join(dir, "orders.xml"), policy(marker));
  writeFileSync(
    join(dir, "apim.yaml"),
    `version: 1
service: { name: ${TARGET.serviceName} }
apis:
  orders:
    displayName: Orders
    path: orders
    protocols: [https]
    openapi: orders.openapi.yaml
    policy: orders.xml
    schemas:
      orders-graph: { contentType: application/vnd.ms-azure-apim.graphql.schema, document: { value: "type Query { order: String }" } }
${extra}`,
  );
  return dir;
}

async function modelOf(dir: string): Promise<Model> {
  const loaded = await loadDeclarations(dir);
  expect(validateDeclarations(loaded).filter((d) => d.severity === "error")).toEqual([]);
  const built = buildModel(loaded);
  expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return built.model!;
}

/** The CLI in-process (`main(argv, io)`, test/support/cli.ts), from the repository root: the emulator answers from this process. */
async function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args, { cwd: root, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("API schemas and revisions against the emulator", () => {
  let arm: ArmEmulator;
  let apim: ApimResources;
  beforeAll(async () => {
    arm = await startArmEmulator({ lroStyle: "none", sharedDir: haveShared ? shared : false });
    apim = new ApimResources(TARGET, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t", lroPollMs: 0 });
  });
  afterAll(async () => {
    await arm?.stop();
  });

  /** What a deployment does: every resource in dependency order, the API's content at the revision it goes to. */
  async function deploy(model: Model): Promise<void> {
    for (const id of model.graph.order) await apim.put(apimRefOf(id, model), toArmProperties(model, id, { subscriptionId: TARGET.subscriptionId, resourceGroup: TARGET.resourceGroup }));
    expect(arm.specViolations).toEqual([]);
  }
  const policyText = (path: string) => String(arm.resource(path)?.properties.value ?? "");
  const live = async () => (await readLiveModel(TARGET, { resources: apim })).model;

  const v1 = project("one");
  const v2 = project("two", '    apiRevision: "2"\n    apiRevisionDescription: Adds refunds\n');
  const v3 = project("two", '    apiRevision: "2"\n    apiRevisionDescription: Adds refunds\n    revisions:\n      "3": { apiRevisionDescription: Preview, policy: "' + policy("three").replace(/"/g, '\\"') + '" }\n');

  test("the import brings one schema resource, and representations name its types", async () => {
    const model = await modelOf(v1);
    await deploy(model);
    const schema = arm.resource("apis/orders/schemas/components")!;
    expect(schema.properties).toEqual({ contentType: "application/vnd.oai.openapi.components+json", document: { components: { schemas: { Order: { type: "object", properties: { id: { type: "string" } } } } } } });
    expect(arm.resource("apis/orders/schemas/orders-graph")!.properties.contentType).toBe("application/vnd.ms-azure-apim.graphql.schema");
    const get = arm.resource("apis/orders/operations/getorder")!.properties as { responses: Array<{ representations: unknown[] }> };
    expect(get.responses[0].representations).toEqual([{ contentType: "application/json", schemaId: "components", typeName: "Order" }]);
    const post = arm.resource("apis/orders/operations/createorder")!.properties as { request: { representations: unknown[] }; responses: Array<{ representations: unknown[] }> };
    expect(post.request.representations).toEqual([{ contentType: "application/json", schemaId: "components", typeName: "Order" }]);
    // An array of a type has no type of its own in the schema: Azure invents one, apimc leaves it out.
    expect(post.responses[0].representations).toEqual([{ contentType: "application/json" }]);
    expect(plan(await live(), model).changes).toEqual([]);
  });

  test("plan shows the new revision and its release as their own changes, in order, and deletes nothing", async () => {
    const p = plan(await live(), await modelOf(v2));
    expect(p.changes.map((c) => [c.action, c.kind, c.id])).toEqual([
      ["update", "api", "apis/orders"],
      ["create", "apiRevision", "apis/orders;rev=2"],
      ["update", "policy", "apis/orders/policy"],
      ["create", "apiRelease", "apis/orders/releases/apimc-rev-2"],
    ]);
    expect(p.changes[0].diff.map((d) => d.path)).toEqual(["apiRevision", "apiRevisionDescription"]);
    // The same through the CLI: `plan --live` prints the revision and the release, and its JSON is the documented shape.
    const target = ["--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName];
    const text = await runCli(["plan", v2, "--live", ...target], { cwd: root, env: emulatorEnv(arm) });
    expect(text.stderr).not.toMatch(/error/i);
    expect(text.stdout).toContain("apis/orders;rev=2");
    expect(text.stdout).toContain("apis/orders/releases/apimc-rev-2");
    const json = await runCli(["plan", v2, "--live", ...target, "--format", "json"], { cwd: root, env: emulatorEnv(arm) });
    const printed = JSON.parse(json.stdout) as { changes: Array<{ kind: string; id: string }> };
    expect(validatePlan(printed)).toBe(true);
    expect(printed.changes.map((c) => c.kind)).toEqual(["api", "apiRevision", "policy", "apiRelease"]);
  });

  test("a new revision gets the declared policy; the revision that was current keeps its own (azurerm #28552)", async () => {
    const model = await modelOf(v2);
    await deploy(model);
    expect(arm.resource("apis/orders")!.properties.apiRevision).toBe("2");
    expect(policyText("apis/orders/policies/policy")).toContain("<value>two</value>");
    // Revision 1 was current until the release: its policy is still its own, not reset.
    expect(arm.resource("apis/orders;rev=1")!.properties.isCurrent).toBe(false);
    expect(policyText("apis/orders;rev=1/policies/policy")).toContain("<value>one</value>");
    // The release names the new revision, and the new revision holds the API's operations.
    expect(String(arm.resource("apis/orders/releases/apimc-rev-2")!.properties.apiId)).toMatch(/\/apis\/orders;rev=2$/);
    expect(arm.resource("apis/orders/operations/getorder")).toBeDefined();
    expect(plan(await live(), model).changes).toEqual([]);

    // A second run changes nothing, and still leaves revision 1 alone.
    await deploy(model);
    expect(policyText("apis/orders;rev=1/policies/policy")).toContain("<value>one</value>");
    expect(plan(await live(), model).changes).toEqual([]);
  });

  test("a declared non-current revision gets its own policy; the current one is untouched", async () => {
    const model = await modelOf(v3);
    const p = plan(await live(), model);
    expect(p.changes.map((c) => [c.action, c.kind, c.id])).toEqual([
      ["create", "apiRevision", "apis/orders;rev=3"],
      ["create", "policy", "apis/orders;rev=3/policy"],
    ]);
    await deploy(model);
    expect(policyText("apis/orders;rev=3/policies/policy")).toContain("<value>three</value>");
    expect(policyText("apis/orders/policies/policy")).toContain("<value>two</value>");
    expect(policyText("apis/orders;rev=1/policies/policy")).toContain("<value>one</value>");
    expect(plan(await live(), model).changes).toEqual([]);
  });

  test("extract writes schemas and revisions; the extracted set validates and plans no change", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "apimc-rev-x-")), "out");
    const r = await run(["extract", "--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName, "--out", dir], emulatorEnv(arm));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files: Record<string, string> = {};
    for (const rel of readdirSync(dir, { recursive: true }).map(String)) if (statSync(join(dir, rel)).isFile()) files[rel] = readFileSync(join(dir, rel), "utf8");
    const yaml = files["apim.yaml"];
    expect(yaml).toContain('apiRevision: "2"');
    expect(yaml).toMatch(/schemas:\n\s+components:\n\s+contentType: application\/vnd\.oai\.openapi\.components\+json/);
    expect(yaml).toMatch(/revisions:\n\s+"1":/);
    expect(files["policies/apis/orders/revisions/1.xml"]).toContain("<value>one</value>");
    expect(files["policies/apis/orders/revisions/3.xml"]).toContain("<value>three</value>");
    const extracted = await modelOf(dir);
    expect(plan(await live(), extracted).changes).toEqual([]);
  });
});
