import type { KindDescriptor } from "./types";

/** Service-level diagnostics have fixed names in the contract. */
export const DIAGNOSTIC_NAMES: readonly string[] = ["applicationinsights", "azuremonitor", "local"];

export const diagnostic: KindDescriptor = {
  kind: "diagnostic",
  noun: "diagnostic",
  hooks: { model: "generic", readBack: "diagnostic" },
  armType: "diagnostics",
  declaration: { in: "top", key: "diagnostics" },
  schemaDef: "Diagnostic",
  names: { pattern: "^(applicationinsights|azuremonitor|local)$", minLength: 1, maxLength: 80 },
  contract: {
    definition: "DiagnosticContract",
    replaced: { loggerId: "the logger is named (`logger: appinsights`) instead of given by ARM id" },
  },
  references: [{ property: "logger", armProperty: "loggerId", to: "logger", edge: "reference", check: { code: "unknownLogger" } }],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "diagnostic", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["diagnostic"],
};
