/** Deploy-time Key Vault reads: prove a reference is readable, or fetch its value. */
import { Secret } from "../core/secret";
import { createSecretClient } from "./clients";
import { AzureError } from "./errors";
import { parseKeyVaultSecretUri } from "./keyvault-uri";
import { resolveSettings, type AzureSettings } from "./settings";

export interface ReadSecretResult {
  value: Secret;
  version: string;
  vaultUrl: string;
  name: string;
}

interface KvErrorLike {
  statusCode?: number;
  code?: string;
}

function describe(name: string, version: string | undefined, vault: string): string {
  return `secret "${name}"${version ? ` (version ${version})` : ""} in Key Vault "${vault}"`;
}

function kvError(err: unknown, uri: string, name: string, version: string | undefined, vault: string, identity: string): AzureError {
  const e = (typeof err === "object" && err !== null ? err : {}) as KvErrorLike;
  const status = typeof e.statusCode === "number" ? e.statusCode : 0;
  const what = describe(name, version, vault);
  const who = identity || "the deploying identity";
  if (status === 403) {
    return new AzureError(
      `${who} may not read ${what}: it needs the "Key Vault Secrets User" role on the vault (or a "get" secret access policy)`,
      403, e.code || "Forbidden", uri,
    );
  }
  if (status === 404) {
    return new AzureError(
      version ? `${what} does not exist: the secret or that version was not found` : `${what} does not exist`,
      404, e.code || "SecretNotFound", uri,
    );
  }
  if (status === 401) {
    return new AzureError(`${who} could not authenticate to Key Vault "${vault}" while reading ${what}`, 401, e.code || "Unauthorized", uri);
  }
  const code = e.code || (status ? `Http${status}` : "RequestFailed");
  // The SDK message may include response text; keep our own wording only.
  return new AzureError(`reading ${what} as ${who} failed: ${status ? `HTTP ${status} ` : ""}${code}`, status, code, uri);
}

function parseOrThrow(secretUri: string, settings?: AzureSettings): { vaultUrl: string; vaultName: string; name: string; version?: string } {
  const s = resolveSettings(settings);
  const parsed = parseKeyVaultSecretUri(secretUri, { allowLocalHosts: s.allowLocalVaultHosts });
  if (!parsed.ok) throw new AzureError(`invalid Key Vault secret URI: ${parsed.error}`, 0, "InvalidSecretUri", secretUri);
  return parsed.value;
}

async function fetchSecret(secretUri: string, identity: string, settings?: AzureSettings): Promise<ReadSecretResult> {
  const ref = parseOrThrow(secretUri, settings);
  const client = createSecretClient(ref.vaultUrl, settings);
  let got;
  try {
    got = await client.getSecret(ref.name, ref.version ? { version: ref.version } : {});
  } catch (err) {
    throw kvError(err, secretUri, ref.name, ref.version, ref.vaultName, identity);
  }
  return {
    value: new Secret(got.value ?? ""),
    version: got.properties.version ?? ref.version ?? "",
    vaultUrl: ref.vaultUrl,
    name: ref.name,
  };
}

/** Reads a secret (latest, or the version in the URI). The value comes back wrapped in Secret. */
export function readSecret(secretUri: string, settings?: AzureSettings): Promise<ReadSecretResult> {
  return fetchSecret(secretUri, "", settings);
}

/**
 * Proves that a `keyVault` named-value reference exists and is readable, so a
 * deploy fails with a named cause instead of APIM's opaque error. Returns the
 * version found; the value is discarded.
 */
export async function checkSecretReadable(
  secretUri: string,
  identityDescription: string,
  settings?: AzureSettings,
): Promise<{ version: string; vaultUrl: string; name: string }> {
  const r = await fetchSecret(secretUri, identityDescription, settings);
  return { version: r.version, vaultUrl: r.vaultUrl, name: r.name };
}
