export { plan, hasChanges } from "./plan";
export { diffPolicyDocuments } from "./policy-diff";
export type { Plan, Change, ChangeAction, ChangeKind, PropertyChange, PlanSummary, PlanOptions } from "./types";
export { planSnapshots, isGatewaySnapshot } from "./snapshot-plan";
export type { GatewaySnapshotLike, SnapshotOperationLike, SnapshotPolicyElementLike } from "./snapshot-plan";
