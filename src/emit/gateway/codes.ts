/** Diagnostic codes of the gateway bundle (APIMC600–APIMC699). */
export const GATEWAY_CODES = {
  unknownGateway: "APIMC600",
  gatewayNotChosen: "APIMC601",
  noGateways: "APIMC602",
  skippedPolicy: "APIMC610",
  unresolvedReference: "APIMC611",
  keyVaultIdentity: "APIMC612",
  privateBackend: "APIMC613",
  tokenExpiry: "APIMC614",
  pathCollision: "APIMC615",
  managedGatewayGuard: "APIMC616",
  gatewayServesNothing: "APIMC617",
} as const;
