/**
 * Preflight rules over the registry-only kinds (certificates, subscriptions, diagnostics), the ignore
 * controls as the policy walker applies them (comments, owner ignore lists, fragments, layers), and the
 * generated rule table. Hand-built models, expectations written by hand from docs/rules.md.
 */
import { runPreflight } from "../../../src/lint";
import { rulesTable } from "../../../src/lint/rules-table";
import type { PreflightRuleInfo } from "../../../src/lint";
import { ModelBuilder, POLICY, locate } from "./builder";

const run = (b: ModelBuilder, opts: { ignore?: string[]; gateway?: string } = {}) => runPreflight(b.model, { locate, ...opts });
const only = (code: string, b: ModelBuilder) => run(b).filter((d) => d.code === code);

function generic(b: ModelBuilder, kind: string, section: string, name: string, properties: Record<string, unknown>, ignore: string[] = []): void {
  b.model.generic ??= {};
  b.model.generic[`${section}/${name}`] = { id: `${section}/${name}`, kind, name, pointer: `/${section}/${name}`, ignore, properties };
}

describe("APIMC510/511 Key Vault certificates", () => {
  it("asks for the role only when no user-assigned identity is given, and flags only a pinned version", () => {
    const b = new ModelBuilder();
    generic(b, "certificate", "certificates", "rolling", { keyVault: { secretIdentifier: "https://kv1.vault.azure.net/secrets/tls" } });
    generic(b, "certificate", "certificates", "pinned", { keyVault: { secretIdentifier: "https://kv1.vault.azure.net/secrets/tls/0123456789abcdef0123456789abcdef", identityClientId: "c1" } });
    generic(b, "certificate", "certificates", "uploaded", { data: { fromParameter: "pfx" } });
    generic(b, "certificate", "certificates", "noid", { keyVault: {} });
    generic(b, "subscription", "subscriptions", "s", { keyVault: { secretIdentifier: "https://kv1.vault.azure.net/secrets/x/0123456789abcdef0123456789abcdef" } });
    const ds = run(b).filter((d) => d.code === "APIMC510" || d.code === "APIMC511");
    expect(ds.map((d) => `${d.severity} ${d.code} ${d.pointer} ${d.message}`)).toEqual([
      "info APIMC510 /certificates/rolling/keyVault certificate 'rolling' is read from Key Vault with the instance's system-assigned identity, which needs the 'Key Vault Secrets User' role on the vault",
      "warning APIMC511 /certificates/pinned/keyVault/secretIdentifier certificate 'pinned' pins Key Vault secret version 0123456789abcdef0123456789abcdef, so APIM never picks up a renewed certificate",
    ]);
  });

  it("a certificate's ignore list silences both", () => {
    const b = new ModelBuilder();
    generic(b, "certificate", "certificates", "c", { keyVault: { secretIdentifier: "https://kv1.vault.azure.net/secrets/tls/0123456789abcdef0123456789abcdef" } }, ["APIMC510", "APIMC511"]);
    expect(run(b).filter((d) => d.code === "APIMC510" || d.code === "APIMC511")).toEqual([]);
  });
});

describe("APIMC512 subscription to an open product", () => {
  it("fires for a product with subscriptionRequired: false only", () => {
    const b = new ModelBuilder();
    b.api("a");
    b.product("open", ["a"], false);
    b.product("keyed", ["a"], true);
    b.product("unset", ["a"]);
    generic(b, "subscription", "subscriptions", "toOpen", { scope: { product: "open" } });
    generic(b, "subscription", "subscriptions", "toKeyed", { scope: { product: "keyed" } });
    generic(b, "subscription", "subscriptions", "toUnset", { scope: { product: "unset" } });
    generic(b, "subscription", "subscriptions", "toMissing", { scope: { product: "gone" } });
    generic(b, "subscription", "subscriptions", "toApi", { scope: { api: "a" } });
    generic(b, "diagnostic", "diagnostics", "notASubscription", { scope: { product: "open" } });
    const ds = only("APIMC512", b);
    expect(ds.map((d) => `${d.severity} ${d.pointer} ${d.message}`)).toEqual([
      "warning /subscriptions/toOpen/scope/product subscription 'toOpen' is scoped to product 'open', which does not require subscriptions, so Azure will not create it",
    ]);
  });
});

describe("APIMC513 sampled errors", () => {
  it.each([
    [0, false],
    [0.5, true],
    [50, true],
    [99.9, true],
    [100, false],
  ])("sampling %s%% without alwaysLog fires: %s", (percentage, fires) => {
    const b = new ModelBuilder();
    generic(b, "diagnostic", "diagnostics", "applicationinsights", { logger: "ai", sampling: { samplingType: "fixed", percentage } });
    expect(only("APIMC513", b).map((d) => `${d.severity} ${d.pointer} ${d.message}`)).toEqual(
      fires ? [`info /diagnostics/applicationinsights/sampling/percentage diagnostic 'applicationinsights' samples ${percentage}% of requests and does not set alwaysLog, so most failed requests are not logged`] : [],
    );
  });

  it("is silent with alwaysLog set, without sampling, and for other kinds", () => {
    const b = new ModelBuilder();
    generic(b, "diagnostic", "diagnostics", "logged", { alwaysLog: "allErrors", sampling: { percentage: 10 } });
    generic(b, "diagnostic", "diagnostics", "unsampled", { logger: "ai" });
    generic(b, "diagnostic", "diagnostics", "text", { sampling: { percentage: "10" } });
    generic(b, "logger", "loggers", "ai", { sampling: { percentage: 10 } });
    expect(only("APIMC513", b)).toEqual([]);
  });
});

describe("ignore controls in policies", () => {
  const SELF = '<set-backend-service base-url="https://contoso.azure-api.net/x" />';

  it("an apimc-ignore comment before a <choose> silences the elements inside it; text between comment and element cancels it", () => {
    const b = new ModelBuilder();
    b.api(
      "a",
      {},
      POLICY(`<!-- apimc-ignore APIMC501 -->\n    <choose><when condition="@(true)">${SELF}</when></choose>\n    <!-- apimc-ignore APIMC501 -->\n    \n    ${SELF}`),
    );
    b.operation("a", "get");
    b.api("t", {}, `<policies>\n  <inbound>\n    <set-body><!-- apimc-ignore APIMC501 -->text<set-backend-service base-url="https://contoso.azure-api.net/x" /></set-body>\n  </inbound>\n</policies>`);
    b.operation("t", "get");
    expect(only("APIMC501", b).map((d) => `${d.file}:${d.line}`)).toEqual(["apis-t-policy.xml:3"]);
  });

  it("a comment that is not an apimc-ignore comment silences nothing, and one comment covers several codes", () => {
    const b = new ModelBuilder();
    b.api("a", {}, POLICY(`<!-- apimc-ignore APIMC506, apimc501 -->\n    ${SELF}\n    <!-- a note: apimc-ignore APIMC501 -->\n    ${SELF}`));
    b.operation("a", "get");
    expect(only("APIMC501", b).map((d) => `${d.file}:${d.line}`)).toEqual(["apis-a-policy.xml:6"]);
  });

  it("an operation policy obeys its API's ignore list; a fragment obeys its own", () => {
    const b = new ModelBuilder();
    b.api("a", {}, undefined, ["APIMC501"]);
    b.operation("a", "get", "/get", POLICY(SELF));
    b.api("c");
    b.operation("c", "get", "/get", POLICY(SELF), ["APIMC501"]);
    b.fragment("quiet", `<fragment>\n  ${SELF}\n</fragment>`, ["APIMC501"]);
    b.fragment("loud", `<fragment>\n  ${SELF}\n</fragment>`);
    b.globalPolicy(POLICY(SELF));
    b.product("p", ["a"], true, POLICY(SELF));
    expect(only("APIMC501", b).map((d) => `${d.pointer} ${d.file}:${d.line}`)).toEqual([
      "/policy policy.xml:3",
      "/policyFragments/loud policyFragments-loud.xml:2",
      "/products/p/policy products-p-policy.xml:3",
    ]);
  });

  it("a finding inside an included fragment obeys the including element's comment and the fragment's ignore list", () => {
    const READ = '<set-variable name="b" value="@(context.Request.Body.As<JObject>())" />';
    const b = new ModelBuilder();
    b.fragment("read", `<fragment>\n  ${READ}\n</fragment>`);
    b.fragment("quietRead", `<fragment>\n  ${READ}\n</fragment>`, ["APIMC509"]);
    b.fragment("outer", '<fragment>\n  <include-fragment fragment-id="read" />\n  <include-fragment fragment-id="outer" />\n</fragment>');
    b.api("silenced", {}, POLICY('<base />\n    <!-- apimc-ignore APIMC509 -->\n    <include-fragment fragment-id="read" />'));
    b.operation("silenced", "create");
    b.api("viaQuiet", {}, POLICY('<base />\n    <include-fragment fragment-id="quietRead" />\n    <include-fragment fragment-id="missing" />'));
    b.operation("viaQuiet", "create");
    b.api("nested", {}, POLICY('<base />\n    <include-fragment fragment-id="outer" />'));
    b.operation("nested", "create");
    const ds = only("APIMC509", b);
    expect(ds.map((d) => `${d.pointer} ${d.file}:${d.line}`)).toEqual(["/policyFragments/read policyFragments-read.xml:2"]);
  });

  it("a gateway preflight keeps a fragment finding for the API that includes it", () => {
    const READ = '<set-variable name="b" value="@(context.Request.Body.As<JObject>())" />';
    const b = new ModelBuilder();
    b.fragment("read", `<fragment>\n  ${READ}\n</fragment>`);
    b.api("served", {}, POLICY('<base />\n    <include-fragment fragment-id="read" />'));
    b.operation("served", "create");
    b.reference("apis/served/policy", "policyFragments/read", "fragment");
    b.gateway("edge", ["served"]);
    b.gateway("other", ["elsewhere"]);
    expect(run(b, { gateway: "edge" }).map((d) => d.code)).toEqual(["APIMC509"]);
    expect(run(b, { gateway: "other" }).map((d) => d.code)).toEqual([]);
  });

  it("the effective inbound policy expands <base/> through product, API and operation layers", () => {
    const b = new ModelBuilder();
    b.globalPolicy(POLICY('<validate-jwt header-name="Authorization" />'));
    b.api("inherits", { subscriptionRequired: false }, `<policies>\n  <outbound><base /></outbound>\n</policies>`);
    b.operation("inherits", "get", "/g", POLICY("<base />"));
    b.api("drops", { subscriptionRequired: false }, POLICY("<cors />"));
    b.operation("drops", "get");
    b.api("nested", { subscriptionRequired: false }, POLICY('<choose><when condition="@(true)"><base /></when></choose>'));
    b.operation("nested", "get");
    expect(only("APIMC506", b).map((d) => d.pointer)).toEqual(["/apis/drops/subscriptionRequired"]);
  });
});

describe("APIMC500 unknown ignore codes", () => {
  it("checks the ignore lists of every kind that has one, accepting any case and spacing of a real code", () => {
    const b = new ModelBuilder();
    b.namedValue("nv", { kind: "plain", value: "x" }, ["APIMC999"]);
    b.api("a", {}, undefined, [" apimc506 "]);
    b.operation("a", "get", "/g", undefined, ["APIMC0"]);
    b.product("p", ["a"], true).ignore = ["X"];
    b.fragment("f", "<fragment><cors /></fragment>", ["APIMC5011"]);
    b.gateway("g", ["a"]).ignore = ["APIMC5O1"];
    b.reference("apis/a/policy", "namedValues/nv");
    b.reference("apis/a/policy", "policyFragments/f", "fragment");
    // Sorted by location: the test's locate puts deeper pointers on later lines.
    expect(only("APIMC500", b).map((d) => `${d.severity} ${d.pointer} ${d.message}`)).toEqual([
      "warning /gateways/g/ignore/0 ignore lists 'APIMC5O1', which is not a preflight rule code",
      "warning /namedValues/nv/ignore/0 ignore lists 'APIMC999', which is not a preflight rule code",
      "warning /policyFragments/f/ignore/0 ignore lists 'APIMC5011', which is not a preflight rule code",
      "warning /products/p/ignore/0 ignore lists 'X', which is not a preflight rule code",
      "warning /apis/a/operations/get/ignore/0 ignore lists 'APIMC0', which is not a preflight rule code",
    ]);
  });

  it("finds apimc-ignore comments nested in elements and in fragments, and cannot be silenced by them", () => {
    const b = new ModelBuilder();
    b.api("a", {}, POLICY('<choose>\n      <!-- apimc-ignore APIMC500 APIMC598 -->\n      <when condition="@(true)"><cors /></when>\n    </choose>'), ["APIMC500"]);
    b.fragment("f", "<fragment>\n  <!-- apimc-ignore APIMC599 -->\n  <cors />\n</fragment>");
    b.reference("apis/a/policy", "policyFragments/f", "fragment");
    expect(only("APIMC500", b).map((d) => `${d.pointer} ${d.file}:${d.line}:${d.col} ${d.message}`)).toEqual([
      "/apis/a/policy apis-a-policy.xml:4:7 apimc-ignore comment names 'APIMC598', which is not a preflight rule code",
      "/policyFragments/f policyFragments-f.xml:2:3 apimc-ignore comment names 'APIMC599', which is not a preflight rule code",
    ]);
  });
});

describe("the generated rule table", () => {
  const rule = (over: Partial<PreflightRuleInfo>): PreflightRuleInfo => ({
    code: "APIMC599",
    severity: "warning",
    title: "T",
    catches: "c",
    docsUrl: "https://learn.microsoft.com/azure/api-management/backends",
    fix: "fix it.",
    ...over,
  });

  it("escapes pipes, joins lines, keeps <tags> visible outside code spans only, and capitalises the fix", () => {
    const table = rulesTable([rule({ title: "a | b", catches: "a <name> and `<name>`\nnext <x>", fix: "use `a|b` then <y>." })]);
    expect(table).toBe(
      [
        "| Code | Severity | Rule | What it catches | Fix | Azure doc |",
        "|---|---|---|---|---|---|",
        "| APIMC599 | warning | a \\| b | a &lt;name&gt; and `<name>` next &lt;x&gt; | Use `a\\|b` then &lt;y&gt;. | [backends](https://learn.microsoft.com/azure/api-management/backends) |",
        "",
      ].join("\n"),
    );
  });

  it("links an Azure page by its last path segment and anchor, and names apimc's own docs", () => {
    const table = rulesTable([
      rule({ docsUrl: "https://learn.microsoft.com/azure/api-management/backends/#limitation" }),
      rule({ docsUrl: "http://example.com" }),
      rule({ docsUrl: "docs/rules.md#controls" }),
    ]);
    expect(table.split("\n").slice(2, 5).map((l) => l.split(" | ").pop())).toEqual([
      "[backends#limitation](https://learn.microsoft.com/azure/api-management/backends/#limitation) |",
      "[example.com](http://example.com) |",
      "apimc `docs/rules.md#controls` |",
    ]);
  });
});
