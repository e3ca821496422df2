/**
 * The instance's own hosts (APIMC501) in the cases a deployment meets -- wildcard custom hostnames,
 * IPv6 literals, several self-hosted gateways sharing a hostname -- and how an `apimc-ignore` comment is
 * read. Hand-built models; expectations written by hand from docs/rules.md.
 */
import { runPreflight, PREFLIGHT_RULES } from "../../../src/lint";
import { ModelBuilder, POLICY, locate } from "./builder";

const selfChained = (b: ModelBuilder) =>
  runPreflight(b.model, { locate })
    .filter((d) => d.code === "APIMC501")
    .map((d) => `${d.pointer} ${d.message.split(";")[0]}`);

describe("APIMC501: which hosts are the instance's own", () => {
  it("a wildcard custom hostname matches one label below it", () => {
    const b = new ModelBuilder("contoso", ["*.apis.contoso.com"]);
    b.backend("one", { url: "https://orders.apis.contoso.com/x", protocol: "http" });
    b.backend("bare", { url: "https://apis.contoso.com/x", protocol: "http" });
    expect(selfChained(b)).toEqual(["/backends/one/url backend 'one' points at the instance's custom gateway hostname *.apis.contoso.com"]);
  });

  it("names the first self-hosted gateway, by name, when two serve the same hostname", () => {
    const b = new ModelBuilder();
    b.gateway("zeta", [], { b: "edge.contoso.net", a: "other.contoso.net" });
    b.gateway("alpha", [], { main: "EDGE.contoso.net" });
    b.backend("edge", { url: "https://edge.contoso.net", protocol: "http" });
    b.backend("other", { url: "https://other.contoso.net", protocol: "http" });
    expect(selfChained(b)).toEqual([
      "/backends/edge/url backend 'edge' points at the hostname edge.contoso.net of self-hosted gateway 'alpha'",
      "/backends/other/url backend 'other' points at the hostname other.contoso.net of self-hosted gateway 'zeta'",
    ]);
  });

  it("never matches an IPv6 literal, an empty host or a URL without a scheme", () => {
    const b = new ModelBuilder();
    b.backend("v6", { url: "https://[::1]:8443/x", protocol: "http" });
    b.backend("empty", { url: "https:///contoso.azure-api.net", protocol: "http" });
    b.backend("schemeless", { url: "contoso.azure-api.net/x", protocol: "http" });
    b.backend("spaced", { url: "  https://contoso.azure-api.net/x", protocol: "http" });
    expect(selfChained(b)).toEqual(["/backends/spaced/url backend 'spaced' points at the instance's own gateway host contoso.azure-api.net"]);
  });

  it("matches an API's serviceUrl and names the API", () => {
    const b = new ModelBuilder();
    b.api("loop", { serviceUrl: "https://contoso.azure-api.net/inner" });
    b.api("fine", { serviceUrl: "https://orders.example.com" });
    b.api("tokened", { serviceUrl: "https://{{host}}/x" });
    expect(selfChained(b)).toEqual(["/apis/loop/serviceUrl API 'loop' serviceUrl points at the instance's own gateway host contoso.azure-api.net"]);
  });

  it("reads set-backend-service base-url only, in every policy document", () => {
    const b = new ModelBuilder();
    b.globalPolicy(POLICY('<set-backend-service backend-id="x" />\n    <send-request mode="new" response-variable-name="r"><set-url>https://contoso.azure-api.net</set-url></send-request>'));
    b.fragment("f", '<fragment>\n  <set-backend-service base-url="https://contoso.azure-api.net" />\n</fragment>');
    b.reference("policy", "policyFragments/f", "fragment");
    expect(selfChained(b)).toEqual(["/policyFragments/f set-backend-service base-url points at the instance's own gateway host contoso.azure-api.net"]);
  });
});

describe("apimc-ignore comments", () => {
  const SELF = '<set-backend-service base-url="https://contoso.azure-api.net/x" />';
  const findings = (comment: string) => {
    const b = new ModelBuilder();
    b.api("a", {}, POLICY(`<!--${comment}-->\n    ${SELF}`));
    b.operation("a", "get");
    return runPreflight(b.model, { locate }).map((d) => `${d.code} ${d.file}:${d.line}`);
  };

  it.each(["apimc-ignore APIMC501", "apimc-ignore APIMC504,APIMC501", "  apimc-ignore  apimc501  ", "\napimc-ignore APIMC501\n"])("%j silences the next element", (comment) => {
    expect(findings(comment)).toEqual([]);
  });

  it.each(["apimc-ignore", "apimc-ignoreAPIMC501", "apimc-ignore APIMC501!", "please apimc-ignore APIMC501", "apimc-ignore APIMC504"])("%j does not", (comment) => {
    expect(findings(comment)).toEqual(["APIMC501 apis-a-policy.xml:4"]);
  });
});

describe("PREFLIGHT_RULES", () => {
  it("is read-only metadata without the check functions", () => {
    for (const r of PREFLIGHT_RULES) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.keys(r).sort()).toEqual(["catches", "code", "docsUrl", "fix", "severity", "title"]);
    }
  });
});
