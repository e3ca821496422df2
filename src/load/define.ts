/** `defineApim`: the TypeScript entry point for declarations (`apim.ts`). */
import type { ApimcDeclarations } from "./declarations.generated";

/**
 * Returns its argument unchanged. It exists so that an `apim.ts` gets editor
 * completion and type errors from the declaration types, the way `apim.yaml`
 * gets them from the JSON Schema.
 */
export function defineApim(declarations: ApimcDeclarations): ApimcDeclarations {
  return declarations;
}
