/** Model resources -> ARM resource objects, in the graph's dependency order. */
import {
  APIM_API_VERSION,
  armNameSegments,
  armLiteral,
  armResourceId,
  armString,
  armType,
  hasArmBody,
  toArmProperties,
  type Model,
  type ResourceId,
} from "../../model";
import { normalizeJson } from "../../core/stable-json";
import type { SecretParameter, SecretPlan } from "./secrets";
import type { ArmResource } from "./types";

export interface PlacedResource {
  id: ResourceId;
  resource: ArmResource;
  /** Secret parameters this resource uses (named values and secret-sourced properties). */
  parameters: string[];
  /** Direct dependencies, from the graph. */
  deps: ResourceId[];
  /** Summary label when the id is not a model resource id. */
  kind?: string;
}

export function armResources(model: Model, secrets: SecretPlan): PlacedResource[] {
  return model.graph.order.flatMap((id) => [withoutReleasedRevision(model, id, armResource(model, id, secrets)), ...certificateAuthorities(model, id), ...apiChildren(model, id)]);
}

/**
 * When `apiRevision` names a declared revision, the release (after the revision) makes it current; the API's own
 * PUT leaves `apiRevision` out, since that revision does not exist yet when the API is written.
 */
function withoutReleasedRevision(model: Model, id: ResourceId, placed: PlacedResource): PlacedResource {
  const segments = id.split("/");
  if (segments.length !== 2 || segments[0] !== "apis") return placed;
  const api = model.apis[segments[1]];
  const current = api?.properties.apiRevision;
  if (typeof current === "string" && api.revisions?.[current] && placed.resource.properties) delete placed.resource.properties.apiRevision;
  return placed;
}

/**
 * `gateways/certificateAuthorities` follow their gateway. They are links to
 * certificate entities the instance already holds, not model resources of
 * their own, so nothing else can depend on them.
 */
function certificateAuthorities(model: Model, id: ResourceId): PlacedResource[] {
  const segments = id.split("/");
  if (segments.length !== 2 || segments[0] !== "gateways") return [];
  const gateway = model.gateways[segments[1]];
  return Object.keys(gateway.certificateAuthorities)
    .sort()
    .map((ca) => ({
      id: `${id}/certificateAuthorities/${ca}`,
      kind: "gatewayCertificateAuthority",
      resource: {
        type: "Microsoft.ApiManagement/service/gateways/certificateAuthorities",
        apiVersion: APIM_API_VERSION,
        name: `[concat(parameters('serviceName'), ${armString(`/${gateway.name}/${ca}`)})]`,
        properties: { isTrusted: gateway.certificateAuthorities[ca].isTrusted ?? false },
        dependsOn: [armResourceId(model, id, "arm-expression")],
      },
      parameters: [],
      deps: [id],
    }));
}

/** The ARM resource of a child that is not a model resource (yet), after its parent `dependsOn`. */
function child(model: Model, kind: string, type: string, name: string, properties: Record<string, unknown>, dependsOn: ResourceId[], extraDeps: string[] = []): PlacedResource {
  return {
    id: name,
    kind,
    resource: {
      type: `Microsoft.ApiManagement/service/${type}`,
      apiVersion: APIM_API_VERSION,
      name: `[concat(parameters('serviceName'), ${armString(`/${name}`)})]`,
      properties: normalizeJson(properties) as Record<string, unknown>,
      dependsOn: [...dependsOn.map((d) => armResourceId(model, d, "arm-expression")), ...extraDeps],
    },
    parameters: [],
    deps: dependsOn,
  };
}

/** `[resourceId(...)]` of an API revision (`orders;rev=4`), which is not a model resource id. */
function revisionArmId(api: string, n: string): string {
  return `[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), ${armString(`${api};rev=${n}`)})]`;
}

/**
 * What follows an API and is not a model resource yet (plan, diff and the live read do not see these; nothing
 * declared can depend on them): its explicit `schemas`, its declared non-current `revisions` (each created from
 * the API with `sourceApiId`, then given its own policy) and, when `apiRevision` names a declared revision, the
 * release that makes it current. Older revisions are never deleted, and a revision's policy is only ever the one
 * declared for it (never reset to the API's).
 */
function apiChildren(model: Model, id: ResourceId): PlacedResource[] {
  const segments = id.split("/");
  if (segments.length !== 2 || segments[0] !== "apis") return [];
  const api = model.apis[segments[1]];
  if (!api) return [];
  const out: PlacedResource[] = [];
  for (const [name, schema] of Object.entries(api.schemas ?? {})) {
    out.push(child(model, "apiSchema", "apis/schemas", `${api.name}/${name}`, { contentType: schema.contentType, document: schema.document }, [id]));
  }
  for (const rev of Object.values(api.revisions ?? {})) {
    const revName = `${api.name};rev=${rev.revision}`;
    const props: Record<string, unknown> = { sourceApiId: armResourceId(model, id, "arm-expression"), apiRevision: rev.revision, path: api.properties.path };
    if (rev.apiRevisionDescription !== undefined) props.apiRevisionDescription = armLiteral(rev.apiRevisionDescription);
    out.push(child(model, "apiRevision", "apis", revName, props, [id]));
    if (rev.policy) {
      out.push(child(model, "apiRevisionPolicy", "apis/policies", `${revName}/policy`, { format: "rawxml", value: armLiteral(rev.policy.xml) }, [], [revisionArmId(api.name, rev.revision)]));
    }
  }
  const current = api.properties.apiRevision;
  const released = typeof current === "string" ? api.revisions?.[current] : undefined;
  if (released) {
    const revId = revisionArmId(api.name, released.revision);
    const deps = [revId];
    if (released.policy) deps.push(`[resourceId('Microsoft.ApiManagement/service/apis/policies', parameters('serviceName'), ${armString(`${api.name};rev=${released.revision}`)}, 'policy')]`);
    const props: Record<string, unknown> = { apiId: revId };
    if (released.apiRevisionDescription !== undefined) props.notes = armLiteral(released.apiRevisionDescription);
    out.push(child(model, "apiRelease", "apis/releases", `${api.name}/release-rev-${released.revision}`, props, [], deps));
  }
  return out;
}

/** The secret parameters of one resource (a named value's `value`, a secret-sourced property), by property. */
function secretParameters(secrets: SecretPlan, id: ResourceId): Array<[string, SecretParameter]> {
  const out: Array<[string, SecretParameter]> = [];
  const prefix = `${id}#`;
  for (const [key, p] of secrets.byProperty) if (key.startsWith(prefix)) out.push([key.slice(prefix.length), p]);
  return out;
}

function armResource(model: Model, id: ResourceId, secrets: SecretPlan): PlacedResource {
  const resource: ArmResource = {
    type: armType(id),
    apiVersion: APIM_API_VERSION,
    name: `[concat(parameters('serviceName'), ${armString("/" + armNameSegments(id).join("/"))})]`,
  };
  const parameters: string[] = [];
  // Links without a body (an API, tag or group in a product, a tag on an API) have no properties.
  if (hasArmBody(id)) {
    const properties = toArmProperties(model, id, "arm-expression");
    for (const [key, secret] of secretParameters(secrets, id)) {
      properties[key] = `[parameters(${armString(secret.name)})]`;
      parameters.push(secret.name);
    }
    // Sorted keys: the same declarations give the same bytes whatever order the YAML used.
    resource.properties = normalizeJson(properties) as Record<string, unknown>;
  }
  const deps = model.graph.dependsOn(id);
  if (deps.length > 0) resource.dependsOn = deps.map((d) => armResourceId(model, d, "arm-expression"));
  return { id, resource, parameters, deps };
}
