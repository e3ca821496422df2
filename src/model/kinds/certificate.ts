import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const certificate: KindDescriptor = {
  kind: "certificate",
  noun: "certificate",
  hooks: { model: "generic" },
  armType: "certificates",
  declaration: { in: "top", key: "certificates" },
  schemaDef: "Certificate",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: { definition: "CertificateCreateOrUpdateParameters", replaced: {} },
  references: [],
  secrets: [
    { property: "data", sources: ["fromParameter", "fromKeyVault"], readBack: { as: "parameter", unlessDeclared: ["keyVault"] } },
    { property: "password", sources: ["fromParameter", "fromKeyVault"], readBack: { as: "parameter", unlessDeclared: ["keyVault"] } },
  ],
  // Azure never returns the PFX or its password.
  writeOnly: ["data", "password"],
  readOnly: [],
  sdk: { group: "certificate", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["certificate"],
};
