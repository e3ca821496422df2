/** The load pipeline: root file -> includes -> overlay -> policies -> imports. */
import * as fs from "fs";
import * as path from "path";
import { makeDiagnostic, sortDiagnostics, type Diagnostic } from "../core/diagnostic";
import { CODES } from "./codes";
import type { ApimcDeclarations } from "./declarations.generated";
import { makeReader, unreadableHint, type Reader } from "./file-reader";
import { importApis } from "./imports";
import { isMap, mergeIncludes } from "./includes";
import { applyOverlay } from "./overlay";
import { collectPolicies } from "./policy-sources";
import { collectSchemaDocuments } from "./schema-documents";
import { PointerSourceMap, type EntryTable } from "./source-map";
import type { LoadedDeclarations, LoadOptions } from "./types";
import { parseSource, type ParsedFile } from "./yaml-source";
import { joinPointer } from "../core/pointer";

const ROOT_NAMES = ["apim.yaml", "apim.yml", "apim.json"];
export const INLINE_FILE = "<inline>";

export async function loadDeclarations(target: string, options: LoadOptions = {}): Promise<LoadedDeclarations> {
  const read = makeReader(options);
  const rootFile = findRoot(target, options);
  if (typeof rootFile !== "string") return empty(rootFile.file, rootFile, options);
  const r = read(rootFile);
  if (!r.ok) {
    const d = makeDiagnostic(CODES.unreadable, "error", `cannot read ${rootFile}: ${r.reason}`, { file: rootFile, line: 0, col: 0 }, "", unreadableHint(rootFile, r.reason));
    return empty(rootFile, d, options);
  }
  const parsed = parseSource(rootFile, r.text, { requireMap: true, declaration: true });
  return assemble(parsed, read, (f) => path.dirname(f), options);
}

export async function loadDeclarationsFromObject(data: unknown, baseDir: string, options: LoadOptions = {}): Promise<LoadedDeclarations> {
  const read = makeReader(options);
  const entries: EntryTable = new Map();
  const diagnostics: Diagnostic[] = [];
  const loc = { file: INLINE_FILE, line: 1, col: 1 };
  if (!isMap(data)) {
    diagnostics.push(makeDiagnostic(CODES.rootNotMap, "error", "the declarations must be an object of top-level keys", loc, "", "pass an object such as `{ version: 1, service: { name: \"my-apim\" } }`"));
  } else {
    inlineEntries(data, "", entries);
  }
  const parsed: ParsedFile = { file: INLINE_FILE, data: isMap(data) ? structuredClone(data) : undefined, entries, diagnostics };
  return assemble(parsed, read, (f) => (f === INLINE_FILE ? baseDir : path.dirname(f)), options);
}

async function assemble(root: ParsedFile, read: Reader, dirOf: (f: string) => string, options: LoadOptions): Promise<LoadedDeclarations> {
  if (!isMap(root.data)) {
    const out = empty(root.file, root.diagnostics, options);
    if (root.file !== INLINE_FILE) out.files = [root.file];
    return out;
  }
  const merged = mergeIncludes(root as ParsedFile & { data: Record<string, unknown> }, read, dirOf);
  const diagnostics = [...root.diagnostics, ...merged.diagnostics];
  const sourceMap = new PointerSourceMap(merged.entries, root.file);
  let env: string | undefined;
  if (options.env !== undefined) {
    const overlay = applyOverlay(options.env, dirOf(root.file), read, merged.data, merged.entries, { file: root.file, line: 1, col: 1 }, sourceMap.deleted);
    diagnostics.push(...overlay.diagnostics);
    if (overlay.file) {
      env = options.env;
      merged.files.push(overlay.file);
    }
  }
  const pol = collectPolicies(merged.data, sourceMap, read, dirOf);
  diagnostics.push(...pol.diagnostics);
  const schemas = collectSchemaDocuments(merged.data, sourceMap, read, dirOf);
  diagnostics.push(...schemas.diagnostics);
  const imp = await importApis(merged.data, sourceMap, read, dirOf);
  diagnostics.push(...imp.diagnostics);
  const out: LoadedDeclarations = {
    rootFile: root.file,
    files: merged.files,
    data: merged.data as ApimcDeclarations,
    sourceMap,
    policies: pol.policies,
    imports: imp.imports,
    diagnostics: sortDiagnostics(diagnostics),
  };
  if (Object.keys(schemas.documents).length > 0) out.schemaDocuments = schemas.documents;
  if (env !== undefined) out.env = env;
  return out;
}

function findRoot(target: string, options: LoadOptions): string | Diagnostic {
  const whole = { file: target, line: 0, col: 0 };
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    stat = undefined;
  }
  if (!stat) {
    if (options.readFile && /\.(ya?ml|json)$/i.test(target)) return target;
    return makeDiagnostic(CODES.pathNotFound, "error", `${target} does not exist`, whole, "", "pass a directory holding apim.yaml, or the path of a declaration file");
  }
  if (stat.isFile()) return target;
  for (const name of ROOT_NAMES) {
    const candidate = path.join(target, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return makeDiagnostic(CODES.noRootFile, "error", `no apim.yaml, apim.yml or apim.json in ${target}`, whole, "", `create ${path.join(target, "apim.yaml")} or pass the path of your declaration file`);
}

function empty(rootFile: string, d: Diagnostic | Diagnostic[], options: LoadOptions): LoadedDeclarations {
  const out: LoadedDeclarations = {
    rootFile,
    files: [],
    data: {},
    sourceMap: new PointerSourceMap(new Map(), rootFile),
    policies: [],
    imports: {},
    diagnostics: sortDiagnostics(Array.isArray(d) ? d : [d]),
  };
  if (options.env !== undefined) out.env = options.env;
  return out;
}

function inlineEntries(v: unknown, pointer: string, entries: EntryTable): void {
  const loc = { file: INLINE_FILE, line: 1, col: 1 };
  entries.set(pointer, { value: loc, key: loc, textStart: loc });
  if (Array.isArray(v)) v.forEach((x, i) => inlineEntries(x, `${pointer}/${i}`, entries));
  else if (isMap(v)) for (const [k, x] of Object.entries(v)) inlineEntries(x, joinPointer(pointer, k), entries);
}
