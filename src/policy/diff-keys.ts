/**
 * Which attribute identifies a policy element among its same-named siblings,
 * and the readable XPath step built from it. Matching on identity rather than
 * position means inserting one `set-header` before others is one addition,
 * not a cascade of "changed" siblings, and paths name the header a reviewer
 * knows (`set-header[@name='x-request-id']`) instead of its index.
 */
import type { PolicyElement } from "./types";

export interface IdentityKey {
  /** The attribute whose value tells siblings of this element name apart. */
  attribute: string;
  /** HTTP header names are case-insensitive, so `X-A` and `x-a` are the same header. */
  ignoreCase?: boolean;
}

/**
 * Elements that commonly repeat in one section and carry a natural name.
 * Elements not listed (`rate-limit`, `set-backend-service`, `base`, ...) are
 * usually single, and fall back to matching by name in document order.
 */
export const IDENTITY_KEYS: Readonly<Record<string, IdentityKey>> = {
  "set-header": { attribute: "name", ignoreCase: true },
  "check-header": { attribute: "name", ignoreCase: true },
  header: { attribute: "name", ignoreCase: true },
  "set-query-parameter": { attribute: "name" },
  parameter: { attribute: "name" },
  "set-variable": { attribute: "name" },
  "include-fragment": { attribute: "fragment-id" },
  "rate-limit-by-key": { attribute: "counter-key" },
  "quota-by-key": { attribute: "counter-key" },
  "cache-lookup-value": { attribute: "key" },
  "cache-store-value": { attribute: "key" },
  "cache-remove-value": { attribute: "key" },
  when: { attribute: "condition" },
};

function keyAttribute(el: PolicyElement): { attribute: string; value: string; ignoreCase: boolean } | undefined {
  const spec = IDENTITY_KEYS[el.name];
  if (!spec) return undefined;
  const attr = el.attributes.find((a) => a.name === spec.attribute);
  return attr ? { attribute: spec.attribute, value: attr.value, ignoreCase: spec.ignoreCase ?? false } : undefined;
}

/** What two siblings must share to be "the same element": name, plus key value when the element has one. */
export function identityOf(el: PolicyElement): string {
  const key = keyAttribute(el);
  if (!key) return el.name;
  // Stryker disable next-line MethodExpression: header names are ASCII tokens (RFC 9110), where upper- and lower-casing fold the same pairs.
  return `${el.name}\u0000${key.ignoreCase ? key.value.toLowerCase() : key.value}`;
}

/** An XPath string literal for any value, including one holding both quote kinds. */
function literal(v: string): string {
  if (!v.includes("'")) return `'${v}'`;
  if (!v.includes('"')) return `"${v}"`;
  return `concat(${v
    .split("'")
    .map((p) => `'${p}'`)
    .join(`, "'", `)})`;
}

/**
 * One path step per sibling: `name[@key='v']` when keyed, `name` when the name
 * is unique among siblings, `name[n]` otherwise (n counts same-name siblings,
 * or same-key siblings after a key predicate, from 1 as XPath does).
 */
export function pathSteps(siblings: readonly PolicyElement[]): string[] {
  const byName = new Map<string, number>();
  const byIdentity = new Map<string, number>();
  const ids = siblings.map(identityOf);
  for (let i = 0; i < siblings.length; i++) {
    byName.set(siblings[i].name, (byName.get(siblings[i].name) ?? 0) + 1);
    byIdentity.set(ids[i], (byIdentity.get(ids[i]) ?? 0) + 1);
  }
  const seenName = new Map<string, number>();
  const seenIdentity = new Map<string, number>();
  return siblings.map((el, i) => {
    const n = (seenName.get(el.name) ?? 0) + 1;
    seenName.set(el.name, n);
    const k = (seenIdentity.get(ids[i]) ?? 0) + 1;
    seenIdentity.set(ids[i], k);
    const key = keyAttribute(el);
    if (key) return `${el.name}[@${key.attribute}=${literal(key.value)}]${(byIdentity.get(ids[i]) ?? 0) > 1 ? `[${k}]` : ""}`;
    return (byName.get(el.name) ?? 0) > 1 ? `${el.name}[${n}]` : el.name;
  });
}
