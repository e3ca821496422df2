import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

/** Declaring any of these makes Azure derive the API's display name and protocols itself. */
const DERIVED_FROM = ["sourceApiId", "format"] as const;

export const api: KindDescriptor = {
  kind: "api",
  noun: "API",
  hooks: { model: "api", armBody: "api", diff: "api", readBack: "api", unique: ["apiPath"] },
  armType: "apis",
  declaration: { in: "top", key: "apis" },
  schemaDef: "Api",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: {
    definition: "ApiCreateOrUpdateParameter",
    replaced: {
      apiVersionSetId: "named by `apiVersionSet: <name>` (a declared version set)",
      apiVersionSet: "the inline version set details are replaced by a declared version set, named by `apiVersionSet`",
    },
  },
  references: [
    { property: "apiVersionSet", armProperty: "apiVersionSetId", to: "apiVersionSet", edge: "versionSet", check: { code: "unknownVersionSet" } },
    // Sugar for the contract's `...Id` keys, which hold names: the model turns them into those keys (src/model/api.ts).
    { property: "authenticationSettings/openid/openidProvider", armProperty: "authenticationSettings/openid/openidProviderId", to: "openidConnectProvider", edge: "reference", check: { code: "unknownAuthorizationProvider" } },
    { property: "authenticationSettings/oAuth2/authorizationServer", armProperty: "authenticationSettings/oAuth2/authorizationServerId", to: "authorizationServer", edge: "reference", check: { code: "unknownAuthorizationProvider" } },
  ],
  secrets: [],
  writeOnly: ["value", "format", "wsdlSelector", "apiType", "translateRequiredQueryParameters"],
  readOnly: ["isOnline", "provisioningState"],
  sdk: { group: "api", lro: true },
  readBack: "get",
  deleteQuery: { deleteRevisions: { value: "true", reason: "an API goes with all its revisions; apimc never deletes a revision on its own, and without it Azure leaves the other revisions behind" } },
  deletedWithParent: false,
  defaults: [
    {
      property: "displayName",
      value: "$name",
      reason: "ARM needs a display name for an API it does not derive from a source API or an imported definition (an `openapi:` file's title comes first)",
      unlessDeclared: DERIVED_FROM,
    },
    {
      property: "protocols",
      value: ["https"],
      reason: "ARM needs protocols for a new API; HTTPS only is the portal's default and the safe one",
      unlessDeclared: DERIVED_FROM,
    },
    { property: "path", value: "", reason: "`path` is required by the contract; an empty path serves the API at the gateway root" },
  ],
  readBackDefaults: [
    { property: "description", value: "", reason: "Azure returns an empty description for an API created without one" },
    { property: "apiRevision", value: "1", reason: "Azure creates revision 1 when none is given" },
    { property: "isCurrent", value: true, reason: "the only revision of an API is its current one" },
    { property: "subscriptionRequired", value: true, reason: "Azure's default: APIs need a subscription key" },
    { property: "type", value: "http", reason: "Azure reports `http` for an API created without a type" },
    { property: "apiRevisionDescription", value: "", reason: "Azure returns an empty revision description" },
    { property: "apiVersionDescription", value: "", reason: "Azure returns an empty version description" },
    { property: "subscriptionKeyParameterNames/header", value: "Ocp-Apim-Subscription-Key", reason: "Azure's default subscription key header" },
    { property: "subscriptionKeyParameterNames/query", value: "subscription-key", reason: "Azure's default subscription key query parameter" },
    { property: "authenticationSettings/oAuth2AuthenticationSettings", value: [], reason: "Azure returns empty authentication lists" },
    { property: "authenticationSettings/openidAuthenticationSettings", value: [], reason: "Azure returns empty authentication lists" },
  ],
  azureKinds: ["api"],
};
