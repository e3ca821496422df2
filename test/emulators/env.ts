/**
 * Environment variables that point src/azure at the emulators, for code that
 * reads settings from the environment (the Pulumi dynamic-provider host, the CLI).
 */
export function emulatorEnv(arm?: { url: string; caFile: string }, kv?: { caFile: string }): Record<string, string> {
  const caFile = arm?.caFile ?? kv?.caFile;
  return {
    APIMC_CREDENTIAL: "static:emulator-token",
    ...(arm ? { APIMC_ARM_ENDPOINT: arm.url } : {}),
    ...(caFile ? { APIMC_CA_FILE: caFile, NODE_EXTRA_CA_CERTS: caFile } : {}),
    ...(kv ? { APIMC_KEYVAULT_DISABLE_CHALLENGE_VERIFICATION: "1", APIMC_KEYVAULT_ALLOW_LOCAL: "1" } : {}),
    APIMC_RETRY_BASE_MS: "10",
    APIMC_RETRY_CAP_MS: "2000",
    // The emulator answers polls with Retry-After: 0, which the SDK treats as "use the default interval".
    APIMC_LRO_POLL_MS: "0",
  };
}
