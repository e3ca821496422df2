/** Collects every `policy` property and resolves file references to their XML text. */
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { getAtPointer, joinPointer } from "../core/pointer";
import { CODES } from "./codes";
import { resolveRef, type Reader } from "./file-reader";
import { isMap } from "./includes";
import type { PointerSourceMap } from "./source-map";
import type { PolicySource } from "./types";

/** Pointers of every `policy` property in the declaration set. */
export function policyPointers(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (data.policy !== undefined) out.push("/policy");
  const each = (section: string, fn: (name: string, v: Record<string, unknown>) => void) => {
    const m = data[section];
    if (isMap(m)) for (const [name, v] of Object.entries(m)) if (isMap(v)) fn(name, v);
  };
  each("apis", (name, api) => {
    const base = joinPointer("/apis", name);
    if (api.policy !== undefined) out.push(base + "/policy");
    if (isMap(api.revisions)) {
      for (const [rev, v] of Object.entries(api.revisions)) {
        if (isMap(v) && v.policy !== undefined) out.push(joinPointer(base, "revisions", rev, "policy"));
        if (isMap(v) && isMap(v.operations)) {
          for (const [op, o] of Object.entries(v.operations)) if (isMap(o) && o.policy !== undefined) out.push(joinPointer(base, "revisions", rev, "operations", op, "policy"));
        }
      }
    }
    if (isMap(api.operations)) {
      for (const [op, v] of Object.entries(api.operations)) {
        if (isMap(v) && v.policy !== undefined) out.push(joinPointer(base, "operations", op, "policy"));
      }
    }
  });
  for (const section of ["products", "policyFragments"]) {
    each(section, (name, v) => {
      if (v.policy !== undefined) out.push(joinPointer("/" + section, name, "policy"));
    });
  }
  return out.sort();
}

export function collectPolicies(
  data: Record<string, unknown>,
  sourceMap: PointerSourceMap,
  read: Reader,
  dirOf: (file: string) => string,
): { policies: PolicySource[]; diagnostics: Diagnostic[] } {
  const policies: PolicySource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const pointer of policyPointers(data)) {
    const value = getAtPointer(data, pointer);
    const loc = sourceMap.locate(pointer);
    if (typeof value === "string") {
      const trimmed = value.trimStart();
      if (trimmed.startsWith("<")) {
        const start = sourceMap.textStart(pointer) ?? loc;
        const source: PolicySource = { pointer, text: trimmed, file: start.file, line: start.line, col: start.col, inline: true };
        // A block scalar's text starts on the line after the key; YAML strips its indentation from every line.
        if (start.line > loc.line) source.lineIndent = start.col - 1;
        policies.push(source);
        continue;
      }
      const rel = value.trim();
      const file = resolveRef(dirOf(loc.file), rel);
      const r = read(file);
      if (!r.ok) {
        diagnostics.push(
          makeDiagnostic(CODES.policyFileMissing, "error", `policy file ${file} ${r.missing ? "does not exist" : `cannot be read: ${r.reason}`}`, loc, pointer, "fix the path (it is relative to the file that declares it), or write the policy inline starting with `<`"),
        );
        continue;
      }
      policies.push({ pointer, text: r.text, file, line: 1, col: 1, inline: false });
    } else if (isMap(value)) {
      policies.push({ pointer, text: "", file: loc.file, line: loc.line, col: loc.col, inline: true, structured: value });
    }
  }
  return { policies, diagnostics };
}
