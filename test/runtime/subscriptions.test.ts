/** Declared subscriptions as keys in `apimc test`: by name, by parameter value, their state and scope; through main(argv, io). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const repo = path.resolve(__dirname, "../..");

const APIM = `version: 1
service: { name: subs-apim }
products:
  retail: { displayName: Retail, subscriptionRequired: true, state: published, apis: [orders] }
  other: { displayName: Other, subscriptionRequired: true, state: published, apis: [] }
subscriptions:
  retail-ci:
    displayName: Retail CI
    scope: { product: retail }
    state: active
    primaryKey: { fromParameter: retailCiKey }
    secondaryKey: { fromKeyVault: https://kv.vault.azure.net/secrets/retail-ci-2 }
  retail-paused:
    displayName: Retail paused
    scope: { product: retail }
    state: suspended
    primaryKey: { fromParameter: pausedKey }
  retail-new:
    displayName: Retail new
    scope: { product: retail }
  other-ci:
    displayName: Other CI
    scope: { product: other }
    state: active
  everything:
    displayName: Everything
    scope: allApis
    state: active
apis:
  orders:
    displayName: Orders
    path: orders
    protocols: [https]
    serviceUrl: https://orders.example
    policy: |
      <policies>
        <inbound>
          <base />
          <set-header name="x-sub" exists-action="override"><value>@(context.Subscription.Id + "|" + context.Subscription.Name + "|" + (context.Product?.Name ?? "-"))</value></set-header>
          <return-response><set-status code="200" /><set-header name="x-sub" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("x-sub", ""))</value></set-header></return-response>
        </inbound>
        <backend><base /></backend>
        <outbound><base /></outbound>
        <on-error><base /></on-error>
      </policies>
    operations:
      get: { displayName: Get, method: GET, urlTemplate: "/items/{id}" }
`;

function setUp(testFile: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-subs-"));
  fs.writeFileSync(path.join(dir, "apim.yaml"), APIM);
  fs.writeFileSync(path.join(dir, "subs.apimc-test.yaml"), testFile);
  return dir;
}

async function apimcTest(dir: string, format = "json") {
  const io = memoryIo(repo);
  const code = await main(["node", "apimc", "test", dir, "--format", format], io);
  return { code, out: io.stdout, err: io.stderr };
}

const get = (name: string, key: string, status: number, sub?: string) =>
  `  - name: ${name}
    request: { method: GET, url: /orders/items/1, headers: { Ocp-Apim-Subscription-Key: ${key} } }
    expect: { status: ${status}${sub ? `, headers: { x-sub: "${sub}" }` : ""} }
`;

describe("declared subscriptions as keys", () => {
  it("accepts an active subscription's key given by name or by parameter, and rejects other states and scopes with 401", async () => {
    const dir = setUp(
      `parameters: { retailCiKey: p-retail-primary, pausedKey: p-paused }
subscriptions:
  k-ci-secondary: { subscription: retail-ci }
  k-new: { subscription: retail-new }
  k-other: { subscription: other-ci }
  k-all: { subscription: everything }
  k-adhoc: { product: retail }
tests:
${get("primary key from a parameter", "p-retail-primary", 200, "retail-ci|Retail CI|Retail")}${get("a key named for the subscription", "k-ci-secondary", 200, "retail-ci|Retail CI|Retail")}${get("suspended", "p-paused", 401)}${get("submitted (no state declared)", "k-new", 401)}${get("active, but its product lacks the API", "k-other", 401)}${get("allApis", "k-all", 200, "everything|Everything|-")}${get("the test file's own scope still works", "k-adhoc", 200)}${get("unknown key", "nope", 401)}`,
    );
    const r = await apimcTest(dir);
    expect(r.err).toBe("");
    const results = JSON.parse(r.out) as { tests: Array<{ name: string; passed: boolean; failures: unknown[] }> };
    expect(results.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([
      ["primary key from a parameter", true, []],
      ["a key named for the subscription", true, []],
      ["suspended", true, []],
      ["submitted (no state declared)", true, []],
      ["active, but its product lacks the API", true, []],
      ["allApis", true, []],
      ["the test file's own scope still works", true, []],
      ["unknown key", true, []],
    ]);
    expect(r.code).toBe(0);
  });

  it("masks parameter values (they are keys) in the output of a failing test", async () => {
    const dir = setUp(`parameters: { retailCiKey: p-retail-primary }\ntests:\n${get("fails on purpose", "p-retail-primary", 418)}`);
    const r = await apimcTest(dir, "text");
    expect(r.code).toBe(1);
    expect(r.out).toContain("status: expected 418, actual 200");
    expect(r.out).not.toContain("p-retail-primary");
  });

  it("reports an unknown declared subscription, a key with both a name and a scope, and an unread parameter at file:line:col", async () => {
    const dir = setUp(`parameters: { retailKey: x }
subscriptions:
  k1: { subscription: retail-cl }
  k2: { subscription: retail-ci, product: retail }
tests:
${get("t", "k1", 200)}`);
    const r = await apimcTest(dir, "text");
    expect(r.code).toBe(1);
    expect(r.err).toContain("subs.apimc-test.yaml:1:26: error APIMC913: `parameters` gives a value for `retailKey`, which no subscription key or named value reads with `fromParameter`.");
    expect(r.err).toContain("Parameters the declarations read: pausedKey, retailCiKey.");
    expect(r.err).toContain("subs.apimc-test.yaml:3:23: error APIMC915: Subscription key `k1` names `retail-cl`, which is not a declared subscription.");
    expect(r.err).toContain("Did you mean `retail-ci`?");
    expect(r.err).toContain("subs.apimc-test.yaml:4:7: error APIMC913: Subscription key `k2` names a declared subscription and a scope");
  });
});
