import type { KindDescriptor } from "./types";

export const gatewayApi: KindDescriptor = {
  kind: "gatewayApi",
  noun: "API of a gateway",
  armType: "gateways/apis",
  parent: "gateway",
  declaration: { in: "parent", key: "apis", shape: "names" },
  names: { minLength: 1, maxLength: 256 },
  contract: { definition: "AssociationContract", replaced: { provisioningState: "always `created`: the body the REST API expects for a link" } },
  references: [{ property: "apis/[]", armProperty: "(name)", to: "api", edge: "gatewayApi", check: { code: "gatewayUnknownApi" } }],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "gatewayApi", lro: false },
  readBack: "head",
  deletedWithParent: true,
  defaults: [{ property: "provisioningState", value: "created", reason: "the AssociationContract body the REST API expects for a link" }],
  readBackDefaults: [],
  azureKinds: ["gatewayApi"],
};
