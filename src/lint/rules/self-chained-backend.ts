/**
 * APIMC501. From the closing "Limitation" section of Azure's backends page: in
 * internal-VNet mode a request whose backend is the gateway itself fails.
 */
import type { Finding, LintContext, PreflightRule } from "../types";
import { literalUrlHost, selfHostMatcher } from "../hosts";
import { attribute, elementLocation } from "../policy-walk";

const LIMITATION =
  "in internal-VNet mode (Developer and Premium tiers) such a self-chained request fails with HTTP 500 BackendConnectionFailure";

export const selfChainedBackend: PreflightRule = {
  code: "APIMC501",
  severity: "warning",
  title: "Self-chained backend",
  catches:
    "A backend `url`, an API `serviceUrl` or a `set-backend-service base-url` whose host is the instance's own gateway: `<service.name>.azure-api.net` (or a regional host), a custom hostname in `service.hostnames`, or a self-hosted gateway hostname. In internal-VNet mode (Developer and Premium tiers) such a request fails with HTTP 500 `BackendConnectionFailure`.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/backends#limitation",
  fix: "call the real backend directly; if the chain is intended, route it through the gateway's private IP address or an Application Gateway, or give the chained API a different hostname.",
  check(ctx: LintContext): Finding[] {
    const { model } = ctx;
    const isSelf = selfHostMatcher(model);
    const out: Finding[] = [];

    for (const name of Object.keys(model.backends).sort()) {
      const b = model.backends[name];
      const url = b.properties.url;
      const match = url === undefined ? undefined : matchUrl(url, isSelf);
      if (!match) continue;
      const pointer = `${b.pointer}/url`;
      out.push({
        message: `backend '${name}' points at ${match}; ${LIMITATION}`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: b.ignore,
      });
    }

    for (const name of Object.keys(model.apis).sort()) {
      const api = model.apis[name];
      const url = api.properties.serviceUrl;
      const match = url === undefined ? undefined : matchUrl(url, isSelf);
      if (!match) continue;
      const pointer = `${api.pointer}/serviceUrl`;
      out.push({
        message: `API '${name}' serviceUrl points at ${match}; ${LIMITATION}`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: api.ignore,
        api: name,
      });
    }

    for (const owned of ctx.policies.all()) {
      for (const item of ctx.policies.elements(owned)) {
        if (item.element.name !== "set-backend-service") continue;
        const url = attribute(item.element, "base-url");
        const match = url === undefined ? undefined : matchUrl(url, isSelf);
        if (!match) continue;
        out.push({
          message: `set-backend-service base-url points at ${match}; ${LIMITATION}`,
          at: elementLocation(item),
          pointer: item.policy.pointer,
          suppressed: item.suppressed,
          api: item.api,
        });
      }
    }
    return out;
  },
};

function matchUrl(url: string, isSelf: ReturnType<typeof selfHostMatcher>): string | undefined {
  const host = literalUrlHost(url);
  return host === undefined ? undefined : isSelf(host)?.what;
}
