/** Model resources -> ARM resource objects, in the graph's dependency order. */
import {
  APIM_API_VERSION,
  armNames,
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
  return model.graph.order.flatMap((id) => [armResource(model, id, secrets), ...certificateAuthorities(model, id)]);
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
    // The API's content goes to the revision `apiRevision` names (`orders;rev=4/...`), before its release.
    name: `[concat(parameters('serviceName'), ${armString("/" + armNames(model, id).join("/"))})]`,
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
