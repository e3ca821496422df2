/**
 * Plan between two self-hosted gateway snapshots (`snapshot.json` of two
 * bundles): per served operation, what the gateway will do differently —
 * route, backend, named values, and the effective policy element by element.
 * The snapshot shape is restated structurally here because diff may not
 * import the gateway emitter (DESIGN §2).
 */
import { parsePolicy } from "../policy";
import { diffPolicyDocuments } from "./policy-diff";
import { diffProperties } from "./property-diff";
import type { Change, Plan, PlanSummary, PropertyChange } from "./types";

export interface SnapshotPolicyElementLike {
  origin: string;
  xml: string;
}

export interface SnapshotOperationLike {
  api: string;
  operation: string;
  policy: Record<string, SnapshotPolicyElementLike[]>;
  [property: string]: unknown;
}

export interface GatewaySnapshotLike {
  service: string;
  gateway: string;
  hostnames: string[];
  operations: SnapshotOperationLike[];
}

/** True for the JSON a gateway bundle writes as snapshot.json. */
export function isGatewaySnapshot(value: unknown): value is GatewaySnapshotLike {
  const v = value as Partial<GatewaySnapshotLike> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.gateway === "string" &&
    typeof v.service === "string" &&
    Array.isArray(v.hostnames) &&
    Array.isArray(v.operations) &&
    v.operations.every((o) => typeof o === "object" && o !== null && typeof o.api === "string" && typeof o.operation === "string" && typeof o.policy === "object")
  );
}

const SECTIONS = ["inbound", "backend", "outbound", "on-error"];

/** The effective document as one policy, so the policy diff can compare it element by element. */
function effectiveDocument(op: SnapshotOperationLike) {
  const body = SECTIONS.map((s) => `<${s}>${(op.policy[s] ?? []).map((e) => e.xml).join("")}</${s}>`).join("");
  return parsePolicy(`<policies>${body}</policies>`, { file: "snapshot.json" }).document;
}

function operationDiff(before: SnapshotOperationLike | undefined, after: SnapshotOperationLike | undefined): PropertyChange[] {
  const strip = (op: SnapshotOperationLike | undefined) => {
    if (!op) return undefined;
    const rest: Record<string, unknown> = { ...op };
    delete rest.policy;
    delete rest.api;
    delete rest.operation;
    // Pool members by backend name and breaker rules by rule name, so a change reads as the one field that changed.
    if (isRecord(rest.backend)) rest.backend = keyedBackend(rest.backend);
    // Where each element comes from matters to a reviewer even when the elements are unchanged.
    rest.policyOrigins = Object.fromEntries(SECTIONS.filter((s) => op.policy[s]).map((s) => [s, op.policy[s].map((e) => e.origin)]));
    return rest;
  };
  const diff = diffProperties(strip(before), strip(after));
  for (const c of diffPolicyDocuments(before && effectiveDocument(before), after && effectiveDocument(after))) {
    diff.push({ ...c, path: `policy${c.path}` });
  }
  return diff;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A list of records with a unique string `key` as a map from that key (else the list as it is). */
function byKey(list: unknown, key: string): unknown {
  if (!Array.isArray(list) || !list.every((e) => isRecord(e) && typeof e[key] === "string")) return list;
  const out: Record<string, unknown> = {};
  for (const e of list as Record<string, unknown>[]) {
    const { [key]: k, ...rest } = e;
    if ((k as string) in out) return list;
    out[k as string] = rest;
  }
  return out;
}

function keyedBreaker(b: unknown): unknown {
  return isRecord(b) && Array.isArray(b.rules) ? { ...b, rules: byKey(b.rules, "name") } : b;
}

function keyedBackend(backend: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...backend };
  if (out.circuitBreaker !== undefined) out.circuitBreaker = keyedBreaker(out.circuitBreaker);
  const pool = byKey(out.pool, "backend");
  if (isRecord(pool)) {
    for (const [k, m] of Object.entries(pool)) if (isRecord(m) && m.circuitBreaker !== undefined) pool[k] = { ...m, circuitBreaker: keyedBreaker(m.circuitBreaker) };
  }
  if (out.pool !== undefined) out.pool = pool;
  return out;
}

export function planSnapshots(before: GatewaySnapshotLike, after: GatewaySnapshotLike): Plan {
  const changes: Change[] = [];
  const gatewayDiff = diffProperties({ service: before.service, gateway: before.gateway, hostnames: before.hostnames }, { service: after.service, gateway: after.gateway, hostnames: after.hostnames });
  if (gatewayDiff.length) changes.push({ action: "update", kind: "gateway", id: `gateways/${after.gateway}`, name: after.gateway, diff: gatewayDiff });
  const key = (o: SnapshotOperationLike) => `apis/${o.api}/operations/${o.operation}`;
  const b = new Map(before.operations.map((o) => [key(o), o]));
  const a = new Map(after.operations.map((o) => [key(o), o]));
  for (const id of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const was = b.get(id);
    const now = a.get(id);
    const diff = operationDiff(was, now);
    if (diff.length === 0) continue;
    const action = !was ? "create" : !now ? "delete" : "update";
    changes.push({ action, kind: "operation", id, name: (now ?? was)!.operation, diff });
  }
  // Deletes last, as in every plan.
  changes.sort((x, y) => Number(x.action === "delete") - Number(y.action === "delete"));
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, replace: 0 };
  for (const c of changes) summary[c.action]++;
  return { changes, summary };
}
