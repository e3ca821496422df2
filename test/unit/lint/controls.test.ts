import { runPreflight } from "../../../src/lint";
import { ModelBuilder, POLICY, locate } from "./builder";

function chained(): ModelBuilder {
  const b = new ModelBuilder();
  b.backend("self", { url: "https://contoso.azure-api.net", protocol: "http", tls: { validateCertificateName: false } });
  b.api("a", {}, POLICY('<!-- apimc-ignore APIMC501 -->\n    <set-backend-service base-url="https://contoso.azure-api.net/x" />\n    <set-backend-service base-url="https://contoso.azure-api.net/y" />'));
  b.operation("a", "get");
  b.reference("apis/a/policy", "backends/self", "backend");
  return b;
}

describe("preflight controls", () => {
  it("an apimc-ignore comment silences its code for the next element only", () => {
    const ds = runPreflight(chained().model, { locate });
    expect(ds.filter((d) => d.code === "APIMC501").map((d) => `${d.file}:${d.line}`)).toEqual(["apim.yaml:4", "apis-a-policy.xml:5"]);
  });

  it("a resource's ignore list silences its codes on that resource", () => {
    const b = chained();
    b.model.backends.self.ignore = ["APIMC501"];
    b.model.apis.a.ignore = ["apimc501"];
    expect(runPreflight(b.model, { locate }).map((d) => d.code)).toEqual(["APIMC505"]);
  });

  it("opts.ignore drops codes everywhere and strict turns warnings (not notes) into errors", () => {
    const b = chained();
    b.namedValue("unused", { kind: "plain", value: "v" });
    const ds = runPreflight(b.model, { locate, ignore: ["APIMC501"], strict: true });
    expect(ds.map((d) => `${d.severity} ${d.code}`)).toEqual(["info APIMC507", "error APIMC505"]);
  });

  it("a gateway preflight keeps only the findings of the APIs that gateway serves", () => {
    const b = chained();
    b.api("b", { subscriptionRequired: false });
    b.operation("b", "get");
    b.gateway("onprem", ["b"]);
    const ds = runPreflight(b.model, { locate, gateway: "onprem" });
    expect(ds.map((d) => `${d.code} ${d.pointer}`)).toEqual(["APIMC501 /backends/self/url", "APIMC506 /apis/b/subscriptionRequired", "APIMC505 /backends/self/tls/validateCertificateName"]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(runPreflight(chained().model, { locate }))).toBe(JSON.stringify(runPreflight(chained().model, { locate })));
  });

  it("warns about ignore codes that are not preflight rules, and accepts comma-separated opts.ignore entries", () => {
    const b = chained();
    b.model.backends.self.ignore = ["APIMC501", "APIMC5O5"];
    b.api("c", {}, "<policies>\n  <inbound>\n    <!-- apimc-ignore APIMC999 -->\n    <base />\n  </inbound>\n</policies>");
    b.operation("c", "get");
    const ds = runPreflight(b.model, { locate, ignore: ["APIMC501,apimc505"] });
    expect(ds.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`)).toEqual([
      "APIMC500 apim.yaml:5 ignore lists 'APIMC5O5', which is not a preflight rule code",
      "APIMC500 apis-c-policy.xml:3 apimc-ignore comment names 'APIMC999', which is not a preflight rule code",
    ]);
  });
});
