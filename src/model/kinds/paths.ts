/**
 * Reads the registry's property paths (`credentials/header/*\/[]`): `*` is
 * each map value in key order, `[]` each list item. The graph, validation and
 * src/state read descriptors' paths the same way through this one function.
 */

/** The values at `path` below `v`, each with its JSON pointer (from `pointer`). */
export function valuesAt(v: unknown, path: readonly string[], pointer: string): Array<{ value: unknown; pointer: string }> {
  if (path.length === 0) return [{ value: v, pointer }];
  if (v === null || typeof v !== "object") return [];
  const [head, ...rest] = path;
  if (head === "[]") return Array.isArray(v) ? v.flatMap((x, i) => valuesAt(x, rest, `${pointer}/${i}`)) : [];
  if (head === "*") {
    const o = v as Record<string, unknown>;
    return Object.keys(o)
      .sort()
      .flatMap((k) => valuesAt(o[k], rest, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return valuesAt((v as Record<string, unknown>)[head], rest, `${pointer}/${head}`);
}
