/** The model stage's public face. */
export { buildModel } from "./build-model";
export { buildGraph, assemble } from "./graph";
export type { GraphResult, Locate } from "./graph";
export { ids, resourceKind, armNameSegments, armTypeSegments } from "./ids";
export { listResources, policyById } from "./resources";
export type { ResourceEntry, ModelWithoutGraph } from "./resources";
export { toArmProperties, hasArmBody, armType, armResourceId, armNames, armString, armLiteral, APIM_API_VERSION } from "./arm-properties";
export type { IdStyle } from "./arm-properties";
export { vaultNameOf } from "./named-value";
export { GENERIC_KINDS, buildGeneric, genericSecrets, genericReferences, isSecretSource } from "./generic";
export type { GenericModel, SecretSourceDecl } from "./generic";
export { MODEL_CODES } from "./codes";
export type {
  ResourceId,
  ResourceKind,
  ModelService,
  NamedValueSource,
  NamedValueModel,
  BackendProperties,
  BackendModel,
  PolicyModel,
  OperationProperties,
  OperationModel,
  ApiProperties,
  ApiModel,
  ApiVersionSetModel,
  ProductProperties,
  ProductModel,
  PolicyFragmentModel,
  GatewayModel,
  ReferenceKind,
  ReferenceEdge,
  ReferenceGraph,
  Model,
  BuildModelResult,
} from "./types";
