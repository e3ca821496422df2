/**
 * Splits policy text into markup tokens while protecting expression spans,
 * and builds the masked copy a strict XML parser can check: every protected
 * character becomes `x` except line breaks, so offsets, lines and columns of
 * the masked text are those of the original.
 */
import { expressionEnd, isExpressionStart } from "./expression";

export interface RawAttribute {
  name: string;
  nameOffset: number;
  valueStart: number;
  valueEnd: number;
  /** `'` when the value was single-quoted. */
  singleQuoted: boolean;
}

export type Token =
  | { kind: "start"; name: string; offset: number; attrs: RawAttribute[]; selfClosing: boolean }
  | { kind: "end"; name: string; offset: number }
  | { kind: "text"; start: number; end: number }
  | { kind: "comment"; offset: number; start: number; end: number }
  | { kind: "cdata"; offset: number; start: number; end: number }
  | { kind: "other"; offset: number };

export interface TokenizeProblem {
  /** An expression whose brackets never balance, rather than a malformed tag. */
  expression: boolean;
  offset: number;
  message: string;
  hint: string;
}

export interface Tokenized {
  tokens: Token[];
  /** Recoverable oddities (an unbalanced expression kept as written). */
  warnings: TokenizeProblem[];
  masked: string;
  problem?: TokenizeProblem;
}

/** End of an XML name: the first space, `/`, `>` or `=`. */
function nameEnd(text: string, j: number): number {
  const n = text.length;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 47 || c === 62 || c === 61) break;
  }
  return j;
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const masks: Array<[number, number]> = [];
  let problem: TokenizeProblem | undefined;
  const warnings: TokenizeProblem[] = [];
  const cache: NextCache = { at: -1, liquid: -1 };
  const n = text.length;
  let i = 0;

  const protect = (start: number, end: number): void => {
    masks.push([start, end]);
  };

  outer: while (i < n) {
    if (text.charCodeAt(i) !== 60 /* < */) {
      const start = i;
      i = scanText(text, i, cache, protect, (offset) => {
        problem = { expression: true, offset, message: "This expression is never closed: its brackets do not balance.", hint: "Close every `(`, `{` and string literal inside the `@(...)` / `@{...}` expression." };
      });
      tokens.push({ kind: "text", start, end: i });
      if (problem) break;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      if (close < 0) {
        problem = { expression: false, offset: i, message: "This comment is never closed.", hint: "End the comment with `-->`." };
        break;
      }
      // Comments are kept verbatim; masking them lets real-world `--` inside pass the strict parser.
      protect(i + 4, close);
      tokens.push({ kind: "comment", offset: i, start: i + 4, end: close });
      i = close + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", i)) {
      const close = text.indexOf("]]>", i + 9);
      if (close < 0) {
        problem = { expression: false, offset: i, message: "This CDATA section is never closed.", hint: "End the CDATA section with `]]>`." };
        break;
      }
      protect(i + 9, close);
      tokens.push({ kind: "cdata", offset: i, start: i + 9, end: close });
      i = close + 3;
      continue;
    }
    if (text.charCodeAt(i + 1) === 63 /* ? */ || text.charCodeAt(i + 1) === 33 /* ! */) {
      const close = text.indexOf(">", i);
      if (close < 0) break;
      tokens.push({ kind: "other", offset: i });
      i = close + 1;
      continue;
    }
    if (text.charCodeAt(i + 1) === 47 /* / */) {
      const j = nameEnd(text, i + 2);
      const name = text.slice(i + 2, j);
      const close = text.indexOf(">", j);
      if (close < 0) break;
      tokens.push({ kind: "end", name, offset: i });
      i = close + 1;
      continue;
    }
    // start tag
    let j = nameEnd(text, i + 1);
    const name = text.slice(i + 1, j);
    const attrs: RawAttribute[] = [];
    for (;;) {
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j >= n) {
        problem = badTag(i, name);
        break outer;
      }
      const c = text.charCodeAt(j);
      if (c === 62 /* > */) {
        tokens.push({ kind: "start", name, offset: i, attrs, selfClosing: false });
        i = j + 1;
        continue outer;
      }
      if (c === 47 && text.charCodeAt(j + 1) === 62) {
        tokens.push({ kind: "start", name, offset: i, attrs, selfClosing: true });
        i = j + 2;
        continue outer;
      }
      const nameOffset = j;
      j = nameEnd(text, j);
      const attrName = text.slice(nameOffset, j);
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (attrName === "" || text.charCodeAt(j) !== 61 /* = */) {
        problem = badTag(j, name);
        break outer;
      }
      j++;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (quote !== 34 && quote !== 39) {
        problem = badTag(j, name);
        break outer;
      }
      const valueStart = j + 1;
      j = valueStart;
      const quoteChar = quote === 34 ? '"' : "'";
      for (;;) {
        const q = text.indexOf(quoteChar, j);
        const stop = q < 0 ? n : q;
        let at = j;
        while (at < stop && text.charCodeAt(at) !== 64) at++;
        if (at >= stop) {
          j = q < 0 ? n : q;
          break;
        }
        if (isExpressionStart(text, at)) {
          j = at;
          let end = expressionEnd(text, j);
          if (end < 0) {
            end = unbalancedValueEnd(text, j, quote);
            if (end >= 0) {
              warnings.push({ expression: true, offset: j, message: `The expression in attribute "${attrName}" does not balance its brackets, so it is not valid C#; Azure refuses the policy when it is saved.`, hint: "Check the C# in this expression: every `(`, `{`, `[` and string literal must be closed." });
            }
          }
          if (end < 0) {
            problem = { expression: true, offset: j, message: `The expression in attribute "${attrName}" is never closed: its brackets do not balance.`, hint: "Close every `(`, `{` and string literal inside the expression, then the attribute quote." };
            break outer;
          }
          protect(j, end);
          j = end;
        } else j = at + 1;
      }
      if (j >= n) {
        problem = badTag(valueStart - 1, name);
        break outer;
      }
      attrs.push({ name: attrName, nameOffset, valueStart, valueEnd: j, singleQuoted: quote === 39 });
      j++;
    }
  }
  return { tokens, warnings, masked: applyMasks(text, masks), problem };
}

/** Fallback end of an unbalanced expression: the first closing quote that is followed by the tag end. */
function unbalancedValueEnd(text: string, from: number, quote: number): number {
  const q = String.fromCharCode(quote);
  for (let k = text.indexOf(q, from); k >= 0; k = text.indexOf(q, k + 1)) {
    let m = k + 1;
    while (m < text.length && isSpace(text.charCodeAt(m))) m++;
    if (text.charCodeAt(m) === 62 || (text.charCodeAt(m) === 47 && text.charCodeAt(m + 1) === 62)) return k;
  }
  return -1;
}

function badTag(offset: number, name: string): TokenizeProblem {
  return {
    expression: false,
    offset,
    message: `The tag <${name}> is malformed here: expected name="value", \`>\` or \`/>\`.`,
    hint: "Quote every attribute value and close the tag with `>` or `/>`.",
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Text up to the next `<` outside expressions and Liquid tags; returns its end. */
function scanText(text: string, i: number, cache: NextCache, protect: (s: number, e: number) => void, fail: (offset: number) => void): number {
  const n = text.length;
  for (;;) {
    const lt = text.indexOf("<", i);
    const stop = lt < 0 ? n : lt;
    // Cached look-ahead keeps the scan linear when a document has few `@` or `{%`.
    if (cache.at < i) cache.at = orEnd(text.indexOf("@", i), n);
    if (cache.liquid < i) cache.liquid = orEnd(text.indexOf("{%", i), n);
    let next = -1;
    let isLiquid = false;
    while (cache.at < stop) {
      if (isExpressionStart(text, cache.at)) {
        next = cache.at;
        break;
      }
      cache.at = orEnd(text.indexOf("@", cache.at + 1), n);
    }
    const liquid = cache.liquid;
    if (liquid < stop && (next < 0 || liquid < next)) {
      next = liquid;
      isLiquid = true;
    }
    if (next < 0) return stop;
    let end: number;
    if (isLiquid) {
      const close = text.indexOf("%}", next + 2);
      end = close < 0 ? -1 : close + 2;
    } else end = expressionEnd(text, next);
    if (end < 0) {
      fail(next);
      return n;
    }
    protect(next, end);
    i = end;
  }
}

interface NextCache {
  at: number;
  liquid: number;
}

function orEnd(k: number, n: number): number {
  return k < 0 ? n : k;
}

/** `x` for every character of `[s, e)` except line breaks, which keep lines and columns aligned. */
function maskOf(text: string, s: number, e: number): string {
  let out = "";
  let at = s;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      out += "x".repeat(k - at) + text[k];
      at = k + 1;
    }
  }
  return out + "x".repeat(e - at);
}

function applyMasks(text: string, masks: Array<[number, number]>): string {
  if (masks.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of masks) {
    parts.push(text.slice(at, s));
    parts.push(maskOf(text, s, e));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
