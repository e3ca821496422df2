/**
 * apimc's Pulumi resources, imported as `apimc/provider`:
 * `import { ApimService, Backend } from "apimc/provider"`.
 */
// First: a clear error when the optional peer @pulumi/pulumi is missing.
import "./pulumi-present";
export { ApimService, ownerOf } from "./service";
export type { ApimServiceArgs } from "./service";
export { NamedValue, Backend, Api, Policy, PolicyFragment, Product, ApiVersionSet, Gateway, TYPE_MODULE } from "./resources";
// The registry's generic top-level kinds (Tag, Logger, ...): classes and args types generated from the kind registry
// (scripts/gen-provider.js), so a new such kind is exported with no edit here.
export * from "./generated/resources";
export type * from "./generated/args";
export { ApiRelease } from "./resources";
export type { ApiReleaseArgs } from "./types";
export type {
  ServiceTarget,
  NamedValueArgs,
  BackendArgs,
  ApiArgs,
  PolicyArgs,
  PolicyFragmentArgs,
  ProductArgs,
  ApiVersionSetArgs,
  GatewayArgs,
  ProviderKind,
  RegistryArgs,
  RegistryProviderKind,
} from "./types";
export { dynamicProvider, providerText } from "./dynamic";
/** The same resources under real type tokens `apimc:index:<Kind>` (needs the `apimc` plugin): `new native.Backend(...)`. */
import * as native from "./native/index";
export { native };
/** Used by the serialised providers inside the Pulumi host; not for programs. */
export { providerRuntime } from "./runtime/index";
