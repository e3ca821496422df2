/**
 * Live ARM `properties` -> the shape apimc writes, so a comparison sees only
 * what apimc manages: read-only fields and service defaults the declarations
 * never set are dropped, and policy text is put in canonical form.
 */
import { kindOfAzureKind } from "../model/kinds/registry";
import { parsePolicy } from "../policy/parse";
import { printPolicy } from "../policy/print";
import { isPolicyText, type ApimRef } from "./resources";

type Obj = Record<string, unknown>;


function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Canonical policy text; text that does not parse is kept as sent, so it still shows as a difference. */
export function canonicalPolicyText(xml: string): string {
  const r = parsePolicy(xml, { file: "<live>" });
  return r.document ? printPolicy(r.document) : xml;
}

/** `live` restricted to the keys present in `shape`, recursively; nulls count as absent. */
export function project(live: unknown, shape: unknown): unknown {
  if (live === null || live === undefined) return undefined;
  if (Array.isArray(shape) && Array.isArray(live)) {
    return live.map((item, i) => (shape.length ? project(item, shape[Math.min(i, shape.length - 1)]) : item));
  }
  if (isObj(shape) && isObj(live)) {
    const out: Obj = {};
    for (const key of Object.keys(shape)) {
      const v = project(live[key], shape[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return live;
}

/** Drops nulls and empty containers the service adds, keeping every value apimc could have sent. */
export function dropNulls(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(dropNulls).filter((v) => v !== undefined);
  if (isObj(value)) {
    const out: Obj = {};
    for (const key of Object.keys(value).sort()) {
      const v = dropNulls(value[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value;
}

/**
 * Normalises live `properties` of `ref` for comparison with the body apimc
 * would send. With `shape` (the body apimc sent), keys outside it are dropped.
 */
export function normaliseLiveProperties(ref: ApimRef, live: Obj, shape?: Obj): Obj {
  let props: Obj = { ...live };
  if (isPolicyText(kindOfAzureKind(ref.kind)) && typeof props.value === "string") {
    props = { ...props, format: "rawxml", value: canonicalPolicyText(props.value) };
  }
  const cleaned = dropNulls(props) as Obj;
  if (!shape) return cleaned;
  const out = (project(cleaned, shape) as Obj | undefined) ?? {};
  // A GET never returns write-only properties (an API's import `format`/`value`): what was sent stands.
  for (const key of kindOfAzureKind(ref.kind).writeOnly) if (out[key] === undefined && shape[key] !== undefined) out[key] = shape[key];
  return out;
}
