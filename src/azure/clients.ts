/** Factories for the two Azure SDK clients, configured from AzureSettings. */
import type * as ArmApimanagement from "@azure/arm-apimanagement";
import type * as KeyVaultSecrets from "@azure/keyvault-secrets";
import { createCredential } from "./credential";
import { apimcRetryPolicy, installRetry } from "./retry-policy";
import { resolveSettings, type AzureSettings, type ResolvedSettings } from "./settings";

function tlsOptions(s: ResolvedSettings): { tlsOptions?: { ca: string } } {
  // Adds a CA for emulators; certificate verification stays on.
  return s.caPem ? { tlsOptions: { ca: s.caPem } } : {};
}

// The SDKs are loaded on first use: every offline command (validate, compile, diff, test) imports this module
// through src/index, and loading the two SDKs costs more than the rest of apimc put together.
export function createApimClient(subscriptionId: string, settings?: AzureSettings): ArmApimanagement.ApiManagementClient {
  const { ApiManagementClient } = require("@azure/arm-apimanagement") as typeof ArmApimanagement;
  const s = resolveSettings(settings);
  const client = new ApiManagementClient(createCredential(s.credential), subscriptionId, {
    endpoint: s.armEndpoint,
    ...tlsOptions(s),
  });
  installRetry(client.pipeline, { maxRetries: s.retryMax, baseDelayMs: s.retryBaseMs, capMs: s.retryCapMs });
  return client;
}

export function createSecretClient(vaultUrl: string, settings?: AzureSettings): KeyVaultSecrets.SecretClient {
  const { SecretClient } = require("@azure/keyvault-secrets") as typeof KeyVaultSecrets;
  const s = resolveSettings(settings);
  // The SecretClient's pipeline is not reachable to swap policies, so its own
  // retries are switched off and ours wraps them as a per-call policy: one retry layer, as for ARM.
  return new SecretClient(vaultUrl, createCredential(s.credential), {
    disableChallengeResourceVerification: s.keyVaultDisableChallengeVerification,
    retryOptions: { maxRetries: 0 },
    additionalPolicies: [
      { policy: apimcRetryPolicy({ maxRetries: s.retryMax, baseDelayMs: s.retryBaseMs, capMs: s.retryCapMs }), position: "perCall" },
    ],
    ...tlsOptions(s),
  });
}
