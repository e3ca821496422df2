export type { Diagnostic, Severity, SourceLocation } from "./diagnostic";
export { makeDiagnostic, compareDiagnostics, sortDiagnostics, hasErrors } from "./diagnostic";
export { escapeSegment, unescapeSegment, joinPointer, splitPointer, parentPointer, getAtPointer } from "./pointer";
export type { JsonValue, StableJsonOptions } from "./stable-json";
export { normalizeJson, stableStringify } from "./stable-json";
export { Secret, isSecret, redact, SENSITIVE } from "./secret";
export { UserError } from "./errors";
