/**
 * API revisions as APIM keeps them, for the ARM emulator. `apis/orders` is the current revision and
 * `apis/orders;rev=N` a non-current one; a path naming the current revision by number is the same resource.
 * A PUT of a new `;rev=N` with `sourceApiId` copies the source's operations, policies and schemas; a release
 * makes a revision current (the one that was current becomes `;rev=<its number>`). Releases belong to the API,
 * not to a revision, so they never move.
 */
import type { StoredResource } from "./arm-emulator";

type State = Map<string, StoredResource>;

const REV = /^(.*);rev=(\d+)$/i;

function revisionOf(r: StoredResource | undefined): string {
  return typeof r?.properties.apiRevision === "string" ? r.properties.apiRevision : "1";
}

/** `["apis", "orders;rev=3", ...]` -> `["apis", "orders", ...]` when revision 3 is the current one. */
export function canonicalRevisionPath(state: State, rest: string[]): string[] {
  if (rest.length < 2 || rest[0].toLowerCase() !== "apis") return rest;
  const m = REV.exec(rest[1]);
  if (!m) return rest;
  const current = state.get(`apis/${m[1].toLowerCase()}`);
  if (!current || revisionOf(current) !== m[2]) return rest;
  return [rest[0], m[1], ...rest.slice(2)];
}

/** Moves (or copies) every resource below `from/` to `to/`, releases excepted, renaming ids. */
function moveTree(state: State, from: string, to: string, toName: string, serviceId: string, copy: boolean): void {
  for (const [key, r] of [...state.entries()]) {
    if (!key.startsWith(`${from}/`)) continue;
    const rel = key.slice(from.length + 1);
    if (rel.startsWith("releases/")) continue;
    const relId = r.id.slice(r.id.toLowerCase().indexOf(`/${from}/`) + from.length + 2);
    const moved: StoredResource = { ...r, properties: structuredClone(r.properties), id: `${serviceId}/apis/${toName}/${relId}` };
    state.set(`${to}/${rel}`, moved);
    if (!copy) state.delete(key);
  }
}

/**
 * A PUT of `apis/<name>;rev=N` that does not exist yet, with `sourceApiId`: the new revision starts as a copy of
 * the source (its properties under the ones sent, its operations, policies and schemas). Returns the properties
 * to store, or undefined when this is not such a PUT.
 */
export function createRevision(state: State, key: string, name: string, incoming: Record<string, unknown>, serviceId: string): Record<string, unknown> | undefined {
  const m = REV.exec(name);
  if (!m || state.has(key) || typeof incoming.sourceApiId !== "string") return undefined;
  const source = incoming.sourceApiId.split("/").pop() as string;
  const sourceKey = `apis/${source.toLowerCase()}`;
  const src = state.get(sourceKey);
  if (!src) return undefined;
  moveTree(state, sourceKey, key, name, serviceId, true);
  const { sourceApiId: _s, ...rest } = incoming;
  return { ...structuredClone(src.properties), ...rest, apiRevision: m[2], isCurrent: false };
}

/** A release of `apis/<api>;rev=N` (its `apiId`): revision N becomes `apis/<api>`, the current one `;rev=<n>`. */
export function releaseRevision(state: State, api: string, apiId: unknown, serviceId: string): void {
  const target = typeof apiId === "string" ? (apiId.split("/").pop() as string) : "";
  const m = REV.exec(target);
  if (!m || m[1].toLowerCase() !== api.toLowerCase()) return;
  const currentKey = `apis/${api.toLowerCase()}`;
  const revKey = `apis/${target.toLowerCase()}`;
  const current = state.get(currentKey);
  const next = state.get(revKey);
  if (!current || !next) return;
  const old = revisionOf(current);
  const oldName = `${current.name};rev=${old}`;
  const oldKey = `apis/${oldName.toLowerCase()}`;
  moveTree(state, currentKey, oldKey, oldName, serviceId, false);
  state.set(oldKey, { ...current, id: `${serviceId}/apis/${oldName}`, name: oldName, properties: { ...current.properties, apiRevision: old, isCurrent: false } });
  moveTree(state, revKey, currentKey, current.name, serviceId, false);
  state.delete(revKey);
  state.set(currentKey, { ...next, id: `${serviceId}/apis/${current.name}`, name: current.name, properties: { ...next.properties, apiRevision: m[2], isCurrent: true } });
}
