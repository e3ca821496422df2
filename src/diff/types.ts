/**
 * The Plan: what would change to turn one model into another. This shape is
 * the JSON report verbatim and is documented by `schema/plan.schema.json`.
 */
export type ChangeAction = "create" | "update" | "delete" | "replace";

import type { ResourceKind } from "../model/types";

/** A gateway hostname change is reported on its gateway, so it has no kind of its own. */
export type ChangeKind = Exclude<ResourceKind, "gatewayHostname">;

/** One changed property. `before`/`after` are absent when the property is absent on that side. */
export interface PropertyChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface Change {
  action: ChangeAction;
  kind: ChangeKind;
  /** Stable apimc id such as `apis/orders/operations/getOrder/policy`. */
  id: string;
  /** ARM resource name (last segment), or the scope name for policies. */
  name: string;
  diff: PropertyChange[];
  /** What a reviewer must not miss, e.g. a secret named value becoming a plain value (a downgrade). */
  warnings?: string[];
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  replace: number;
}

export interface Plan {
  changes: Change[];
  summary: PlanSummary;
  /** Live resources that are not declared, when not pruned (plan --live only). */
  unmanaged?: string[];
}

export interface PlanOptions {
  /** Treat `before` resources missing from `after` as deletes (default true for diff; plan --live passes its --prune). */
  prune?: boolean;
  /**
   * `file:line:col` of a JSON pointer in the `after` declarations (the CLI passes the loader's source map), so a
   * warning such as a secret downgrade names the line to fix. Without it, warnings carry no location.
   */
  where?: (pointer: string) => string | undefined;
}
