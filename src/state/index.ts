/** Live APIM state -> apimc's IR. */
export { readLiveResource, readLiveModel, apimRefOf } from "./read-live";
export type { ReadLiveOptions, LiveResourceState } from "./read-live";
export { normaliseLiveProperties, canonicalPolicyText } from "./normalise";
export { declarationOf, declarationOfBody, HIDDEN_SECRET } from "./to-declarations";
export { parseApimResourceId } from "./arm-id";
export type { ParsedApimId } from "./arm-id";
export { project as projectLiveOnto } from "./normalise";
export { ApimResources, APIM_KINDS, resourceId, armKindOf } from "./resources";
export type { ApimKind, ApimRef, LiveResource } from "./resources";
