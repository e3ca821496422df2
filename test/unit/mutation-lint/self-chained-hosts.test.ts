/**
 * APIMC501 (a backend on the instance's own gateway): which URLs count as the instance's own hosts.
 * Wildcard gateway hostnames match one label only, a trailing dot and letter case do not hide a host,
 * and a host decided at run time (a named value or a policy expression) is never guessed. Each message
 * names the host it matched. Written against the mutants `npm run mutation` left in src/lint/hosts.ts;
 * the expectations are written by hand.
 */
import { runPreflight } from "../../../src/lint";
import { ModelBuilder, locate } from "../lint/builder";

function selfChained(urls: Record<string, string>, hostnames: string[] = [], gatewayHosts: Record<string, string> = {}) {
  const b = new ModelBuilder("contoso", hostnames);
  for (const [name, url] of Object.entries(urls)) b.backend(name, { url, protocol: "http" });
  if (Object.keys(gatewayHosts).length) b.gateway("onprem", [], gatewayHosts);
  return runPreflight(b.model, { locate })
    .filter((d) => d.code === "APIMC501")
    .map((d) => `${d.pointer.split("/")[2]}: ${d.message}`);
}

describe("APIMC501: the instance's own hosts", () => {
  it("matches the default host whatever the case, and with a trailing dot", () => {
    expect(selfChained({ upper: "https://CONTOSO.Azure-Api.NET/x", dot: "https://contoso.azure-api.net./x", other: "https://contoso2.azure-api.net/x" })).toEqual([
      "dot: backend 'dot' points at the instance's own gateway host contoso.azure-api.net; in internal-VNet mode (Developer and Premium tiers) such a self-chained request fails with HTTP 500 BackendConnectionFailure",
      "upper: backend 'upper' points at the instance's own gateway host contoso.azure-api.net; in internal-VNet mode (Developer and Premium tiers) such a self-chained request fails with HTTP 500 BackendConnectionFailure",
    ]);
  });

  it("matches regional hosts of this instance only", () => {
    const found = selfChained({
      regional: "https://contoso-westeurope-01.regional.azure-api.net",
      otherInstance: "https://contosox-westeurope-01.regional.azure-api.net",
      notRegional: "https://contoso-westeurope-01.azure-api.net",
    });
    expect(found).toEqual([expect.stringMatching(/^regional: .*the instance's regional gateway host contoso-westeurope-01\.regional\.azure-api\.net;/)]);
  });

  it("a wildcard gateway hostname matches one label, not the bare domain or two labels", () => {
    const found = selfChained(
      {
        one: "https://edge.onprem.contoso.net/x",
        two: "https://a.b.onprem.contoso.net/x",
        bare: "https://onprem.contoso.net/x",
        dotOnly: "https://.onprem.contoso.net/x",
        suffixOnly: "https://xonprem.contoso.net/x",
      },
      [],
      { main: "*.onprem.contoso.net" },
    );
    expect(found).toEqual([expect.stringMatching(/^one: .*the hostname \*\.onprem\.contoso\.net of self-hosted gateway 'onprem';/)]);
  });

  it("matches custom hostnames exactly, and names them", () => {
    const found = selfChained({ custom: "https://api.contoso.com", near: "https://api.contoso.com.evil.net" }, ["API.contoso.com"]);
    expect(found).toEqual([expect.stringMatching(/^custom: .*the instance's custom gateway hostname api\.contoso\.com;/)]);
  });

  it("reads the host past user info and a port, and skips hosts decided at run time", () => {
    const found = selfChained({
      userinfo: "https://user:pw@contoso.azure-api.net:8443/x",
      token: "https://{{host}}.azure-api.net/x",
      expression: 'https://@(context.Variables["h"])/x',
      block: "https://@{ return 1; }/x",
      relative: "/contoso.azure-api.net/x",
    });
    expect(found).toEqual([expect.stringMatching(/^userinfo: /)]);
  });
});
