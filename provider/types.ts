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
/** An API with its operations. Its policies are separate `Policy` resources. */
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
  /** Policy XML in the APIM dialect; reformatting it is not a change. */
  xml: pulumi.Input<string>;
}

/** Provider kinds, one per resource class. */
export type ProviderKind = "namedValue" | "backend" | "api" | "policy" | "policyFragment" | "product" | "apiVersionSet" | "gateway";
