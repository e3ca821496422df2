/**
 * Deterministic JSON: object keys sorted (unless the caller keeps its own
 * order), `undefined` dropped, `\n` line endings and a trailing newline.
 * Byte-identical output for the same input is a product promise.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface StableJsonOptions {
  /** Keep insertion order instead of sorting keys (for documents whose order is designed, such as ARM templates). */
  keepOrder?: boolean;
  indent?: number;
}

export function normalizeJson(value: unknown, keepOrder = false): JsonValue | undefined {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) {
    return value.map((v) => {
      const n = normalizeJson(v, keepOrder);
      return n === undefined ? null : n;
    });
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === "function") return normalizeJson(withToJson.toJSON(), keepOrder);
  const obj = value as Record<string, unknown>;
  const keys = keepOrder ? Object.keys(obj) : Object.keys(obj).sort();
  const out: { [key: string]: JsonValue } = {};
  for (const k of keys) {
    const n = normalizeJson(obj[k], keepOrder);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

export function stableStringify(value: unknown, options: StableJsonOptions = {}): string {
  const normalized = normalizeJson(value, options.keepOrder ?? false);
  return JSON.stringify(normalized ?? null, null, options.indent ?? 2) + "\n";
}
