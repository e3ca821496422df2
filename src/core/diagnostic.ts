/**
 * The one diagnostic shape every stage reports. Fixed early (like ajv's error
 * object) so that the CLI, the provider's check and the tests agree on it.
 */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Stable code such as `APIMC101`; documented in the README. */
  code: string;
  severity: Severity;
  /** One plain-English sentence saying what is wrong. */
  message: string;
  /** Path of the file the user must edit, as given to the loader (absolute or relative). */
  file: string;
  /** 1-based line, 0 when the file as a whole is meant. */
  line: number;
  /** 1-based column, 0 when the file as a whole is meant. */
  col: number;
  /** JSON pointer into the merged declaration set, `""` for the root. */
  pointer: string;
  /** How to fix it. */
  hint?: string;
}

export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function makeDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  at: SourceLocation,
  pointer: string,
  hint?: string,
): Diagnostic {
  const d: Diagnostic = { code, severity, message, file: at.file, line: at.line, col: at.col, pointer };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/** Stable order: file, line, column, severity, code, pointer, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    severityRank[a.severity] - severityRank[b.severity] ||
    cmp(a.code, b.code) ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.message, b.message)
  );
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...list].sort(compareDiagnostics)) {
    const key = `${d.file}\0${d.line}\0${d.col}\0${d.code}\0${d.pointer}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error");
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
