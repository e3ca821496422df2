import type { KindDescriptor } from "./types";

export const productApi: KindDescriptor = {
  kind: "productApi",
  noun: "API of a product",
  armType: "products/apis",
  parent: "product",
  declaration: { in: "parent", key: "apis", shape: "names" },
  names: { minLength: 1, maxLength: 256 },
  references: [{ property: "apis/[]", armProperty: "(name)", to: "api", edge: "productApi", check: { code: "productUnknownApi" } }],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "productApi", lro: false },
  readBack: "head",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["productApi"],
};
