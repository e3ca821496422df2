/**
 * plan() over declarations (loadDeclarationsFromObject -> buildModel, the exported API): API revisions and
 * releases (created in order, never deleted), API schemas, version sets, registry-only kinds (loggers,
 * certificates, caches: write-only secrets never compared, a literal secret masked), the secret-downgrade
 * warning at its declaration's line, and the unmanaged list without prune. Written against the parts of
 * src/diff (plan.ts, resources.ts) the earlier mutation tests did not reach; every expectation is written by hand.
 */
import { buildModel, loadDeclarationsFromObject, plan } from "../../../src/index";
import type { Model } from "../../../src/model/types";

async function model(data: Record<string, unknown>): Promise<Model> {
  const loaded = await loadDeclarationsFromObject({ version: 1, service: { name: "contoso" }, ...data }, __dirname);
  const built = buildModel(loaded);
  expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return built.model!;
}

const lines = (p: ReturnType<typeof plan>) => p.changes.map((c) => `${c.action} ${c.kind} ${c.id} (${c.name})`);
const CANARY = "CANARY-7a11-connection";

const orders = (extra: Record<string, unknown> = {}) => ({
  displayName: "Orders",
  path: "orders",
  operations: { list: { method: "GET", urlTemplate: "/list" } },
  ...extra,
});

describe("plan(): API revisions and releases", () => {
  test("making revision 2 current creates the revision, then releases it; the unchanged operation is no change", async () => {
    const before = await model({ apis: { orders: orders() } });
    const after = await model({ apis: { orders: orders({ apiRevision: "2", apiRevisionDescription: "v2" }) } });
    const p = plan(before, after);
    expect(lines(p)).toEqual([
      "update api apis/orders (orders)",
      "create apiRevision apis/orders;rev=2 (orders;rev=2)",
      "create apiRelease apis/orders/releases/apimc-rev-2 (apimc-rev-2)",
    ]);
    expect(p.changes[1].diff).toEqual([{ path: "apiRevisionDescription", after: "v2" }]);
    expect(p.changes[2].diff).toEqual([{ path: "revision", after: "2" }]);
    expect(p.summary).toEqual({ create: 2, update: 1, delete: 0, replace: 0 });
  });

  test("a revision and a release that are no longer declared are never deleted; the operation of the API is", async () => {
    const before = await model({ apis: { orders: orders({ apiRevision: "2", revisions: { "3": { apiRevisionDescription: "next" } } }) } });
    const after = await model({ apis: { orders: { displayName: "Orders", path: "orders" } } });
    const p = plan(before, after);
    // The operation goes; revisions 2 and 3 and the release of 2 stay, as history.
    expect(lines(p)).toEqual(["update api apis/orders (orders)", "delete operation apis/orders/operations/list (list)"]);
  });

  test("a non-current revision's description is compared", async () => {
    const before = await model({ apis: { orders: orders({ revisions: { "3": { apiRevisionDescription: "next" } } }) } });
    const after = await model({ apis: { orders: orders({ revisions: { "3": { apiRevisionDescription: "later" } } }) } });
    const p = plan(before, after);
    expect(p.changes.map((c) => [c.action, c.id, c.diff])).toEqual([
      ["update", "apis/orders;rev=3", [{ path: "apiRevisionDescription", before: "next", after: "later" }]],
    ]);
  });
});

describe("plan(): API schemas and version sets", () => {
  test("a schema is its own resource, created after its API; a changed document is one line", async () => {
    const schema = (type: string) => ({ contentType: "application/vnd.ms-azure-apim.xsd+xml", document: { value: `<xs:schema><xs:element name="${type}"/></xs:schema>` } });
    const before = await model({ apis: { orders: orders() } });
    const withSchema = await model({ apis: { orders: orders({ schemas: { order: schema("Order") } }) } });
    expect(lines(plan(before, withSchema))).toEqual(["create apiSchema apis/orders/schemas/order (order)"]);
    expect(plan(before, withSchema).changes[0].diff).toEqual([
      { path: "contentType", after: "application/vnd.ms-azure-apim.xsd+xml" },
      { path: "document.value", after: '<xs:schema><xs:element name="Order"/></xs:schema>' },
    ]);
    const changed = await model({ apis: { orders: orders({ schemas: { order: schema("Invoice") } }) } });
    expect(plan(withSchema, changed).changes.map((c) => [c.action, c.id, c.diff])).toEqual([
      ["update", "apis/orders/schemas/order", [{ path: "document.value", before: '<xs:schema><xs:element name="Order"/></xs:schema>', after: '<xs:schema><xs:element name="Invoice"/></xs:schema>' }]],
    ]);
    expect(lines(plan(withSchema, before))).toEqual(["delete apiSchema apis/orders/schemas/order (order)"]);
  });

  test("a version set is compared by its properties", async () => {
    const vs = (scheme: string) => ({ apiVersionSets: { "orders-vs": { displayName: "Orders", versioningScheme: scheme, versionQueryName: "v" } } });
    const p = plan(await model(vs("Query")), await model({ apiVersionSets: { "orders-vs": { displayName: "Orders", versioningScheme: "Segment" } } }));
    expect(p.changes.map((c) => [c.action, c.kind, c.id, c.name, c.diff])).toEqual([
      ["update", "apiVersionSet", "apiVersionSets/orders-vs", "orders-vs", [
        { path: "versionQueryName", before: "v" },
        { path: "versioningScheme", before: "Query", after: "Segment" },
      ]],
    ]);
  });
});

describe("plan(): registry kinds", () => {
  test("a logger's credentials are write-only and never compared; its description is", async () => {
    const logger = (key: string, description: string) => ({ loggers: { ai: { loggerType: "applicationInsights", description, credentials: { instrumentationKey: key } } } });
    expect(plan(await model(logger("{{ai-key}}", "d")), await model(logger("{{ai-key-2}}", "d"))).changes).toEqual([]);
    const p = plan(await model(logger("{{ai-key}}", "d")), await model(logger("{{ai-key}}", "e")));
    expect(p.changes.map((c) => [c.action, c.kind, c.id, c.diff])).toEqual([["update", "logger", "loggers/ai", [{ path: "description", before: "d", after: "e" }]]]);
  });

  test("a cache's connection string is never shown, whatever its source", async () => {
    const cache = (connectionString: unknown, description: string) => ({ caches: { redis: { connectionString, useFromLocation: "default", description } } });
    const p = plan(await model(cache({ fromParameter: "redisConnection" }, "a")), await model(cache(CANARY, "b")));
    expect(p.changes.map((c) => [c.action, c.id, c.diff])).toEqual([["update", "caches/redis", [{ path: "description", before: "a", after: "b" }]]]);
    expect(JSON.stringify(p)).not.toContain(CANARY);
    const created = plan(await model({}), await model(cache(CANARY, "b")));
    expect(JSON.stringify(created)).not.toContain(CANARY);
    expect(created.changes.map((c) => c.id)).toEqual(["caches/redis"]);
  });

  test("a created certificate from Key Vault shows its identifier, and depends on nothing else", async () => {
    const p = plan(await model({}), await model({ certificates: { root: { keyVault: { secretIdentifier: "https://contoso-kv.vault.azure.net/secrets/root" } } } }));
    expect(p.changes).toEqual([
      { action: "create", kind: "certificate", id: "certificates/root", name: "root", diff: [{ path: "keyVault.secretIdentifier", after: "https://contoso-kv.vault.azure.net/secrets/root" }] },
    ]);
  });
});

describe("plan(): warnings and unmanaged resources", () => {
  test("a secret downgrade names the line of the new value when the caller can locate it", async () => {
    const before = await model({ namedValues: { key: { displayName: "key", fromParameter: "keyValue" } } });
    const after = await model({ namedValues: { key: { displayName: "key", value: CANARY } } });
    const asked: string[] = [];
    const p = plan(before, after, { where: (pointer) => (asked.push(pointer), "apim.yaml:7:5") });
    expect(asked).toEqual(["/namedValues/key/value"]);
    expect(p.changes[0].warnings).toEqual([
      "apim.yaml:7:5: secret downgrade: named value 'key' was secret (fromParameter) and becomes a plain value, which APIM stores unencrypted and shows in clear; keep it in keyVault, fromKeyVault or fromParameter",
    ]);
    expect(JSON.stringify(p)).not.toContain(CANARY);
    // Without a locator the warning starts with the words themselves.
    expect(plan(before, after).changes[0].warnings![0].startsWith("secret downgrade: named value 'key' was secret (fromParameter)")).toBe(true);
  });

  test("a plain value made secret and back to plain says it was `secret: true`", async () => {
    const before = await model({ namedValues: { key: { displayName: "key", value: "a", secret: true } } });
    const after = await model({ namedValues: { key: { displayName: "key", value: "a" } } });
    expect(plan(before, after).changes[0].warnings![0]).toContain("was secret (secret: true)");
  });

  test("without prune, an unmanaged API is one entry and a named value another, sorted; nothing is deleted", async () => {
    const before = await model({ namedValues: { zeta: { displayName: "z", value: "z" } }, apis: { orders: orders(), billing: orders({ path: "billing" }) } });
    const p = plan(before, await model({ apis: { billing: orders({ path: "billing" }) } }), { prune: false });
    expect(p.changes).toEqual([]);
    expect(p.unmanaged).toEqual(["apis/orders", "namedValues/zeta"]);
    expect(plan(before, before, { prune: false }).unmanaged).toEqual([]);
    expect(plan(before, before).unmanaged).toBeUndefined();
  });
});
