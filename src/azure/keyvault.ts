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
  /** The parsed Key Vault error body, as the SDK's RestError carries it. */
  details?: { error?: { code?: unknown; innerError?: { code?: unknown }; innererror?: { code?: unknown } } };
}

function describe(name: string, version: string | undefined, vault: string): string {
  return `secret "${name}"${version ? ` (version ${version})` : ""} in Key Vault "${vault}"`;
}

/** The identity apimc itself reads with, named by its client id when the environment sets one. */
function deployingIdentity(): string {
  const id = process.env.AZURE_CLIENT_ID;
  return id ? `the deploying identity (client id ${id})` : "the deploying identity";
}

/** Key Vault's inner error code (`SecretDisabled`, `ForbiddenByFirewall`, `ForbiddenByRbac`, `AccessDenied`...), if any. */
function innerCode(e: KvErrorLike): string {
  const inner = e.details?.error?.innerError ?? e.details?.error?.innererror;
  return typeof inner?.code === "string" ? inner.code : "";
}

/**
 * One message and one fix per cause, each naming the vault, the secret and the
 * identity where it matters. Key Vault answers 403 for three different causes
 * (a disabled secret, the vault firewall, a missing role or access policy);
 * its inner error code tells them apart. Only our own wording is used: a
 * server message is never copied (it could echo request details).
 */
function kvError(err: unknown, uri: string, name: string, version: string | undefined, vault: string, identity: string, settings?: AzureSettings): AzureError {
  const e = (typeof err === "object" && err !== null ? err : {}) as KvErrorLike;
  const status = typeof e.statusCode === "number" ? e.statusCode : 0;
  const inner = innerCode(e);
  const what = describe(name, version, vault);
  const who = identity || deployingIdentity();
  if (status === 403 && inner === "SecretDisabled") {
    return new AzureError(
      `${what} is disabled, so it cannot be read; fix: enable it (\`az keyvault secret set-attributes --vault-name ${vault} --name ${name}${version ? ` --version ${version}` : ""} --enabled true\`) or refer to an enabled version`,
      403, "SecretDisabled", uri,
    );
  }
  if (status === 403 && inner === "ForbiddenByFirewall") {
    return new AzureError(
      `Key Vault "${vault}" refused to let ${who} read ${what}: its firewall does not allow the network the request came from; fix: add this machine's address or virtual network under the vault's Networking settings (or deploy from a network the vault allows); the role assignments are not the cause`,
      403, "ForbiddenByFirewall", uri,
    );
  }
  if (status === 403) {
    return new AzureError(
      `${who} may not read ${what}; fix: grant it the "Key Vault Secrets User" role on vault "${vault}" (or a "get" secret access policy, for a vault using access policies)`,
      403, e.code || "Forbidden", uri,
    );
  }
  if (status === 404) {
    return new AzureError(
      `${what} does not exist${version ? " (the secret or that version was not found)" : ""}; fix: create it (\`az keyvault secret set --vault-name ${vault} --name ${name}\`) or correct the secret URI`,
      404, e.code || "SecretNotFound", uri,
    );
  }
  if (status === 401) {
    return new AzureError(`${who} could not authenticate to Key Vault "${vault}" while reading ${what}; fix: check the Azure credentials apimc runs with (AZURE_* variables, workload or managed identity, \`az login\`)`, 401, e.code || "Unauthorized", uri);
  }
  if (status === 0 || status === 408 || status === 429 || status >= 500) {
    const retries = resolveSettings(settings).retryMax;
    const code = e.code || (status ? `Http${status}` : "ServiceUnreachable");
    return new AzureError(
      `reading ${what} failed: the vault did not answer (${status ? `HTTP ${status} ` : ""}${code}) after ${retries + 1} attempts; fix: this is a temporary failure of the vault or the network, not of the secret or its permissions; run the deployment again (APIMC_RETRY_MAX raises the number of retries)`,
      status, code, uri,
    );
  }
  const code = e.code || `Http${status}`;
  return new AzureError(`reading ${what} as ${who} failed: HTTP ${status} ${code}`, status, code, uri);
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
    throw kvError(err, secretUri, ref.name, ref.version, ref.vaultName, identity, settings);
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
