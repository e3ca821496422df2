/** Key Vault secret identifiers: `https://<vault>.vault.azure.net/secrets/<name>[/<version>]`. */

/** Public and sovereign Key Vault DNS suffixes. */
const VAULT_SUFFIXES = ["vault.azure.net", "vault.azure.cn", "vault.usgovcloudapi.net", "vault.microsoftazure.de"];

const SECRET_URI = new RegExp(
  `^https://([A-Za-z0-9-]{3,24})\\.(${VAULT_SUFFIXES.map((s) => s.replace(/\./g, "\\.")).join("|")})(?::443)?/secrets/([A-Za-z0-9-]{1,127})(?:/([0-9a-fA-F]{32}))?/?$`,
  "i",
);

export interface SecretUri {
  vault: string;
  name: string;
  version?: string;
}

export function parseSecretUri(uri: string): SecretUri | undefined {
  const m = SECRET_URI.exec(uri.trim());
  if (!m) return undefined;
  return { vault: m[1].toLowerCase(), name: m[3], ...(m[4] ? { version: m[4] } : {}) };
}

/** Why a string is not a Key Vault secret URI, in a few words for the message. */
export function secretUriProblem(uri: string): string {
  if (!/^https:\/\//i.test(uri)) return "it does not start with `https://`";
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return "it is not a URL";
  }
  if (!VAULT_SUFFIXES.some((s) => url.hostname.toLowerCase().endsWith("." + s))) return `host \`${url.hostname}\` is not a Key Vault (\`<vault>.vault.azure.net\`)`;
  if (!/^\/secrets\/[^/]+/.test(url.pathname)) return "its path is not `/secrets/<name>`";
  return "the vault name, secret name or version has characters Key Vault does not allow";
}
