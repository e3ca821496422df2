/** Diagnostic codes of the runtime (APIMC900-APIMC949); documented in docs/codes-runtime.md. */
export const RUNTIME_CODES = {
  unsupportedPolicy: "APIMC900",
  unknownPolicy: "APIMC901",
  expressionSyntax: "APIMC902",
  expressionUnsupported: "APIMC903",
  testFileSyntax: "APIMC910",
  testFileUnknownKey: "APIMC911",
  testFileUnknownBackend: "APIMC912",
  testFileInvalidValue: "APIMC913",
  testFileNone: "APIMC914",
  testFileUnknownApi: "APIMC915",
} as const;
