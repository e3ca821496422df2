/**
 * Model -> ARM. Pure: returns file contents; the CLI writes them. One
 * `azuredeploy.json` while the output fits ARM's limits, else a split set in
 * dependency order with `deploy-order.json` and `deploy.sh`.
 */
import { hasErrors, makeDiagnostic, sortDiagnostics, type Diagnostic } from "../../core/diagnostic";
import { MODEL_CODES, resourceKind, type Model } from "../../model";
import { deployOrder, deployScript, type DeployStep } from "./deploy-script";
import { chunkFileName, templateFiles } from "./files";
import { armResources, type PlacedResource } from "./resources";
import { planSecrets } from "./secrets";
import { printedSize, splitResources } from "./split";
import { ARM_LIMITS, type ArmLimits, type ArmOutput, type EmitArmOptions } from "./types";

export function emitArm(model: Model, opts: EmitArmOptions = {}): ArmOutput {
  const limits: ArmLimits = { ...ARM_LIMITS, ...opts.limits };
  const locate = opts.locate ?? (() => ({ file: "", line: 0, col: 0 }));
  const secrets = planSecrets(model, locate);
  const diagnostics: Diagnostic[] = [...secrets.diagnostics];
  const placed = armResources(model, secrets);
  const summary = summarize(placed);
  if (hasErrors(diagnostics)) return { files: {}, summary, diagnostics: sortDiagnostics(diagnostics) };

  // Over the resource limit there is no point printing the single template.
  const single = placed.length <= limits.maxResources ? templateFiles(model, placed, secrets, false) : undefined;
  if (
    single &&
    single.parameterCount <= limits.maxParameters &&
    Buffer.byteLength(single.template) <= limits.maxBytes &&
    Buffer.byteLength(single.parameters) <= limits.maxBytes
  ) {
    return { files: { "azuredeploy.json": single.template, "azuredeploy.parameters.json": single.parameters }, summary, diagnostics };
  }

  for (const r of placed) {
    if (printedSize(r) + 1024 > limits.maxBytes) {
      const at = locate(pointerOf(model, r));
      diagnostics.push(
        makeDiagnostic(
          MODEL_CODES.resourceTooLarge,
          "error",
          `Resource ${r.id} alone is larger than ARM's template size limit (${limits.maxBytes} bytes).`,
          at,
          pointerOf(model, r),
          "make the policy or definition smaller, for example move shared parts into a policy fragment",
        ),
      );
    }
  }
  if (hasErrors(diagnostics)) return { files: {}, summary, diagnostics: sortDiagnostics(diagnostics) };

  const files: Record<string, string> = {};
  const steps: DeployStep[] = [];
  splitResources(placed, limits).forEach((chunk, i) => {
    const base = chunkFileName(i, chunk);
    const out = templateFiles(model, chunk.resources, secrets, true);
    files[`${base}.json`] = out.template;
    files[`${base}.parameters.json`] = out.parameters;
    steps.push({ template: `${base}.json`, parameters: `${base}.parameters.json`, resources: chunk.resources.length, secureParameters: out.promptedParameters });
  });
  files["deploy-order.json"] = deployOrder(steps);
  files["deploy.sh"] = deployScript(model, steps);
  return { files, summary, diagnostics };
}

function summarize(placed: PlacedResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of placed) {
    const k = r.kind ?? resourceKind(r.id);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const out: Record<string, number> = {};
  for (const k of Object.keys(counts).sort()) out[k] = counts[k];
  return out;
}

function pointerOf(_model: Model, r: PlacedResource): string {
  const s = r.id.split("/");
  return s.length >= 2 ? `/${s[0]}/${s[1]}` : `/${s[0]}`;
}
