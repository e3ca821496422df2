/**
 * The policy document tree. Contract shared by the parser, the printer, the
 * rules, the effective-policy expander and the semantic diff.
 */
export type PolicyScope = "global" | "product" | "api" | "operation" | "fragment";
export type PolicySection = "inbound" | "backend" | "outbound" | "on-error";

/** Position of a node in the file the policy text came from (1-based). */
export interface PolicyPosition {
  line: number;
  col: number;
}

export interface PolicyAttribute {
  name: string;
  /** The value exactly as written between the quotes (entities and expressions untouched). */
  value: string;
  pos: PolicyPosition;
  /** Where the value starts (just after the opening quote), when parsed from text. */
  valuePos?: PolicyPosition;
}

export interface PolicyElement {
  type: "element";
  name: string;
  attributes: PolicyAttribute[];
  children: PolicyNode[];
  pos: PolicyPosition;
  /** Set by the effective-policy expander: the scope (and resource id) the element came from. */
  origin?: string;
}

export interface PolicyText {
  type: "text";
  /** Raw text as written (entities untouched, expressions byte-for-byte). */
  text: string;
  pos: PolicyPosition;
}

export interface PolicyComment {
  type: "comment";
  text: string;
  pos: PolicyPosition;
}

export interface PolicyCData {
  type: "cdata";
  text: string;
  pos: PolicyPosition;
}

export type PolicyNode = PolicyElement | PolicyText | PolicyComment | PolicyCData;

export interface PolicyDocument {
  /** `<policies>` for a policy, `<fragment>` for a fragment. */
  root: PolicyElement;
  /** Comments before or after the root element. */
  leading: PolicyComment[];
  trailing: PolicyComment[];
  /** File the text came from, for diagnostics. */
  file: string;
}

export type PolicyReferenceKind = "namedValue" | "backend" | "fragment" | "logger" | "cache" | "certificate" | "other";

export interface PolicyReference {
  kind: PolicyReferenceKind;
  /** The referenced name (for named values: the displayName inside `{{...}}`). */
  name: string;
  file: string;
  line: number;
  col: number;
}
