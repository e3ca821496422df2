/** Environment overlays: `environments/<env>.yaml` applied as a JSON Merge Patch (RFC 7386). */
import * as fs from "fs";
import * as path from "path";
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { joinPointer, unescapeSegment } from "../core/pointer";
import { CODES } from "./codes";
import type { Reader } from "./file-reader";
import { isMap } from "./includes";
import { copyEntries, deleteEntries, type EntryTable } from "./source-map";
import { parseSource } from "./yaml-source";

const EXTENSIONS = [".yaml", ".yml", ".json"];
/** An environment is a file in `environments/`, never a path: `--env ../apim` must not reach other files. */
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface OverlayResult {
  file?: string;
  diagnostics: Diagnostic[];
}

/** Finds, parses and applies the overlay in place on `data` and `entries`. */
export function applyOverlay(
  env: string,
  rootDir: string,
  read: Reader,
  data: Record<string, unknown>,
  entries: EntryTable,
  rootLoc: SourceLocation,
  deleted: Map<string, SourceLocation> = new Map(),
): OverlayResult {
  const envDir = path.join(rootDir, "environments");
  if (!ENV_NAME.test(env)) {
    const available = listEnvironments(envDir);
    const list = available.length ? available.join(", ") : "none";
    return {
      diagnostics: [
        makeDiagnostic(CODES.badEnvName, "error", `environment name ${JSON.stringify(env)} is not a plain name: an environment is a file in ${envDir}, named with letters, digits, '.', '_' and '-' (available: ${list})`, rootLoc, "", available.length ? `use one of: ${list}` : `create ${path.join(envDir, "NAME")}.yaml and pass --env NAME`),
      ],
    };
  }
  let found: { file: string; text: string } | undefined;
  for (const ext of EXTENSIONS) {
    const file = path.join(envDir, env + ext);
    const r = read(file);
    if (r.ok) {
      found = { file, text: r.text };
      break;
    }
  }
  if (!found) {
    const available = listEnvironments(envDir);
    const list = available.length ? available.join(", ") : "none";
    return {
      diagnostics: [
        makeDiagnostic(CODES.unknownEnv, "error", `unknown environment "${env}": no ${path.join(envDir, env)}.yaml (available: ${list})`, rootLoc, "", available.length ? `use one of: ${list}` : `create ${path.join(envDir, env)}.yaml`),
      ],
    };
  }
  const parsed = parseSource(found.file, found.text, { requireMap: true });
  if (!isMap(parsed.data)) return { file: found.file, diagnostics: parsed.diagnostics };
  mergePatch(data, parsed.data, "", entries, parsed.entries, deleted);
  return { file: found.file, diagnostics: parsed.diagnostics };
}

function mergePatch(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
  pointer: string,
  entries: EntryTable,
  patchEntries: EntryTable,
  deleted: Map<string, SourceLocation>,
): void {
  for (const [k, v] of Object.entries(patch)) {
    const p = joinPointer(pointer, k);
    if (v === null) {
      // Kept so an error about the now-missing property points at the overlay's `null`, not at the base file.
      const site = patchEntries.get(p)?.value ?? patchEntries.get(p)?.key;
      if (site && Object.prototype.hasOwnProperty.call(target, k)) deleted.set(p, site);
      delete target[k];
      deleteEntries(entries, p);
      continue;
    }
    const current = target[k];
    if (isMap(v) && isMap(current)) {
      const copy = { ...current };
      target[k] = copy;
      mergePatch(copy, v, p, entries, patchEntries, deleted);
      continue;
    }
    if (typeof current === "object" && current !== null) deleteEntries(entries, p);
    else entries.delete(p);
    target[k] = isMap(v) ? stripNulls(v) : v;
    copyEntries(patchEntries, entries, p);
    // Nulls inside a newly added object mean nothing to delete: drop their entries too.
    if (isMap(v)) for (const q of [...entries.keys()]) if (q.startsWith(p + "/") && patchEntries.has(q) && valueIsNull(v, q.slice(p.length))) entries.delete(q);
  }
}

function stripNulls(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null) continue;
    out[k] = isMap(x) ? stripNulls(x) : x;
  }
  return out;
}

function valueIsNull(root: Record<string, unknown>, rel: string): boolean {
  let cur: unknown = root;
  for (const seg of rel.slice(1).split("/")) {
    if (!isMap(cur)) return false;
    cur = cur[unescapeSegment(seg)];
    if (cur === null) return true;
  }
  return false;
}

export function listEnvironments(envDir: string): string[] {
  try {
    return fs
      .readdirSync(envDir)
      .filter((f) => EXTENSIONS.includes(path.extname(f)))
      .map((f) => f.slice(0, -path.extname(f).length))
      .sort();
  } catch {
    return [];
  }
}
