/** The loader's public face. */
export { loadDeclarations, loadDeclarationsFromObject, INLINE_FILE } from "./loader";
export { mergedOperations } from "./operations";
export type { MergedOperation } from "./operations";
export type { LoadedDeclarations, LoadOptions, PolicySource, ImportedApi, SourceMap } from "./types";
