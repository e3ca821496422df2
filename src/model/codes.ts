/** Model and ARM emitter diagnostic codes (APIMC300–APIMC399), documented in docs/arm.md. */
export const MODEL_CODES = {
  referenceCycle: "APIMC301",
  keyVaultIdMissing: "APIMC310",
  keyVaultUriInvalid: "APIMC311",
  parameterNameReserved: "APIMC312",
  resourceTooLarge: "APIMC320",
} as const;
