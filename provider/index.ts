/**
 * apimc's Pulumi resources, imported as `apimc/provider`:
 * `import { ApimService, Backend } from "apimc/provider"`.
 */
// First: a clear error when the optional peer @pulumi/pulumi is missing.
import "./pulumi-present";
export { ApimService, ownerOf } from "./service";
export type { ApimServiceArgs } from "./service";
export { NamedValue, Backend, Api, Policy, PolicyFragment, Product, ApiVersionSet, Gateway, TYPE_MODULE } from "./resources";
export { Tag, Group, Certificate, Logger, Diagnostic, Cache, AuthorizationServer, OpenidConnectProvider, Subscription } from "./resources";
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
  TagArgs,
  GroupArgs,
  CertificateArgs,
  LoggerArgs,
  DiagnosticArgs,
  CacheArgs,
  AuthorizationServerArgs,
  OpenidConnectProviderArgs,
  SubscriptionArgs,
} from "./types";
export { dynamicProvider, providerText } from "./dynamic";
/** The same resources under real type tokens `apimc:index:<Kind>` (needs the `apimc` plugin): `new native.Backend(...)`. */
import * as native from "./native/index";
export { native };
/** Used by the serialised providers inside the Pulumi host; not for programs. */
export { providerRuntime } from "./runtime/index";
