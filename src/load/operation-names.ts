/**
 * ARM-safe, deterministic operation names for imported operations.
 *
 * OpenAPI import follows Azure's documented rule for `operationId`, so an API
 * imported by apimc has the operation names Azure (portal, az apim api import,
 * extract) gives it: lower-case it; turn each run of characters other than
 * letters and digits into one `-`; trim dashes at both ends; truncate to 76
 * characters; on a collision add `-1` ... `-999`. An underscore is a word
 * character to Azure and is dropped rather than turned into a dash, so
 * `getOrder` -> `getorder` and `get_order` -> `getorder-1` (the second one).
 * WSDL import keeps the kebab rule below.
 */
const MAX = 80;
const AZURE_MAX = 76;

/** Azure's operation name for an `operationId` (without the collision suffix); "" when nothing is left. */
export function azureOperationName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/_/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, AZURE_MAX)
    .replace(/-+$/, "");
}

/** Hands out Azure's names in document order: the first keeps the name, repeats get `-1` ... `-999`. */
export class AzureNameAllocator {
  private readonly used = new Set<string>();

  take(base: string): string {
    let name = base;
    for (let n = 1; this.used.has(name) && n <= 999; n++) name = `${base}-${n}`;
    this.used.add(name);
    return name;
  }
}

/** `listPets` -> `list-pets`; characters ARM forbids and other punctuation become dashes. */
export function kebabName(raw: string): string {
  return raw
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .toLowerCase()
    .slice(0, MAX)
    .replace(/[-.]+$/, "");
}

/** Name of an operation without an operationId: method and path under the same rule (`GET /orders/{id}` -> `get-orders-id`). */
export function fallbackName(method: string, urlPath: string): string {
  return azureOperationName(`${method}-${urlPath}`) || method.toLowerCase();
}

/** Hands out names, adding `-2`, `-3`... to repeats (in the caller's deterministic order). */
export class NameAllocator {
  private readonly used = new Set<string>();

  take(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) {
      const suffix = `-${n}`;
      name = base.slice(0, MAX - suffix.length) + suffix;
    }
    this.used.add(name);
    return name;
  }
}
