/**
 * Deploy-time parameter names for secret named values whose value apimc
 * cannot read: `billing-token` -> `billingToken`, unique within one set.
 */

/** camelCase of an ARM name, shaped to match the schema's `fromParameter` pattern. */
export function parameterNameOf(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("");
  // The pattern wants a leading letter; `1password` becomes `p1password`.
  return /^[A-Za-z]/.test(camel) ? camel : `p${camel}`;
}

/** Assigns each name a distinct parameter name; later clashes get a numeric suffix, in the order given. */
export function uniqueParameterNames(names: string[]): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    const base = parameterNameOf(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
    taken.add(candidate);
    out.set(name, candidate);
  }
  return out;
}
