import * as path from "path";
import type { Diagnostic, SourceLocation } from "../../../src/index";

export const FIX = path.join(__dirname, "..", "..", "fixtures", "load");

/** `file:line:col` with the file relative to the fixture folder, as a user reads it. */
export function where(loc: SourceLocation | Diagnostic | undefined): string {
  if (!loc) return "none";
  return `${path.relative(FIX, loc.file).split(path.sep).join("/")}:${loc.line}:${loc.col}`;
}

export function brief(list: Diagnostic[]): string[] {
  return list.map((d) => `${where(d)} ${d.severity} ${d.code} ${d.pointer}`);
}
