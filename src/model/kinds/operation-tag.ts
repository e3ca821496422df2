import type { KindDescriptor } from "./types";

/** A link: the operation names tags in its `tags` list; the PUT has no body. */
export const operationTag: KindDescriptor = {
  kind: "operationTag",
  armType: "apis/operations/tags",
  parent: "operation",
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
  azureKinds: ["operationTag"],
};
