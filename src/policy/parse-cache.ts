/**
 * Validation and model building parse the same policy sources one after the
 * other; sharing the parse halves that work. The cache is keyed weakly on the
 * caller's source object (a loader PolicySource), so an entry lives exactly as
 * long as the loaded declarations and nothing accumulates across runs.
 * Callers get their own diagnostics array; the document is shared and, like
 * every PolicyDocument, never mutated (edits such as insertBackendSetter copy).
 */
import { parsePolicy, type ParsePolicyOptions, type ParsePolicyResult } from "./parse";

interface Parsed {
  text: string;
  result: ParsePolicyResult;
}

const byOwner = new WeakMap<object, Map<string, Parsed>>();

/** `parsePolicy(text, opts)`, parsed once per `owner` and set of options. */
export function parsePolicyShared(owner: object, text: string, opts: ParsePolicyOptions): ParsePolicyResult {
  let forOwner = byOwner.get(owner);
  if (!forOwner) {
    forOwner = new Map();
    byOwner.set(owner, forOwner);
  }
  const key = JSON.stringify([opts.file, opts.line, opts.col, opts.lineIndent, opts.scope, opts.pointer]);
  let hit = forOwner.get(key);
  if (!hit || hit.text !== text) {
    hit = { text, result: parsePolicy(text, opts) };
    forOwner.set(key, hit);
  }
  const { document, diagnostics } = hit.result;
  return document ? { document, diagnostics: [...diagnostics] } : { diagnostics: [...diagnostics] };
}
