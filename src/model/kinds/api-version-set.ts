import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const apiVersionSet: KindDescriptor = {
  kind: "apiVersionSet",
  noun: "version set",
  hooks: { model: "apiVersionSet" },
  armType: "apiVersionSets",
  declaration: { in: "top", key: "apiVersionSets" },
  schemaDef: "ApiVersionSet",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: { definition: "ApiVersionSetContract", replaced: {} },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "apiVersionSet", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [{ property: "description", value: "", reason: "Azure returns an empty description when none was sent" }],
  azureKinds: ["apiVersionSet"],
};
