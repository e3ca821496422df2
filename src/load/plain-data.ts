/**
 * Turns what a script exported into JSON-like data, the only thing the rest
 * of the pipeline understands. `undefined` properties are dropped (as in
 * JSON); anything else that JSON cannot hold is reported by pointer.
 */
import { joinPointer } from "../core/pointer";

export interface NotPlain {
  pointer: string;
  what: string;
}

export function toPlainData(value: unknown): { data: unknown; problems: NotPlain[] } {
  const problems: NotPlain[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, pointer: string): unknown => {
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) problems.push({ pointer, what: String(v) });
      return v;
    }
    if (typeof v !== "object") {
      problems.push({ pointer, what: v === undefined ? "undefined" : `a ${typeof v}` });
      return undefined;
    }
    if (seen.has(v)) {
      problems.push({ pointer, what: "a circular reference" });
      return undefined;
    }
    if (Array.isArray(v)) {
      seen.add(v);
      const out = v.map((x, i) => walk(x, joinPointer(pointer, i)));
      seen.delete(v);
      return out;
    }
    if (!isPlainObject(v)) {
      problems.push({ pointer, what: `a ${(v as { constructor?: { name?: string } }).constructor?.name ?? "class"} instance` });
      return undefined;
    }
    seen.add(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      out[k] = walk(x, joinPointer(pointer, k));
    }
    seen.delete(v);
    return out;
  };
  return { data: walk(value, ""), problems };
}

/** A literal or `Object.create(null)` object, from any realm (a module may run in another context than its loader). */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as { constructor?: unknown } | null;
  if (proto === null) return true;
  return Object.getPrototypeOf(proto) === null && typeof proto.constructor === "function" && proto.constructor.name === "Object";
}
