export { plan, hasChanges } from "./plan";
export { diffPolicyDocuments } from "./policy-diff";
export type { Plan, Change, ChangeAction, ChangeKind, PropertyChange, PlanSummary, PlanOptions } from "./types";
