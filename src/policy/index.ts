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
export type { ParsePolicyOptions, ParsePolicyResult } from "./parse";
export { printPolicy } from "./print";
export { policyReferences } from "./references";
export { insertBackendSetter, emptyPolicyDocument } from "./edit";
export { structuredPolicyToXml } from "./structured";
export type { StructuredPolicyOptions } from "./structured";
