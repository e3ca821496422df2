import { plan } from "../../../src/diff";
import { SENSITIVE } from "../../../src/core/secret";
import { clone, contoso, emptyModel, policy } from "./fixtures";

describe("plan()", () => {
  test("identical models give no changes", () => {
    const p = plan(contoso(), contoso());
    expect(p.changes).toEqual([]);
    expect(p.summary).toEqual({ create: 0, update: 0, delete: 0, replace: 0 });
  });

  test("a backend URL change is one update with one property line", () => {
    const after = clone(contoso());
    after.backends["orders-eu"].properties.url = "https://eu2.example.com";
    expect(plan(contoso(), after).changes).toEqual([
      { action: "update", kind: "backend", id: "backends/orders-eu", name: "orders-eu", diff: [{ path: "url", before: "https://eu.example.com", after: "https://eu2.example.com" }] },
    ]);
  });

  test("defaults and sets are normalised: explicit defaults and protocol order are no change", () => {
    const before = contoso();
    before.apis.orders.properties.protocols = ["https", "http"];
    const after = clone(contoso());
    // Upper case comes from live reads; the type says what a declaration may hold.
    after.apis.orders.properties.protocols = ["HTTP", "https"] as never;
    after.apis.orders.properties.subscriptionRequired = true;
    after.backends["orders-eu"].properties.type = "Single";
    after.products.starter.properties.state = "notPublished";
    expect(plan(before, after).changes).toEqual([]);
  });

  test("pool members are compared by backend name, not position", () => {
    const after = clone(contoso());
    const services = after.backends.orders.properties.pool!.services;
    after.backends.orders.properties.pool!.services = [{ ...services[1] }, { ...services[0], weight: 70 }];
    const p = plan(contoso(), after);
    expect(p.changes.map((c) => [c.action, c.id, c.diff])).toEqual([
      ["update", "backends/orders", [{ path: "pool.services.orders-eu.weight", before: 50, after: 70 }]],
    ]);
  });

  test("a reformatted policy is no change; a changed attribute is one line with its XML path", () => {
    const after = clone(contoso());
    after.apis.orders.operations.getOrder.policy = policy(
      "apis/orders/operations/getOrder/policy",
      `<policies>\n  <inbound>\n    <base/>\n    <rate-limit renewal-period='60'   calls="10"/>\n  </inbound>\n  <backend><base /></backend>\n  <outbound><base /></outbound>\n  <!-- c -->\n  <on-error><base /></on-error>\n</policies>\n`,
    );
    expect(plan(contoso(), after).changes).toEqual([]);
    after.apis.orders.operations.getOrder.policy = policy("apis/orders/operations/getOrder/policy", 
      `<policies><inbound><base /><rate-limit calls="20" renewal-period="60" /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`,
    );
    expect(plan(contoso(), after).changes).toEqual([
      {
        action: "update",
        kind: "policy",
        id: "apis/orders/operations/getOrder/policy",
        name: "policy",
        diff: [{ path: "policy/policies/inbound/rate-limit/@calls", before: "10", after: "20" }],
      },
    ]);
  });

  test("an element added and one removed are listed by path", () => {
    const after = clone(contoso());
    after.apis.orders.policy = policy("apis/orders/policy", 
      `<policies><inbound><base /><set-header name="X-Trace" exists-action="override"><value>1</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`,
    );
    const [change] = plan(contoso(), after).changes;
    expect(change.diff).toEqual([
      { path: "policy/policies/inbound/set-backend-service", before: '<set-backend-service backend-id="orders" />' },
      { path: "policy/policies/inbound/set-header[@name='X-Trace']", after: expect.stringMatching(/^<set-header name="X-Trace" exists-action="override">.*<value>1<\/value>.*<\/set-header>$/s) },
    ]);
  });

  test("a reordered policy element is one `position()` line with numbers, not a remove and an add", () => {
    const two = (first: string, second: string) =>
      `<policies><inbound><base />${first}${second}</inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`;
    const a = '<set-header name="X-A" exists-action="override"><value>1</value></set-header>';
    const b = '<set-header name="X-B" exists-action="override"><value>2</value></set-header>';
    const before = clone(contoso());
    before.apis.orders.policy = policy("apis/orders/policy", two(a, b));
    const after = clone(contoso());
    after.apis.orders.policy = policy("apis/orders/policy", two(b, a));
    const [change] = plan(before, after).changes;
    expect(change.diff).toEqual([{ path: "policy/policies/inbound/set-header[@name='X-A']/position()", before: 2, after: 3 }]);
  });

  test("an API removed deletes its links, policies and operations before the API, in reverse dependency order", () => {
    const after = clone(contoso());
    delete after.apis.orders;
    after.products.starter.apis = [];
    after.gateways.onprem.apis = [];
    const p = plan(contoso(), after);
    expect(p.changes.map((c) => `${c.action} ${c.id}`)).toEqual([
      "delete gateways/onprem/apis/orders",
      "delete products/starter/apis/orders",
      "delete apis/orders/operations/getOrder/policy",
      "delete apis/orders/policy",
      "delete apis/orders/operations/getOrder",
      "delete apis/orders",
    ]);
    expect(p.summary).toEqual({ create: 0, update: 0, delete: 6, replace: 0 });
  });

  test("creates come in dependency order: pool members before the pool, API before its operations and links", () => {
    const p = plan(emptyModel(), contoso());
    const ids = p.changes.map((c) => c.id);
    expect(p.changes.every((c) => c.action === "create")).toBe(true);
    expect(ids.indexOf("backends/orders-eu")).toBeLessThan(ids.indexOf("backends/orders"));
    expect(ids.indexOf("apis/orders")).toBeLessThan(ids.indexOf("apis/orders/operations/getOrder"));
    expect(ids.indexOf("apis/orders")).toBeLessThan(ids.indexOf("products/starter/apis/orders"));
    expect(ids.indexOf("products/starter")).toBeLessThan(ids.indexOf("products/starter/apis/orders"));
    expect(ids.indexOf("gateways/onprem")).toBeLessThan(ids.indexOf("gateways/onprem/apis/orders"));
  });

  test("an API type change is a replace", () => {
    const after = clone(contoso());
    after.apis.orders.properties.type = "graphql";
    const [c] = plan(contoso(), after).changes;
    expect(c).toMatchObject({ action: "replace", id: "apis/orders", diff: [{ path: "type", before: "http", after: "graphql" }] });
  });

  test("without prune, resources missing from `after` are listed as unmanaged (top level only), not deleted", () => {
    const after = clone(contoso());
    delete after.apis.orders;
    after.products.starter.apis = [];
    after.gateways.onprem.apis = [];
    const p = plan(contoso(), after, { prune: false });
    expect(p.changes).toEqual([]);
    expect(p.unmanaged).toEqual(["apis/orders", "gateways/onprem/apis/orders", "products/starter/apis/orders"]);
  });
});

describe("plan() never shows secret values", () => {
  const CANARY = "CANARY-7f3a9c-secret";

  test("a secret named value's value changes: shown masked, still detected", () => {
    const before = contoso();
    before.namedValues["api-key"].source = { kind: "plain", value: CANARY };
    const after = clone(contoso());
    after.namedValues["api-key"].source = { kind: "plain", value: CANARY + "-2" };
    const p = plan(before, after);
    expect(p.changes).toEqual([
      { action: "update", kind: "namedValue", id: "namedValues/api-key", name: "api-key", diff: [{ path: "value", before: SENSITIVE, after: SENSITIVE }] },
    ]);
    expect(JSON.stringify(p)).not.toContain("CANARY");
  });

  test("a secret source change shows the parameter name / Key Vault identifier, never a value", () => {
    const before = contoso();
    before.namedValues["api-key"].source = { kind: "plain", value: CANARY };
    const after = clone(contoso());
    after.namedValues["api-key"].source = { kind: "keyVault", secretIdentifier: "https://kv.vault.azure.net/secrets/api-key" };
    const p = plan(before, after);
    expect(p.changes[0].diff).toEqual([
      { path: "keyVault.secretIdentifier", after: "https://kv.vault.azure.net/secrets/api-key" },
      { path: "value", before: SENSITIVE },
    ]);
    expect(JSON.stringify(p)).not.toContain("CANARY");
  });

  test("paths use the declaration's keys (fromParameter, value), never the model's source.kind", () => {
    const before = contoso();
    before.namedValues["api-key"].source = { kind: "fromParameter", parameter: "apiKey" };
    const after = clone(contoso());
    after.namedValues["api-key"].source = { kind: "fromParameter", parameter: "apiKeyV2" };
    const p = plan(before, after);
    expect(p.changes[0].diff).toEqual([{ path: "fromParameter", before: "apiKey", after: "apiKeyV2" }]);
    expect(JSON.stringify(plan(contoso(), emptyModel()))).not.toContain("source.");
  });

  test("a secret named value that becomes a plain value is a downgrade: warned, and the new value masked", () => {
    const before = contoso();
    before.namedValues["api-key"].source = { kind: "fromParameter", parameter: "apiKey" };
    before.namedValues["api-key"].secret = true;
    const after = clone(contoso());
    after.namedValues["api-key"].source = { kind: "plain", value: CANARY };
    after.namedValues["api-key"].secret = false;
    const p = plan(before, after);
    expect(p.changes[0].diff).toEqual([
      { path: "fromParameter", before: "apiKey" },
      { path: "secret", before: true, after: false },
      { path: "value", after: SENSITIVE },
    ]);
    expect(p.changes[0].warnings).toEqual([expect.stringMatching(/^secret downgrade: named value 'api-key' was secret \(fromParameter\) and becomes a plain value/)]);
    expect(JSON.stringify(p)).not.toContain("CANARY");
  });

  test("created and deleted resources with secrets are masked too; named-value references stay visible", () => {
    const m = contoso();
    m.namedValues["api-key"].source = { kind: "plain", value: CANARY };
    m.backends["orders-eu"].properties.credentials = { header: { "x-key": [CANARY], "x-ref": ["{{api-key}}"] }, authorization: { scheme: "Basic", parameter: CANARY } };
    const created = plan(emptyModel(), m);
    const deleted = plan(m, emptyModel());
    for (const p of [created, deleted]) {
      const text = JSON.stringify(p);
      expect(text).not.toContain("CANARY");
      const backend = p.changes.find((c) => c.id === "backends/orders-eu")!;
      expect(backend.diff).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: "credentials.authorization.parameter" }),
          expect.objectContaining({ path: 'credentials.header.x-key' }),
        ]),
      );
      const vals = backend.diff.map((d) => d.after ?? d.before);
      expect(vals).toContainEqual([SENSITIVE]);
      expect(vals).toContainEqual(["{{api-key}}"]);
    }
  });
});

describe("plan() against a live model", () => {
  test("a live secret whose value ARM hides compares equal to a declared parameter-sourced secret", () => {
    const live = contoso();
    live.namedValues["api-key"].source = { kind: "plain", value: SENSITIVE };
    expect(plan(live, contoso()).changes).toEqual([]);
    const renamed = clone(contoso());
    renamed.namedValues["api-key"].displayName = "apiKey";
    expect(plan(live, renamed).changes[0].diff).toEqual([{ path: "displayName", before: "api-key", after: "apiKey" }]);
  });
});

describe("plan() ignores defaults ARM reports on every resource", () => {
  test("TLS validation on, default subscription key names and revision 1 equal their absence", () => {
    const live = contoso();
    live.backends["orders-eu"].properties.tls = { validateCertificateChain: true, validateCertificateName: true };
    live.apis.orders.properties.subscriptionKeyParameterNames = { header: "Ocp-Apim-Subscription-Key", query: "subscription-key" };
    live.apis.orders.properties.apiRevision = "1";
    expect(plan(live, contoso()).changes).toEqual([]);
    const off = clone(contoso());
    off.backends["orders-eu"].properties.tls = { validateCertificateChain: false };
    expect(plan(live, off).changes[0].diff).toEqual([{ path: "tls.validateCertificateChain", after: false }]);
  });
});
