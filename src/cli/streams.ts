/**
 * One convention for every command: results go to stdout, diagnostics to
 * stderr; `--quiet` drops notes (info diagnostics and remarks such as "references
 * were not checked"). JSON output is a result, so it goes to stdout whole.
 */
import type { Diagnostic } from "../core/diagnostic";
import { renderDiagnostics } from "../report/diagnostics";
import type { CliIo } from "./io";

/** The diagnostics to print: all of them, or without the notes under --quiet. */
export function visible(io: CliIo, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return io.quiet ? diagnostics.filter((d) => d.severity !== "info") : [...diagnostics];
}

/** Diagnostics as text on stderr (nothing when there are none). */
export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  const shown = visible(io, diagnostics);
  if (shown.length) io.err(renderDiagnostics(shown, "text", io.cwd));
}

/** A remark that is not a diagnostic, on stderr unless --quiet. */
export function note(io: CliIo, text: string): void {
  if (!io.quiet) io.err(`note: ${text}\n`);
}

/** --debug: the stack trace of an error that was reported in one line (README: exit 3, "rerun with --debug"). */
export function debugStack(io: CliIo, e: unknown): void {
  if (io.debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
}
