import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const product: KindDescriptor = {
  kind: "product",
  noun: "product",
  hooks: { model: "product", diff: "product" },
  armType: "products",
  declaration: { in: "top", key: "products" },
  schemaDef: "Product",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: { definition: "ProductContract", replaced: {} },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "product", lro: false },
  readBack: "get",
  deleteQuery: { deleteSubscriptions: { value: "true", reason: "Azure refuses to delete a product that still has subscriptions unless told to delete them too" } },
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [
    { property: "state", value: "notPublished", reason: "Azure creates products unpublished" },
    { property: "subscriptionRequired", value: true, reason: "Azure's default for a product" },
    { property: "approvalRequired", value: false, reason: "Azure's default: subscriptions to a product are approved automatically" },
    { property: "description", value: "", reason: "Azure returns an empty description when none was sent" },
  ],
  azureKinds: ["product"],
};
