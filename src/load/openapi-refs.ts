/**
 * Finds every `$ref` in an OpenAPI document that points at nothing, before the
 * OpenAPI parser stops at the first one, so each is reported at its own line.
 */
import * as path from "path";
import { joinPointer, unescapeSegment } from "../core/pointer";
import type { Reader } from "./file-reader";
import { parseSource } from "./yaml-source";

export interface BrokenRef {
  /** Pointer of the `$ref` property inside the OpenAPI file. */
  pointer: string;
  ref: string;
  /** Why it points at nothing, in words. */
  why: string;
}

const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

export function findBrokenRefs(file: string, data: unknown, read?: Reader): BrokenRef[] {
  const broken: BrokenRef[] = [];
  const others = new Map<string, unknown>();
  const target = (refFile: string): { data?: unknown; why?: string } => {
    if (!read) return {};
    if (!others.has(refFile)) {
      const r = read(refFile);
      others.set(refFile, r.ok ? (parseSource(refFile, r.text).data ?? null) : undefined);
    }
    const doc = others.get(refFile);
    if (doc === undefined) return { why: `${refFile} does not exist` };
    return doc === null ? {} : { data: doc };
  };
  const visit = (v: unknown, pointer: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, joinPointer(pointer, i)));
      return;
    }
    if (v === null || typeof v !== "object") return;
    const obj = v as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === "string" && !REMOTE.test(ref)) {
      const hash = ref.indexOf("#");
      const refPath = hash < 0 ? ref : ref.slice(0, hash);
      const fragment = hash < 0 ? "" : ref.slice(hash + 1);
      let doc: unknown = data;
      let where = file;
      let why: string | undefined;
      if (refPath !== "") {
        where = path.join(path.dirname(file), decoded(refPath));
        const t = target(where);
        why = t.why;
        doc = t.data;
      }
      if (!why && doc !== undefined && fragment !== "" && resolve(doc, fragment) === MISSING) why = `${where} has no ${decoded(fragment)}`;
      if (why) broken.push({ pointer: joinPointer(pointer, "$ref"), ref, why });
    }
    for (const [k, x] of Object.entries(obj)) if (k !== "$ref") visit(x, joinPointer(pointer, k));
  };
  visit(data, "");
  return broken;
}

const MISSING = Symbol("missing");
const UNKNOWN = Symbol("unknown");

/** The value a fragment names; UNKNOWN when the path runs through another `$ref` (the parser follows those). */
function resolve(doc: unknown, fragment: string): unknown {
  if (!fragment.startsWith("/")) return UNKNOWN;
  let cur: unknown = doc;
  for (const raw of fragment.slice(1).split("/")) {
    if (cur === null || typeof cur !== "object") return MISSING;
    const obj = cur as Record<string, unknown>;
    const seg = unescapeSegment(decoded(raw));
    if (!Object.prototype.hasOwnProperty.call(obj, seg)) return typeof obj.$ref === "string" ? UNKNOWN : MISSING;
    cur = obj[seg];
  }
  return cur;
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
