import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const namedValue: KindDescriptor = {
  kind: "namedValue",
  noun: "named value",
  hooks: { model: "namedValue", armBody: "namedValue", diff: "namedValue", readBack: "namedValue", unique: ["displayName"] },
  armType: "namedValues",
  declaration: { in: "top", key: "namedValues" },
  schemaDef: "NamedValue",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: {
    definition: "NamedValueCreateContract",
    replaced: {},
  },
  references: [],
  secrets: [{ property: "value", sources: ["keyVault", "fromKeyVault", "fromParameter"] }],
  writeOnly: ["value"],
  readOnly: [],
  sdk: { group: "namedValue", lro: true },
  readBack: "get",
  secretValue: { action: "listValue", property: "value" },
  deletedWithParent: false,
  defaults: [{ property: "secret", value: false, reason: "always sent, so turning a value secret (or back) is an explicit change in the body" }],
  readBackDefaults: [{ property: "tags", value: [], reason: "Azure returns an empty tag list for a named value created without tags" }],
  azureKinds: ["namedValue"],
};
