/**
 * plan(): how declared and live resources are normalised before they are compared, so that what
 * ARM reports back (defaults, ids instead of names, reordered sets) is no change, and a real edit is
 * one readable line. Written to kill the mutants `npm run mutation` found alive in src/diff; every
 * expectation is written by hand.
 */
import { plan } from "../../../src/diff";
import { SENSITIVE } from "../../../src/core/secret";
import { clone, contoso, emptyModel } from "../diff/fixtures";
import type { Model } from "../../../src/model/types";

const CANARY = "CANARY-5d1e-proxy";
const CERT_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso/Certificates/partner-mtls";

function withBackend(props: Record<string, unknown>): Model {
  const m = contoso();
  m.backends["orders-eu"].properties = { url: "https://eu.example.com", protocol: "http", ...props } as never;
  return m;
}

function diffOf(before: Model, after: Model) {
  const p = plan(before, after);
  return p.changes.map((c) => [c.action, c.id, c.diff]);
}

describe("plan(): backends", () => {
  test("a certificate named in the declaration equals the same certificate given by ARM id", () => {
    const declared = withBackend({ credentials: { certificates: ["partner-mtls"] } });
    const live = withBackend({ credentials: { certificateIds: [CERT_ID] } });
    expect(plan(live, declared).changes).toEqual([]);
    const other = withBackend({ credentials: { certificates: ["other-mtls"] } });
    expect(diffOf(live, other)).toEqual([
      ["update", "backends/orders-eu", [{ path: "credentials.certificates", before: ["partner-mtls"], after: ["other-mtls"] }]],
    ]);
  });

  test("a certificate id that names no certificate entity stays an id", () => {
    const before = withBackend({ credentials: { certificateIds: ["/keyVault/thumb-1"] } });
    const after = withBackend({ credentials: { certificateIds: ["/keyVault/thumb-2"] } });
    expect(diffOf(before, after)).toEqual([
      ["update", "backends/orders-eu", [{ path: "credentials.certificateIds", before: ["/keyVault/thumb-1"], after: ["/keyVault/thumb-2"] }]],
    ]);
  });

  test("client certificate thumbprints are a set", () => {
    const before = withBackend({ credentials: { certificate: ["B", "A", "A"] } });
    const after = withBackend({ credentials: { certificate: ["A", "B"] } });
    expect(plan(before, after).changes).toEqual([]);
  });

  test("a query credential is masked; a pure named-value reference stays visible", () => {
    const before = withBackend({ credentials: { query: { code: [CANARY] } } });
    const after = withBackend({ credentials: { query: { code: ["{{orders-code}}"] } } });
    expect(diffOf(before, after)).toEqual([["update", "backends/orders-eu", [{ path: "credentials.query.code", before: [SENSITIVE], after: ["{{orders-code}}"] }]]]);
    expect(JSON.stringify(plan(before, after))).not.toContain(CANARY);
  });

  test("a header name that is not an identifier is quoted in the path", () => {
    const before = withBackend({ credentials: { header: { "x key": ["{{a}}"] } } });
    const after = withBackend({ credentials: { header: { "x key": ["{{b}}"] } } });
    expect(diffOf(before, after)).toEqual([["update", "backends/orders-eu", [{ path: 'credentials.header["x key"]', before: ["{{a}}"], after: ["{{b}}"] }]]]);
  });

  test("the proxy password is masked when it changes, and a reference to a named value is shown", () => {
    const before = withBackend({ proxy: { url: "http://proxy:8080", username: "u", password: CANARY } });
    const after = withBackend({ proxy: { url: "http://proxy:8080", username: "u", password: CANARY + "-2" } });
    expect(diffOf(before, after)).toEqual([["update", "backends/orders-eu", [{ path: "proxy.password", before: SENSITIVE, after: SENSITIVE }]]]);
    const ref = withBackend({ proxy: { url: "http://proxy:8080", username: "u", password: "{{proxy-password}}" } });
    expect(diffOf(before, ref)).toEqual([["update", "backends/orders-eu", [{ path: "proxy.password", before: SENSITIVE, after: "{{proxy-password}}" }]]]);
    expect(JSON.stringify(plan(before, after))).not.toContain(CANARY);
  });

  test("a Service Fabric client certificate by name equals it by ARM id", () => {
    const sf = { managementEndpoints: ["https://sf:19080"], maxPartitionResolutionRetries: 3 };
    const declared = withBackend({ serviceFabricCluster: { ...sf, clientCertificate: "partner-mtls" } });
    const live = withBackend({ serviceFabricCluster: { ...sf, clientCertificateId: CERT_ID } });
    expect(plan(live, declared).changes).toEqual([]);
    const byThumb = withBackend({ serviceFabricCluster: { ...sf, clientCertificateId: "/thumbprints/abc" } });
    expect(diffOf(live, byThumb)).toEqual([
      [
        "update",
        "backends/orders-eu",
        [
          { path: "serviceFabricCluster.clientCertificate", before: "partner-mtls" },
          { path: "serviceFabricCluster.clientCertificateId", after: "/thumbprints/abc" },
        ],
      ],
    ]);
  });

  test("circuit-breaker rules are compared by rule name, not position", () => {
    const rule = (name: string, count: number) => ({ name, tripDuration: "PT1M", failureCondition: { count, interval: "PT5M" } });
    const before = withBackend({ circuitBreaker: { rules: [rule("a", 1), rule("b", 2)] } });
    expect(plan(before, withBackend({ circuitBreaker: { rules: [rule("b", 2), rule("a", 1)] } })).changes).toEqual([]);
    expect(diffOf(before, withBackend({ circuitBreaker: { rules: [rule("b", 3), rule("a", 1)] } }))).toEqual([
      ["update", "backends/orders-eu", [{ path: "circuitBreaker.rules.b.failureCondition.count", before: 2, after: 3 }]],
    ]);
  });

  test("TLS validation turned off on the name only is one line", () => {
    const before = withBackend({});
    const after = withBackend({ tls: { validateCertificateChain: true, validateCertificateName: false } });
    expect(diffOf(before, after)).toEqual([["update", "backends/orders-eu", [{ path: "tls.validateCertificateName", after: false }]]]);
  });
});

describe("plan(): APIs, products, gateways", () => {
  test("an explicit isCurrent or subscriptionRequired default is no change; turning one off is", () => {
    const after = clone(contoso());
    after.apis.orders.properties.isCurrent = true;
    after.apis.orders.properties.subscriptionRequired = true;
    expect(plan(contoso(), after).changes).toEqual([]);
    after.apis.orders.properties.isCurrent = false;
    expect(diffOf(contoso(), after)).toEqual([["update", "apis/orders", [{ path: "isCurrent", before: true, after: false }]]]);
  });

  test("write-only import properties never show as a change (Azure does not return them)", () => {
    const after = clone(contoso());
    Object.assign(after.apis.orders.properties, { format: "openapi+json", value: "{}" });
    expect(plan(contoso(), after).changes).toEqual([]);
  });

  test("custom subscription key names are compared; the defaults are not", () => {
    const after = clone(contoso());
    after.apis.orders.properties.subscriptionKeyParameterNames = { header: "X-Key", query: "subscription-key" };
    expect(diffOf(contoso(), after)).toEqual([["update", "apis/orders", [{ path: "subscriptionKeyParameterNames.header", after: "X-Key" }]]]);
    after.apis.orders.properties.subscriptionKeyParameterNames = { header: "Ocp-Apim-Subscription-Key", query: "key" };
    expect(diffOf(contoso(), after)).toEqual([["update", "apis/orders", [{ path: "subscriptionKeyParameterNames.query", after: "key" }]]]);
  });

  test("an API revision other than 1 is compared", () => {
    const after = clone(contoso());
    after.apis.orders.properties.apiRevision = "2";
    expect(diffOf(contoso(), after)).toEqual([["update", "apis/orders", [{ path: "apiRevision", after: "2" }]]]);
  });

  test("an operation's method compares case-insensitively", () => {
    const after = clone(contoso());
    after.apis.orders.operations.getOrder.properties.method = "get";
    expect(plan(contoso(), after).changes).toEqual([]);
  });

  test("a product's approvalRequired default counts only when subscriptions are required", () => {
    const explicit = clone(contoso());
    explicit.products.starter.properties.approvalRequired = false;
    expect(plan(contoso(), explicit).changes).toEqual([]);
    const open = clone(contoso());
    open.products.starter.properties.subscriptionRequired = false;
    expect(diffOf(contoso(), open)).toEqual([
      [
        "update",
        "products/starter",
        [
          { path: "approvalRequired", before: false },
          { path: "subscriptionRequired", before: true, after: false },
        ],
      ],
    ]);
    const pub = clone(contoso());
    pub.products.starter.properties.state = "published";
    expect(diffOf(contoso(), pub)).toEqual([["update", "products/starter", [{ path: "state", before: "notPublished", after: "published" }]]]);
  });

  test("a gateway CA declared without isTrusted equals an untrusted one; trusting it is a change", () => {
    const before = contoso();
    before.gateways.onprem.certificateAuthorities = { root: {} } as never;
    const same = clone(before);
    same.gateways.onprem.certificateAuthorities = { root: { isTrusted: false } } as never;
    expect(plan(before, same).changes).toEqual([]);
    const trusted = clone(before);
    trusted.gateways.onprem.certificateAuthorities = { root: { isTrusted: true } } as never;
    expect(diffOf(before, trusted)).toEqual([["update", "gateways/onprem", [{ path: "certificateAuthorities.root.isTrusted", before: false, after: true }]]]);
  });

  test("a gateway hostname's flags Azure reports as off equal their absence", () => {
    const before = contoso();
    before.gateways.onprem.hostnames = { main: { hostname: "gw.contoso.net" } } as never;
    const live = clone(before);
    live.gateways.onprem.hostnames = { main: { hostname: "gw.contoso.net", negotiateClientCertificate: false, http2Enabled: false } } as never;
    expect(plan(live, before).changes).toEqual([]);
  });

  test("empty tag lists equal absent ones; a tag added is its own link", () => {
    const before = contoso();
    const after = clone(before);
    after.namedValues.region.tags = [];
    after.apis.orders.tags = [];
    expect(plan(before, after).changes).toEqual([]);
    after.products.starter.tags = ["public"];
    after.products.starter.groups = ["developers"];
    expect(plan(before, after).changes.map((c) => [c.action, c.kind, c.id])).toEqual([
      ["create", "productGroup", "products/starter/groups/developers"],
      ["create", "productTag", "products/starter/tags/public"],
    ]);
  });

  test("a global policy and API and operation tags are planned", () => {
    const after = clone(contoso());
    after.apis.orders.tags = ["t1"];
    after.apis.orders.operations.getOrder.tags = ["t2"];
    after.policy = { ...after.apis.orders.policy!, id: "policy" };
    const p = plan(contoso(), after);
    expect(p.changes.map((c) => [c.action, c.kind, c.id])).toEqual([
      ["create", "policy", "policy"],
      ["create", "apiTag", "apis/orders/tags/t1"],
      ["create", "operationTag", "apis/orders/operations/getOrder/tags/t2"],
    ]);
    expect(p.summary).toEqual({ create: 3, update: 0, delete: 0, replace: 0 });
  });
});

describe("plan(): order and what is compared", () => {
  test("a created API comes after the version set it names, and before its operation", () => {
    const after = emptyModel();
    const src = contoso();
    after.apis.orders = { ...src.apis.orders, policy: undefined, operations: { getOrder: { ...src.apis.orders.operations.getOrder, policy: undefined } } };
    after.apis.orders.properties.apiVersionSet = "orders-vs";
    (after as unknown as { apiVersionSets: Record<string, unknown> }).apiVersionSets["orders-vs"] = {
      id: "apiVersionSets/orders-vs",
      name: "orders-vs",
      pointer: "",
      ignore: [],
      properties: { displayName: "Orders", versioningScheme: "Segment" },
    };
    // The graph lists the API only: the version set and the operation are placed by their parents.
    after.graph.order = ["apis/orders"];
    expect(plan(emptyModel(), after).changes.map((c) => c.id)).toEqual(["apiVersionSets/orders-vs", "apis/orders", "apis/orders/operations/getOrder"]);
  });

  test("resources the graph does not order are created in id order after their parents", () => {
    const after = emptyModel();
    for (const n of ["b", "a", "c"]) after.namedValues[n] = { id: `namedValues/${n}`, name: n, pointer: "", ignore: [], displayName: n, secret: false, source: { kind: "plain", value: n } };
    expect(plan(emptyModel(), after).changes.map((c) => c.id)).toEqual(["namedValues/a", "namedValues/b", "namedValues/c"]);
    expect(plan(after, emptyModel()).changes.map((c) => c.id)).toEqual(["namedValues/c", "namedValues/b", "namedValues/a"]);
  });

  test("a live secret ARM hides is compared with a Key Vault source, which is visible live", () => {
    const live = contoso();
    live.namedValues["api-key"].source = { kind: "plain", value: SENSITIVE };
    const kv = clone(contoso());
    kv.namedValues["api-key"].source = { kind: "keyVault", secretIdentifier: "https://kv.vault.azure.net/secrets/api-key" };
    expect(diffOf(live, kv)).toEqual([
      [
        "update",
        "namedValues/api-key",
        [
          { path: "keyVault.secretIdentifier", after: "https://kv.vault.azure.net/secrets/api-key" },
          { path: "value", before: SENSITIVE },
        ],
      ],
    ]);
  });

  test("a secret value edited but still secret is no downgrade; clearing `secret` is one, with the warning", () => {
    const before = contoso();
    before.namedValues["api-key"].source = { kind: "plain", value: "a" };
    const after = clone(before);
    after.namedValues["api-key"].source = { kind: "plain", value: "b" };
    const change = plan(before, after).changes[0];
    expect(change.warnings).toBeUndefined();
    const downgraded = clone(before);
    downgraded.namedValues["api-key"].secret = false;
    expect(plan(before, downgraded).changes[0].warnings).toEqual([
      "secret downgrade: named value 'api-key' was secret (secret: true) and becomes a plain value, which APIM stores unencrypted and shows in clear; keep it in keyVault, fromKeyVault or fromParameter",
    ]);
  });

  test("an identity change with no other difference is still a replace", () => {
    const after = clone(contoso());
    after.apis.orders.properties.type = "soap";
    const p = plan(contoso(), after);
    expect(p.changes.map((c) => [c.action, c.id])).toEqual([["replace", "apis/orders"]]);
    expect(p.changes[0].diff).toEqual([{ path: "type", before: "http", after: "soap" }]);
    expect(p.summary).toEqual({ create: 0, update: 0, delete: 0, replace: 1 });
  });

  test("a deleted policy lists its whole document, masked", () => {
    const after = clone(contoso());
    delete after.apis.orders.operations.getOrder.policy;
    const p = plan(contoso(), after);
    expect(p.changes).toEqual([
      {
        action: "delete",
        kind: "policy",
        id: "apis/orders/operations/getOrder/policy",
        name: "policy",
        diff: [{ path: "policy/policies", before: expect.stringContaining('<rate-limit calls="10" renewal-period="60" />') }],
      },
    ]);
  });
});
