import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const gateway: KindDescriptor = {
  kind: "gateway",
  noun: "gateway",
  hooks: { model: "gateway", armBody: "gateway", diff: "gateway", readBack: "gateway" },
  armType: "gateways",
  declaration: { in: "top", key: "gateways" },
  schemaDef: "Gateway",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: {
    definition: "GatewayContract",
    replaced: { locationData: "written as `location` (same fields)" },
  },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "gateway", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [{ property: "description", value: "", reason: "Azure returns an empty description when none was sent" }],
  azureKinds: ["gateway"],
};
