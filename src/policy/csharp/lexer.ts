/**
 * Tokens of the C# subset APIM policy expressions use. Positions are offsets
 * into the expression text, so every diagnostic can point inside it.
 */
export type TokenKind = "ident" | "keyword" | "number" | "string" | "char" | "interp" | "punct" | "eof";

export interface InterpPart {
  /** Literal text (already unescaped) or the source of a hole. */
  text: string;
  hole: boolean;
  /** Offset of the hole's source in the whole expression text. */
  offset: number;
  /** `{x:format}`: the format after the colon. */
  format?: string;
  /** `{x,width}` or `{x,width:format}`: the width after the comma. */
  align?: number;
}

export interface Token {
  kind: TokenKind;
  /** Identifier name, keyword, punctuator, or the unescaped string/char value. */
  value: string;
  offset: number;
  end: number;
  /** Numbers: the C# type its suffix and form give. */
  numberType?: "int" | "long" | "double" | "decimal" | "float";
  parts?: InterpPart[];
}

export class CSharpSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const KEYWORDS = new Set([
  "true", "false", "null", "new", "var", "if", "else", "foreach", "for", "while", "do", "in", "return", "is", "as",
  "typeof", "default", "break", "continue", "throw", "try", "catch", "finally", "out", "ref", "this", "switch", "case",
  "using", "checked", "unchecked", "await", "async", "goto", "lock", "yield", "nameof", "sizeof", "stackalloc",
  "string", "int", "long", "double", "decimal", "float", "bool", "char", "byte", "object", "short", "uint", "ulong", "sbyte", "ushort",
]);

/** Longest first, so `??=` wins over `??` and `?`. */
const PUNCTS = [
  "??=", "<<=", ">>=", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "?[", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", "::",
  "{", "}", "(", ")", "[", "]", ".", ",", ";", ":", "?", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "=", "<", ">",
];

export function isCSharpKeyword(s: string): boolean {
  return KEYWORDS.has(s);
}

export function lex(src: string, base = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  const err = (msg: string, at: number): never => {
    throw new CSharpSyntaxError(msg, base + at);
  };
  while (i < n) {
    const c = src[i];
    if (c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\u00a0" || c === "\ufeff" || c === "\f" || c === "\v") {
      i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "/") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const close = src.indexOf("*/", i + 2);
      if (close < 0) err("This comment is never closed with `*/`.", i);
      i = close + 2;
      continue;
    }
    const start = i;
    // Strings: "..", @"..", $"..", $@"..", @$"..".
    if (c === '"' || ((c === "@" || c === "$") && (src[i + 1] === '"' || ((src[i + 1] === "@" || src[i + 1] === "$") && src[i + 2] === '"')))) {
      let verbatim = false;
      let interp = false;
      while (src[i] !== '"') {
        if (src[i] === "@") verbatim = true;
        if (src[i] === "$") interp = true;
        i++;
      }
      // `"""` opens a raw string literal; after `@` it is a verbatim string starting with `""` (one quote).
      if (!verbatim && src.slice(i, i + 3) === '"""') err("Raw string literals (`\"\"\"`) are not supported.", start);
      i++;
      const parts: InterpPart[] = [];
      let text = "";
      for (;;) {
        if (i >= n) err("This string is never closed with `\"`.", start);
        const ch = src[i];
        if (ch === '"') {
          if (verbatim && src[i + 1] === '"') {
            text += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (!verbatim && ch === "\n") err("This string is never closed on its line.", start);
        if (!verbatim && ch === "\\") {
          const [v, len] = escape(src, i, err);
          text += v;
          i += len;
          continue;
        }
        if (interp && ch === "{") {
          if (src[i + 1] === "{") {
            text += "{";
            i += 2;
            continue;
          }
          if (text) parts.push({ text, hole: false, offset: base + i });
          text = "";
          const holeStart = i + 1;
          const end = holeEnd(src, holeStart, err);
          const hole = src.slice(holeStart, end);
          parts.push(holePart(hole, holeStart, base, err));
          i = end + 1;
          continue;
        }
        if (interp && ch === "}" && src[i + 1] === "}") {
          text += "}";
          i += 2;
          continue;
        }
        text += ch;
        i++;
      }
      if (interp) {
        if (text) parts.push({ text, hole: false, offset: base + i });
        out.push({ kind: "interp", value: "", offset: base + start, end: base + i, parts });
      } else out.push({ kind: "string", value: text, offset: base + start, end: base + i });
      continue;
    }
    if (c === "'") {
      i++;
      let v: string;
      if (src[i] === "\\") {
        const [e, len] = escape(src, i, err);
        v = e;
        i += len;
      } else {
        v = src[i];
        i++;
      }
      if (src[i] !== "'") err("This character literal is not closed with `'`.", start);
      i++;
      out.push({ kind: "char", value: v, offset: base + start, end: base + i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      let type: Token["numberType"] = "int";
      let text: string;
      if (c === "0" && (src[i + 1] === "x" || src[i + 1] === "X")) {
        i += 2;
        while (/[0-9a-fA-F_]/.test(src[i] ?? "")) i++;
        text = String(parseInt(src.slice(start + 2, i).replace(/_/g, ""), 16));
      } else {
        while (/[0-9_]/.test(src[i] ?? "")) i++;
        if (src[i] === "." && /[0-9]/.test(src[i + 1] ?? "")) {
          type = "double";
          i++;
          while (/[0-9_]/.test(src[i] ?? "")) i++;
        }
        if (src[i] === "e" || src[i] === "E") {
          type = "double";
          i++;
          if (src[i] === "+" || src[i] === "-") i++;
          while (/[0-9]/.test(src[i] ?? "")) i++;
        }
        text = src.slice(start, i).replace(/_/g, "");
      }
      const suffix = (src[i] ?? "").toLowerCase();
      if (suffix === "l" || suffix === "u") {
        type = "long";
        i++;
        if (/[lLuU]/.test(src[i] ?? "")) i++;
      } else if (suffix === "d") {
        type = "double";
        i++;
      } else if (suffix === "f") {
        type = "float";
        i++;
      } else if (suffix === "m") {
        type = "decimal";
        i++;
      }
      out.push({ kind: "number", value: text, offset: base + start, end: base + i, numberType: type });
      continue;
    }
    if (/[A-Za-z_@]/.test(c)) {
      if (c === "@") i++;
      while (i < n && /[A-Za-z0-9_]/.test(src[i])) i++;
      const word = src.slice(c === "@" ? start + 1 : start, i);
      if (!word) err("A lone `@` is not valid C# here.", start);
      out.push({ kind: c !== "@" && KEYWORDS.has(word) ? "keyword" : "ident", value: word, offset: base + start, end: base + i });
      continue;
    }
    const p = PUNCTS.find((q) => src.startsWith(q, i));
    if (!p) err(`The character \`${c}\` is not valid C# here.`, i);
    out.push({ kind: "punct", value: p as string, offset: base + start, end: base + start + (p as string).length });
    i += (p as string).length;
  }
  out.push({ kind: "eof", value: "", offset: base + n, end: base + n });
  return out;
}

function escape(src: string, i: number, err: (m: string, at: number) => never): [string, number] {
  const e = src[i + 1];
  const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'", a: "\x07", b: "\b", f: "\f", v: "\v" };
  if (e in simple) return [simple[e], 2];
  if (e === "u") return [String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)), 6];
  if (e === "x") {
    const m = /^[0-9a-fA-F]{1,4}/.exec(src.slice(i + 2)) ?? [""];
    return [String.fromCharCode(parseInt(m[0], 16)), 2 + m[0].length];
  }
  return err(`The escape sequence \`\\${e}\` is not valid C#.`, i);
}

/** Index of the `}` closing an interpolation hole that starts at `i`. */
function holeEnd(src: string, i: number, err: (m: string, at: number) => never): number {
  let depth = 0;
  const start = i;
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === "'") {
      // A nested string: skip it (escapes only; nested interpolations are rare in policies).
      const q = c;
      i++;
      while (i < src.length && src[i] !== q) i += src[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return err("This interpolation hole is never closed with `}`.", start - 1);
}

/**
 * A hole's parts: `{expr}`, `{expr:format}`, `{expr,align}` or `{expr,align:format}`. The alignment is
 * C#'s: a top-level comma ends the expression, and the format starts at the first colon after it.
 */
function holePart(hole: string, at: number, base: number, err: (m: string, at: number) => never): InterpPart {
  const colon = topLevelColon(hole);
  const head = colon >= 0 ? hole.slice(0, colon) : hole;
  const format = colon >= 0 ? { format: hole.slice(colon + 1) } : {};
  const comma = topLevelComma(head);
  if (comma < 0) return { text: head, hole: true, offset: base + at, ...format };
  // The width is a constant whole number; negative pads on the right.
  const width = head.slice(comma + 1);
  if (!/^\s*[+-]?\s*\d+\s*$/.test(width)) err(`The alignment \`${width.trim()}\` of an interpolation hole must be a constant whole number.`, at + comma + 1);
  return { text: head.slice(0, comma), hole: true, offset: base + at, align: Number(width.replace(/\s+/g, "")), ...format };
}

/**
 * Walks a hole's text outside brackets and strings and returns the first answer `pick` gives for a position there,
 * or -1. The hole's alignment comma and format colon are both found this way.
 */
function scanTopLevel(hole: string, pick: (i: number) => number | undefined): number {
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < hole.length; i++) {
    const c = hole[i];
    if (c === '"') inStr = !inStr;
    if (inStr) continue;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0) {
      const found = pick(i);
      if (found !== undefined) return found;
    }
  }
  return -1;
}

/** Index of the first comma outside brackets and strings, or -1. */
function topLevelComma(hole: string): number {
  return scanTopLevel(hole, (i) => (hole[i] === "," ? i : undefined));
}

function topLevelColon(hole: string): number {
  return scanTopLevel(hole, (i) => {
    // A ternary's colon is not a format (C# wants it in brackets; apimc lets it pass). `?.`, `?[`, `??`
    // and a nullable type's `?` are no ternary.
    if (hole[i] === "?" && !".[?>),]".includes(hole[i + 1] ?? "") && hole[i - 1] !== "?") return -1;
    if (hole[i] === ":" && hole[i + 1] !== ":") return i;
    return undefined;
  });
}
