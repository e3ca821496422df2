/** Imported operations with the declared ones deep-merged over them. */
import { joinPointer } from "../core/pointer";
import type { Operation } from "./declarations.generated";
import { isMap } from "./includes";
import type { ImportedApi, LoadedDeclarations } from "./types";

export interface MergedOperation {
  operation: Operation;
  /** Declared operations point at their declaration; imported-only ones at the `openapi`/`wsdl` property. */
  pointer: string;
  imported: boolean;
}

export function mergedOperations(loaded: LoadedDeclarations, apiName: string): Record<string, MergedOperation> {
  const imported = loaded.imports[apiName];
  const api = loaded.data.apis?.[apiName];
  const declared: Record<string, unknown> = api && isMap(api.operations) ? api.operations : {};
  const fromImport = imported?.operations ?? {};
  const declaredKeyOf = refiningKeys(imported, declared);
  const refining = new Set(Object.values(declaredKeyOf));
  const names = [...new Set([...Object.keys(fromImport), ...Object.keys(declared).filter((k) => !refining.has(k) || fromImport[k] !== undefined)])].sort();
  const out: Record<string, MergedOperation> = {};
  for (const name of names) {
    const base = fromImport[name];
    const key = base ? (declaredKeyOf[name] ?? name) : name;
    const own = declared[key];
    const declaredPointer = joinPointer("/apis", apiName, "operations", key);
    if (base && own !== undefined) {
      out[name] = { operation: deepMerge(base, own) as Operation, pointer: declaredPointer, imported: true };
    } else if (base) {
      out[name] = { operation: structuredClone(base), pointer: imported.pointer, imported: true };
    } else {
      out[name] = { operation: own as Operation, pointer: declaredPointer, imported: false };
    }
  }
  return out;
}

/**
 * Imported name -> the declared key that refines it: the name itself (Azure's
 * normalised name), or else the raw `operationId` it came from, so a user who
 * wrote `getOrder:` before the naming followed Azure still refines it.
 */
export function refiningKeys(imported: ImportedApi | undefined, declared: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!imported) return out;
  for (const name of Object.keys(imported.operations)) {
    if (declared[name] !== undefined) out[name] = name;
    else {
      const raw = imported.operationIds?.[name];
      if (raw !== undefined && declared[raw] !== undefined && imported.operations[raw] === undefined) out[name] = raw;
    }
  }
  return out;
}

/** Maps merge key by key; anything else (lists included) from `over` replaces `base`. */
function deepMerge(base: unknown, over: unknown): unknown {
  if (!isMap(base) || !isMap(over)) return structuredClone(over);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? deepMerge(out[k], v) : structuredClone(v);
  return out;
}
