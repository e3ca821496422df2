/** The gateway bundle's public face. */
export { compileGatewayBundle, chooseGateway } from "./bundle";
export type { GatewayBundle, GatewayBundleOptions } from "./bundle";
export { buildSnapshot } from "./snapshot";
export type { GatewaySnapshot, SnapshotOperation, SnapshotBackend, SnapshotNamedValue, SnapshotNamedValueSource, SnapshotPolicyElement } from "./snapshot";
export type { PreflightFinding, PreflightSection } from "./preflight";
export { GATEWAY_CODES } from "./codes";
export { MANAGED_GATEWAY_GUARD } from "./self-hosted-guard";
export { GATEWAY_IMAGE, GATEWAY_IMAGE_TAG, HEALTH_PATH, deployNames, kubernetesObjects, kubernetesFiles, helmValues, dockerFiles } from "./deploy-material";
export type { DeployMaterialOptions, DeployNames } from "./deploy-material";
