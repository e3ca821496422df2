/** APIMC508. The gateway answers its health probe on /status-0123456789abcdef before any API sees it. */
import type { Finding, LintContext, PreflightRule } from "../types";

export const RESERVED_PATH = "status-0123456789abcdef";

export const reservedGatewayPath: PreflightRule = {
  code: "APIMC508",
  severity: "error",
  title: "Gateway reserved path",
  catches:
    "An API path, or an operation URL template of an API with an empty path, that collides with the gateway health endpoint `/status-0123456789abcdef`.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production",
  fix: `choose another API path or URL template; /${RESERVED_PATH} is the gateway's health endpoint.`,
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    // Stryker disable next-line MethodExpression: runPreflight sorts the findings, so the walk order cannot show
    for (const name of Object.keys(ctx.model.apis).sort()) {
      const api = ctx.model.apis[name];
      const apiPath = trimSlashes(api.properties.path);
      if (firstSegment(apiPath) === RESERVED_PATH) {
        const pointer = `${api.pointer}/path`;
        out.push({
          message: `API '${name}' path '${api.properties.path}' collides with the gateway health endpoint /${RESERVED_PATH}`,
          at: ctx.locate(pointer),
          pointer,
          suppressed: api.ignore,
          api: name,
        });
        continue;
      }
      if (apiPath !== "") continue;
      // Stryker disable next-line MethodExpression: runPreflight sorts the findings, so the walk order cannot show
      for (const opName of Object.keys(api.operations).sort()) {
        const op = api.operations[opName];
        if (firstSegment(trimSlashes(op.properties.urlTemplate)) !== RESERVED_PATH) continue;
        const pointer = `${op.pointer}/urlTemplate`;
        out.push({
          message: `operation '${opName}' of API '${name}' (empty API path) has URL template '${op.properties.urlTemplate}', which collides with the gateway health endpoint /${RESERVED_PATH}`,
          at: ctx.locate(pointer),
          pointer,
          suppressed: [...api.ignore, ...op.ignore],
          api: name,
        });
      }
    }
    return out;
  },
};

function trimSlashes(p: string): string {
  return p.trim().replace(/^\/+/, "").replace(/\/+$/, "");
}

function firstSegment(p: string): string {
  return p.split(/[/?#]/)[0].toLowerCase();
}
