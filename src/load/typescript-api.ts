/**
 * Finds the `typescript` package: the user's project first, then apimc's own install.
 * `typescript` is an optional peer dependency (only `apim.ts` declarations need it):
 * when neither has it this returns undefined and the loader reports APIMC060 with the
 * install command, so a YAML-only or CLI-only user never needs it.
 */
import type * as TypeScript from "typescript";

export type TypeScriptApi = typeof TypeScript;

const cache = new Map<string, TypeScriptApi>();

export function loadTypeScript(dir: string): TypeScriptApi | undefined {
  for (const resolve of [() => require.resolve("typescript", { paths: [dir] }), () => require.resolve("typescript")]) {
    let resolved: string;
    try {
      resolved = resolve();
    } catch {
      continue;
    }
    const hit = cache.get(resolved);
    if (hit) return hit;
    const api = require(resolved) as TypeScriptApi;
    cache.set(resolved, api);
    return api;
  }
  return undefined;
}
