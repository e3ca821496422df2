import type { KindDescriptor } from "./types";

/**
 * Not a model resource of its own: a link from a gateway to a certificate the
 * instance already holds, emitted right after its gateway.
 */
export const gatewayCertificateAuthority: KindDescriptor = {
  kind: "gatewayCertificateAuthority",
  noun: "certificate authority",
  // Compared inside its gateway (not a model resource of its own).
  hooks: { diff: "child" },
  modelResource: false,
  armType: "gateways/certificateAuthorities",
  parent: "gateway",
  declaration: { in: "parent", key: "certificateAuthorities", shape: "map" },
  names: { minLength: 1, maxLength: 80 },
  contract: { definition: "GatewayCertificateAuthorityContract", replaced: {} },
  references: [],
  secrets: [],
  writeOnly: [],
  readOnly: [],
  sdk: { group: "gatewayCertificateAuthority", lro: false },
  readBack: "get",
  deletedWithParent: true,
  defaults: [{ property: "isTrusted", value: false, reason: "ARM and the provider write an undeclared isTrusted as false, so the plan compares what is deployed" }],
  // Not dropped on read: the diff compares `isTrusted ?? false`, and extract keeps an explicit `false`.
  readBackDefaults: [],
  azureKinds: ["gatewayCertificateAuthority"],
};
