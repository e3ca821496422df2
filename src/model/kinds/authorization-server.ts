import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const authorizationServer: KindDescriptor = {
  kind: "authorizationServer",
  noun: "authorization server",
  hooks: { model: "generic" },
  armType: "authorizationServers",
  declaration: { in: "top", key: "authorizationServers" },
  schemaDef: "AuthorizationServer",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: { definition: "AuthorizationServerContract", replaced: {} },
  references: [],
  secrets: [
    { property: "clientSecret", sources: ["fromParameter", "fromKeyVault"], readBack: { as: "parameter" } },
    { property: "resourceOwnerPassword", sources: ["fromParameter", "fromKeyVault"] },
  ],
  // A GET never returns them (listSecrets does, and apimc never calls it).
  writeOnly: ["clientSecret", "resourceOwnerPassword"],
  readOnly: [],
  sdk: { group: "authorizationServer", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["authorizationServer"],
};
