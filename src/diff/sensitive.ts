/**
 * Which values a plan must never show. A secret named value's literal value is
 * wrapped; so are backend credential values that are not pure `{{named value}}`
 * references, since ARM stores them as plain strings but users put keys there.
 * Where a secret comes from (a parameter name, a Key Vault identifier) is not
 * secret and stays visible.
 *
 * Wrapped values are `Secret`s: the property diff compares what they hold, but
 * every way of printing them gives `(sensitive)`.
 */
import { Secret } from "../core/secret";

const REFERENCE_ONLY = /^\s*(\{\{[^{}]+\}\}\s*)+$/;

/** A value made only of named-value references is safe to show: the secret lives elsewhere. */
export function protectUnlessReference(value: unknown): unknown {
  if (typeof value === "string") return REFERENCE_ONLY.test(value) ? value : new Secret(value);
  if (Array.isArray(value)) return value.map(protectUnlessReference);
  return value;
}

export function protectRecordValues<T>(rec: Record<string, T> | undefined): Record<string, unknown> | undefined {
  if (!rec) return rec;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) out[k] = protectUnlessReference(v);
  return out;
}
