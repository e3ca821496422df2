/**
 * Property-by-property comparison of two normalised JSON-like values. Objects
 * recurse by key; arrays are compared whole (normalisation has already turned
 * the arrays ARM treats as sets or keyed lists into sorted arrays or maps).
 */
import { isSecret, SENSITIVE } from "../core/secret";
import type { PropertyChange } from "./types";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function joinPath(base: string, key: string): string {
  const seg = IDENT.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!base) return seg;
  return seg.startsWith("[") ? `${base}${seg}` : `${base}.${seg}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isSecret(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  // Stryker disable next-line LogicalOperator: with one side a Secret and the other not, the checks below also answer false (a Secret is never a plain object)
  if (isSecret(a) || isSecret(b)) return isSecret(a) && isSecret(b) && a.reveal() === b.reveal();
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    // Stryker disable next-line MethodExpression,ConditionalExpression: deepEqual only short-cuts diffProperties, whose key-by-key walk finds no line for a key undefined on both sides anyway
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    // Stryker disable next-line MethodExpression,ConditionalExpression: as for ka above
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** A value safe to put in a plan: secrets become the mask, everywhere inside it. */
export function display(v: unknown): unknown {
  if (isSecret(v)) return SENSITIVE;
  if (Array.isArray(v)) return v.map(display);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) out[k] = display(v[k]);
    return out;
  }
  return v;
}

function entry(path: string, before: unknown, after: unknown): PropertyChange {
  const e: PropertyChange = { path };
  if (before !== undefined) e.before = display(before);
  if (after !== undefined) e.after = display(after);
  return e;
}

export function diffProperties(before: unknown, after: unknown, base = "", out: PropertyChange[] = []): PropertyChange[] {
  if (deepEqual(before, after)) return out;
  // An object appearing or disappearing is listed leaf by leaf, like any other edit.
  const b = before === undefined && isPlainObject(after) ? {} : before;
  const a = after === undefined && isPlainObject(before) ? {} : after;
  if (isPlainObject(b) && isPlainObject(a)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    for (const k of keys) diffProperties(b[k], a[k], joinPath(base, k), out);
    return out;
  }
  out.push(entry(base, before, after));
  return out;
}
