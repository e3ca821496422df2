import type { KindDescriptor } from "./types";

/**
 * The release that makes `apiRevision: N` current (`apis/orders/releases/apimc-rev-N`). It is not declared
 * on its own: apimc derives it from `apiRevision` when N is not "1", and never deletes a release.
 */
export const apiRelease: KindDescriptor = {
  kind: "apiRelease",
  hooks: { armBody: "apiRelease", diff: "apiRelease" },
  armType: "apis/releases",
  parent: "api",
  declaration: { in: "derived", from: "apis/*/apiRevision" },
  names: { pattern: "^[A-Za-z0-9-]+$", minLength: 1, maxLength: 80 },
  contract: {
    definition: "ApiReleaseContract",
    replaced: {
      apiId: "the revision released is the API's `apiRevision`",
      notes: "the release notes are the API's `apiRevisionDescription`",
    },
  },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: ["createdDateTime", "updatedDateTime"],
  sdk: { group: "apiRelease", lro: false },
  readBack: "get",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [],
  azureKinds: ["apiRelease"],
};
