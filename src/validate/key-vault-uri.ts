/** Key Vault secret identifiers: `https://<vault>.vault.azure.net/secrets/<name>[/<version>]`. */

import { parseKeyVaultSecretUri } from "../azure/keyvault-uri";

/** Public and sovereign Key Vault DNS suffixes (for the explanation below). */
const VAULT_SUFFIXES = ["vault.azure.net", "vault.azure.cn", "vault.usgovcloudapi.net", "vault.microsoftazure.de"];

/** Whether the one Key Vault identifier parser (src/azure/keyvault-uri.ts) takes the URI (validation needs no parts of it). */
export function isSecretUri(uri: string): boolean {
  return parseKeyVaultSecretUri(uri.trim()).ok;
}

/** Why a string is not a Key Vault secret URI, in a few words for the message. */
export function secretUriProblem(text: string): string {
  // The same text isSecretUri parsed: surrounding spaces are not the problem.
  const uri = text.trim();
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
