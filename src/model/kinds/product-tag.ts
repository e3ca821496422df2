import type { KindDescriptor } from "./types";

/** A link: the product names tags in its `tags` list; the PUT has no body. */
export const productTag: KindDescriptor = {
  kind: "productTag",
  armType: "products/tags",
  parent: "product",
  declaration: { in: "parent", key: "tags", shape: "names" },
  names: { minLength: 1, maxLength: 256 },
  references: [{ property: "tags/[]", armProperty: "(name)", to: "tag", edge: "reference" }],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "tag", lro: false },
  readBack: "head",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["productTag"],
};
