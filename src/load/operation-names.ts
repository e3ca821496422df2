/** ARM-safe, deterministic operation names for imported operations. */
const MAX = 80;

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

export function fallbackName(method: string, urlPath: string): string {
  return kebabName(`${method.toLowerCase()}-${urlPath.replace(/[{}]/g, "")}`) || method.toLowerCase();
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
