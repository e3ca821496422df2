/**
 * API revisions in the model. When `apiRevision` names a revision other than "1", apimc creates it from the
 * current one (`sourceApiId`), writes the API's declared operations, policies and schemas to that revision
 * (`apis/orders;rev=4/...`), and only then releases it. The revision that was current keeps its own
 * operations and policy: a new revision never resets them (Terraform azurerm #28552). Model ids stay
 * `apis/orders/...` (the current revision, as a live read sees it); only ARM names carry `;rev=N`.
 */
import type { ApiModel, ApiRevisionModel, ModelService, ResourceId } from "./types";

interface WithApis {
  apis: Record<string, ApiModel>;
  service?: ModelService;
}

/**
 * True for what a revision carries of its API: its policy, its operations (and theirs), its schemas, its tag links
 * and diagnostics. Azure keeps each per revision (`apis/orders;rev=4/tags/public`), and a release makes the new
 * revision's own current: written to the revision that was current, they would be lost by the release.
 */
export function isRevisionContent(id: ResourceId): boolean {
  const s = id.split("/");
  if (s[0] !== "apis" || s.length < 3 || s[1].includes(";rev=")) return false;
  return (s.length === 3 && s[2] === "policy") || ["operations", "schemas", "tags", "diagnostics"].includes(s[2]);
}

/** The revision (other than "1") that the API's declared content is written to, for an id of that content. */
export function targetRevision(model: WithApis, id: ResourceId): ApiRevisionModel | undefined {
  if (!isRevisionContent(id)) return undefined;
  const api = model.apis[id.split("/")[1]];
  const rev = api?.release?.revision;
  return rev === undefined ? undefined : api.revisions?.[rev];
}

/** ARM name segments of a resource, with the revision its content goes to (`["orders;rev=4", "get"]`). */
export function revisionArmNames(model: WithApis, id: ResourceId, names: string[]): string[] {
  const rev = targetRevision(model, id);
  return rev ? [`${names[0]};rev=${rev.revision}`, ...names.slice(1)] : names;
}

/**
 * Dependency edges revisions add (`[from, to, pointer]`): a revision follows its API (its source), the API's
 * content follows the revision it is written to, and the release follows the revision and all of that content.
 */
export function revisionEdges(model: WithApis, ids: readonly ResourceId[]): Array<[ResourceId, ResourceId, string]> {
  const out: Array<[ResourceId, ResourceId, string]> = [];
  for (const api of Object.values(model.apis)) {
    for (const rev of Object.values(api.revisions ?? {})) out.push([rev.id, api.id, rev.pointer]);
    const release = api.release;
    const current = release ? api.revisions?.[release.revision] : undefined;
    if (!release || !current) continue;
    out.push([release.id, current.id, release.pointer]);
    for (const id of ids) {
      if (!id.startsWith(`${api.id}/`) || !isRevisionContent(id)) continue;
      out.push([id, current.id, release.pointer]);
      out.push([release.id, id, release.pointer]);
    }
  }
  return out;
}
