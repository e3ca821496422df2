/** APIMC512. Azure rejects a subscription to a product that does not require subscriptions. */
import type { Finding, LintContext, PreflightRule } from "../types";

export const subscriptionWithoutRequired: PreflightRule = {
  code: "APIMC512",
  severity: "warning",
  title: "Subscription to an open product",
  catches:
    "A subscription scoped to a product with `subscriptionRequired: false`: such a product is open to anyone, and Azure refuses to create subscriptions for it.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-subscriptions",
  fix: "set subscriptionRequired: true on the product, or scope the subscription to an API or to allApis.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const r of Object.values(ctx.model.generic ?? {})) {
      if (r.kind !== "subscription") continue;
      const product = (r.properties.scope as { product?: string } | undefined)?.product;
      if (typeof product !== "string" || ctx.model.products[product]?.properties.subscriptionRequired !== false) continue;
      const pointer = `${r.pointer}/scope/product`;
      out.push({
        message: `subscription '${r.name}' is scoped to product '${product}', which does not require subscriptions, so Azure will not create it`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: r.ignore,
      });
    }
    return out;
  },
};
