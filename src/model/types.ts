/**
 * The IR every back end consumes: the ARM emitter, the gateway bundle, the
 * diff, the preflight rules and the Pulumi provider. Maps are keyed by ARM
 * resource name and built in sorted key order, so iteration is deterministic.
 */
import type { Diagnostic } from "../core/diagnostic";
import type { PolicyDocument, PolicyScope } from "../policy/types";
import type { PolicySource } from "../load/types";
import type { GenericModel } from "./generic";
import type {
  Backend as BackendDecl,
  Operation as OperationDecl,
  Gateway as GatewayDecl,
  ApiVersionSet as ApiVersionSetDecl,
  Api as ApiDecl,
} from "../load/declarations.generated";

/** Stable apimc resource id, e.g. `backends/orders`, `apis/orders/operations/get/policy`, `policy` (global). */
export type ResourceId = string;

/** A registered kind (the kind registry's keys), e.g. `"backend"`. */
export type { ResourceKind } from "./kinds/registry";

export interface ModelService {
  name: string;
  resourceGroup?: string;
  subscriptionId?: string;
  hostnames: string[];
  /** Vault name to ARM resource id. */
  keyVaults: Record<string, string>;
}

interface ModelResourceBase {
  id: ResourceId;
  /** ARM resource name (last segment). */
  name: string;
  /** JSON pointer of the declaration. */
  pointer: string;
  /** Preflight codes silenced for this resource. */
  ignore: string[];
}

export type NamedValueSource =
  | { kind: "plain"; value: string }
  | { kind: "keyVault"; secretIdentifier: string; identityClientId?: string }
  | { kind: "fromKeyVault"; uri: string; vaultResourceId?: string }
  | { kind: "fromParameter"; parameter: string };

export interface NamedValueModel extends ModelResourceBase {
  displayName: string;
  secret: boolean;
  tags?: string[];
  source: NamedValueSource;
}

/** Backend properties as in ARM, except pool members name backends instead of ARM ids. */
export type BackendProperties = Omit<BackendDecl, "ignore">;

export interface BackendModel extends ModelResourceBase {
  properties: BackendProperties;
}

export interface PolicyModel {
  /** e.g. `policy`, `apis/orders/policy`, `products/starter/policy`, `policyFragments/cors`. */
  id: ResourceId;
  scope: PolicyScope;
  pointer: string;
  /** Canonical text (rawxml), with the `backend:` sugar already inserted. */
  xml: string;
  document: PolicyDocument;
  source: PolicySource;
}

export type OperationProperties = Omit<OperationDecl, "policy" | "backend" | "ignore" | "tags"> & {
  displayName: string;
  method: string;
  urlTemplate: string;
};

export interface OperationModel extends ModelResourceBase {
  api: string;
  /** Tags linked to the operation, by name, sorted (absent when none). */
  tags?: string[];
  properties: OperationProperties;
  policy?: PolicyModel;
  /** True when the operation came from the API's OpenAPI/WSDL file. */
  imported: boolean;
}

/**
 * API properties as in ARM: every contract property the declaration accepts
 * (the registry's `api` descriptor), with the version set named instead of
 * given by id. `displayName` and `protocols` are absent when Azure derives
 * them (an API made from a source API or an imported definition).
 */
export type ApiProperties = Omit<ApiDecl, "apiVersionSet" | "openapi" | "wsdl" | "backend" | "policy" | "operations" | "tags" | "ignore" | "path"> & {
  path: string;
  /** Name of the version set. */
  apiVersionSet?: string;
};

export interface ApiModel extends ModelResourceBase {
  properties: ApiProperties;
  operations: Record<string, OperationModel>;
  policy?: PolicyModel;
  /** Tags linked to the API, by name, sorted (absent when none). */
  tags?: string[];
  /** Where imported operations came from. */
  importedFrom?: { format: "openapi" | "wsdl"; file: string };
  /** Schemas by name, declared or imported from the `openapi:` file (absent when none). */
  schemas?: Record<string, ApiSchemaModel>;
  /**
   * Revisions by number (absent when none): the current one when `apiRevision` is not "1" (`current: true`,
   * its operations and policy are the API's own), and the declared non-current ones.
   */
  revisions?: Record<string, ApiRevisionModel>;
  /** The release that makes `apiRevision` current, when it is not "1". */
  release?: ApiReleaseModel;
}

export interface ApiRevisionModel {
  /** `apis/<api>;rev=N`. */
  id: ResourceId;
  /** The revision number, a positive integer as a string. */
  revision: string;
  pointer: string;
  /** The API's `apiRevision`: created from the API, then released. */
  current: boolean;
  apiRevisionDescription?: string;
  /** The revision's own policy, id `apis/<api>;rev=N/policy` (non-current revisions only). */
  policy?: PolicyModel;
  /** The revision's own operations, ids `apis/<api>;rev=N/operations/<op>` (non-current revisions only). */
  operations: Record<string, OperationModel>;
}

export interface ApiReleaseModel {
  /** `apis/<api>/releases/apimc-rev-N`. */
  id: ResourceId;
  name: string;
  pointer: string;
  /** The revision it makes current. */
  revision: string;
  notes?: string;
}

/** An `apis/schemas` resource (the contract's SchemaContractProperties). */
export interface ApiSchemaModel {
  id: ResourceId;
  name: string;
  pointer: string;
  contentType: string;
  document: { value?: string; definitions?: Record<string, unknown>; components?: Record<string, unknown> };
  /** Made from the API's `openapi:` file (components.schemas / definitions), not declared. */
  imported?: boolean;
}

export interface ApiVersionSetModel extends ModelResourceBase {
  properties: ApiVersionSetDecl;
}

export interface ProductProperties {
  displayName: string;
  description?: string;
  terms?: string;
  state?: "published" | "notPublished";
  subscriptionRequired?: boolean;
  approvalRequired?: boolean;
  subscriptionsLimit?: number;
}

export interface ProductModel extends ModelResourceBase {
  properties: ProductProperties;
  apis: string[];
  /** Tags and groups linked to the product, by name, sorted (absent when none). */
  tags?: string[];
  groups?: string[];
  policy?: PolicyModel;
}

export interface PolicyFragmentModel extends ModelResourceBase {
  description?: string;
  policy: PolicyModel;
}

export interface GatewayModel extends ModelResourceBase {
  description?: string;
  location?: GatewayDecl["location"];
  apis: string[];
  hostnames: NonNullable<GatewayDecl["hostnames"]>;
  certificateAuthorities: NonNullable<GatewayDecl["certificateAuthorities"]>;
}

export type ReferenceKind =
  | "poolMember"
  | "namedValue"
  | "backend"
  | "fragment"
  | "productApi"
  | "gatewayApi"
  | "versionSet"
  | "parent"
  | "policyOf"
  /** A registry reference of a generic kind (diagnostic -> logger, subscription -> product). */
  | "reference";

export interface ReferenceEdge {
  /** The resource that refers (and so must be deployed after `to`). */
  from: ResourceId;
  to: ResourceId;
  kind: ReferenceKind;
  /** Where the reference is written. */
  file: string;
  line: number;
  col: number;
}

export interface ReferenceGraph {
  /** Every resource id in the model, sorted. */
  nodes: ResourceId[];
  edges: ReferenceEdge[];
  /** Ids in dependency order (dependencies first), ties broken by id. */
  order: ResourceId[];
  /** Direct dependencies of a resource, sorted. */
  dependsOn(id: ResourceId): ResourceId[];
}

export interface Model {
  service: ModelService;
  namedValues: Record<string, NamedValueModel>;
  backends: Record<string, BackendModel>;
  apiVersionSets: Record<string, ApiVersionSetModel>;
  apis: Record<string, ApiModel>;
  products: Record<string, ProductModel>;
  policyFragments: Record<string, PolicyFragmentModel>;
  /** Global policy. */
  policy?: PolicyModel;
  gateways: Record<string, GatewayModel>;
  /** Resources of the kinds built from the registry alone, keyed by id (src/model/generic.ts). */
  generic?: Record<ResourceId, GenericModel>;
  graph: ReferenceGraph;
}

export interface BuildModelResult {
  model?: Model;
  diagnostics: Diagnostic[];
}
