/** Parses one YAML/JSON declaration file into plain data plus a source-map table. */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, Scalar, visit } from "yaml";
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { joinPointer, splitPointer } from "../core/pointer";
import { CODES, SKELETON_HINT } from "./codes";
import type { EntryTable, SourceEntry } from "./source-map";
import { explainYamlError } from "./yaml-errors";

export interface ParsedFile {
  file: string;
  /** The file's value; undefined when the file cannot be used (syntax errors, empty). */
  data: unknown;
  entries: EntryTable;
  /**
   * The same entries in document order, without the pointer index: merging an
   * included file copies these straight into the merged table, so the file's
   * own index (`entries`, built on first use) is never made for most files.
   */
  ordered?: OrderedEntries;
  diagnostics: Diagnostic[];
}

export interface OrderedEntries {
  pointers: string[];
  entries: SourceEntry[];
}

export interface ParseOptions {
  /** Require a map at the root (declaration and overlay files); OpenAPI files check their own shape. */
  requireMap?: boolean;
  /** Report an empty file with the declaration skeleton hint. */
  declaration?: boolean;
}

export function parseSource(file: string, text: string, opts: ParseOptions = {}): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, col: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  const entries: EntryTable = new Map();
  const said = new Set<string>();
  for (const e of doc.errors) {
    const loc = e.linePos ? { file, line: e.linePos[0].line, col: e.linePos[0].col } : at(e.pos[0]);
    const dup = e.code === "DUPLICATE_KEY" ? duplicateKey(doc.contents, e.pos[0]) : undefined;
    if (dup) {
      diagnostics.push(makeDiagnostic(CODES.syntax, "error", `duplicate key ${JSON.stringify(dup.name)} in this map (first at line ${at(dup.firstAt).line})`, loc, "", "remove one of the two, or rename it"));
      continue;
    }
    // One mistake often trips several parser errors; say it once, at the culprit line.
    const p = explainYamlError(e.code, text, loc.line, loc.col, firstLine(e.message).replace(/ at line \d+, column \d+:?$/, ""));
    const key = `${p.line}:${p.message}`;
    if (said.has(key)) continue;
    said.add(key);
    diagnostics.push(makeDiagnostic(CODES.syntax, "error", p.message, { file, line: p.line, col: p.col }, "", p.fix));
  }
  if (diagnostics.length) return { file, data: undefined, entries, diagnostics };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    diagnostics.push(
      makeDiagnostic(CODES.emptyFile, "error", "file is empty", { file, line: 1, col: 1 }, "", opts.declaration ? SKELETON_HINT : "give the file content"),
    );
    return { file, data: undefined, entries, diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    diagnostics.push(makeDiagnostic(CODES.syntax, "error", `syntax error: ${firstLine((err as Error).message)}`, { file, line: 1, col: 1 }, ""));
    return { file, data: undefined, entries, diagnostics };
  }
  if (opts.requireMap && !isMap(doc.contents)) {
    const loc = at(doc.contents.range?.[0] ?? 0);
    diagnostics.push(
      makeDiagnostic(CODES.rootNotMap, "error", `the file must hold a map of top-level keys, not ${describe(data)}`, loc, "", SKELETON_HINT),
    );
    return { file, data: undefined, entries, diagnostics };
  }
  // A cheap text test first: merge keys are rare, and the walk below must stay the only per-node pass.
  if (text.includes("<<")) {
    for (const m of findMergeKeys(doc.contents, "")) {
      diagnostics.push(
        makeDiagnostic(CODES.mergeKey, "error", "YAML merge keys (`<<`) are not supported, so the values it would merge are not read", at(m.keyAt), m.pointer, "repeat the values here, or move the shared declarations into a file listed in `include`"),
      );
      removeAt(data, m.pointer);
    }
  }
  const ordered: OrderedEntries = { pointers: [], entries: [] };
  walk(doc.contents, "", -1, ordered, at, text);
  let table: EntryTable | undefined;
  return {
    file,
    data,
    get entries(): EntryTable {
      if (!table) {
        table = new Map();
        for (let i = 0; i < ordered.pointers.length; i++) table.set(ordered.pointers[i], ordered.entries[i]);
      }
      return table;
    },
    ordered,
    diagnostics,
  };
}

/**
 * A source-map entry that keeps offsets and makes line/col objects only when
 * asked: there is one entry per YAML node and most are never looked up, so
 * this saves two allocations and two line searches per node.
 */
class OffsetEntry implements SourceEntry {
  constructor(
    private readonly at: (offset: number) => SourceLocation,
    private readonly valueAt: number,
    private readonly keyAt: number,
    private readonly textAt: number,
  ) {}

  get value(): SourceLocation | undefined {
    return this.valueAt < 0 ? undefined : this.at(this.valueAt);
  }

  get key(): SourceLocation | undefined {
    return this.keyAt < 0 ? undefined : this.at(this.keyAt);
  }

  get textStart(): SourceLocation | undefined {
    return this.textAt < 0 ? undefined : this.at(this.textAt);
  }
}

/** `keyAt`: offset of the node's key (-1 for none); a node without a range is located at its key. */
function walk(node: Node | null, pointer: string, keyAt: number, out: OrderedEntries, at: (offset: number) => SourceLocation, text: string): void {
  const valueAt = node?.range ? node.range[0] : keyAt;
  // Only inline XML needs its text start (to map XML positions back into the YAML file).
  const textAt = node && isScalar(node) && typeof node.value === "string" && node.range && node.value.trimStart().startsWith("<") ? textStartOffset(node, text) : -1;
  out.pointers.push(pointer);
  out.entries.push(new OffsetEntry(at, valueAt, keyAt, textAt));
  if (!node || isAlias(node)) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as Node | null;
      const name = isScalar(k) ? String(k.value) : String(k);
      walk(pair.value as Node | null, childPointer(pointer, name), k?.range ? k.range[0] : valueAt, out, at, text);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node | null, `${pointer}/${i}`, -1, out, at, text));
  }
}

/** `joinPointer(pointer, name)` without its array work: this runs once per YAML node. */
function childPointer(pointer: string, name: string): string {
  return name.includes("~") || name.includes("/") ? joinPointer(pointer, name) : `${pointer}/${name}`;
}

/** Offset of the first non-blank character of a string scalar's content. */
function textStartOffset(node: Scalar, text: string): number {
  const [start, end] = node.range as [number, number, number];
  let i = start;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    // Skip the header line (`|`, `>-`, `|2` and a possible comment).
    while (i < end && text[i] !== "\n") i++;
  } else if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    i++;
  }
  while (i < end && /\s/.test(text[i] ?? "")) i++;
  return i < end ? i : start;
}

/** The key a DUPLICATE_KEY error at `offset` names, and where the same key first appears in its map. */
function duplicateKey(root: Node | null, offset: number): { name: string; firstAt: number } | undefined {
  let found: { name: string; firstAt: number } | undefined;
  visit(root, {
    Map(_, map) {
      const second = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!second || !isScalar(second.key)) return undefined;
      const value = second.key.value;
      const first = map.items.find((p) => isScalar(p.key) && p.key.value === value);
      found = { name: String(value), firstAt: (first?.key as Scalar).range?.[0] ?? offset };
      return visit.BREAK;
    },
  });
  return found;
}

/** Plain `<<` keys (YAML 1.1 merge keys), with the pointer of the key in the file's value. */
function findMergeKeys(node: Node | null, pointer: string): Array<{ pointer: string; keyAt: number }> {
  const out: Array<{ pointer: string; keyAt: number }> = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      const name = isScalar(k) ? String(k.value) : String(k);
      const p = joinPointer(pointer, name);
      if (isScalar(k) && k.value === "<<" && k.type === Scalar.PLAIN) out.push({ pointer: p, keyAt: k.range?.[0] ?? 0 });
      else out.push(...findMergeKeys(pair.value as Node | null, p));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => out.push(...findMergeKeys(item as Node | null, joinPointer(pointer, i))));
  }
  return out;
}

function removeAt(data: unknown, pointer: string): void {
  const segments = splitPointer(pointer);
  const last = segments.pop();
  let cur: unknown = data;
  for (const s of segments) cur = cur !== null && typeof cur === "object" ? (cur as Record<string, unknown>)[s] : undefined;
  if (cur !== null && typeof cur === "object" && last !== undefined) delete (cur as Record<string, unknown>)[last];
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}

/**
 * What a value is, never what it holds: the value may be a whole file that was
 * never meant to be YAML (`.env`, `/etc/passwd`, a binary), so echoing it could
 * print secrets into CI logs.
 */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `a list of ${plural(v.length, "item")}`;
  if (typeof v === "string") return v === "" ? "an empty string" : `a string of ${plural(v.length, "character")}`;
  if (typeof v === "object") return "a map";
  return `a ${typeof v}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
