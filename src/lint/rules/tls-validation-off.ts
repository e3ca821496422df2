/** APIMC505. Turning off backend certificate checks lets anyone in the path impersonate the backend. */
import type { Finding, LintContext, PreflightRule } from "../types";

export const tlsValidationOff: PreflightRule = {
  code: "APIMC505",
  severity: "warning",
  title: "TLS validation off",
  catches:
    "`tls.validateCertificateChain: false` or `tls.validateCertificateName: false` on a backend.",
  docsUrl: "https://learn.microsoft.com/rest/api/apimanagement/backend/create-or-update#backendtlsproperties",
  fix: "remove the setting (both default to true); for a private CA, trust its certificate on the instance or gateway instead of switching validation off.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const name of Object.keys(ctx.model.backends).sort()) {
      const b = ctx.model.backends[name];
      const tls = b.properties.tls;
      const checks: Array<[keyof NonNullable<typeof tls>, string]> = [
        ["validateCertificateChain", "certificate chain"],
        ["validateCertificateName", "certificate name"],
      ];
      for (const [key, what] of checks) {
        if (tls?.[key] !== false) continue;
        const pointer = `${b.pointer}/tls/${key}`;
        out.push({
          message: `backend '${name}' does not validate the backend's TLS ${what}`,
          at: ctx.locate(pointer),
          pointer,
          suppressed: b.ignore,
        });
      }
    }
    return out;
  },
};
