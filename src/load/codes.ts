/** Loader diagnostic codes (APIMC001–APIMC099), documented in docs/codes-load.md. */
export const CODES = {
  pathNotFound: "APIMC001",
  noRootFile: "APIMC002",
  syntax: "APIMC003",
  emptyFile: "APIMC004",
  rootNotMap: "APIMC005",
  unreadable: "APIMC006",
  includeNoMatch: "APIMC010",
  includeCycle: "APIMC011",
  duplicateKey: "APIMC012",
  includeBadEntry: "APIMC013",
  includeBadSection: "APIMC014",
  includeAbsolute: "APIMC015",
  includeOutsideRoot: "APIMC016",
  unknownEnv: "APIMC020",
  overlayNotMap: "APIMC021",
  badEnvName: "APIMC022",
  policyFileMissing: "APIMC030",
  openapiMissing: "APIMC040",
  openapiInvalid: "APIMC041",
  openapiNoPaths: "APIMC042",
  wsdlMissing: "APIMC050",
  wsdlMalformed: "APIMC051",
  wsdlNoOperations: "APIMC052",
} as const;

export const SKELETON_HINT = "start from a minimal file such as:\n      version: 1\n      service:\n        name: my-apim";
