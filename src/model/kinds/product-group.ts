import type { KindDescriptor } from "./types";

/** A link: the product names groups in its `groups` list; the PUT has no body. */
export const productGroup: KindDescriptor = {
  kind: "productGroup",
  noun: "group of a product",
  armType: "products/groups",
  parent: "product",
  declaration: { in: "parent", key: "groups", shape: "names" },
  names: { minLength: 1, maxLength: 256 },
  references: [{ property: "groups/[]", armProperty: "(name)", to: "group", edge: "reference", check: { code: "unknownGroup" } }],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "productGroup", lro: false },
  readBack: "head",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["productGroup"],
};
