import type { KindDescriptor } from "./types";

export const cache: KindDescriptor = {
  kind: "cache",
  noun: "cache",
  hooks: { model: "generic" },
  armType: "caches",
  declaration: { in: "top", key: "caches" },
  schemaDef: "Cache",
  // The name is the Azure region the cache serves, or `default`.
  names: { pattern: "^[A-Za-z0-9-]+$", minLength: 1, maxLength: 80 },
  contract: { definition: "CacheContract", replaced: {} },
  references: [],
  secrets: [{ property: "connectionString", sources: ["fromParameter", "fromKeyVault"], readBack: { as: "parameter" } }],
  writeOnly: ["connectionString"],
  readOnly: [],
  sdk: { group: "cache", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["cache"],
};
