import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const subscription: KindDescriptor = {
  kind: "subscription",
  noun: "subscription",
  hooks: { model: "generic", armBody: "subscription", readBack: "subscription" },
  armType: "subscriptions",
  declaration: { in: "top", key: "subscriptions" },
  schemaDef: "Subscription",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: {
    definition: "SubscriptionCreateParameters",
    replaced: { scope: "the scope is named (`{ product: retail }`, `{ api: orders }` or `allApis`) instead of given as an ARM path" },
  },
  references: [
    { property: "scope/product", armProperty: "scope", to: "product", edge: "reference", check: { code: "unknownSubscriptionScope", verb: "is scoped to" } },
    { property: "scope/api", armProperty: "scope", to: "api", edge: "reference", check: { code: "unknownSubscriptionScope", verb: "is scoped to" } },
  ],
  secrets: [
    { property: "primaryKey", sources: ["fromParameter", "fromKeyVault"] },
    { property: "secondaryKey", sources: ["fromParameter", "fromKeyVault"] },
  ],
  // Keys come back only from listSecrets, which apimc never calls.
  writeOnly: ["primaryKey", "secondaryKey"],
  readOnly: [],
  sdk: { group: "subscription", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [{ property: "allowTracing", value: false, reason: "Azure reports tracing off when it was never turned on" }],
  azureKinds: ["subscription"],
};
