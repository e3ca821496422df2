/** Collects diagnostics for validation rules, placing each at the source-map location of its pointer. */
import { makeDiagnostic, type Diagnostic, type Severity, type SourceLocation } from "../core/diagnostic";
import type { LoadedDeclarations } from "../load/types";

export interface ReportOptions {
  /** Place the diagnostic on the property's key rather than its value (unknown or forbidden keys). */
  atKey?: boolean;
  severity?: Severity;
}

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly loaded: LoadedDeclarations) {}

  locate(pointer: string, atKey = false): SourceLocation {
    const map = this.loaded.sourceMap;
    // A property reported as missing at its parent's key is blamed on the overlay that deleted it, if one did.
    // Stryker disable next-line OptionalChaining: the loader's source map always has deletedChild; the `?.` is for hand-built maps
    const deleted = atKey ? map.deletedChild?.(pointer) : undefined;
    if (deleted) return deleted;
    return (atKey ? map.key(pointer) : undefined) ?? map.value(pointer) ?? map.key(pointer) ?? map.locate(pointer);
  }

  report(code: string, pointer: string, message: string, hint: string, options: ReportOptions = {}): void {
    const at = this.locate(pointer, options.atKey ?? false);
    this.diagnostics.push(makeDiagnostic(code, options.severity ?? "error", message, at, pointer, hint));
  }

  error(code: string, pointer: string, message: string, hint: string, options: Omit<ReportOptions, "severity"> = {}): void {
    this.report(code, pointer, message, hint, { ...options, severity: "error" });
  }

  warning(code: string, pointer: string, message: string, hint: string, options: Omit<ReportOptions, "severity"> = {}): void {
    this.report(code, pointer, message, hint, { ...options, severity: "warning" });
  }
}

/** Entries of a resource map, tolerating a wrong shape (layer 1 reports that). */
export function entriesOf(map: unknown): Array<[string, Record<string, unknown>]> {
  if (map === null || typeof map !== "object" || Array.isArray(map)) return [];
  return Object.entries(map as Record<string, unknown>).filter(
    (e): e is [string, Record<string, unknown>] => e[1] !== null && typeof e[1] === "object" && !Array.isArray(e[1]),
  );
}

export function isString(v: unknown): v is string {
  return typeof v === "string";
}
