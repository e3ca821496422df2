/**
 * The preflight rules on both sides of their edges, through `runPreflight` over hand-built models
 * (policies parsed by the real parser). Each expectation is written by hand from the rule's documented
 * behaviour (docs/rules.md): which declaration fires, which does not, and the exact code, severity,
 * pointer, location and message a user reads. Written against the survivors of `npm run mutation`
 * over src/lint (docs/testing.md).
 */
import { runPreflight } from "../../../src/lint";
import { ModelBuilder, POLICY, locate } from "./builder";

type Opts = { ignore?: string[]; strict?: boolean; gateway?: string };
const run = (b: ModelBuilder, opts: Opts = {}) => runPreflight(b.model, { locate, ...opts });
const brief = (b: ModelBuilder, opts: Opts = {}) => run(b, opts).map((d) => `${d.severity} ${d.code} ${d.pointer}`);
/** Only one rule's findings, so a test states one rule's behaviour. */
const only = (code: string, b: ModelBuilder, opts: Opts = {}) => run(b, opts).filter((d) => d.code === code);

describe("APIMC506 anonymous API: which operations are named", () => {
  it("names at most ten operations and counts the rest", () => {
    const b = new ModelBuilder();
    b.api("open", { subscriptionRequired: false });
    for (let i = 1; i <= 12; i++) b.operation("open", `op${String(i).padStart(2, "0")}`);
    const [d] = only("APIMC506", b);
    expect(d.message).toBe(
      "API 'open' needs no subscription key and operations op01, op02, op03, op04, op05, op06, op07, op08, op09, op10 and 2 more have no authentication policy in the effective inbound policy",
    );
  });

  it("names the operations in name order, whatever order they are declared in", () => {
    const b = new ModelBuilder();
    b.api("open", { subscriptionRequired: false });
    for (const op of ["zeta", "alpha", "mid"]) b.operation("open", op);
    expect(only("APIMC506", b).map((d) => d.message)).toEqual([
      "API 'open' needs no subscription key and operations alpha, mid, zeta have no authentication policy in the effective inbound policy",
    ]);
  });

  it("names all ten when there are exactly ten", () => {
    const b = new ModelBuilder();
    b.api("open", { subscriptionRequired: false });
    for (let i = 0; i < 10; i++) b.operation("open", `op${i}`);
    const [d] = only("APIMC506", b);
    expect(d.message).toBe(
      "API 'open' needs no subscription key and operations op0, op1, op2, op3, op4, op5, op6, op7, op8, op9 have no authentication policy in the effective inbound policy",
    );
  });

  it("counts authentication-* policies and ignores other inbound policies", () => {
    const b = new ModelBuilder();
    b.api("cert", { subscriptionRequired: false }, POLICY('<authentication-certificate thumbprint="abc" />'));
    b.operation("cert", "get");
    b.api("limited", { subscriptionRequired: false }, POLICY('<rate-limit calls="5" renewal-period="60" />'));
    b.operation("limited", "get");
    b.api("client", { subscriptionRequired: false }, POLICY('<validate-client-certificate validate-revocation="true" />'));
    b.operation("client", "get");
    b.api("aad", { subscriptionRequired: false }, POLICY('<validate-azure-ad-token tenant-id="t" />'));
    b.operation("aad", "get");
    expect(brief(b)).toEqual(["warning APIMC506 /apis/limited/subscriptionRequired"]);
  });

  it("ignores an API whose subscription requirement is left at its default, and APIs with no operations", () => {
    const b = new ModelBuilder();
    b.api("default");
    b.operation("default", "get");
    b.api("empty", { subscriptionRequired: false });
    expect(only("APIMC506", b)).toEqual([]);
  });

  it("only applies an open product to the APIs it holds, and a product that requires keys or leaves it unset opens nothing", () => {
    const b = new ModelBuilder();
    b.api("inside");
    b.operation("inside", "get");
    b.api("outside");
    b.operation("outside", "get");
    b.product("free", ["inside"], false);
    b.product("unset", ["outside"]);
    b.product("keyed", ["outside"], true);
    const ds = only("APIMC506", b);
    expect(ds.map((d) => `${d.pointer} ${d.file}:${d.line}`)).toEqual(["/products/free/subscriptionRequired apim.yaml:4"]);
    expect(ds[0].message).toBe(
      "open product 'free' lets API 'inside' be called without a subscription key and operation get has no authentication policy in the effective inbound policy",
    );
  });

  it("a product finding is silenced by the API's ignore list as well as the product's", () => {
    const b = new ModelBuilder();
    b.api("quiet", {}, undefined, ["APIMC506"]);
    b.operation("quiet", "get");
    b.product("free", ["quiet"], false);
    expect(only("APIMC506", b)).toEqual([]);
  });
});

describe("APIMC509 consumed request body: reading the expression", () => {
  const flagged = (expr: string, where: "attr" | "text" = "attr") => {
    const b = new ModelBuilder();
    const el = where === "attr" ? `<set-variable name="v" value="${expr}" />` : `<set-body>${expr}</set-body>`;
    b.api("orders", {}, POLICY(`<base />\n    ${el}`));
    b.operation("orders", "create");
    return only("APIMC509", b).map((d) => d.message.split(" without ")[0]);
  };

  it.each([
    ["@(context.Request.Body?.As&lt;JObject&gt;())", "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>()"],
    ["@(context.Request.Body.As &lt; JObject &gt;  ())", "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>()"],
    ["@(context.Request.Body.As&lt;Dictionary&lt;string, List&lt;int&gt;&gt;&gt;())", "inbound <set-variable> reads the request body with context.Request.Body.As<Dictionary<string, List<int>>>()"],
    ["@(context.Request.Body.As&lt;JObject&gt;(preserveContent: false))", "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>()"],
    ["@(context.Request.Body.AsFormUrlEncodedContent (preserveContent: false))", "inbound <set-variable> reads the request body with context.Request.Body.AsFormUrlEncodedContent()"],
    ["@(context.Request.Body.As&lt;JObject&gt;(preserveContent: trueish))", "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>()"],
    ["@(context.Request.Body.As&lt;JObject&gt;(!true))", "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>()"],
    ["@(context.Request.Body.As&lt;JObject&gt;(true &amp;&amp; keep))", "inbound <set-variable> reads the request body with context.Request.Body.As<JObject>()"],
  ])("flags %s", (expr, message) => {
    expect(flagged(expr)).toEqual([message]);
  });

  it.each([
    "@(context.Request.Body.As&lt;JObject&gt;(preserveContent:true))",
    "@(context.Request.Body.As&lt;JObject&gt;(preserveContent : true))",
    "(1) context.Request.Body.As&lt;JObject",
    "@(context.Request.Body.As&lt;JObject&gt; + f(x))",
    "@(context.Request.Body.As&lt;JObject&gt;( true ))",
    "@(context.Request.Body.AsFormUrlEncodedContent(preserveContent: true))",
    "@(context.Request.Body.As&lt;JObject&gt;)",
    "@(context.Request.Body.As&lt;JObject(x)",
    "@(context.Request.Body.As&lt;JObject&gt;(x",
    "@(context.Response.Body.As&lt;JObject&gt;())",
    "@(context.Request.Headers.GetValueOrDefault(&quot;x&quot;))",
  ])("accepts %s", (expr) => {
    expect(flagged(expr)).toEqual([]);
  });

  it("finds a valid read after a malformed one in the same expression", () => {
    expect(flagged("@(context.Request.Body.As&lt;JObject(1) + context.Request.Body.As&lt;string&gt;())")).toEqual([
      "inbound <set-variable> reads the request body with context.Request.Body.As<string>()",
    ]);
    expect(flagged("@(context.Request.Body.As&lt;JObject&gt;(true) + context.Request.Body.As&lt;string&gt;())")).toEqual([
      "inbound <set-variable> reads the request body with context.Request.Body.As<string>()",
    ]);
  });

  it("reads element text and CDATA as well as attributes", () => {
    expect(flagged("@(context.Request.Body.As&lt;string&gt;())", "text")).toEqual(["inbound <set-body> reads the request body with context.Request.Body.As<string>()"]);
    expect(flagged("<![CDATA[@(context.Request.Body.As<string>())]]>", "text")).toEqual(["inbound <set-body> reads the request body with context.Request.Body.As<string>()"]);
  });

  const READ = '<set-variable name="b" value="@(context.Request.Body.As<JObject>())" />';

  it("reports a read in an API policy once, however many operations inherit it", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, POLICY(`<base />\n    ${READ}`));
    b.operation("orders", "create");
    b.operation("orders", "update");
    const ds = only("APIMC509", b);
    expect(ds.map((d) => `${d.severity} ${d.pointer} ${d.file}:${d.line}:${d.col}`)).toEqual(["warning /apis/orders/policy apis-orders-policy.xml:4:5"]);
  });

  it("an operation's ignore list silences an API-level read for that operation only", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, POLICY(`<base />\n    ${READ}`));
    // The operation's ignore applies through its own policy layer, which inherits the API's with <base />.
    b.operation("orders", "a-quiet", "/a", POLICY("<base />"), ["APIMC509"]);
    b.operation("orders", "b-loud", "/b");
    expect(only("APIMC509", b).map((d) => `${d.pointer} ${d.file}:${d.line}`)).toEqual(["/apis/orders/policy apis-orders-policy.xml:4"]);
    delete b.model.apis.orders.operations["b-loud"];
    expect(only("APIMC509", b)).toEqual([]);
  });

  it("a read in the global policy belongs to the APIs whose operations reach it, for a gateway preflight", () => {
    const b = new ModelBuilder();
    b.globalPolicy(POLICY(READ));
    b.api("served");
    b.api("other");
    b.operation("other", "create");
    b.gateway("edge", ["served"]);
    b.gateway("all", ["served", "other"]);
    expect(run(b, { gateway: "edge" }).filter((d) => d.code === "APIMC509")).toEqual([]);
    expect(run(b, { gateway: "all" }).filter((d) => d.code === "APIMC509").map((d) => `${d.pointer} ${d.file}:${d.line}`)).toEqual(["/policy policy.xml:3"]);
  });

  it("a return-response inside <choose> answers only sometimes, so the request is still forwarded", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, POLICY(`<base />\n    ${READ}\n    <choose><when condition="@(true)"><return-response /></when></choose>`));
    b.operation("orders", "create");
    expect(only("APIMC509", b)).toHaveLength(1);
  });

  it("a top-level mock-response answers the caller, so nothing is forwarded", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, POLICY(`<base />\n    ${READ}\n    <mock-response status-code="200" />`));
    b.operation("orders", "create");
    expect(only("APIMC509", b)).toEqual([]);
  });

  it("a forward-request inside <choose> in the backend section forwards", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, POLICY(`<base />\n    ${READ}`, '<choose><when condition="@(true)"><forward-request /></when></choose>'));
    b.operation("orders", "create");
    expect(only("APIMC509", b)).toHaveLength(1);
  });

  it("with no declared backend section anywhere, APIM's default forward applies", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, `<policies>\n  <inbound>\n    ${READ}\n  </inbound>\n</policies>`);
    b.operation("orders", "create");
    expect(only("APIMC509", b).map((d) => `${d.file}:${d.line}`)).toEqual(["apis-orders-policy.xml:3"]);
  });

  it("a read in the outbound section is not a request body read that empties the forward", () => {
    const b = new ModelBuilder();
    b.api("orders", {}, `<policies>\n  <inbound><base /></inbound>\n  <backend><forward-request /></backend>\n  <outbound>${READ}</outbound>\n</policies>`);
    b.operation("orders", "create");
    expect(only("APIMC509", b)).toEqual([]);
  });
});

describe("APIMC508 reserved gateway path: the first path segment only", () => {
  it.each([
    ["status-0123456789abcdef", true],
    [" /STATUS-0123456789ABCDEF// ", true],
    ["status-0123456789abcdef/v1", true],
    ["status-0123456789abcdefx", false],
    ["v1/status-0123456789abcdef", false],
  ])("API path %j collides: %s", (path, collides) => {
    const b = new ModelBuilder();
    b.api("a", { path });
    expect(only("APIMC508", b).map((d) => `${d.severity} ${d.pointer}`)).toEqual(collides ? ["error /apis/a/path"] : []);
  });

  it.each([
    ["/status-0123456789abcdef#x", true],
    ["/status-0123456789abcdef/{id}", true],
    ["//status-0123456789abcdef", true],
    ["/status-0123456789abcdef-2", false],
    ["/x/status-0123456789abcdef", false],
  ])("operation template %j on an API at the root path (\"/\") collides: %s", (urlTemplate, collides) => {
    const b = new ModelBuilder();
    b.api("root", { path: "/" });
    b.operation("root", "probe", urlTemplate);
    expect(only("APIMC508", b).map((d) => d.pointer)).toEqual(collides ? ["/apis/root/operations/probe/urlTemplate"] : []);
  });

  it("an API path of slashes only is the root path, so its operations are checked", () => {
    const b = new ModelBuilder();
    b.api("root", { path: "//" });
    b.operation("root", "probe", "/status-0123456789abcdef");
    expect(only("APIMC508", b).map((d) => d.pointer)).toEqual(["/apis/root/operations/probe/urlTemplate"]);
  });

  it("says which path collides, and an API path hit is reported once, not again for its operations", () => {
    const b = new ModelBuilder();
    b.api("health", { path: "/status-0123456789abcdef" });
    b.operation("health", "probe", "/status-0123456789abcdef");
    b.api("root", { path: "" });
    b.operation("root", "probe", "/status-0123456789abcdef");
    const ds = only("APIMC508", b);
    expect(ds.map((d) => d.message)).toEqual([
      "API 'health' path '/status-0123456789abcdef' collides with the gateway health endpoint /status-0123456789abcdef",
      "operation 'probe' of API 'root' (empty API path) has URL template '/status-0123456789abcdef', which collides with the gateway health endpoint /status-0123456789abcdef",
    ]);
    expect(ds[1].hint).toBe(
      "choose another API path or URL template; /status-0123456789abcdef is the gateway's health endpoint. See https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production",
    );
  });

  it("an operation's own ignore list silences its finding, and so does its API's", () => {
    const b = new ModelBuilder();
    b.api("root", { path: "" });
    b.operation("root", "probe", "/status-0123456789abcdef", undefined, ["APIMC508"]);
    b.api("root2", { path: "" }, undefined, ["APIMC508"]);
    b.operation("root2", "probe", "/status-0123456789abcdef");
    expect(only("APIMC508", b)).toEqual([]);
  });
});

describe("APIMC504 secrets over plain http", () => {
  it("names query parameters, and reads the scheme case-insensitively", () => {
    const b = new ModelBuilder();
    b.backend("q", { url: " HTTP://orders.internal", protocol: "http", credentials: { query: { code: ["{{k}}"], sig: ["{{s}}"] } } });
    const ds = only("APIMC504", b);
    expect(ds.map((d) => `${d.severity} ${d.pointer} ${d.message}`)).toEqual([
      "warning /backends/q/url backend 'q' sends credentials (query parameter code, query parameter sig) to a plain http:// URL",
    ]);
  });

  it("lists headers and query parameters in name order, and names no Authorization header when there is none", () => {
    const b = new ModelBuilder();
    b.backend("h", { url: "http://orders.internal", protocol: "http", credentials: { header: { "x-z": ["{{k}}"], "x-a": ["{{k}}"] }, query: { sig: ["{{s}}"], code: ["{{c}}"] } } });
    expect(only("APIMC504", b).map((d) => d.message)).toEqual([
      "backend 'h' sends credentials (header x-a, header x-z, query parameter code, query parameter sig) to a plain http:// URL",
    ]);
  });

  it("does not flag a proxy password sent to an https proxy, nor a plain-http proxy without a password", () => {
    const b = new ModelBuilder();
    b.backend("tlsproxy", { url: "https://a", protocol: "http", proxy: { url: "https://proxy:3128", username: "u", password: "{{pw}}" } });
    b.backend("nopass", { url: "https://a", protocol: "http", proxy: { url: "http://proxy:3128", username: "u" } });
    b.backend("httpsish", { url: "https://a", protocol: "http", proxy: { url: "xhttp://proxy", password: "{{pw}}" } });
    expect(only("APIMC504", b)).toEqual([]);
  });

  it("names the proxy finding in plain words", () => {
    const b = new ModelBuilder();
    b.backend("p", { url: "https://a", protocol: "http", proxy: { url: "http://proxy:3128", password: "{{pw}}" } });
    expect(only("APIMC504", b).map((d) => d.message)).toEqual(["backend 'p' sends its proxy password to a plain http:// proxy URL"]);
  });
});

describe("APIMC505 TLS validation off", () => {
  it("flags only the check that is off, and says which", () => {
    const b = new ModelBuilder();
    b.backend("chain", { url: "https://a", protocol: "http", tls: { validateCertificateChain: false, validateCertificateName: true } });
    b.backend("unset", { url: "https://a", protocol: "http", tls: {} });
    const ds = only("APIMC505", b);
    expect(ds.map((d) => `${d.pointer} ${d.message}`)).toEqual(["/backends/chain/tls/validateCertificateChain backend 'chain' does not validate the backend's TLS certificate chain"]);
  });
});

describe("APIMC503 Key Vault identity", () => {
  it("is silent with a user-assigned identity, and leaves the vault name out when the id names none", () => {
    const b = new ModelBuilder();
    b.namedValue("uai", { kind: "keyVault", secretIdentifier: "https://kv1.vault.azure.net/secrets/a", identityClientId: "00000000-0000-0000-0000-000000000001" });
    b.namedValue("odd", { kind: "keyVault", secretIdentifier: "not a vault uri" });
    b.namedValue("plain", { kind: "plain", value: "x" });
    const ds = only("APIMC503", b);
    expect(ds.map((d) => `${d.severity} ${d.pointer} ${d.message}`)).toEqual([
      "info /namedValues/odd/keyVault named value 'odd' reads Key Vault with the instance's system-assigned identity, which needs the 'Key Vault Secrets User' role there and, behind the vault firewall, trusted-service access",
    ]);
  });

  it("reads the vault name from an id with surrounding spaces", () => {
    const b = new ModelBuilder();
    b.namedValue("spaced", { kind: "keyVault", secretIdentifier: "  https://kv2.vault.azure.net/secrets/a  " });
    expect(only("APIMC503", b)[0].message).toContain("reads Key Vault 'kv2' with");
  });
});

describe("APIMC502 versioned Key Vault secret", () => {
  it("reads the version from an id with surrounding spaces, and ignores the deploy-time fromKeyVault source", () => {
    const b = new ModelBuilder();
    b.namedValue("pinned", { kind: "keyVault", secretIdentifier: " https://kv1.vault.azure.net/secrets/db/0123456789abcdef0123456789abcdef ", identityClientId: "c" });
    b.namedValue("bad", { kind: "keyVault", secretIdentifier: "https://example.com/secrets/db/0123456789abcdef0123456789abcdef", identityClientId: "c" });
    const ds = only("APIMC502", b);
    expect(ds.map((d) => `${d.severity} ${d.pointer} ${d.message}`)).toEqual([
      "warning /namedValues/pinned/keyVault/secretIdentifier named value 'pinned' pins Key Vault secret version 0123456789abcdef0123456789abcdef, so APIM never refreshes it (version-less ids refresh within 4 hours)",
    ]);
  });
});

describe("APIMC507 unused declarations", () => {
  it("a parent or policy-of edge is structure, not use", () => {
    const b = new ModelBuilder();
    b.backend("child", { url: "https://a", protocol: "http" });
    b.namedValue("owned", { kind: "plain", value: "x" });
    b.fragment("used", "<fragment><cors /></fragment>");
    b.reference("apis/x", "backends/child", "parent");
    b.reference("apis/x/policy", "namedValues/owned", "policyOf");
    b.reference("apis/x/policy", "policyFragments/used", "fragment");
    expect(only("APIMC507", b).map((d) => `${d.severity} ${d.pointer} ${d.file}:${d.line}`)).toEqual(["info /backends/child apim.yaml:3", "info /namedValues/owned apim.yaml:3"]);
  });

  it("names a named value by its display name token", () => {
    const b = new ModelBuilder();
    b.namedValue("key", { kind: "plain", value: "x" }).displayName = "api-key";
    expect(only("APIMC507", b).map((d) => d.message)).toEqual(["named value 'key' ({{api-key}}) is declared but nothing references it"]);
  });
});

describe("runPreflight controls", () => {
  it("splits --ignore values on commas and spaces, in any case", () => {
    const b = new ModelBuilder();
    b.namedValue("unused", { kind: "plain", value: "v" });
    b.backend("lax", { url: "https://a", protocol: "http", tls: { validateCertificateName: false } });
    expect(brief(b, { ignore: [" apimc505  APIMC507 "] })).toEqual([]);
    expect(brief(b, { ignore: ["APIMC505"] })).toEqual(["info APIMC507 /backends/lax", "info APIMC507 /namedValues/unused"]);
  });

  it("an unknown gateway name filters nothing, and an error stays an error without --strict", () => {
    const b = new ModelBuilder();
    b.api("health", { path: "status-0123456789abcdef", subscriptionRequired: false });
    b.operation("health", "get");
    b.gateway("onprem", []);
    expect(brief(b, { gateway: "nosuch" })).toEqual(["error APIMC508 /apis/health/path", "warning APIMC506 /apis/health/subscriptionRequired"]);
    expect(brief(b, { gateway: "onprem" })).toEqual([]);
  });

  it("each diagnostic carries the rule's fix and its documentation link", () => {
    const b = new ModelBuilder();
    b.backend("lax", { url: "https://a", protocol: "http", tls: { validateCertificateChain: false } });
    b.reference("apis/x/policy", "backends/lax", "backend");
    const [d] = run(b);
    expect(d).toMatchObject({
      code: "APIMC505",
      severity: "warning",
      file: "apim.yaml",
      line: 5,
      col: 1,
      pointer: "/backends/lax/tls/validateCertificateChain",
      hint: "remove the setting (both default to true); for a private CA, trust its certificate on the instance or gateway instead of switching validation off. See https://learn.microsoft.com/rest/api/apimanagement/backend/create-or-update#backendtlsproperties",
    });
  });
});
