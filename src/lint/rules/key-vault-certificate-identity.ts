/** APIMC510. A Key Vault certificate fails to deploy unless the identity may read the vault. */
import type { Finding, LintContext, PreflightRule } from "../types";

export const keyVaultCertificateIdentity: PreflightRule = {
  code: "APIMC510",
  severity: "info",
  title: "Key Vault certificate identity",
  catches:
    "A certificate with `keyVault.secretIdentifier` and no `identityClientId`: APIM reads it with the system-assigned identity, which needs the Key Vault Secrets User role on the vault; otherwise the deployment fails.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-howto-mutual-certificates#prerequisites",
  fix: "enable the instance's system-assigned managed identity and grant it the 'Key Vault Secrets User' role on the vault, or set keyVault.identityClientId to a user-assigned identity that has it.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const r of Object.values(ctx.model.generic ?? {})) {
      if (r.kind !== "certificate") continue;
      const kv = r.properties.keyVault as { secretIdentifier?: string; identityClientId?: string } | undefined;
      if (!kv?.secretIdentifier || kv.identityClientId) continue;
      const pointer = `${r.pointer}/keyVault`;
      out.push({
        message: `certificate '${r.name}' is read from Key Vault with the instance's system-assigned identity, which needs the 'Key Vault Secrets User' role on the vault`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: r.ignore,
      });
    }
    return out;
  },
};
