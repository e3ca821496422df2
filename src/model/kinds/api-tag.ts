import type { KindDescriptor } from "./types";

/** A link: the api names tags in its `tags` list; the PUT has no body. */
export const apiTag: KindDescriptor = {
  kind: "apiTag",
  armType: "apis/tags",
  parent: "api",
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
  azureKinds: ["apiTag"],
};
