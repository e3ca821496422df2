/**
 * Interprets registry data for the layers: which contract keys a kind
 * accepts, the defaults apimc adds (each with its reason in the descriptor),
 * and the read-back defaults that compare equal to absent.
 */
import { isDeepStrictEqual } from "node:util";
import { CONTRACT_WRITABLE } from "./contract.generated";
import { acceptedContractKeys, kindDescriptor } from "./registry";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Contract properties a kind's declaration accepts and its body carries verbatim. */
export function contractKeys(kind: string): readonly string[] {
  let keys = ACCEPTED.get(kind);
  if (!keys) {
    keys = acceptedContractKeys(kindDescriptor(kind), CONTRACT_WRITABLE);
    ACCEPTED.set(kind, keys);
  }
  return keys;
}

const ACCEPTED = new Map<string, readonly string[]>();

/** The writable contract properties of a kind's PUT body (before apimc's replacements). */
export function writableKeys(kind: string): readonly string[] {
  const d = kindDescriptor(kind);
  return d.contract ? (CONTRACT_WRITABLE[d.contract.definition] ?? []) : [];
}

/** Defaults for properties `declared` leaves out, in registry order; `"$name"` becomes `name`. */
export function defaultsFor(kind: string, declared: Obj, name: string): Obj {
  const out: Obj = {};
  for (const rule of kindDescriptor(kind).defaults) {
    if (declared[rule.property] !== undefined) continue;
    if (rule.unlessDeclared?.some((k) => declared[k] !== undefined)) continue;
    out[rule.property] = rule.value === "$name" ? name : structuredClone(rule.value);
  }
  return out;
}

/** Removes values equal to what Azure fills in by default (paths with `/`), pruning emptied objects. */
export function dropReadBackDefaults(kind: string, props: Obj): Obj {
  const out = structuredClone(props);
  for (const rule of kindDescriptor(kind).readBackDefaults) {
    const path = rule.property.split("/");
    const parents: Obj[] = [];
    let at: unknown = out;
    for (const seg of path.slice(0, -1)) {
      if (!isObj(at)) break;
      parents.push(at);
      at = at[seg];
    }
    const last = path[path.length - 1];
    if (parents.length !== path.length - 1 || !isObj(at) || !(last in at)) continue;
    if (!isDeepStrictEqual(at[last], rule.value)) continue;
    delete at[last];
    // An object the defaults emptied is absent too.
    for (let i = parents.length - 1; i >= 0; i--) {
      const child = parents[i][path[i]];
      if (isObj(child) && Object.keys(child).length === 0) delete parents[i][path[i]];
    }
  }
  return out;
}

/** The value Azure reports for `property` of `kind` when it was never sent (the registry's read-back default). */
export function readBackDefault<T>(kind: string, property: string): T {
  const rule = kindDescriptor(kind).readBackDefaults.find((r) => r.property === property);
  if (!rule) throw new Error(`no read-back default for ${kind} ${property}`);
  return rule.value as T;
}
