import type { KindDescriptor } from "./types";

/**
 * An API revision other than the first (`apis/orders;rev=4`). The current one comes from `apiRevision: "4"`
 * on the API (its operations and policy are the API's own); the others from `revisions: { "4": {...} }`.
 * Azure creates a revision from the API it names in `sourceApiId`, copying its operations and policies.
 * In ARM a revision is an `apis` resource; its model id keeps `;rev=N` in the API's name segment.
 */
export const apiRevision: KindDescriptor = {
  kind: "apiRevision",
  hooks: { armBody: "apiRevision", diff: "apiRevision" },
  armType: "apis",
  declaration: { in: "parent", key: "revisions", shape: "map" },
  schemaDef: "ApiRevision",
  names: { pattern: "^[1-9][0-9]*$", minLength: 1, maxLength: 10 },
  // Its PUT is an API's (ApiCreateOrUpdateParameter); apimc sends only what makes a revision (sourceApiId,
  // apiRevision, apiRevisionDescription, path), so the declaration is apimc's own, not the contract's.
  references: [],
  secrets: [],
  writeOnly: ["sourceApiId"],
  readOnly: ["isCurrent", "isOnline"],
  sdk: { group: "api", lro: true },
  readBack: "get",
  // Never deleted: apimc leaves older revisions (and what they hold) alone, as the issue asks.
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["apiRevision"],
};
