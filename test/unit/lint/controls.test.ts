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
});
