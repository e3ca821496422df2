/**
 * The gateway's ARM: the sub-model through the ARM target's emitter, plus
 * `gateways/certificateAuthorities`, which the model has no resource id for.
 */
import { emitArm, type ArmOutput, type ArmResource } from "../arm";
import { APIM_API_VERSION, armResourceId, armString, ids, type Locate, type Model } from "../../model";

export function gatewayArm(sub: Model, gatewayName: string, locate: Locate): ArmOutput {
  const out = emitArm(sub, { locate });
  const gateway = sub.gateways[gatewayName];
  const cas = Object.keys(gateway?.certificateAuthorities ?? {}).sort();
  if (cas.length === 0 || Object.keys(out.files).length === 0) return prefixed(out);
  const gatewayId = armResourceId(sub, ids.gateway(gatewayName), "arm-expression");
  const extra: ArmResource[] = cas.map((name) => ({
    type: "Microsoft.ApiManagement/service/gateways/certificateAuthorities",
    apiVersion: APIM_API_VERSION,
    name: `[concat(parameters('serviceName'), ${armString(`/${gatewayName}/${name}`)})]`,
    properties: { isTrusted: gateway.certificateAuthorities[name].isTrusted ?? false },
    dependsOn: [gatewayId],
  }));
  const files = { ...out.files };
  // The CA links go into the template that creates the gateway, so their dependsOn stays local.
  const host = Object.keys(files)
    .sort()
    .find((f) => f.endsWith(".json") && !f.endsWith(".parameters.json") && f !== "deploy-order.json" && holdsGateway(files[f]));
  if (host) {
    const template = JSON.parse(files[host]) as { resources: ArmResource[] };
    template.resources.push(...extra);
    files[host] = JSON.stringify(template, null, 2) + "\n";
  }
  const summary: Record<string, number> = { ...out.summary, gatewayCertificateAuthority: cas.length };
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(summary).sort()) sorted[k] = summary[k];
  return prefixed({ files, summary: sorted, diagnostics: out.diagnostics });
}

function holdsGateway(template: string): boolean {
  const t = JSON.parse(template) as { resources?: ArmResource[] };
  return (t.resources ?? []).some((r) => r.type === "Microsoft.ApiManagement/service/gateways");
}

function prefixed(out: ArmOutput): ArmOutput {
  const files: Record<string, string> = {};
  for (const k of Object.keys(out.files)) files[`arm/${k}`] = out.files[k];
  return { ...out, files };
}
