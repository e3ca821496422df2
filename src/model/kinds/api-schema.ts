import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

/**
 * An API schema (`apis.orders.schemas.NAME`): GraphQL SDL, XSD, JSON schema definitions, or the
 * components/definitions an `openapi:` import brings (src/load/openapi-import.ts names those).
 */
export const apiSchema: KindDescriptor = {
  kind: "apiSchema",
  hooks: { armBody: "apiSchema", diff: "apiSchema", readBack: "apiSchema" },
  armType: "apis/schemas",
  parent: "api",
  declaration: { in: "parent", key: "schemas", shape: "map" },
  schemaDef: "ApiSchema",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: {
    definition: "SchemaContract",
    replaced: { document: "a path to the schema file, or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`)" },
  },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: ["provisioningState"],
  sdk: { group: "apiSchema", lro: true },
  readBack: "get",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["apiSchema"],
};
