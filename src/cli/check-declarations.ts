/**
 * The one checking pipeline every command runs before it does its job:
 * load -> validate -> model -> Azure preflight rules. Keeping it in one place
 * is what makes `validate`, `compile` and `diff` report the same diagnostics.
 */
import type { Diagnostic } from "../core/diagnostic";
import { hasErrors, sortDiagnostics } from "../core/diagnostic";
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
  if (hasErrors(validation)) return { loaded, diagnostics: validation };
  const built = buildModel(loaded);
  let diagnostics = [...validation, ...built.diagnostics];
  if (!built.model || hasErrors(diagnostics)) return { loaded, diagnostics: sortDiagnostics(diagnostics) };
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
  diagnostics = sortDiagnostics(diagnostics);
  return { loaded, model: hasErrors(diagnostics) ? undefined : built.model, diagnostics };
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
