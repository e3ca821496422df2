import type { Gateway } from "../load/declarations.generated";
import { ids } from "./ids";
import { esc } from "./named-value";
import type { GatewayModel } from "./types";

export function buildGateway(name: string, decl: Gateway): GatewayModel {
  const model: GatewayModel = {
    id: ids.gateway(name),
    name,
    pointer: `/gateways/${esc(name)}`,
    ignore: decl.ignore ?? [],
    apis: [...new Set(decl.apis ?? [])].sort(),
    hostnames: sortedCopy(decl.hostnames ?? {}),
    certificateAuthorities: sortedCopy(decl.certificateAuthorities ?? {}),
  };
  if (decl.description !== undefined) model.description = decl.description;
  if (decl.location !== undefined) model.location = { ...decl.location };
  return model;
}

function sortedCopy<T>(map: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(map).sort()) out[k] = structuredClone(map[k]);
  return out;
}
