/**
 * Runs an `apim.ts` / `apim.js` module and returns the declaration object it
 * exports. Every failure (missing compiler, syntax error, thrown error,
 * rejected promise, nothing exported) becomes a diagnostic at the file, never
 * an exception.
 */
import * as fs from "fs";
import Module = require("module");
import * as path from "path";
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { isScriptFile, isTypeScriptFile, TS_CODES } from "./ts-codes";
import type { TypeScriptApi } from "./typescript-api";

export type Evaluated = { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] };

/** The parts of Node's CommonJS loader used here that @types/node leaves out. */
interface CjsModule {
  exports: unknown;
  filename: string;
  paths: string[];
  loaded: boolean;
  require(id: string): unknown;
  _compile(code: string, filename: string): void;
}
interface CjsModuleClass {
  new (id: string, parent?: unknown): CjsModule;
  _nodeModulePaths(dir: string): string[];
  prototype: CjsModule;
}

interface Compiled {
  code: string;
  /** Source map of `code` back to the file's text, when it was transpiled. */
  map?: Module.SourceMap;
}

/** Shared by one evaluation: the modules compiled so far and their source maps. */
interface Session {
  ts: TypeScriptApi | undefined;
  maps: Map<string, Module.SourceMap | undefined>;
  modules: Map<string, CjsModule>;
}

export async function evaluateScript(file: string, text: string, ts: TypeScriptApi | undefined): Promise<Evaluated> {
  const abs = path.resolve(file);
  const session: Session = { ts, maps: new Map(), modules: new Map() };
  const compiled = compile(file, text, ts);
  if ("diagnostics" in compiled) return { ok: false, diagnostics: compiled.diagnostics };
  let exported: unknown;
  try {
    exported = run(abs, compiled, session);
  } catch (err) {
    return { ok: false, diagnostics: [thrown(file, abs, err, session, "evaluating")] };
  }
  const picked = pickExport(exported);
  if (picked === undefined) {
    return {
      ok: false,
      diagnostics: [
        makeDiagnostic(TS_CODES.noExport, "error", `${path.basename(file)} exports no declarations`, { file, line: 1, col: 1 }, "", "write `export default defineApim({ version: 1, service: { name: \"my-apim\" } })` (or `module.exports = { ... }`)"),
      ],
    };
  }
  try {
    let value: unknown = picked;
    if (typeof value === "function") value = (value as () => unknown)();
    value = await value;
    return { ok: true, value };
  } catch (err) {
    return { ok: false, diagnostics: [thrown(file, abs, err, session, "building the declarations in")] };
  }
}

function compile(file: string, text: string, ts: TypeScriptApi | undefined): Compiled | { diagnostics: Diagnostic[] } {
  if (!ts) {
    if (isTypeScriptFile(file)) {
      return {
        diagnostics: [
          makeDiagnostic(TS_CODES.typescriptMissing, "error", `cannot read ${path.basename(file)}: the \`typescript\` package is not installed in this project`, { file, line: 0, col: 0 }, "", "run `npm install --save-dev typescript`, or write the declarations as apim.js (or apim.yaml)"),
        ],
      };
    }
    return { code: text };
  }
  const out = ts.transpileModule(text, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: true, allowJs: true },
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) {
    return {
      diagnostics: errors.map((d) => {
        const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
        const loc = { file, line: at.line + 1, col: at.character + 1 };
        return makeDiagnostic(TS_CODES.syntax, "error", `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`, loc, "", "fix the syntax at this line and column");
      }),
    };
  }
  const map = out.sourceMapText ? new Module.SourceMap(JSON.parse(out.sourceMapText) as Module.SourceMapPayload) : undefined;
  // The transpiled code must not point Node at a map file that does not exist.
  return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"), map };
}

function run(abs: string, compiled: Compiled, session: Session): unknown {
  const M = Module as unknown as CjsModuleClass;
  const m = new M(abs);
  m.filename = abs;
  m.paths = M._nodeModulePaths(path.dirname(abs));
  m.require = (id: string) => requireFrom(m, id, session);
  session.maps.set(abs, compiled.map);
  session.modules.set(abs, m);
  m._compile(compiled.code, abs);
  m.loaded = true;
  return m.exports;
}

/**
 * Node's own `require`, plus two things a config file needs: relative `.ts`
 * modules are transpiled like the root, and `apimc` resolves to the running
 * apimc when the project does not install it (a global install).
 */
function requireFrom(m: CjsModule, id: string, session: Session): unknown {
  const local = id.startsWith(".") || path.isAbsolute(id) ? scriptModule(path.resolve(path.dirname(m.filename), id)) : undefined;
  if (local && isTypeScriptFile(local)) {
    const cached = session.modules.get(local);
    if (cached) return cached.exports;
    const compiled = compile(local, fs.readFileSync(local, "utf8"), session.ts);
    if ("diagnostics" in compiled) throw new ScriptSyntaxError(compiled.diagnostics);
    return run(local, compiled, session);
  }
  try {
    return (Module as unknown as CjsModuleClass).prototype.require.call(m, id);
  } catch (err) {
    if (id === "apimc" && (err as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return require(path.join(__dirname, "..", "index"));
    throw err;
  }
}

/** A relative import's TypeScript file, the way a bundler would find it (`./x` -> `./x.ts`, `./x/index.ts`). */
function scriptModule(base: string): string | undefined {
  const candidates = [base, `${base}.ts`, `${base}.cts`, path.join(base, "index.ts")];
  if (/\.c?js$/.test(base)) candidates.push(base.replace(/js$/, "ts"));
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isFile() && isScriptFile(c)) return c;
    } catch {
      // not this one
    }
  }
  return undefined;
}

class ScriptSyntaxError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics[0]?.message ?? "syntax error");
  }
}

function pickExport(exported: unknown): unknown {
  if (typeof exported === "function") return exported;
  if (typeof exported !== "object" || exported === null) return undefined;
  const ns = exported as Record<string, unknown>;
  if (ns.default !== undefined) return ns.default;
  if (ns.declarations !== undefined) return ns.declarations;
  if (ns.__esModule === true || Object.keys(ns).length === 0) return undefined;
  return exported;
}

function thrown(file: string, abs: string, err: unknown, session: Session, doing: string): Diagnostic {
  if (err instanceof ScriptSyntaxError && err.diagnostics[0]) return err.diagnostics[0];
  const message = isErrorLike(err) ? `${err.name === "Error" ? "" : err.name + ": "}${err.message}` : String(err);
  const at = errorLocation(err, session) ?? { file: abs, line: 1, col: 1 };
  return makeDiagnostic(TS_CODES.evaluation, "error", `${doing} ${path.basename(file)} failed: ${message}`, at.file === abs ? { ...at, file } : at, "", "fix the error at this line; the module must export the declarations as plain data");
}

/**
 * Duck-typed, not `instanceof Error`: the declarations module may run in another realm (a VM
 * context, such as a test runner's sandbox), whose Error is a different class.
 */
function isErrorLike(err: unknown): err is Error {
  return typeof err === "object" && err !== null && typeof (err as Error).message === "string" && typeof (err as Error).name === "string";
}

/** The innermost stack frame (or syntax-error header) inside a module evaluated here, mapped back to its source. */
function errorLocation(err: unknown, session: Session): SourceLocation | undefined {
  const stack = isErrorLike(err) && typeof err.stack === "string" ? err.stack : "";
  for (const [file, map] of session.maps) {
    const header = stack.match(new RegExp(`^${escapeRegExp(file)}:(\\d+)\\n(.*)\\n( *)\\^`));
    if (header) return original(file, map, Number(header[1]), (header[3]?.length ?? 0) + 1);
  }
  for (const line of stack.split("\n")) {
    for (const [file, map] of session.maps) {
      const frame = line.match(new RegExp(`${escapeRegExp(file)}:(\\d+):(\\d+)`));
      if (frame) return original(file, map, Number(frame[1]), Number(frame[2]));
    }
  }
  return undefined;
}

function original(file: string, map: Module.SourceMap | undefined, line: number, col: number): SourceLocation {
  if (!map) return { file, line, col };
  const e = map.findEntry(line - 1, col - 1) as Partial<Module.SourceMapping>;
  if (typeof e.originalLine !== "number" || typeof e.originalColumn !== "number") return { file, line: 1, col: 1 };
  return { file, line: e.originalLine + 1, col: e.originalColumn + 1 };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
