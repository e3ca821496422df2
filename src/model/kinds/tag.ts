import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const tag: KindDescriptor = {
  kind: "tag",
  noun: "tag",
  hooks: { model: "generic" },
  armType: "tags",
  declaration: { in: "top", key: "tags" },
  schemaDef: "Tag",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: { definition: "TagCreateUpdateParameters", replaced: {} },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "tag", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["tag"],
};
