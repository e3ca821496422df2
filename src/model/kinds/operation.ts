import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const operation: KindDescriptor = {
  kind: "operation",
  noun: "operation",
  hooks: { armBody: "operation", diff: "operation", unique: ["operationRoute"] },
  armType: "apis/operations",
  parent: "api",
  declaration: { in: "parent", key: "operations", shape: "map" },
  schemaDef: "Operation",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: {
    definition: "OperationContract",
    replaced: { policies: "the operation policy is its own resource, written as `policy:` (file, inline XML or structured YAML)" },
  },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "apiOperation", lro: false },
  readBack: "get",
  deletedWithParent: true,
  defaults: [
    { property: "templateParameters", value: [], reason: "ARM requires the list, even when the URL template has no parameters" },
    { property: "displayName", value: "$name", reason: "required by the contract; an imported operation's name (its operationId) is the natural label" },
    { property: "method", value: "GET", reason: "required by the contract; only reached for an operation refined by name, whose method comes from the import" },
    { property: "urlTemplate", value: "/", reason: "required by the contract; only reached for an operation refined by name, whose template comes from the import" },
  ],
  readBackDefaults: [
    { property: "description", value: "", reason: "Azure (and tools such as apiops-cli) store an empty description for an operation without one" },
    { property: "request/description", value: "", reason: "empty request description" },
    { property: "policies", value: "", reason: "the legacy inline policy string; the policy sub-resource is what apimc compares" },
  ],
  azureKinds: ["operation"],
};
