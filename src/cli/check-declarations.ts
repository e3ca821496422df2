/**
 * The one checking pipeline every command runs before it does its job:
 * load -> validate -> model -> Azure preflight rules. Keeping it in one place
 * is what makes `validate`, `compile` and `diff` report the same diagnostics.
 */
import type { Diagnostic } from "../core/diagnostic";
import { hasErrors, sortDiagnostics } from "../core/diagnostic";
import { emitArm } from "../emit/arm";
import { compileGatewayBundle } from "../emit/gateway";
import { loadDeclarations } from "../load";
import type { LoadedDeclarations } from "../load/types";
import { runPreflight } from "../lint";
import { buildModel } from "../model";
import type { Model } from "../model/types";
import { validateDeclarations } from "../validate";

export interface CheckOptions {
  env?: string;
  /** Preflight codes to silence (`--ignore A,B` may be given as one entry). */
  ignore?: string[];
  /** Preflight warnings become errors. */
  strict?: boolean;
  /** Restrict preflight findings to what this self-hosted gateway serves. */
  gateway?: string;
  /** Skip the preflight rules (diff compares declarations; it does not judge them). */
  preflight?: boolean;
  /**
   * Also run what `compile --target arm` and `compile --target gateway` check
   * (secret parameters, Key Vault ids, template limits, each gateway's bundle),
   * without writing anything: `validate` sets it so nothing fails only at compile.
   */
  compileChecks?: boolean;
}

export interface CheckResult {
  loaded: LoadedDeclarations;
  /** Present when the declarations are free of errors. */
  model?: Model;
  diagnostics: Diagnostic[];
}

export async function checkDeclarations(target: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const loaded = await loadDeclarations(target, { env: opts.env });
  const validation = validateDeclarations(loaded);
  if (hasErrors(validation)) return { loaded, diagnostics: strictly(validation, opts) };
  const built = buildModel(loaded);
  let diagnostics = [...validation, ...built.diagnostics];
  if (!built.model || hasErrors(diagnostics)) return { loaded, diagnostics: sortDiagnostics(strictly(diagnostics, opts)) };
  if (opts.preflight !== false) {
    diagnostics = diagnostics.concat(
      runPreflight(built.model, {
        locate: (p) => loaded.sourceMap.locate(p),
        ignore: opts.ignore,
        strict: opts.strict,
        gateway: opts.gateway,
      }),
    );
  }
  if (opts.compileChecks && !hasErrors(diagnostics)) diagnostics = diagnostics.concat(compileDiagnostics(built.model, loaded, opts));
  diagnostics = strictly(diagnostics, opts);
  diagnostics = sortDiagnostics(dedupe(diagnostics));
  return { loaded, model: hasErrors(diagnostics) ? undefined : built.model, diagnostics };
}

/** --strict: every warning blocks, the policy stage's and the loader's as much as the preflight rules'. */
function strictly(diagnostics: Diagnostic[], opts: CheckOptions): Diagnostic[] {
  return opts.strict ? diagnostics.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d)) : diagnostics;
}

/** The diagnostics the ARM emitter and every declared gateway's bundle would report, with nothing written. */
function compileDiagnostics(model: Model, loaded: LoadedDeclarations, opts: CheckOptions): Diagnostic[] {
  const locate = (p: string) => loaded.sourceMap.locate(p);
  const out = [...emitArm(model, { locate }).diagnostics];
  const gateways = opts.gateway !== undefined ? [opts.gateway] : Object.keys(model.gateways).sort();
  for (const gateway of gateways) {
    const bundle = compileGatewayBundle(model, { gateway, locate, ignore: opts.ignore });
    out.push(...bundle.diagnostics);
    // The gateway's own findings (APIMC6xx); the shared preflight rules already ran above for every API.
    for (const f of bundle.preflight) {
      if (f.severity === "info" || !f.code.startsWith("APIMC6")) continue;
      const { section: _section, ...d } = f;
      out.push(d);
    }
  }
  return out;
}

/** The same finding reached twice (a rule and a gateway's bundle) is reported once. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.file}|${d.line}|${d.col}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `--ignore` may be repeated or comma-separated. */
export function collectCodes(value: string, previous: string[] = []): string[] {
  return previous.concat(
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
}
