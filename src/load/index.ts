/** The loader's public face. */
export { loadDeclarationsFromObject, INLINE_FILE } from "./loader";
export { loadDeclarations } from "./script-root";
export { defineApim } from "./define";
export { mergedOperations } from "./operations";
export type { MergedOperation } from "./operations";
export type { LoadedDeclarations, LoadOptions, PolicySource, ImportedApi, SourceMap } from "./types";
