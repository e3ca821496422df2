/** Argument shapes of the apimc Pulumi resources. */
import type * as pulumi from "@pulumi/pulumi";
import type {
  ApimcDeclarations,
  ApiDeclaration,
  ApiVersionSetDeclaration,
  BackendDeclaration,
  GatewayDeclaration,
  NamedValueDeclaration,
  PolicyFragmentDeclaration,
  ProductDeclaration,
} from "../src/index";
import type { RegistryProviderKind } from "./generated/kinds";

/** The APIM instance a resource lives in. */
export interface ServiceTarget {
  subscriptionId: string;
  resourceGroup: string;
  serviceName: string;
}

interface CommonArgs {
  service: pulumi.Input<ServiceTarget>;
  /** ARM resource name. Changing it replaces the resource. */
  name: pulumi.Input<string>;
  /**
   * Declarations this resource refers to (pool members, version sets, APIs),
   * so references resolve as they do in a full declaration set. ApimService fills it.
   */
  context?: pulumi.Input<ApimcDeclarations>;
  /** Directory that relative file references (`openapi:`) resolve from; default: the working directory. */
  baseDir?: pulumi.Input<string>;
}

export interface NamedValueArgs extends CommonArgs {
  properties: pulumi.Input<NamedValueDeclaration>;
  /** The value of a `fromParameter` named value; pass a `pulumi.secret`. */
  parameterValue?: pulumi.Input<string>;
}
export interface BackendArgs extends CommonArgs {
  properties: pulumi.Input<BackendDeclaration>;
}
/**
 * An API with its operations and schemas, and its revisions (`apiRevision`, `revisions`): each new revision is
 * created from the current one and the content is written to it; an `ApiRelease` then makes it current. Its
 * policies (a revision's too) are separate `Policy` resources.
 */
export interface ApiArgs extends CommonArgs {
  properties: pulumi.Input<ApiDeclaration>;
}
export interface PolicyFragmentArgs extends CommonArgs {
  properties: pulumi.Input<PolicyFragmentDeclaration>;
}
/** A product with its API links. Its policy is a separate `Policy` resource. */
export interface ProductArgs extends CommonArgs {
  properties: pulumi.Input<ProductDeclaration>;
}
export interface ApiVersionSetArgs extends CommonArgs {
  properties: pulumi.Input<ApiVersionSetDeclaration>;
}
/** A self-hosted gateway with its API links, hostname configurations and certificate authorities. */
export interface GatewayArgs extends CommonArgs {
  properties: pulumi.Input<GatewayDeclaration>;
}

/** A policy document at one scope: global (no api/product), product, API or operation. */
export interface PolicyArgs {
  service: pulumi.Input<ServiceTarget>;
  api?: pulumi.Input<string>;
  operation?: pulumi.Input<string>;
  product?: pulumi.Input<string>;
  /**
   * The API revision the policy belongs to (`"4"` writes `apis/<api>;rev=4/...`), for an API or operation policy of
   * an API with revisions. Moving it to another revision is an update that leaves the old revision's policy as it is,
   * and a revision's policy is never deleted (Terraform azurerm #28552).
   */
  revision?: pulumi.Input<string>;
  /** Policy XML in the APIM dialect; reformatting it is not a change. */
  xml: pulumi.Input<string>;
}

/**
 * The release that makes revision `revision` of API `api` current (`apis/<api>/releases/apimc-rev-<revision>`),
 * written after the revision's operations and policies. Releases are never deleted; the API takes them with it.
 */
export interface ApiReleaseArgs {
  service: pulumi.Input<ServiceTarget>;
  api: pulumi.Input<string>;
  /** The revision it makes current, a positive whole number as a string. */
  revision: pulumi.Input<string>;
  /** Release notes (the API's `apiRevisionDescription`). */
  notes?: pulumi.Input<string>;
}

/**
 * A kind the registry describes fully (issue 12): the declaration is the
 * contract's properties, with references by name and secret-bearing
 * properties as secret sources (`{ fromParameter }`, `{ fromKeyVault }`).
 */
export interface RegistryArgs<D> extends CommonArgs {
  properties: pulumi.Input<D>;
  /**
   * Values of the `fromParameter` secret sources in `properties`, by parameter
   * name (`{ legacyRootPfx: ... }`). Always stored as Pulumi secrets; ApimService fills it from its `parameters`.
   */
  parameterValues?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}
/**
 * The kinds the registry describes fully (top-level, `hooks.model: "generic"`) have their list, tokens, args types
 * (`TagArgs`, ...), classes and class tables generated from the registry by scripts/gen-provider.js into
 * provider/generated/ (`npm run gen`), so a new such kind needs no edit here. The kinds below predate the registry
 * and carry behaviour of their own, so their args and classes stay written out.
 */
export { REGISTRY_PROVIDER_KINDS } from "./generated/kinds";
export type { RegistryProviderKind } from "./generated/kinds";

/** Provider kinds, one per resource class. */
export type ProviderKind = "namedValue" | "backend" | "api" | "policy" | "policyFragment" | "product" | "apiVersionSet" | "gateway" | "apiRelease" | RegistryProviderKind;
