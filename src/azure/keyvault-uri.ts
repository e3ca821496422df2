/**
 * The one parser of Key Vault secret identifiers (`https://<vault>.vault.azure.net/secrets/<name>[/<version>]`),
 * used by every stage that reads one: validate, model, emit/arm, lint and the Key Vault client. The
 * split into vault, name and version is the Key Vault SDK's own `parseKeyVaultSecretIdentifier`;
 * around it, the checks the SDK leaves out (https, a Key Vault host, a `/secrets/` path, Key Vault's
 * name and version formats). It is pure -- it talks to nothing -- so the offline stages may import
 * this one module from src/azure (docs/design.md, enforced in eslint.config.js).
 */
import type * as KeyVaultSecrets from "@azure/keyvault-secrets";
export interface KeyVaultSecretUri {
  /** `https://<vault>.vault.azure.net` (origin, no trailing slash) */
  vaultUrl: string;
  /** The vault name, or the host for local test vaults. */
  vaultName: string;
  name: string;
  version?: string;
}

export type ParseResult = { ok: true; value: KeyVaultSecretUri } | { ok: false; error: string };

const VAULT_SUFFIXES = [".vault.azure.net", ".vault.azure.cn", ".vault.usgovcloudapi.net", ".vault.microsoftazure.de"];
const VAULT_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/;
const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;
/** Key Vault issues versions as 32 hexadecimal characters. */
const VERSION = /^[0-9a-fA-F]{32}$/;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const EXPECTED = "expected https://<vault>.vault.azure.net/secrets/<name>[/<version>]";

/**
 * Parses `https://<vault>.vault.azure.net/secrets/<name>[/<version>]` (and the
 * sovereign-cloud suffixes). `allowLocalHosts` also accepts
 * `https://127.0.0.1:<port>/...` for tests against the emulator.
 */
export function parseKeyVaultSecretUri(uri: string, opts: { allowLocalHosts?: boolean } = {}): ParseResult {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { ok: false, error: `"${uri}" is not a URL; ${EXPECTED}` };
  }
  if (url.protocol !== "https:") return { ok: false, error: `Key Vault secret URIs use https, got "${url.protocol}"; ${EXPECTED}` };
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, error: `a secret URI has no query, fragment or credentials; ${EXPECTED}` };
  }
  const host = url.hostname.toLowerCase();
  let vaultName: string;
  if (LOCAL_HOSTS.has(host) || LOCAL_HOSTS.has(url.host.toLowerCase())) {
    if (!opts.allowLocalHosts) return { ok: false, error: `"${url.host}" is not a Key Vault host; ${EXPECTED}` };
    vaultName = url.host;
  } else {
    const suffix = VAULT_SUFFIXES.find((s) => host.endsWith(s));
    if (!suffix) return { ok: false, error: `"${url.host}" is not a Key Vault host; ${EXPECTED}` };
    if (url.port) return { ok: false, error: `a Key Vault URI has no port; ${EXPECTED}` };
    vaultName = host.slice(0, -suffix.length);
    if (!VAULT_NAME.test(vaultName) || vaultName.includes("--")) {
      return { ok: false, error: `"${vaultName}" is not a valid vault name (3-24 letters, digits and single hyphens, starting with a letter)` };
    }
  }
  const parts = url.pathname.split("/").filter((p, i, all) => p !== "" || (i > 0 && i < all.length - 1));
  if (parts[0] !== "secrets" || parts.length < 2 || parts.length > 3) {
    return { ok: false, error: `"${url.pathname}" is not a secret path; ${EXPECTED}` };
  }
  // Loaded on first use: `apimc validate` on declarations without Key Vault never loads the SDK.
  const { parseKeyVaultSecretIdentifier } = require("@azure/keyvault-secrets") as typeof KeyVaultSecrets;
  let split: { name: string; version?: string };
  try {
    split = parseKeyVaultSecretIdentifier(`https://${url.host}${url.pathname}`);
  } catch (e) {
    return { ok: false, error: `"${url.pathname}" is not a secret path (${(e as Error).message}); ${EXPECTED}` };
  }
  const name = split.name;
  const version = split.version === "" ? undefined : split.version;
  if (!SECRET_NAME.test(name)) return { ok: false, error: `"${name}" is not a valid secret name (1-127 letters, digits and hyphens)` };
  if (version !== undefined && !VERSION.test(version)) return { ok: false, error: `"${version}" is not a valid secret version (32 hex characters as issued by Key Vault)` };
  const value: KeyVaultSecretUri = { vaultUrl: `https://${url.host.toLowerCase()}`, vaultName, name };
  if (version !== undefined) value.version = version;
  return { ok: true, value };
}
