import type { KindDescriptor } from "./types";

/** An API's own diagnostic (`apis.orders.diagnostics.applicationinsights`), overriding the service-level one. */
export const apiDiagnostic: KindDescriptor = {
  kind: "apiDiagnostic",
  noun: "diagnostic",
  hooks: { model: "generic", readBack: "diagnostic" },
  armType: "apis/diagnostics",
  parent: "api",
  declaration: { in: "parent", key: "diagnostics", shape: "map" },
  names: { pattern: "^(applicationinsights|azuremonitor|local)$", minLength: 1, maxLength: 80 },
  contract: {
    definition: "DiagnosticContract",
    replaced: { loggerId: "the logger is named (`logger: appinsights`) instead of given by ARM id" },
  },
  references: [{ property: "logger", armProperty: "loggerId", to: "logger", edge: "reference", check: { code: "unknownLogger" } }],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "apiDiagnostic", lro: false },
  readBack: "get",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["apiDiagnostic"],
};
