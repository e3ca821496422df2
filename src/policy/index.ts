/** The policy language: parse, print, rules, references, effective policy, diff. */
export type {
  PolicyScope,
  PolicySection,
  PolicyPosition,
  PolicyAttribute,
  PolicyElement,
  PolicyText,
  PolicyComment,
  PolicyCData,
  PolicyNode,
  PolicyDocument,
  PolicyReference,
  PolicyReferenceKind,
} from "./types";
export { parsePolicy } from "./parse";
export { parsePolicyShared } from "./parse-cache";
export type { ParsePolicyOptions, ParsePolicyResult } from "./parse";
export { printPolicy } from "./print";
export { policyReferences } from "./references";
export { insertBackendSetter, emptyPolicyDocument } from "./edit";
export { structuredPolicyToXml } from "./structured";
export type { StructuredPolicyOptions } from "./structured";
export { lintPolicy, FRAGMENT_MAX_BYTES } from "./rules";
export type { LintPolicyContext } from "./rules";
export { POLICY_CATALOG, SELF_HOSTED_SKIPPED_POLICIES, SELF_HOSTED_SKIPPED } from "./catalog";
export type { PolicyElementSpec } from "./catalog";
export { CODES as POLICY_CODES } from "./codes";
export { effectivePolicy } from "./effective";
export type { PolicyLayer } from "./effective";
export { diffPolicies } from "./diff";
export type { PolicyChange } from "./diff";
export { printElementText } from "./print";
export { expressionSpans } from "./expression";
export { maskPolicySecrets, literalSecretFields, isLiteralSecretValue, secretFieldTokens } from "./secrets";
