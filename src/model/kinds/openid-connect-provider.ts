import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const openidConnectProvider: KindDescriptor = {
  kind: "openidConnectProvider",
  noun: "OpenID Connect provider",
  hooks: { model: "generic" },
  armType: "openidConnectProviders",
  declaration: { in: "top", key: "openidConnectProviders" },
  schemaDef: "OpenidConnectProvider",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: { definition: "OpenidConnectProviderContract", replaced: {} },
  references: [],
  secrets: [{ property: "clientSecret", sources: ["fromParameter", "fromKeyVault"], readBack: { as: "parameter" } }],
  writeOnly: ["clientSecret"],
  readOnly: [],
  sdk: { group: "openIdConnectProvider", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["openidConnectProvider"],
};
