/** APIMC511. APIM rotates a Key Vault certificate only when its id has no version. */
import type { Finding, LintContext, PreflightRule } from "../types";
import { secretVersion } from "./versioned-key-vault-secret";

export const versionedKeyVaultCertificate: PreflightRule = {
  code: "APIMC511",
  severity: "warning",
  title: "Versioned Key Vault certificate",
  catches:
    "A certificate whose `keyVault.secretIdentifier` has a version segment. APIM picks up a renewed certificate within 4 hours only when the id has no version; a pinned version expires unnoticed.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-howto-mutual-certificates#add-a-key-vault-certificate",
  fix: "drop the version segment (use https://<vault>.vault.azure.net/secrets/<name>) so APIM picks up renewed certificates automatically.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const r of Object.values(ctx.model.generic ?? {})) {
      if (r.kind !== "certificate") continue;
      const id = (r.properties.keyVault as { secretIdentifier?: string } | undefined)?.secretIdentifier;
      const version = typeof id === "string" ? secretVersion(id) : undefined;
      if (version === undefined) continue;
      const pointer = `${r.pointer}/keyVault/secretIdentifier`;
      out.push({
        message: `certificate '${r.name}' pins Key Vault secret version ${version}, so APIM never picks up a renewed certificate`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: r.ignore,
      });
    }
    return out;
  },
};
