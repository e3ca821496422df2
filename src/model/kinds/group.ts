import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

/** Built-in groups every instance has; products may name them without a declaration. */
export const BUILT_IN_GROUPS: readonly string[] = ["administrators", "developers", "guests"];

export const group: KindDescriptor = {
  kind: "group",
  noun: "group",
  builtInNames: BUILT_IN_GROUPS,
  hooks: { model: "generic" },
  armType: "groups",
  declaration: { in: "top", key: "groups" },
  schemaDef: "Group",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: { definition: "GroupCreateParameters", replaced: {} },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "group", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [
    { property: "type", value: "custom", reason: "Azure reports `custom` for a group created without a type" },
    { property: "description", value: "", reason: "Azure returns an empty description when none was sent" },
  ],
  azureKinds: ["group"],
};
