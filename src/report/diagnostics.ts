/** Diagnostics to text or JSON, the one format every command prints. */
import * as path from "node:path";
import type { Diagnostic } from "../core/diagnostic";
import { sortDiagnostics } from "../core/diagnostic";

export type DiagnosticFormat = "text" | "json";

export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (!file) return "<input>";
  if (!path.isAbsolute(file)) return file.split(path.sep).join("/");
  const rel = path.relative(cwd, file);
  return (rel === "" ? "." : rel).split(path.sep).join("/");
}

/** `path/to/file:LINE:COL: error APIMC123: message (at /json/pointer)`, then an indented hint. */
export function formatDiagnostic(d: Diagnostic, cwd?: string): string {
  const where = `${displayPath(d.file, cwd)}:${d.line}:${d.col}`;
  const at = d.pointer ? ` (at ${d.pointer})` : "";
  const line = `${where}: ${d.severity} ${d.code}: ${d.message}${at}`;
  return d.hint ? `${line}\n    fix: ${d.hint}` : line;
}

export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === "error").length;
  const warnings = list.filter((d) => d.severity === "warning").length;
  const infos = list.filter((d) => d.severity === "info").length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "note")}`;
}

export function renderDiagnostics(list: readonly Diagnostic[], format: DiagnosticFormat, cwd?: string): string {
  const sorted = sortDiagnostics(list);
  if (format === "json") {
    return JSON.stringify(sorted.map((d) => ({ ...d, file: displayPath(d.file, cwd) })), null, 2) + "\n";
  }
  const lines = sorted.map((d) => formatDiagnostic(d, cwd));
  lines.push(summarize(sorted));
  return lines.join("\n") + "\n";
}
