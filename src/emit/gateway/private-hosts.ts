/** Hostnames that only resolve, or only route, inside a private network. */
import { isIP } from "node:net";

/** Why `host` is private, or undefined when it is a public name. */
export function privateHostReason(rawHost: string): string | undefined {
  const host = rawHost.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "it is the loopback name: inside the gateway container it means the container itself";
  const ipVersion = isIP(host);
  if (ipVersion === 4) return privateIpv4(host);
  if (ipVersion === 6) return privateIpv6(host);
  const labels = host.split(".");
  if (labels.length === 1) return "it is a single-label name that only a local DNS search domain (for example a Kubernetes namespace) resolves";
  if (host.endsWith(".local")) return "`.local` names are resolved by multicast DNS on one network segment only";
  if (labels.includes("internal")) return "an `internal` label marks a name that only private DNS resolves";
  for (const suffix of [".lan", ".corp", ".home.arpa", ".intranet", ".private"]) {
    if (host.endsWith(suffix)) return `\`${suffix}\` names are only resolved by private DNS`;
  }
  return undefined;
}

function privateIpv4(ip: string): string | undefined {
  const [a, b] = ip.split(".").map(Number);
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "it is a private (RFC 1918) address";
  if (a === 127) return "it is a loopback address: inside the gateway container it means the container itself";
  if (a === 169 && b === 254) return "it is a link-local address";
  if (a === 100 && b >= 64 && b <= 127) return "it is a carrier-grade NAT (RFC 6598) address";
  return undefined;
}

function privateIpv6(ip: string): string | undefined {
  if (ip === "::1") return "it is the loopback address: inside the gateway container it means the container itself";
  if (/^f[cd]/i.test(ip)) return "it is a unique local (private) IPv6 address";
  if (/^fe[89ab]/i.test(ip)) return "it is a link-local IPv6 address";
  return undefined;
}
