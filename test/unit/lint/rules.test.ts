import { runPreflight, PREFLIGHT_RULES, preflightRulesMarkdown } from "../../../src/lint";
import { ModelBuilder, POLICY, locate } from "./builder";

const run = (b: ModelBuilder, opts: { ignore?: string[]; strict?: boolean; gateway?: string } = {}) => runPreflight(b.model, { locate, ...opts });
const codes = (b: ModelBuilder, opts = {}) => run(b, opts).map((d) => `${d.code} ${d.pointer}`);

describe("rule metadata", () => {
  it("has unique, stable codes in the APIMC5xx range with a fix and an Azure doc link", () => {
    expect(PREFLIGHT_RULES.map((r) => r.code)).toEqual(["APIMC500", "APIMC501", "APIMC502", "APIMC503", "APIMC504", "APIMC505", "APIMC506", "APIMC507", "APIMC508", "APIMC509", "APIMC510", "APIMC511", "APIMC512", "APIMC513"]);
    for (const r of PREFLIGHT_RULES) {
      if (r.code !== "APIMC500") expect(r.docsUrl).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      expect(r.fix.length).toBeGreaterThan(20);
    }
  });
});

describe("APIMC501 self-chained backend", () => {
  it("flags backend urls, serviceUrls and set-backend-service base-urls on the instance's own hosts", () => {
    const b = new ModelBuilder("contoso", ["api.contoso.com"]);
    b.backend("self", { url: "https://Contoso.azure-api.net/orders", protocol: "http" });
    b.backend("regional", { url: "https://contoso-westeurope-01.regional.azure-api.net/x", protocol: "http" });
    b.backend("custom", { url: "https://api.contoso.com", protocol: "http" });
    b.backend("gw", { url: "https://edge.onprem.contoso.net", protocol: "http" });
    b.backend("fine", { url: "https://orders.contoso.net", protocol: "http" });
    b.backend("token", { url: "https://{{host}}/x", protocol: "http" });
    b.gateway("onprem", [], { main: "*.onprem.contoso.net" });
    b.api("chained", { serviceUrl: "http://contoso.azure-api.net/inner" }, POLICY('<set-backend-service base-url="https://contoso.azure-api.net/v2" />'));
    const ds = run(b, { ignore: ["APIMC504", "APIMC506", "APIMC507"] });
    expect(ds.map((d) => `${d.code} ${d.pointer}`)).toEqual([
      "APIMC501 /apis/chained/serviceUrl",
      "APIMC501 /backends/custom/url",
      "APIMC501 /backends/gw/url",
      "APIMC501 /backends/regional/url",
      "APIMC501 /backends/self/url",
      "APIMC501 /apis/chained/policy",
    ]);
    expect(ds[5]).toMatchObject({ file: "apis-chained-policy.xml", line: 3, col: 5, severity: "warning" });
    expect(ds[5].message).toBe(
      "set-backend-service base-url points at the instance's own gateway host contoso.azure-api.net; in internal-VNet mode (Developer and Premium tiers) such a self-chained request fails with HTTP 500 BackendConnectionFailure",
    );
    expect(ds[2].message).toContain("self-hosted gateway 'onprem'");
    expect(ds[0].hint).toContain("Application Gateway");
  });
});

describe("APIMC502/503 Key Vault named values", () => {
  it("flags a versioned secret id and names the role a system-assigned identity needs", () => {
    const b = new ModelBuilder();
    b.namedValue("pinned", { kind: "keyVault", secretIdentifier: "https://kv1.vault.azure.net/secrets/db/0123456789abcdef0123456789abcdef", identityClientId: "c1" });
    b.namedValue("rolling", { kind: "keyVault", secretIdentifier: "https://kv1.vault.azure.net/secrets/db" });
    b.namedValue("deploytime", { kind: "fromKeyVault", uri: "https://kv1.vault.azure.net/secrets/db/fedcba9876543210fedcba9876543210" });
    const ds = run(b, { ignore: ["APIMC507"] });
    expect(ds.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      "info APIMC503 /namedValues/rolling/keyVault",
      "warning APIMC502 /namedValues/pinned/keyVault/secretIdentifier",
    ]);
    expect(ds[1].message).toContain("version 0123456789abcdef");
    expect(ds[0].message).toContain("'Key Vault Secrets User'");
    expect(ds[0].message).toContain("'kv1'");
    expect(ds[0].hint).toContain("firewall");
  });
});

describe("APIMC504 secrets over plain http", () => {
  it("flags credentials and proxy passwords sent to http:// URLs only", () => {
    const b = new ModelBuilder();
    b.backend("plain", { url: "http://orders.internal", protocol: "http", credentials: { header: { "x-key": ["{{key}}"] }, authorization: { scheme: "Basic", parameter: "{{basic}}" } } });
    b.backend("proxied", { url: "https://orders.internal", protocol: "http", proxy: { url: "http://proxy:3128", username: "u", password: "{{pw}}" } });
    b.backend("tls", { url: "https://orders.internal", protocol: "http", credentials: { query: { code: ["{{key}}"] } } });
    b.backend("nocreds", { url: "http://orders.internal", protocol: "http" });
    const ds = run(b, { ignore: ["APIMC507"] });
    expect(ds.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC504 /backends/plain/url", "APIMC504 /backends/proxied/proxy/url"]);
    expect(ds[0].message).toBe("backend 'plain' sends credentials (header x-key, an Authorization (Basic) header) to a plain http:// URL");
  });
});

describe("APIMC505 TLS validation off", () => {
  it("flags each disabled check", () => {
    const b = new ModelBuilder();
    b.backend("lax", { url: "https://a", protocol: "http", tls: { validateCertificateChain: false, validateCertificateName: false } });
    b.backend("strict", { url: "https://b", protocol: "http", tls: { validateCertificateChain: true } });
    expect(codes(b, { ignore: ["APIMC507"] })).toEqual(["APIMC505 /backends/lax/tls/validateCertificateChain", "APIMC505 /backends/lax/tls/validateCertificateName"]);
  });
});

describe("APIMC506 anonymous API", () => {
  it("names the operations with no authentication policy in their effective inbound policy", () => {
    const b = new ModelBuilder();
    b.globalPolicy(POLICY("<cors />"));
    b.api("open", { subscriptionRequired: false }, POLICY("<base />"));
    b.operation("open", "list");
    b.operation("open", "get", "/{id}", POLICY('<base />\n    <validate-jwt header-name="Authorization" />'));
    b.operation("open", "put", "/{id}", POLICY("<choose><when condition=\"@(true)\"><authentication-managed-identity resource=\"x\" /></when></choose>"));
    b.operation("open", "override", "/o", POLICY("<rate-limit calls=\"1\" renewal-period=\"1\" />"));
    const ds = run(b);
    expect(ds.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC506 /apis/open/subscriptionRequired"]);
    expect(ds[0].message).toBe("API 'open' needs no subscription key and operations list, override have no authentication policy in the effective inbound policy");
  });

  it("finds authentication in the global policy and in included fragments", () => {
    const b = new ModelBuilder();
    b.fragment("auth", '<fragment>\n  <check-header name="x-key" failed-check-httpcode="401" failed-check-error-message="no" />\n</fragment>');
    b.globalPolicy(POLICY('<include-fragment fragment-id="auth" />'));
    b.api("open", { subscriptionRequired: false });
    b.operation("open", "list");
    b.reference("policy", "policyFragments/auth", "fragment");
    expect(codes(b)).toEqual([]);
  });

  it("treats an API in an open product as anonymous, applying the product's policy", () => {
    const b = new ModelBuilder();
    b.api("keyed");
    b.operation("keyed", "list");
    b.api("keyed2");
    b.operation("keyed2", "list");
    b.product("free", ["keyed"], false);
    b.product("guarded", ["keyed2"], false, POLICY('<base />\n    <ip-filter action="allow"><address>10.0.0.1</address></ip-filter>'));
    b.product("paid", ["keyed", "keyed2"], true);
    const ds = run(b);
    expect(ds.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC506 /products/free/subscriptionRequired"]);
    expect(ds[0].message).toContain("open product 'free' lets API 'keyed' be called without a subscription key and operation list has");
  });
});

describe("APIMC507 unused declarations", () => {
  it("reports named values, backends and fragments with no incoming reference", () => {
    const b = new ModelBuilder();
    b.namedValue("used", { kind: "plain", value: "x" });
    b.namedValue("orphan", { kind: "plain", value: "x" });
    b.backend("used", { url: "https://a", protocol: "http" });
    b.backend("member", { url: "https://m", protocol: "http" });
    b.backend("orphan", { url: "https://b", protocol: "http" });
    b.fragment("orphan", "<fragment><cors /></fragment>");
    b.reference("apis/x/policy", "namedValues/used");
    b.reference("apis/x/policy", "backends/used", "backend");
    b.reference("backends/used", "backends/member", "poolMember");
    b.reference("policyFragments/orphan", "policyFragments/orphan", "fragment");
    const ds = run(b);
    expect(ds.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      "info APIMC507 /backends/orphan",
      "info APIMC507 /namedValues/orphan",
      "info APIMC507 /policyFragments/orphan",
    ]);
    expect(ds[1].message).toBe("named value 'orphan' ({{orphan}}) is declared but nothing references it");
  });
});

describe("APIMC508 gateway reserved path", () => {
  it("is an error for an API path or a root-level operation on the health endpoint", () => {
    const b = new ModelBuilder();
    b.api("health", { path: "/Status-0123456789abcdef/" });
    b.api("root", { path: "" });
    b.operation("root", "probe", "/status-0123456789abcdef?x=1");
    b.operation("root", "other", "/status");
    b.api("nested", { path: "svc" });
    b.operation("nested", "probe", "/status-0123456789abcdef");
    const ds = run(b, { ignore: ["APIMC506"] });
    expect(ds.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      "error APIMC508 /apis/health/path",
      "error APIMC508 /apis/root/operations/probe/urlTemplate",
    ]);
  });
});

describe("APIMC509 consumed request body", () => {
  const READ = '<set-variable name="b" value="@(context.Request.Body.As<JObject>()[&quot;id&quot;])" />';

  it("flags a body read without preserveContent when the request is forwarded", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, POLICY(`<base />\n    ${READ}`));
    b.operation("orders", "create");
    const ds = run(b);
    expect(ds.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`)).toEqual(["APIMC509 apis-orders-policy.xml:4:5"]);
    expect(ds[0].message).toBe(
      "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>() without preserveContent: true, and the request is then forwarded, so the backend receives an empty body",
    );
  });

  it("accepts preserveContent: true, a request answered by return-response, or no forward-request", () => {
    const b = new ModelBuilder();
    b.api("kept", {}, POLICY('<base />\n    <set-variable name="b" value="@(context.Request.Body.As<JObject>(preserveContent: true))" />'));
    b.operation("kept", "create");
    b.api("answered", {}, POLICY(`<base />\n    ${READ}\n    <return-response><set-status code="200" /></return-response>`));
    b.operation("answered", "create");
    b.api("unforwarded", {}, POLICY(`<base />\n    ${READ}`, "<send-request mode=\"new\" response-variable-name=\"r\" />"));
    b.operation("unforwarded", "create");
    expect(codes(b)).toEqual([]);
  });

  it("reads escaped xml expressions, body reads in included fragments, and AsFormUrlEncodedContent", () => {
    const b = new ModelBuilder();
    b.fragment("read", '<fragment>\n  <set-variable name="f" value="@(context.Request.Body.AsFormUrlEncodedContent())" />\n</fragment>');
    b.api("orders", {}, POLICY('<base />\n    <include-fragment fragment-id="read" />\n    <set-variable name="b" value="@(context.Request.Body.As&lt;string&gt;())" />'));
    b.operation("orders", "create");
    b.reference("apis/orders/policy", "policyFragments/read", "fragment");
    expect(run(b).map((d) => `${d.code} ${d.file}:${d.line} ${d.message.split(" without")[0]}`)).toEqual([
      "APIMC509 apis-orders-policy.xml:5 inbound <set-variable> reads the request body with context.Request.Body.As<string>()",
      "APIMC509 policyFragments-read.xml:2 inbound <set-variable> reads the request body with context.Request.Body.AsFormUrlEncodedContent()",
    ]);
  });
});

describe("docs/rules.md", () => {
  it("holds the generated rule table, so the docs cannot drift from the rules", () => {
    const doc = require("node:fs").readFileSync(require("node:path").resolve(__dirname, "../../../docs/rules.md"), "utf8") as string;
    expect(doc).toContain(preflightRulesMarkdown());
    for (const r of PREFLIGHT_RULES) expect(doc).toContain(`| ${r.code} | ${r.severity} | ${r.title} |`);
  });
});
