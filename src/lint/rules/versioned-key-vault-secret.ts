/** APIMC502. APIM refreshes a Key Vault named value within 4 hours only when the id has no version. */
import type { Finding, LintContext, PreflightRule } from "../types";
import { parseKeyVaultSecretUri } from "../../azure/keyvault-uri";

export const versionedKeyVaultSecret: PreflightRule = {
  code: "APIMC502",
  severity: "warning",
  title: "Versioned Key Vault secret",
  catches:
    "A `keyVault.secretIdentifier` with a version segment. APIM refreshes version-less secrets within 4 hours; a pinned version is never refreshed, so rotation silently stops working.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-howto-properties#key-vault-secrets",
  fix: "drop the version segment (use https://<vault>.vault.azure.net/secrets/<name>) so APIM picks up rotated secrets automatically.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const name of Object.keys(ctx.model.namedValues).sort()) {
      const nv = ctx.model.namedValues[name];
      if (nv.source.kind !== "keyVault") continue;
      const version = secretVersion(nv.source.secretIdentifier);
      if (version === undefined) continue;
      const pointer = `${nv.pointer}/keyVault/secretIdentifier`;
      out.push({
        message: `named value '${name}' pins Key Vault secret version ${version}, so APIM never refreshes it (version-less ids refresh within 4 hours)`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: nv.ignore,
      });
    }
    return out;
  },
};

/** `https://v.vault.azure.net/secrets/name/<version>` -> version; undefined when there is none. */
export function secretVersion(secretIdentifier: string): string | undefined {
  const r = parseKeyVaultSecretUri(secretIdentifier.trim());
  return r.ok ? r.value.version : undefined;
}
