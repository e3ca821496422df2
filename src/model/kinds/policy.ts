import type { KindDescriptor } from "./types";

/** A policy's name per scope when it is read through src/azure (each scope is its own ARM path). */
export const POLICY_AZURE_KINDS = ["globalPolicy", "apiPolicy", "operationPolicy", "productPolicy"] as const;

export const policy: KindDescriptor = {
  kind: "policy",
  noun: "policy",
  hooks: { armBody: "policy", diff: "policy", readBack: "policy" },
  armType: "policies",
  declaration: { in: "policy" },
  names: { minLength: 6, maxLength: 6, fixed: "policy" },
  contract: {
    definition: "PolicyContract",
    replaced: {
      value: "written as `policy:` (a file, inline XML or structured YAML) and sent canonical, with `format: rawxml`",
      format: "always `rawxml`: the dialect with unescaped policy expressions",
    },
  },
  references: [
    { property: "<set-backend-service backend-id>", armProperty: "value", to: "backend", edge: "backend" },
    { property: "<include-fragment fragment-id>", armProperty: "value", to: "policyFragment", edge: "fragment" },
    { property: "{{displayName}}", armProperty: "value", to: "namedValue", edge: "namedValue" },
  ],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "policy", lro: false },
  readBack: "get",
  deletedWithParent: true,
  defaults: [{ property: "format", value: "rawxml", reason: "policy expressions may hold unescaped `\"`, `<` and `&&`" }],
  readBackDefaults: [],
  azureKinds: POLICY_AZURE_KINDS,
};
