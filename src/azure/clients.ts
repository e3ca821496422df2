/** Factories for the two Azure SDK clients, configured from AzureSettings. */
import { ApiManagementClient } from "@azure/arm-apimanagement";
import { SecretClient } from "@azure/keyvault-secrets";
import { createCredential } from "./credential";
import { installRetry } from "./retry-policy";
import { resolveSettings, type AzureSettings, type ResolvedSettings } from "./settings";

function tlsOptions(s: ResolvedSettings): { tlsOptions?: { ca: string } } {
  // Adds a CA for emulators; certificate verification stays on.
  return s.caPem ? { tlsOptions: { ca: s.caPem } } : {};
}

export function createApimClient(subscriptionId: string, settings?: AzureSettings): ApiManagementClient {
  const s = resolveSettings(settings);
  const client = new ApiManagementClient(createCredential(s.credential), subscriptionId, {
    endpoint: s.armEndpoint,
    ...tlsOptions(s),
  });
  installRetry(client.pipeline, { maxRetries: s.retryMax, baseDelayMs: s.retryBaseMs, capMs: s.retryCapMs });
  return client;
}

export function createSecretClient(vaultUrl: string, settings?: AzureSettings): SecretClient {
  const s = resolveSettings(settings);
  return new SecretClient(vaultUrl, createCredential(s.credential), {
    disableChallengeResourceVerification: s.keyVaultDisableChallengeVerification,
    retryOptions: { maxRetries: s.retryMax, retryDelayInMs: s.retryBaseMs, maxRetryDelayInMs: s.retryCapMs },
    ...tlsOptions(s),
  });
}
