/** Follows `include:` globs recursively and merges included files into the root by resource key. */
import * as path from "path";
import { globSync } from "tinyglobby";
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { joinPointer } from "../core/pointer";
import { CODES } from "./codes";
import { unreadableHint, type Reader } from "./file-reader";
import type { EntryTable, SourceEntry } from "./source-map";
import { describe, parseSource, type ParsedFile } from "./yaml-source";

/** Top-level keys whose values are maps of resources merged by key. */
export const RESOURCE_SECTIONS = ["namedValues", "backends", "apis", "apiVersionSets", "products", "policyFragments", "gateways"];
/** Top-level keys an included file may repeat without conflict (they describe the file, not resources). */
const FILE_KEYS = new Set(["$schema", "version", "include"]);

export interface MergedFiles {
  data: Record<string, unknown>;
  entries: EntryTable;
  files: string[];
  diagnostics: Diagnostic[];
}

interface Ctx {
  read: Reader;
  dirOf: (file: string) => string;
  merged: MergedFiles;
  /** Absolute paths already loaded, so a file reached twice (a diamond) merges once. */
  seen: Set<string>;
  /** Absolute folder of the root file: includes resolving outside it are reported. */
  rootDir: string;
}

export function mergeIncludes(root: ParsedFile & { data: Record<string, unknown> }, read: Reader, dirOf: (file: string) => string): MergedFiles {
  const merged: MergedFiles = { data: { ...root.data }, entries: new Map(root.entries), files: [root.file], diagnostics: [] };
  const ctx: Ctx = { read, dirOf, merged, seen: new Set([absolute(root.file, dirOf)]), rootDir: path.resolve(dirOf(root.file)) };
  followIncludes(root, [root.file], ctx);
  return merged;
}

function absolute(file: string, dirOf: (file: string) => string): string {
  return path.resolve(dirOf(file), path.basename(file));
}

function followIncludes(file: ParsedFile & { data: Record<string, unknown> }, chain: string[], ctx: Ctx): void {
  const include = file.data.include;
  if (include === undefined) return;
  const at = (p: string): SourceLocation => file.entries.get(p)?.value ?? { file: file.file, line: 1, col: 1 };
  if (!Array.isArray(include)) {
    ctx.merged.diagnostics.push(
      makeDiagnostic(CODES.includeBadEntry, "error", `include must be a list of glob patterns, not ${describe(include)}`, at("/include"), "/include", "write `include: [\"apis/*.yaml\"]`"),
    );
    return;
  }
  const dir = ctx.dirOf(file.file);
  include.forEach((pattern: unknown, i: number) => {
    const pointer = joinPointer("/include", i);
    if (typeof pattern !== "string" || pattern === "") {
      ctx.merged.diagnostics.push(
        makeDiagnostic(CODES.includeBadEntry, "error", `include entries must be non-empty glob strings, not ${describe(pattern)}`, at(pointer), pointer, "write a pattern relative to this file, such as `apis/*.yaml`"),
      );
      return;
    }
    if (path.isAbsolute(pattern)) {
      ctx.merged.diagnostics.push(
        makeDiagnostic(CODES.includeAbsolute, "error", `include pattern "${pattern}" is an absolute path, so the declarations would only load on this machine`, at(pointer), pointer, "write the pattern relative to this file, such as `apis/*.yaml`"),
      );
      return;
    }
    const matches = globSync(pattern, { cwd: dir, onlyFiles: true, expandDirectories: false, dot: false }).sort();
    if (matches.length === 0) {
      ctx.merged.diagnostics.push(
        makeDiagnostic(CODES.includeNoMatch, "warning", `include pattern "${pattern}" matches no file (relative to ${dir})`, at(pointer), pointer, "fix the pattern or remove the entry"),
      );
      return;
    }
    const outside = matches.filter((rel) => !isInside(ctx.rootDir, path.resolve(dir, rel)));
    if (outside.length) {
      const first = path.join(dir, outside[0]);
      const more = outside.length > 1 ? ` and ${outside.length - 1} more` : "";
      ctx.merged.diagnostics.push(
        makeDiagnostic(CODES.includeOutsideRoot, "warning", `include pattern "${pattern}" reaches outside the folder of ${ctx.merged.files[0]}: ${first}${more}`, at(pointer), pointer, "keep included files under the root file's folder, or keep this entry if sharing files across folders is intended"),
      );
    }
    for (const rel of matches) {
      const target = path.join(dir, rel);
      const abs = path.resolve(dir, rel);
      const cycleAt = chain.findIndex((c) => absolute(c, ctx.dirOf) === abs);
      if (cycleAt >= 0) {
        const loop = [...chain.slice(cycleAt), target].join(" -> ");
        ctx.merged.diagnostics.push(
          makeDiagnostic(CODES.includeCycle, "error", `include cycle: ${loop}`, at(pointer), pointer, "remove one of the include entries in this chain"),
        );
        continue;
      }
      if (ctx.seen.has(abs)) continue;
      ctx.seen.add(abs);
      loadIncluded(target, chain, ctx);
    }
  });
}

function loadIncluded(target: string, chain: string[], ctx: Ctx): void {
  const r = ctx.read(target);
  if (!r.ok) {
    ctx.merged.diagnostics.push(makeDiagnostic(CODES.unreadable, "error", `cannot read ${target}: ${r.reason}`, { file: target, line: 0, col: 0 }, "", unreadableHint(target, r.reason)));
    return;
  }
  const parsed = parseSource(target, r.text, { requireMap: true, declaration: true });
  ctx.merged.files.push(target);
  ctx.merged.diagnostics.push(...parsed.diagnostics);
  if (!isMap(parsed.data)) return;
  const file = parsed as ParsedFile & { data: Record<string, unknown> };
  mergeFile(file, ctx.merged);
  followIncludes(file, [...chain, target], ctx);
}

function mergeFile(file: ParsedFile & { data: Record<string, unknown> }, merged: MergedFiles): void {
  // Pointers (a section, or a section's resource) whose entries move to the merged table, copied in one pass below.
  const accepted = new Set<string>();
  for (const [section, value] of Object.entries(file.data)) {
    if (FILE_KEYS.has(section)) continue;
    const sectionPointer = joinPointer("", section);
    if (RESOURCE_SECTIONS.includes(section) && isMap(value)) {
      const existing = merged.data[section];
      if (existing !== undefined && !isMap(existing)) {
        const loc = file.entries.get(sectionPointer)?.key ?? { file: file.file, line: 1, col: 1 };
        merged.diagnostics.push(
          makeDiagnostic(CODES.includeBadSection, "error", `cannot merge ${section} from ${file.file}: the root declares ${section} as ${describe(existing)}`, loc, sectionPointer, `declare ${section} as a map keyed by resource name`),
        );
        continue;
      }
      if (existing === undefined) {
        merged.data[section] = {};
        const e = file.entries.get(sectionPointer);
        if (e) merged.entries.set(sectionPointer, e);
      }
      const target = merged.data[section] as Record<string, unknown>;
      for (const [name, resource] of Object.entries(value)) {
        const p = joinPointer(sectionPointer, name);
        if (Object.prototype.hasOwnProperty.call(target, name)) {
          duplicate(file, merged, p, `${section}.${name}`);
          continue;
        }
        target[name] = resource;
        accepted.add(p);
      }
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(merged.data, section)) {
      duplicate(file, merged, sectionPointer, section);
      continue;
    }
    merged.data[section] = value;
    accepted.add(sectionPointer);
  }
  const take = (p: string, e: SourceEntry) => {
    if (accepted.has(prefixOf(p, 1)) || accepted.has(prefixOf(p, 2))) merged.entries.set(p, e);
  };
  if (file.ordered) {
    const { pointers, entries } = file.ordered;
    for (let i = 0; i < pointers.length; i++) take(pointers[i], entries[i]);
  } else {
    for (const [p, e] of file.entries) take(p, e);
  }
}

/** The first `depth` segments of a pointer (`/a/b/c`, 2 -> `/a/b`); called once per source-map entry, so no split/join. */
function prefixOf(pointer: string, depth: number): string {
  let at = 0;
  for (let i = 0; i < depth; i++) {
    at = pointer.indexOf("/", at + 1);
    if (at < 0) return pointer;
  }
  return pointer.slice(0, at);
}

function duplicate(file: ParsedFile, merged: MergedFiles, pointer: string, what: string): void {
  const here = file.entries.get(pointer)?.key ?? { file: file.file, line: 1, col: 1 };
  const first = merged.entries.get(pointer)?.key ?? merged.entries.get(pointer)?.value;
  const firstAt = first ? `${first.file}:${first.line}` : "another file";
  merged.diagnostics.push(
    makeDiagnostic(CODES.duplicateKey, "error", `${what} is already declared at ${firstAt}`, here, pointer, "declare each resource once: rename or remove one of them"),
  );
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== "" && rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel);
}

export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
