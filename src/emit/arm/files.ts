/** Template and parameters files, printed deterministically. */
import { armResourceId, type Model } from "../../model";
import { printWithResources } from "./printed";
import type { Chunk } from "./split";
import type { PlacedResource } from "./resources";
import type { SecretPlan } from "./secrets";
import type { ArmParameter, ArmParameterValue, ArmResource } from "./types";

export const TEMPLATE_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
export const PARAMETERS_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";

export interface TemplateFiles {
  template: string;
  parameters: string;
  /** fromParameter secrets the deployer must pass (names of secureString parameters without a file entry). */
  promptedParameters: string[];
  parameterCount: number;
}

export function templateFiles(model: Model, resources: PlacedResource[], secrets: SecretPlan, onlyLocalDeps: boolean): TemplateFiles {
  const present = new Set(resources.map((r) => r.id));
  const parameters: Record<string, ArmParameter> = {
    serviceName: {
      type: "string",
      defaultValue: model.service.name,
      metadata: { description: "Name of the API Management service to deploy into." },
    },
  };
  const values: Record<string, ArmParameterValue> = {};
  const prompted = new Set<string>();
  const secretParams = new Map<string, { parameter: ArmParameter; value?: ArmParameterValue }>();
  for (const r of resources) {
    if (r.parameters.length === 0) continue;
    const nv = secrets.byNamedValue.get(r.id.slice("namedValues/".length));
    if (nv) secretParams.set(nv.name, nv);
    for (const [key, p] of secrets.byProperty) if (key.startsWith(`${r.id}#`)) secretParams.set(p.name, p);
  }
  for (const name of [...secretParams.keys()].sort()) {
    const p = secretParams.get(name)!;
    parameters[name] = p.parameter;
    if (p.value) values[name] = p.value;
    else prompted.add(name);
  }
  const armResources: ArmResource[] = resources.map((r) => {
    if (!onlyLocalDeps || r.resource.dependsOn === undefined) return r.resource;
    // A template can only depend on its own resources; earlier templates are deployed first.
    const kept = r.deps.filter((d) => present.has(d));
    // Nothing filtered out: the resource already ends with exactly these dependsOn entries, and its printed text is reused.
    if (kept.length === r.deps.length) return r.resource;
    const deps = kept.map((d) => armResourceId(model, d, "arm-expression"));
    const { dependsOn: _all, ...rest } = r.resource;
    return deps.length > 0 ? { ...rest, dependsOn: deps } : rest;
  });
  const frame = {
    $schema: TEMPLATE_SCHEMA,
    contentVersion: "1.0.0.0",
    parameters,
  };
  const parametersFile = { $schema: PARAMETERS_SCHEMA, contentVersion: "1.0.0.0", parameters: values };
  return { template: printWithResources(frame, armResources) + "\n", parameters: print(parametersFile), promptedParameters: [...prompted], parameterCount: Object.keys(parameters).length };
}

/** Designed key order is kept (ARM readers expect `type`, `apiVersion`, `name` first); output ends with `\n`. */
export function print(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export function chunkFileName(index: number, chunk: Chunk): string {
  return `azuredeploy-${String(index + 1).padStart(2, "0")}-${chunk.label}`;
}
