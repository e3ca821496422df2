/** Layer 1 and layer 2 through the public API: loadDeclarations + validateDeclarations from src/index.ts. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadDeclarations, validateDeclarations, type Diagnostic } from "../../../src/index";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-validate-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function check(yaml: string, files: Record<string, string> = {}): Promise<Diagnostic[]> {
  fs.writeFileSync(path.join(dir, "apim.yaml"), `version: 1\nservice:\n  name: contoso\n${yaml}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return validateDeclarations(await loadDeclarations(dir));
}

const brief = (list: Diagnostic[]) => list.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.pointer}`);

describe("validateDeclarations", () => {
  it("accepts a small valid set", async () => {
    const out = await check(`backends:\n  orders:\n    url: https://o.example.com\n    protocol: http\napis:\n  orders:\n    displayName: Orders\n    path: orders\n    backend: orders\n`);
    expect(out).toEqual([]);
  });

  it("suggests the closest allowed key for an unknown nested key, at the key", async () => {
    const out = await check(`backends:\n  orders:\n    url: https://o.example.com\n    protocol: http\n    circuitBraker: {}\n`);
    expect(brief(out)).toEqual(["8:5 error APIMC101 /backends/orders/circuitBraker"]);
    expect(out[0].message).toContain("did you mean `circuitBreaker`?");
    expect(out[0].hint).toBe("rename it to `circuitBreaker`");
  });

  it("says what type was expected in plain words", async () => {
    const out = await check(`products:\n  p:\n    displayName: P\n    subscriptionsLimit: many\n`);
    expect(out[0].code).toBe("APIMC103");
    expect(out[0].message).toBe("subscriptionsLimit of product `p` must be a whole number, not `many`");
  });

  it("reports a bad policy value once, without oneOf noise", async () => {
    const out = await check(`policy: 42\n`);
    expect(brief(out)).toEqual(["4:9 error APIMC103 /policy"]);
    expect(out[0].message).toContain("must be a string or a map");
  });

  it("reports a bad duration in plain words", async () => {
    const out = await check(
      `backends:\n  o:\n    url: https://o\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { count: 3, interval: 1m }\n          tripDuration: PT1M\n`,
    );
    expect(out.map((d) => d.message)).toEqual(["interval `1m` of backend `o` must be an ISO 8601 duration such as `PT1M` or `PT30S`"]);
  });

  it("flags a breaker rule with neither count nor percentage", async () => {
    const out = await check(
      `backends:\n  o:\n    url: https://o\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { interval: PT1M }\n          tripDuration: PT1M\n`,
    );
    expect(out.map((d) => d.code)).toEqual(["APIMC126"]);
  });

  it("requires a Pool to have members and rejects a pool nested in a pool", async () => {
    const out = await check(
      `backends:\n  a:\n    url: https://a\n    protocol: http\n  inner:\n    type: Pool\n    pool: { services: [ { backend: a } ] }\n  outer:\n    type: Pool\n    pool: { services: [ { backend: inner } ] }\n  empty:\n    type: Pool\n`,
    );
    expect(out.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC141 /backends/outer/pool/services/0/backend", "APIMC123 /backends/empty"]);
  });

  it("accepts version-less and versioned Key Vault URIs and rejects others", async () => {
    const out = await check(
      [
        "namedValues:",
        "  a: { displayName: a, keyVault: { secretIdentifier: https://kv-one.vault.azure.net/secrets/a } }",
        "  b: { displayName: b, fromKeyVault: https://kv-one.vault.azure.net/secrets/b/0123456789abcdef0123456789abcdef }",
        "  c: { displayName: c, fromKeyVault: http://kv-one.vault.azure.net/secrets/c }",
        "  d: { displayName: d, keyVault: { secretIdentifier: https://kv-one.vault.azure.net/keys/d } }",
        "",
      ].join("\n"),
    );
    expect(out.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC127 /namedValues/c/fromKeyVault", "APIMC127 /namedValues/d/keyVault/secretIdentifier"]);
    expect(out[0].message).toContain("does not start with `https://`");
    expect(out[1].message).toContain("its path is not `/secrets/<name>`");
  });

  it("requires exactly one named-value source", async () => {
    const out = await check(`namedValues:\n  none: { displayName: none }\n  two: { displayName: two, value: x, fromParameter: p }\n`);
    expect(out.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC128 /namedValues/none", "APIMC129 /namedValues/two/fromParameter"]);
  });

  it("rejects a literal proxy password but accepts a named-value reference", async () => {
    const out = await check(
      `namedValues:\n  pp: { displayName: proxy-password, fromParameter: proxyPassword }\nbackends:\n  a:\n    url: https://a\n    protocol: http\n    proxy: { url: http://proxy, username: u, password: hunter22 }\n  b:\n    url: https://b\n    protocol: http\n    proxy: { url: http://proxy, username: u, password: "{{proxy-password}}" }\n`,
    );
    expect(out.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC171 /backends/a/proxy/password"]);
    expect(JSON.stringify(out)).not.toContain("hunter22");
  });

  it("checks version sets, unknown operation backends and duplicate display names", async () => {
    const out = await check(
      [
        "namedValues:",
        "  a: { displayName: Shared, value: x }",
        "  b: { displayName: shared, value: y }",
        "apis:",
        "  v1: { displayName: V, path: p, apiVersionSet: vs }",
        "  v2: { displayName: V, path: q, apiVersion: v2, operations: { o: { method: GET, urlTemplate: /, backend: gone } } }",
        "",
      ].join("\n"),
    );
    expect(out.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      "error APIMC162 /namedValues/b/displayName",
      "error APIMC144 /apis/v1/apiVersionSet",
      "error APIMC146 /apis/v1/apiVersionSet",
      "warning APIMC147 /apis/v2/apiVersion",
      "error APIMC145 /apis/v2/operations/o/backend",
    ]);
  });

  it("lets two versions of one API share a path", async () => {
    const out = await check(
      `apiVersionSets:\n  vs: { displayName: VS, versioningScheme: Segment }\napis:\n  v1: { displayName: V, path: p, apiVersionSet: vs, apiVersion: v1 }\n  v2: { displayName: V, path: p, apiVersionSet: vs, apiVersion: v2 }\n`,
    );
    expect(out).toEqual([]);
  });

  it("finds a declared operation that repeats an imported one's route", async () => {
    const spec = `openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths:\n  /orders/{id}:\n    get:\n      operationId: getOrder\n      responses: { "200": { description: ok } }\n`;
    const out = await check(
      `apis:\n  orders:\n    displayName: O\n    path: o\n    openapi: spec.yaml\n    operations:\n      getOrder: { description: refined }\n      fetch: { method: GET, urlTemplate: "/orders/{orderId}" }\n`,
      { "spec.yaml": spec },
    );
    expect(out.map((d) => `${d.line}:${d.col} ${d.code} ${d.pointer}`)).toEqual(["11:42 APIMC161 /apis/orders/operations/fetch/urlTemplate"]);
  });

  it("reports policy references against the declared names", async () => {
    const out = await check(`policy: |\n  <policies><inbound><set-backend-service backend-id="nope" /></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>\n`);
    expect(out.some((d) => d.file.endsWith("apim.yaml") && d.pointer === "/policy" && d.message.includes("nope"))).toBe(true);
  });
});

describe("named-value references outside policies", () => {
  it("checks named-value tokens in backend credentials and proxy settings", async () => {
    const out = await check(
      [
        "namedValues:",
        "  token: { displayName: api-token, fromParameter: apiToken }",
        "  plain: { displayName: proxy-pass, value: not-secret }",
        "backends:",
        "  a:",
        "    url: https://a",
        "    protocol: http",
        "    credentials: { header: { Authorization: [ \"Bearer {{api-tokn}}\" ] } }",
        "    proxy: { url: http://proxy, password: \"{{proxy-pass}}\" }",
        "",
      ].join("\n"),
    );
    expect(out.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      "error APIMC148 /backends/a/credentials/header/Authorization/0",
      "warning APIMC149 /backends/a/proxy/password",
    ]);
    expect(out[0].message).toContain("did you mean `api-token`?");
  });
});

describe("secret hygiene: plain named values where credentials go", () => {
  it("warns, with the fix, for backend credential headers, query parameters, the authorization parameter and policy credential fields", async () => {
    const out = await check(
      [
        "namedValues:",
        "  key: { value: not-secret }",
        "  safe: { fromParameter: safeValue }",
        "backends:",
        "  a:",
        "    url: https://a",
        "    protocol: http",
        "    credentials:",
        "      header: { x-api-key: [ \"{{key}}\" ], x-ok: [ \"{{safe}}\" ] }",
        "      query: { code: [ \"{{key}}\" ] }",
        "      authorization: { scheme: Basic, parameter: \"{{key}}\" }",
        "policy: |",
        "  <policies><inbound><authentication-basic username=\"u\" password=\"{{key}}\" /><set-header name=\"Authorization\" exists-action=\"override\"><value>{{safe}}</value></set-header></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>",
        "",
      ].join("\n"),
    );
    const found = out.filter((d) => d.code === "APIMC149");
    expect(found.map((d) => `${d.severity} ${d.pointer}`)).toEqual([
      "warning /backends/a/credentials/header/x-api-key/0",
      "warning /backends/a/credentials/query/code/0",
      "warning /backends/a/credentials/authorization/parameter",
      "warning /policy",
    ]);
    for (const d of found) expect(d.hint).toContain("fromParameter");
    expect(found[3].message).toContain("authentication-basic@password");
  });
});

describe("named value displayName", () => {
  it("defaults to the map key, which must then be a valid and unique displayName", async () => {
    const out = await check(
      [
        "namedValues:",
        "  region: { value: eu }",
        "  other: { displayName: region, value: us }",
        "  \"has space\": { value: x }",
        "policy: |",
        "  <policies><inbound><set-header name=\"x-region\" exists-action=\"override\"><value>{{region}}</value></set-header></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>",
        "",
      ].join("\n"),
    );
    expect(out.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC162 /namedValues/other/displayName", "APIMC105 /namedValues/has space"]);
  });
});
