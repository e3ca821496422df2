import type { KindDescriptor } from "./types";

export const gatewayHostname: KindDescriptor = {
  kind: "gatewayHostname",
  noun: "hostname",
  // Compared inside its gateway (plan shows hostname changes as the gateway's).
  hooks: { diff: "child" },
  armType: "gateways/hostnameConfigurations",
  parent: "gateway",
  declaration: { in: "parent", key: "hostnames", shape: "map" },
  names: { minLength: 1, maxLength: 80 },
  contract: { definition: "GatewayHostnameConfigurationContract", replaced: {} },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "gatewayHostnameConfiguration", lro: false },
  readBack: "get",
  deletedWithParent: true,
  defaults: [],
  readBackDefaults: [
    { property: "negotiateClientCertificate", value: false, reason: "Azure reports the flag off when it was never sent" },
    { property: "tls10Enabled", value: false, reason: "Azure reports the flag off when it was never sent" },
    { property: "tls11Enabled", value: false, reason: "Azure reports the flag off when it was never sent" },
    { property: "http2Enabled", value: false, reason: "Azure reports the flag off when it was never sent" },
  ],
  azureKinds: ["gatewayHostname"],
};
