/**
 * `native` in `apimc/provider`: the resources under real type tokens
 * (`apimc:index:<Kind>`), which need the `apimc` plugin installed.
 */
export { NamedValue, Backend, Api, Policy, PolicyFragment, Product, ApiVersionSet, Gateway } from "./resources";
export { Tag, Group, Certificate, Logger, Diagnostic, Cache, AuthorizationServer, OpenidConnectProvider, Subscription } from "./resources";
export { ApiRelease } from "./resources";
export { NATIVE_TOKENS } from "./tokens";
export type { NativeToken } from "./tokens";
