/**
 * Reads the APIM policy dialect: expression spans are protected by the
 * tokenizer, saxes checks the rest is well-formed XML, and the tree keeps the
 * text exactly as written (entities, expressions, comments, CDATA).
 */
import { SaxesParser } from "saxes";
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { CODES } from "./codes";
import { escapeQuotesOutsideExpressions } from "./expression";
import { tokenize, type RawAttribute, type Token } from "./tokenize";
import { isWhitespaceSignificant } from "./whitespace";
import type { PolicyComment, PolicyDocument, PolicyElement, PolicyPosition, PolicyScope } from "./types";

export interface ParsePolicyOptions {
  file: string;
  /** Where `text` starts in `file` (1-based), for policies inlined in YAML. */
  line?: number;
  col?: number;
  /**
   * Columns to add on every line after the first: the indentation a YAML block
   * scalar (`policy: |`) strips from each line of inline XML.
   */
  lineIndent?: number;
  /** The scope the policy is for; parsing is the same at every scope (rules live in lintPolicy). */
  scope?: PolicyScope;
  /** JSON pointer put on every diagnostic. */
  pointer?: string;
}

export interface ParsePolicyResult {
  document?: PolicyDocument;
  diagnostics: Diagnostic[];
}

export function parsePolicy(text: string, opts: ParsePolicyOptions): ParsePolicyResult {
  const locate = locator(text, opts.line ?? 1, opts.col ?? 1, opts.lineIndent ?? 0);
  const pointer = opts.pointer ?? "";
  const diag = (code: string, message: string, offset: number, hint: string): Diagnostic =>
    makeDiagnostic(code, "error", message, { file: opts.file, ...locate(offset) }, pointer, hint);

  const { tokens, masked, problem, warnings } = tokenize(text);
  const diagnostics: Diagnostic[] = [];
  if (problem) diagnostics.push(diag(problem.expression ? CODES.unclosedExpression : CODES.malformedXml, problem.message, problem.offset, problem.hint));
  if (diagnostics.length === 0) diagnostics.push(...nestingProblems(tokens, diag, text, opts.line ?? 1));
  if (diagnostics.length === 0) {
    const amp = bareAmpersand(masked);
    if (amp >= 0) diagnostics.push(diag(CODES.malformedXml, "A bare `&` outside an expression is not valid XML.", amp, "Write `&amp;` (or put the text inside an `@(...)` expression or CDATA)."));
  }
  if (diagnostics.length === 0) {
    const xmlError = saxesError(masked);
    if (xmlError) {
      const offset = offsetOf(text, xmlError.line, xmlError.col);
      diagnostics.push(diag(CODES.malformedXml, `The policy is not well-formed XML: ${xmlError.message}.`, offset, "Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`."));
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  // An expression whose brackets do not balance is C# that does not compile; Azure refuses the policy on save.
  const notes = warnings.map((w) => diag(CODES.unbalancedExpression, w.message, w.offset, w.hint));

  const document = buildTree(text, tokens, opts.file, locate);
  if (!document) {
    return { diagnostics: [diag(CODES.malformedXml, "The policy has no root element.", 0, "Wrap the policy in `<policies>...</policies>` (or `<fragment>...</fragment>` for a fragment).")] };
  }
  return { document, diagnostics: notes };
}

type Locate = (offset: number) => PolicyPosition;

/** Offset to file line/col, shifted by where the text starts in its file. */
function locator(text: string, baseLine: number, baseCol: number, lineIndent: number): Locate {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const col = offset - starts[lo] + 1;
    return lo === 0 ? { line: baseLine, col: baseCol + col - 1 } : { line: baseLine + lo, col: col + lineIndent };
  };
}

function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return Math.min(text.length, at + Math.max(0, col - 1));
}

type MakeDiag = (code: string, message: string, offset: number, hint: string) => Diagnostic;

/** Unclosed and mismatched elements, reported where the element opened (saxes only sees the end). */
function nestingProblems(tokens: Token[], diag: MakeDiag, text: string, baseLine: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: Array<{ name: string; offset: number; index: number }> = [];
  const unclosed = (open: { name: string; offset: number; index: number }, closer: string | undefined): void => {
    out.push(diag(CODES.unclosedElement, `Element <${open.name}> is never closed.`, open.offset, closeHint(tokens, text, baseLine, open, closer)));
  };
  tokens.forEach((t, index) => {
    if (t.kind === "start" && !t.selfClosing) stack.push({ name: t.name, offset: t.offset, index });
    else if (t.kind === "end") {
      let k = stack.length - 1;
      while (k >= 0 && stack[k].name !== t.name) k--;
      if (k < 0) {
        out.push(diag(CODES.malformedXml, `Closing tag </${t.name}> has no matching <${t.name}>.`, t.offset, `Remove </${t.name}> or add the opening <${t.name}> before it.`));
        return;
      }
      for (let u = stack.length - 1; u > k; u--) unclosed(stack[u], t.name);
      stack.length = k;
    }
  });
  for (const open of stack) unclosed(open, undefined);
  return out;
}

const SECTION_NAMES: ReadonlySet<string> = new Set(["inbound", "backend", "outbound", "on-error"]);

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function lineOf(text: string, offset: number, baseLine: number): number {
  let n = baseLine;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Where the missing end tag goes: before the first later tag that starts at the
 * unclosed element's column or left of it (its next sibling, such as <backend>
 * after an unclosed <inbound>), which is where its content visibly ends.
 */
function closeHint(tokens: Token[], text: string, baseLine: number, open: { name: string; offset: number; index: number }, closer: string | undefined): string {
  const col = column(text, open.offset);
  const openLine = lineOf(text, open.offset, baseLine);
  for (let i = open.index + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "start" && t.kind !== "end") continue;
    if (column(text, t.offset) > col || lineOf(text, t.offset, baseLine) === openLine) continue;
    const tag = t.kind === "start" ? `<${t.name}>` : `</${t.name}>`;
    return `Add </${open.name}> on its own line before ${tag} at line ${lineOf(text, t.offset, baseLine)}, where the content of <${open.name}> ends.`;
  }
  // A section never self-closes in practice: its statements would be lost.
  const selfClose = SECTION_NAMES.has(open.name) || open.name === "policies" ? "" : `, or write it as <${open.name} ... /> if it has no content`;
  return closer ? `Add </${open.name}> before </${closer}>${selfClose}.` : `Add </${open.name}> at the end of the element${selfClose}.`;
}

const ENTITY = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/;

/** Offset of the first `&` that does not start an entity reference (saxes would swallow the rest of the file). */
function bareAmpersand(masked: string): number {
  for (let i = masked.indexOf("&"); i >= 0; i = masked.indexOf("&", i + 1)) {
    if (!ENTITY.test(masked.slice(i, i + 40))) return i;
  }
  return -1;
}

interface XmlError {
  line: number;
  col: number;
  message: string;
}

function saxesError(masked: string): XmlError | undefined {
  const parser = new SaxesParser({ position: true });
  let first: XmlError | undefined;
  parser.on("error", (e: Error) => {
    if (first) return;
    const m = /^(\d+):(\d+): (.*)$/s.exec(e.message);
    first = m
      ? { line: Number(m[1]), col: Math.max(1, Number(m[2])), message: m[3].replace(/\.$/, "") }
      : { line: parser.line, col: Math.max(1, parser.column), message: e.message };
  });
  parser.write(masked).close();
  return first;
}

function buildTree(text: string, tokens: Token[], file: string, locate: Locate): PolicyDocument | undefined {
  const leading: PolicyComment[] = [];
  const trailing: PolicyComment[] = [];
  let root: PolicyElement | undefined;
  const stack: Array<{ el: PolicyElement; exact: boolean }> = [];

  const append = (el: PolicyElement, selfClosing: boolean): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.el.children.push(el);
    else if (!root) root = el;
    if (!selfClosing) stack.push({ el, exact: (parent?.exact ?? false) || isWhitespaceSignificant(el) });
  };

  for (const t of tokens) {
    const top = stack[stack.length - 1];
    switch (t.kind) {
      case "start": {
        const el: PolicyElement = {
          type: "element",
          name: t.name,
          attributes: t.attrs.map((a) => ({ name: a.name, value: attributeValue(text, a), pos: locate(a.nameOffset), valuePos: locate(a.valueStart) })),
          children: [],
          pos: locate(t.offset),
        };
        append(el, t.selfClosing);
        break;
      }
      case "end":
        stack.pop();
        break;
      case "text": {
        if (!top) break;
        if (top.exact) {
          if (t.end > t.start) top.el.children.push({ type: "text", text: text.slice(t.start, t.end), pos: locate(t.start) });
          break;
        }
        let s = t.start;
        let e = t.end;
        while (s < e && isSpace(text.charCodeAt(s))) s++;
        while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
        if (e > s) top.el.children.push({ type: "text", text: text.slice(s, e), pos: locate(s) });
        break;
      }
      case "comment": {
        const c: PolicyComment = { type: "comment", text: text.slice(t.start, t.end), pos: locate(t.offset) };
        if (top) top.el.children.push(c);
        else (root ? trailing : leading).push(c);
        break;
      }
      case "cdata":
        if (top) top.el.children.push({ type: "cdata", text: text.slice(t.start, t.end), pos: locate(t.offset) });
        break;
      case "other":
        break;
    }
  }
  return root ? { root, leading, trailing, file } : undefined;
}

/** As written, except that a single-quoted value's bare `"` becomes `&quot;` (its canonical, double-quoted form). */
function attributeValue(text: string, a: RawAttribute): string {
  const raw = text.slice(a.valueStart, a.valueEnd);
  return a.singleQuoted ? escapeQuotesOutsideExpressions(raw) : raw;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
