/**
 * APIMC506. Without a subscription key requirement, only an authentication
 * policy stands between the internet and the backend.
 */
import type { ApiModel, ProductModel } from "../../model/types";
import type { Finding, LintContext, PreflightRule } from "../types";

const AUTH_ELEMENTS = new Set(["validate-jwt", "validate-azure-ad-token", "check-header", "ip-filter", "validate-client-certificate"]);
const MAX_NAMED = 10;

export const anonymousApi: PreflightRule = {
  code: "APIMC506",
  severity: "warning",
  title: "Anonymous API",
  catches:
    "An API with `subscriptionRequired: false`, or in a product with `subscriptionRequired: false`, where some operation's effective inbound policy has no `validate-jwt`, `validate-azure-ad-token`, `check-header`, `ip-filter`, `validate-client-certificate` or `authentication-*` policy. Names the operations.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-subscriptions",
  fix: "require a subscription key (subscriptionRequired: true), or add an authentication policy such as validate-jwt, validate-azure-ad-token, check-header, ip-filter or validate-client-certificate to the inbound policy.",
  check(ctx: LintContext): Finding[] {
    const { model } = ctx;
    const out: Finding[] = [];
    // Stryker disable next-line MethodExpression: runPreflight sorts the findings, so the walk order cannot show
    for (const name of Object.keys(model.apis).sort()) {
      const api = model.apis[name];
      if (api.properties.subscriptionRequired === false) {
        const open = unauthenticatedOperations(ctx, api);
        if (open.length > 0) {
          const pointer = `${api.pointer}/subscriptionRequired`;
          out.push({
            message: `API '${name}' needs no subscription key and ${describe(open)} no authentication policy in the effective inbound policy`,
            at: ctx.locate(pointer),
            pointer,
            suppressed: api.ignore,
            api: name,
          });
        }
      }
      // An open product lets its APIs be called without a key, with the product's policy applied.
      // Stryker disable next-line MethodExpression: runPreflight sorts the findings, so the walk order cannot show
      for (const productName of Object.keys(model.products).sort()) {
        const product = model.products[productName];
        if (product.properties.subscriptionRequired !== false || !product.apis.includes(name)) continue;
        const open = unauthenticatedOperations(ctx, api, product);
        if (open.length === 0) continue;
        const pointer = `${product.pointer}/subscriptionRequired`;
        out.push({
          message: `open product '${productName}' lets API '${name}' be called without a subscription key and ${describe(open)} no authentication policy in the effective inbound policy`,
          at: ctx.locate(pointer),
          pointer,
          suppressed: [...product.ignore, ...api.ignore],
          api: name,
        });
      }
    }
    return out;
  },
};

function unauthenticatedOperations(ctx: LintContext, api: ApiModel, product?: ProductModel): string[] {
  const open: string[] = [];
  for (const opName of Object.keys(api.operations).sort()) {
    const layers = ctx.policies.operationLayers(api, api.operations[opName], product);
    const inbound = ctx.policies.effective(layers, "inbound");
    if (!inbound.items.some((i) => isAuthentication(i.element.name))) open.push(opName);
  }
  return open;
}

export function isAuthentication(elementName: string): boolean {
  return AUTH_ELEMENTS.has(elementName) || elementName.startsWith("authentication-");
}

function describe(ops: string[]): string {
  const shown = ops.slice(0, MAX_NAMED).join(", ");
  const more = ops.length > MAX_NAMED ? ` and ${ops.length - MAX_NAMED} more` : "";
  return ops.length === 1 ? `operation ${shown} has` : `operations ${shown}${more} have`;
}
