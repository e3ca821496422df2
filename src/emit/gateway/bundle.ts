/**
 * Model -> self-hosted gateway bundle. Pure: returns the file set; the CLI
 * writes it atomically. Nothing here ever sees a secret value: secret named
 * values carry only their source (Key Vault id, URI or parameter name).
 */
import { hasErrors, makeDiagnostic, sortDiagnostics, type Diagnostic } from "../../core/diagnostic";
import { stableStringify } from "../../core/stable-json";
import { runPreflight } from "../../lint";
import type { Locate, Model } from "../../model";
import { gatewayArm } from "./arm";
import { GATEWAY_CODES } from "./codes";
import { dockerFiles, helmValues, kubernetesFiles, type DeployMaterialOptions } from "./deploy-material";
import { servedOperations } from "./effective";
import { gatewayPreflight, type PreflightFinding } from "./preflight";
import { preflightJson, preflightMarkdown } from "./preflight-report";
import { guardGatewayApis } from "./self-hosted-guard";
import { buildSnapshot } from "./snapshot";
import { gatewaySubModel } from "./sub-model";

export interface GatewayBundleOptions {
  /** Gateway name; may be omitted when the model declares exactly one. */
  gateway?: string;
  /** Guard every assigned API against traffic on the managed gateway. */
  selfHostedOnly?: boolean;
  /** Mount a configuration backup volume at /apim/config. */
  backup?: boolean;
  /** Where a declaration pointer was written (the loader's source map). */
  locate?: Locate;
  /** How report files show a source path (the CLI makes them relative to where the user ran). */
  displayFile?: (file: string) => string;
  /** Preflight codes to silence, and warnings as errors (the CLI's --ignore and --strict). */
  ignore?: string[];
  strict?: boolean;
  /** Deploy material overrides (namespace, replicas, Service type, image tag). */
  deploy?: Omit<DeployMaterialOptions, "serviceName" | "gatewayName" | "backup">;
}

export interface GatewayBundle {
  /** Relative path -> content. Empty when `diagnostics` holds an error. */
  files: Record<string, string>;
  gateway?: string;
  /** Resources per kind in the bundle's ARM, keys sorted. */
  summary: Record<string, number>;
  /** Operations in the snapshot. */
  operations: number;
  /** Problems that stop the bundle from being written. */
  diagnostics: Diagnostic[];
  /** The preflight report's findings (also in preflight.json). */
  preflight: PreflightFinding[];
}

const NOWHERE: Locate = () => ({ file: "", line: 0, col: 0 });

/** The gateway the bundle is for, or diagnostics naming the declared ones. */
export function chooseGateway(model: Model, requested: string | undefined, locate: Locate = NOWHERE): { gateway?: string; diagnostics: Diagnostic[] } {
  const declared = Object.keys(model.gateways).sort();
  const list = declared.map((g) => `'${g}'`).join(", ");
  if (requested !== undefined) {
    if (model.gateways[requested]) return { gateway: requested, diagnostics: [] };
    const at = locate(declared.length > 0 ? "/gateways" : "");
    return {
      diagnostics: [
        makeDiagnostic(
          GATEWAY_CODES.unknownGateway,
          "error",
          declared.length > 0 ? `No gateway '${requested}' is declared; declared gateways: ${list}.` : `No gateway '${requested}' is declared; the declarations have no gateways.`,
          at,
          "/gateways",
          declared.length > 0 ? `use --gateway ${declared[0]}${declared.length > 1 ? ` (or another of ${list})` : ""}` : `declare it under gateways: { ${requested}: { apis: [...] } }`,
        ),
      ],
    };
  }
  if (declared.length === 1) return { gateway: declared[0], diagnostics: [] };
  if (declared.length === 0) {
    return {
      diagnostics: [
        makeDiagnostic(GATEWAY_CODES.noGateways, "error", "The declarations have no gateways, so there is no self-hosted gateway to build a bundle for.", locate(""), "", "declare one under gateways: { onprem: { apis: [orders] } } and pass --gateway onprem"),
      ],
    };
  }
  return {
    diagnostics: [
      makeDiagnostic(GATEWAY_CODES.gatewayNotChosen, "error", `Several gateways are declared (${list}); say which one the bundle is for.`, locate("/gateways"), "/gateways", `add --gateway ${declared[0]} (or another of ${list})`),
    ],
  };
}

export function compileGatewayBundle(model: Model, opts: GatewayBundleOptions = {}): GatewayBundle {
  const locate = opts.locate ?? NOWHERE;
  const chosen = chooseGateway(model, opts.gateway, locate);
  const empty = { files: {}, summary: {}, operations: 0, preflight: [] };
  if (chosen.gateway === undefined) return { ...empty, diagnostics: chosen.diagnostics };
  const name = chosen.gateway;
  const selfHostedOnly = opts.selfHostedOnly ?? false;

  const served = selfHostedOnly ? guardGatewayApis(model, name) : model;
  const sub = gatewaySubModel(served, name, locate);
  const arm = gatewayArm(sub.model, name, locate);
  const diagnostics = sortDiagnostics([...sub.diagnostics, ...arm.diagnostics]);
  if (hasErrors(diagnostics)) return { ...empty, gateway: name, diagnostics };

  const operations = servedOperations(served, name);
  const display = opts.displayFile ?? ((f: string) => f);
  const ignored = new Set((opts.ignore ?? []).flatMap((c) => c.split(",")).map((c) => c.trim()));
  const preflight = gatewayPreflight({
    model: served,
    sub: sub.model,
    gatewayName: name,
    served: operations,
    locate,
    selfHostedOnly,
    lint: runPreflight(model, { locate, gateway: name, ignore: opts.ignore, strict: opts.strict }),
  })
    // --ignore silences the gateway's own findings (APIMC61x) as well as the shared preflight rules.
    .filter((f) => !ignored.has(f.code))
    .map((f) => ({ ...f, file: f.file === "" ? "" : display(f.file) }));

  const deploy: DeployMaterialOptions = { ...opts.deploy, serviceName: model.service.name, gatewayName: name, backup: opts.backup ?? false };
  const header = { service: model.service.name, gateway: name, selfHostedOnly };
  const files: Record<string, string> = {
    ...arm.files,
    ...kubernetesFiles(deploy),
    "helm/values.yaml": helmValues(deploy),
    ...dockerFiles(deploy),
    "snapshot.json": stableStringify(buildSnapshot(served, name, operations), { keepOrder: true }),
    "preflight.md": preflightMarkdown(header, preflight),
    "preflight.json": preflightJson(header, preflight),
  };
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(files).sort()) sorted[k] = files[k];
  return { files: sorted, gateway: name, summary: arm.summary, operations: operations.length, diagnostics, preflight };
}
