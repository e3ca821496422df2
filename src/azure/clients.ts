/** Factories for the two Azure SDK clients, configured from AzureSettings. */
import { ApiManagementClient } from "@azure/arm-apimanagement";
import { SecretClient } from "@azure/keyvault-secrets";
import { createCredential } from "./credential";
import { apimcRetryPolicy, installRetry } from "./retry-policy";
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
