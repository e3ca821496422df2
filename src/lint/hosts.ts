/** The hostnames a request to this APIM instance's own gateways would use. */
import type { Model } from "../model/types";

export interface SelfHostMatch {
  /** Plain-English description, e.g. "the instance's gateway host contoso.azure-api.net". */
  what: string;
}

export type SelfHostMatcher = (host: string) => SelfHostMatch | undefined;

export function selfHostMatcher(model: Model): SelfHostMatcher {
  const name = model.service.name.toLowerCase();
  const defaultHost = `${name}.azure-api.net`;
  const custom = model.service.hostnames.map((h) => h.toLowerCase());
  const gateways: Array<{ gateway: string; hostname: string }> = [];
  for (const g of Object.keys(model.gateways).sort()) {
    const hostnames = model.gateways[g].hostnames;
    for (const key of Object.keys(hostnames).sort()) {
      gateways.push({ gateway: g, hostname: hostnames[key].hostname.toLowerCase() });
    }
  }
  return (rawHost) => {
    const host = rawHost.toLowerCase().replace(/\.$/, "");
    if (host === defaultHost) return { what: `the instance's own gateway host ${defaultHost}` };
    // Multi-region instances also answer on <name>-<region>-01.regional.azure-api.net.
    if (host.startsWith(`${name}-`) && host.endsWith(".regional.azure-api.net")) {
      return { what: `the instance's regional gateway host ${host}` };
    }
    const c = custom.find((h) => hostMatches(h, host));
    if (c) return { what: `the instance's custom gateway hostname ${c}` };
    const g = gateways.find((h) => hostMatches(h.hostname, host));
    if (g) return { what: `the hostname ${g.hostname} of self-hosted gateway '${g.gateway}'` };
    return undefined;
  };
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith("*.")) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && !host.slice(0, -suffix.length).includes(".") && host.length > suffix.length;
  }
  return pattern === host;
}

/**
 * Host of a literal URL, or undefined when the host is not known offline
 * (a `{{named value}}` token or a policy expression decides it at run time).
 */
export function literalUrlHost(url: string): string | undefined {
  const m = /^\s*[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/:?#]*)/i.exec(url);
  if (!m) return undefined;
  const host = m[1];
  if (host === "" || host.includes("{{") || host.includes("@(") || host.includes("@{")) return undefined;
  return host;
}

export function isPlainHttp(url: string): boolean {
  return /^\s*http:\/\//i.test(url);
}
