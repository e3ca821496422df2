import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const backend: KindDescriptor = {
  kind: "backend",
  noun: "backend",
  hooks: { model: "backend", armBody: "backend", diff: "backend", readBack: "backend" },
  armType: "backends",
  declaration: { in: "top", key: "backends" },
  schemaDef: "Backend",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 },
  contract: {
    definition: "BackendContract",
    replaced: {
      properties: "flattened: `serviceFabricCluster` is written at the top of the backend",
      pool: "pool members name backends (`backend: orders`) instead of giving ARM ids",
    },
  },
  references: [
    { property: "pool/services/[]/backend", armProperty: "pool/services/[]/id", to: "backend", edge: "poolMember", check: { code: "unknownPoolMember", who: "pool" } },
    { property: "credentials/certificates/[]", armProperty: "credentials/certificateIds/[]", to: "certificate", edge: "reference", check: { code: "unknownCertificate" } },
    { property: "serviceFabricCluster/clientCertificate", armProperty: "serviceFabricCluster/clientCertificateId", to: "certificate", edge: "reference", check: { code: "unknownCertificate" } },
  ],
  secrets: [
    // Header and query values and the Authorization parameter go to the backend verbatim, so each must carry a token.
    {
      property: "credentials/header",
      sources: ["{{named value}}"],
      literal: { code: "literalBackendCredential", token: "anywhere", noun: "header", where: "credential header", values: "*/[]", example: '`"Bearer {{orders-token}}"`' },
    },
    {
      property: "credentials/query",
      sources: ["{{named value}}"],
      literal: { code: "literalBackendCredential", token: "anywhere", noun: "query parameter", where: "credential query parameter", values: "*/[]", example: '`"{{orders-token}}"`' },
    },
    {
      property: "credentials/authorization/parameter",
      sources: ["{{named value}}"],
      literal: { code: "literalBackendCredential", token: "anywhere", noun: "authorization parameter", example: '`parameter: "{{orders-token}}"`' },
    },
    { property: "proxy/password", sources: ["{{named value}}"], literal: { code: "literalProxyPassword", token: "whole", noun: "proxy password" } },
  ],
  namedValueTokens: [
    "credentials/header/*/[]",
    "credentials/query/*/[]",
    "credentials/authorization/parameter",
    "credentials/authorization/scheme",
    "proxy/password",
    "proxy/username",
    "proxy/url",
    "url",
  ],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "backend", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [
    { property: "type", value: "Single", reason: "Azure reports `Single` for a backend created without a type" },
    { property: "tls/validateCertificateChain", value: true, reason: "Azure reports TLS validation on when it was never turned off" },
    { property: "tls/validateCertificateName", value: true, reason: "Azure reports TLS validation on when it was never turned off" },
  ],
  azureKinds: ["backend"],
};
