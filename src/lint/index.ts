/**
 * Azure preflight rules: offline checks for failures Azure reports only at
 * deploy or run time. `apimc validate`, `compile` and the gateway preflight
 * report all call `runPreflight`.
 */
import type { Diagnostic } from "../core/diagnostic";
import { makeDiagnostic, sortDiagnostics } from "../core/diagnostic";
import type { Model } from "../model/types";
import type { Finding, PreflightOptions, PreflightRule, PreflightRuleInfo } from "./types";
import { createPolicyWalker } from "./policy-walk";
import { rulesTable } from "./rules-table";
import { unknownIgnoreCode } from "./rules/unknown-ignore-code";
import { selfChainedBackend } from "./rules/self-chained-backend";
import { versionedKeyVaultSecret } from "./rules/versioned-key-vault-secret";
import { keyVaultIdentity } from "./rules/key-vault-identity";
import { secretsOverHttp } from "./rules/secrets-over-http";
import { tlsValidationOff } from "./rules/tls-validation-off";
import { anonymousApi } from "./rules/anonymous-api";
import { unusedDeclaration } from "./rules/unused-declaration";
import { reservedGatewayPath } from "./rules/reserved-gateway-path";
import { consumedRequestBody } from "./rules/consumed-request-body";
import { keyVaultCertificateIdentity } from "./rules/key-vault-certificate-identity";
import { versionedKeyVaultCertificate } from "./rules/versioned-key-vault-certificate";
import { subscriptionWithoutRequired } from "./rules/subscription-without-required";
import { samplingWithoutAlwaysLog } from "./rules/sampling-without-always-log";

export type { PreflightOptions, PreflightRule, PreflightRuleInfo, Finding, LintContext } from "./types";

const RULES: readonly PreflightRule[] = [
  unknownIgnoreCode,
  selfChainedBackend,
  versionedKeyVaultSecret,
  keyVaultIdentity,
  secretsOverHttp,
  tlsValidationOff,
  anonymousApi,
  unusedDeclaration,
  reservedGatewayPath,
  consumedRequestBody,
  keyVaultCertificateIdentity,
  versionedKeyVaultCertificate,
  subscriptionWithoutRequired,
  samplingWithoutAlwaysLog,
];

/** Every rule's code, severity, title, docs link and fix, in code order. */
export const PREFLIGHT_RULES: readonly PreflightRuleInfo[] = RULES.map(({ code, severity, title, catches, docsUrl, fix }) =>
  Object.freeze({ code, severity, title, catches, docsUrl, fix }),
);

/** The Markdown table of all rules (docs/rules.md and the README include it). */
export function preflightRulesMarkdown(): string {
  return rulesTable(PREFLIGHT_RULES);
}

export function runPreflight(model: Model, opts: PreflightOptions): Diagnostic[] {
  // Accepts `--ignore A,B` entries unsplit, so a CLI can pass its option values straight through.
  const ignored = new Set((opts.ignore ?? []).flatMap((c) => c.split(/[\s,]+/)).map((c) => c.toUpperCase()));
  const ctx = { model, locate: opts.locate, policies: createPolicyWalker(model), knownCodes: new Set(RULES.map((r) => r.code)) };
  const gatewayApis = opts.gateway !== undefined && model.gateways[opts.gateway] ? new Set(model.gateways[opts.gateway].apis) : undefined;
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (ignored.has(rule.code)) continue;
    for (const f of rule.check(ctx)) {
      if (isSilenced(f, rule.code)) continue;
      if (gatewayApis && f.api !== undefined && !gatewayApis.has(f.api)) continue;
      const severity = opts.strict && rule.severity === "warning" ? "error" : rule.severity;
      out.push(makeDiagnostic(rule.code, severity, f.message, f.at, f.pointer, `${f.hint ?? rule.fix} See ${rule.docsUrl}`));
    }
  }
  return sortDiagnostics(out);
}

function isSilenced(f: Finding, code: string): boolean {
  return f.suppressed.some((c) => c.trim().toUpperCase() === code);
}
