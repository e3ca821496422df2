/** Validation diagnostic codes (APIMC100–APIMC199), documented in docs/codes-validate.md. */
export const CODES = {
  // Layer 1: the JSON Schema.
  unknownKey: "APIMC101",
  missingKey: "APIMC102",
  wrongType: "APIMC103",
  notAllowedValue: "APIMC104",
  badPattern: "APIMC105",
  badLength: "APIMC106",
  outOfRange: "APIMC107",
  badConst: "APIMC108",
  badItems: "APIMC109",
  badPolicyShape: "APIMC110",
  schemaOther: "APIMC119",
  // Layer 2: REST constraints.
  singleWithoutUrl: "APIMC120",
  singleWithoutProtocol: "APIMC121",
  poolWithUrlOrProtocol: "APIMC122",
  poolWithoutMembers: "APIMC123",
  poolOnSingle: "APIMC124",
  breakerBothConditions: "APIMC125",
  breakerNoCondition: "APIMC126",
  badSecretUri: "APIMC127",
  namedValueNoSource: "APIMC128",
  namedValueManySources: "APIMC129",
  emptyNamedValue: "APIMC130",
  badStatusRange: "APIMC131",
  openapiAndWsdl: "APIMC132",
  // Layer 2: references.
  unknownPoolMember: "APIMC140",
  poolMemberNotSingle: "APIMC141",
  productUnknownApi: "APIMC142",
  gatewayUnknownApi: "APIMC143",
  unknownVersionSet: "APIMC144",
  unknownBackend: "APIMC145",
  versionSetWithoutVersion: "APIMC146",
  versionWithoutVersionSet: "APIMC147",
  unknownNamedValue: "APIMC148",
  secretFromPlainNamedValue: "APIMC149",
  // Layer 2: uniqueness.
  duplicateApiPath: "APIMC160",
  duplicateOperation: "APIMC161",
  duplicateDisplayName: "APIMC162",
  // Layer 2: secrets.
  literalSecret: "APIMC170",
  literalProxyPassword: "APIMC171",
  // Policies.
  policyStageFailed: "APIMC180",
} as const;
