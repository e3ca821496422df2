/**
 * `plan(before, after)`: the changes that turn `before` into `after`, pure and
 * deterministic. Creates, updates and replaces come in dependency order,
 * deletes after them in reverse dependency order.
 */
import type { Model } from "../model/types";
import { diffPolicyDocuments } from "./policy-diff";
import { diffProperties } from "./property-diff";
import { Secret } from "../core/secret";
import { flattenModel, NAMED_VALUE_SOURCE_KEYS, type DiffResource } from "./resources";
import { byRank, dependencyRank } from "./order";
import type { Change, Plan, PlanOptions, PlanSummary, PropertyChange } from "./types";

/** Key Vault references are visible live; any other secret source is not, so it is not compared against an unseen value. */
function comparable(r: DiffResource | undefined, other: DiffResource | undefined): Record<string, unknown> {
  const props = r?.props ?? {};
  if (!r || !other || !(r.opaqueSecret || other.opaqueSecret)) return props;
  if (r.sourceKind === "keyVault" || other.sourceKind === "keyVault") return props;
  const out = { ...props };
  for (const k of NAMED_VALUE_SOURCE_KEYS) out[k] = undefined;
  return out;
}

/**
 * A named value that was secret (Key Vault, a parameter, or `secret: true`) and
 * is now a plain `value:`: APIM would store it unencrypted and show it to
 * anyone who can read the instance. The plan says so, and masks the new value,
 * which is very likely the secret itself pasted in.
 */
export function isSecretDowngrade(before: DiffResource | undefined, after: DiffResource | undefined): boolean {
  return before?.kind === "namedValue" && after?.kind === "namedValue" && before.props.secret === true && after.props.secret !== true && after.sourceKind === "plain";
}

function masked(r: DiffResource): DiffResource {
  const value = r.props.value;
  return { ...r, props: { ...r.props, value: typeof value === "string" ? new Secret(value) : value } };
}

function resourceDiff(before: DiffResource | undefined, after0: DiffResource | undefined): PropertyChange[] {
  const out: PropertyChange[] = [];
  const after = after0 && isSecretDowngrade(before, after0) ? masked(after0) : after0;
  diffProperties(before?.identity ?? {}, after?.identity ?? {}, "", out);
  diffProperties(comparable(before, after), comparable(after, before), "", out);
  const samePolicyText = before?.policyXml !== undefined && before.policyXml === after?.policyXml;
  if ((before?.policy || after?.policy) && !samePolicyText) {
    for (const c of diffPolicyDocuments(before?.policy, after?.policy)) out.push({ ...c, path: `policy${c.path}` });
  }
  return out;
}

function identityChanged(before: DiffResource, after: DiffResource): boolean {
  return diffProperties(before.identity, after.identity).length > 0;
}

export function plan(before: Model, after: Model, opts: PlanOptions = {}): Plan {
  const prune = opts.prune ?? true;
  const b = flattenModel(before);
  const a = flattenModel(after);
  const forward: Change[] = [];
  const removed: Change[] = [];
  const unmanaged: string[] = [];

  const afterIds = [...a.keys()].sort(byRank(dependencyRank(after, a)));
  for (const id of afterIds) {
    const ar = a.get(id) as DiffResource;
    const br = b.get(id);
    const diff = resourceDiff(br, ar);
    if (!br) forward.push({ action: "create", kind: ar.kind, id, name: ar.name, diff });
    else if (identityChanged(br, ar)) forward.push({ action: "replace", kind: ar.kind, id, name: ar.name, diff });
    else if (diff.length) {
      const change: Change = { action: "update", kind: ar.kind, id, name: ar.name, diff };
      if (isSecretDowngrade(br, ar)) {
        const at = ar.pointer !== undefined ? opts.where?.(`${ar.pointer}/value`) : undefined;
        change.warnings = [
          `${at ? `${at}: ` : ""}secret downgrade: named value '${ar.name}' was secret (${br.sourceKind === "plain" ? "secret: true" : br.sourceKind}) and becomes a plain value, which APIM stores unencrypted and shows in clear; keep it in keyVault, fromKeyVault or fromParameter`,
        ];
      }
      forward.push(change);
    }
  }
  const beforeIds = [...b.keys()].sort(byRank(dependencyRank(before, b))).reverse();
  for (const id of beforeIds) {
    if (a.has(id)) continue;
    const br = b.get(id) as DiffResource;
    // Older revisions (and what they hold) and releases are history: apimc never deletes them.
    if (neverDeleted(id, br)) continue;
    if (!prune) {
      unmanaged.push(id);
      continue;
    }
    removed.push({ action: "delete", kind: br.kind, id, name: br.name, diff: resourceDiff(br, undefined) });
  }
  const changes = [...forward, ...removed];
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, replace: 0 };
  for (const c of changes) summary[c.action]++;
  const result: Plan = { changes, summary };
  if (!prune) result.unmanaged = topLevel(unmanaged);
  return result;
}

function neverDeleted(id: string, r: DiffResource): boolean {
  return r.kind === "apiRelease" || /^apis\/[^/]*;rev=/.test(id);
}

/** An unmanaged API is one entry, not one per operation and link below it. */
function topLevel(ids: string[]): string[] {
  const set = new Set(ids);
  return ids
    .filter((id) => {
      const parts = id.split("/");
      for (let n = parts.length - 1; n > 0; n--) if (set.has(parts.slice(0, n).join("/"))) return false;
      return true;
    })
    .sort();
}

export function hasChanges(p: Plan): boolean {
  return p.changes.length > 0;
}
