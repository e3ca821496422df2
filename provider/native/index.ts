/**
 * `native` in `apimc/provider`: the resources under real type tokens
 * (`apimc:index:<Kind>`), which need the `apimc` plugin installed.
 */
export { NamedValue, Backend, Api, Policy, PolicyFragment, Product, ApiVersionSet, Gateway } from "./resources";
// The registry's generic top-level kinds, generated from the kind registry (scripts/gen-provider.js).
export * from "../generated/native-resources";
export { ApiRelease } from "./resources";
export { NATIVE_TOKENS } from "./tokens";
export type { NativeToken } from "./tokens";
