/**
 * `loadDeclarations` for every root format: `apim.yaml`/`apim.yml`/`apim.json`
 * go to the YAML loader; `apim.ts`/`apim.js`/`apim.cjs` are evaluated and their
 * exported object goes through the object loader, with the source map pointed
 * back at the script's own lines.
 */
import * as fs from "fs";
import * as path from "path";
import { makeDiagnostic, sortDiagnostics, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { parentPointer } from "../core/pointer";
import { CODES } from "./codes";
import { makeReader, unreadableHint } from "./file-reader";
import { INLINE_FILE, loadDeclarations as loadDeclarationFiles, loadDeclarationsFromObject } from "./loader";
import { toPlainData } from "./plain-data";
import { evaluateScript } from "./script-evaluate";
import { scriptPositions, type ScriptPositions } from "./script-positions";
import { PointerSourceMap, type EntryTable } from "./source-map";
import { isScriptFile, SCRIPT_ROOT_NAMES, TS_CODES } from "./ts-codes";
import type { LoadedDeclarations, LoadOptions } from "./types";
import { loadTypeScript } from "./typescript-api";

const DATA_ROOT_NAMES = ["apim.yaml", "apim.yml", "apim.json"];

export async function loadDeclarations(target: string, options: LoadOptions = {}): Promise<LoadedDeclarations> {
  const script = findScriptRoot(target, options);
  if (script) return loadScriptDeclarations(script, options);
  const loaded = await loadDeclarationFiles(target, options);
  for (const d of loaded.diagnostics) {
    if (d.code !== CODES.noRootFile) continue;
    d.message = `no apim.yaml, apim.yml, apim.json, apim.ts or apim.js in ${target}`;
  }
  return loaded;
}

function findScriptRoot(target: string, options: LoadOptions): string | undefined {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    return options.readFile && isScriptFile(target) ? target : undefined;
  }
  if (stat.isFile()) return isScriptFile(target) ? target : undefined;
  if (DATA_ROOT_NAMES.some((n) => fs.existsSync(path.join(target, n)))) return undefined;
  return SCRIPT_ROOT_NAMES.map((n) => path.join(target, n)).find((f) => fs.existsSync(f));
}

async function loadScriptDeclarations(file: string, options: LoadOptions): Promise<LoadedDeclarations> {
  const r = makeReader(options)(file);
  if (!r.ok) return failed(file, [makeDiagnostic(CODES.unreadable, "error", `cannot read ${file}: ${r.reason}`, { file, line: 0, col: 0 }, "", unreadableHint(file, r.reason))], options);
  const ts = loadTypeScript(path.dirname(path.resolve(file)));
  const evaluated = await evaluateScript(file, r.text, ts);
  if (!evaluated.ok) return failed(file, evaluated.diagnostics, options);
  const positions: ScriptPositions = ts ? scriptPositions(ts, file, r.text) : { value: new Map(), key: new Map(), textStart: new Map() };
  const where = locator(file, positions);
  const plain = toPlainData(evaluated.value);
  const loaded = await loadDeclarationsFromObject(plain.data, path.dirname(file), options);
  const problems = plain.problems.map((p) =>
    makeDiagnostic(TS_CODES.notPlainData, "error", `the value at ${p.pointer || "the root"} is ${p.what}; declarations must be plain data (strings, numbers, booleans, arrays, objects)`, where.value(p.pointer), p.pointer, "compute the value in the module and export the result, for example a string instead of a function or a Date"),
  );
  return repoint(loaded, file, where, problems);
}

interface Locator {
  value(pointer: string): SourceLocation;
  key(pointer: string): SourceLocation;
  textStart(pointer: string): SourceLocation;
}

/** Exact position when the literal is in the source, else the nearest written ancestor, else 1:1. */
function locator(file: string, positions: ScriptPositions): Locator {
  const nearest = (pointer: string): SourceLocation => {
    for (let p = pointer; ; p = parentPointer(p)) {
      const loc = positions.value.get(p);
      if (loc) return loc;
      if (p === "") return { file, line: 1, col: 1 };
    }
  };
  return {
    value: nearest,
    key: (p) => positions.key.get(p) ?? nearest(p),
    textStart: (p) => positions.textStart.get(p) ?? nearest(p),
  };
}

/** Replaces the object loader's `<inline>` locations with positions in the script. */
function repoint(loaded: LoadedDeclarations, file: string, where: Locator, extra: Diagnostic[]): LoadedDeclarations {
  const entries: EntryTable = new Map();
  const old = loaded.sourceMap instanceof PointerSourceMap ? loaded.sourceMap.entries : new Map();
  for (const [p, e] of old) {
    entries.set(p, e.value?.file === INLINE_FILE ? { value: where.value(p), key: where.key(p), textStart: where.textStart(p) } : e);
  }
  const diagnostics = loaded.diagnostics.map((d) => {
    if (d.file !== INLINE_FILE) return d;
    const loc = where.value(d.pointer);
    return { ...d, file: loc.file, line: loc.line, col: loc.col };
  });
  const policies = loaded.policies.map((p) => {
    if (p.file !== INLINE_FILE) return p;
    const loc = p.structured === undefined ? where.textStart(p.pointer) : where.value(p.pointer);
    return { ...p, file: loc.file, line: loc.line, col: loc.col };
  });
  return {
    ...loaded,
    rootFile: file,
    files: loaded.files.map((f) => (f === INLINE_FILE ? file : f)),
    sourceMap: new PointerSourceMap(entries, file),
    policies,
    diagnostics: sortDiagnostics([...diagnostics, ...extra]),
  };
}

function failed(file: string, diagnostics: Diagnostic[], options: LoadOptions): LoadedDeclarations {
  const out: LoadedDeclarations = {
    rootFile: file,
    files: [file],
    data: {},
    sourceMap: new PointerSourceMap(new Map(), file),
    policies: [],
    imports: {},
    diagnostics: sortDiagnostics(diagnostics),
  };
  if (options.env !== undefined) out.env = options.env;
  return out;
}
