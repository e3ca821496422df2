/** APIMC503. A Key Vault named value fails at deploy time unless the identity may read the vault. */
import type { Finding, LintContext, PreflightRule } from "../types";
import { parseKeyVaultSecretUri } from "../../azure/keyvault-uri";

export const keyVaultIdentity: PreflightRule = {
  code: "APIMC503",
  severity: "info",
  title: "Key Vault identity",
  catches:
    "A Key Vault named value without `identityClientId`: APIM reads it with the system-assigned identity, which needs the Key Vault Secrets User role, and trusted-service access when the vault firewall is on; otherwise the deployment fails.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-howto-properties#prerequisites-for-key-vault-integration",
  fix: "enable the instance's system-assigned managed identity and grant it the 'Key Vault Secrets User' role on the vault (or a get/list secrets access policy); if the vault firewall is on, allow trusted Microsoft services or the instance's network. Set keyVault.identityClientId to use a user-assigned identity instead.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const name of Object.keys(ctx.model.namedValues).sort()) {
      const nv = ctx.model.namedValues[name];
      if (nv.source.kind !== "keyVault" || nv.source.identityClientId) continue;
      const pointer = `${nv.pointer}/keyVault`;
      const vault = vaultName(nv.source.secretIdentifier);
      out.push({
        message: `named value '${name}' reads Key Vault${vault ? ` '${vault}'` : ""} with the instance's system-assigned identity, which needs the 'Key Vault Secrets User' role there and, behind the vault firewall, trusted-service access`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: nv.ignore,
      });
    }
    return out;
  },
};

function vaultName(secretIdentifier: string): string | undefined {
  const r = parseKeyVaultSecretUri(secretIdentifier.trim());
  return r.ok ? r.value.vaultName : undefined;
}
