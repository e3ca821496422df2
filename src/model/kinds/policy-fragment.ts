import type { KindDescriptor } from "./types";

export const policyFragment: KindDescriptor = {
  kind: "policyFragment",
  noun: "policy fragment",
  hooks: { model: "policyFragment", armBody: "policyFragment", diff: "policyFragment", readBack: "policyFragment" },
  armType: "policyFragments",
  declaration: { in: "top", key: "policyFragments" },
  schemaDef: "PolicyFragment",
  names: { pattern: "^[A-Za-z0-9-]+$", minLength: 1, maxLength: 80 },
  contract: {
    definition: "PolicyFragmentContract",
    replaced: {
      value: "written as `policy:` (a file or inline XML) and sent canonical, with `format: rawxml`",
      format: "always `rawxml`",
    },
  },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "policyFragment", lro: true },
  readBack: "get",
  deletedWithParent: false,
  defaults: [{ property: "format", value: "rawxml", reason: "policy expressions may hold unescaped `\"`, `<` and `&&`" }],
  readBackDefaults: [{ property: "description", value: "", reason: "Azure returns an empty description when none was sent" }],
  azureKinds: ["policyFragment"],
};
