import type { Service } from "../load/declarations.generated";
import type { ModelService } from "./types";

export function buildService(decl: Service | undefined): ModelService {
  const service: ModelService = {
    name: decl?.name ?? "",
    hostnames: [...(decl?.hostnames ?? [])],
    keyVaults: {},
  };
  if (decl?.resourceGroup !== undefined) service.resourceGroup = decl.resourceGroup;
  if (decl?.subscriptionId !== undefined) service.subscriptionId = decl.subscriptionId;
  const vaults = decl?.keyVaults ?? {};
  for (const k of Object.keys(vaults).sort()) service.keyVaults[k] = vaults[k];
  return service;
}
