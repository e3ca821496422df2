/**
 * Finds where a policy expression (`@(...)` or `@{...}`) ends. APIM expressions
 * are C# and may hold raw `"`, `<`, `>` and `&&`, so the end is found by
 * balancing brackets while skipping C# string, char and comment literals.
 */

/** True when `text[i]` starts an expression: `@(` or `@{`. */
export function isExpressionStart(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 64 /* @ */) return false;
  const next = text.charCodeAt(i + 1);
  return next === 40 /* ( */ || next === 123 /* { */;
}

/**
 * Index just past the expression starting at `start` (which holds `@`), or -1
 * when the brackets never balance before `limit`.
 */
export function expressionEnd(text: string, start: number, limit: number = text.length): number {
  const end = scanBalanced(text, start + 1, limit);
  return end;
}

/** `i` is at an opening bracket; returns the index past its balanced closer, or -1. */
function scanBalanced(text: string, i: number, limit: number): number {
  const stack: number[] = [];
  while (i < limit) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 40: // (
      case 123: // {
      case 91: // [
        stack.push(c);
        i++;
        break;
      case 41: // )
      case 125: // }
      case 93: // ]
        stack.pop();
        i++;
        if (stack.length === 0) return i;
        break;
      case 34: // "
        i = skipString(text, i, limit, false);
        break;
      case 39: // '
        i = skipChar(text, i, limit);
        break;
      case 64: {
        // @"verbatim", @$"interpolated verbatim"
        const n = text.charCodeAt(i + 1);
        if (n === 34) i = skipString(text, i + 1, limit, true);
        else if (n === 36 && text.charCodeAt(i + 2) === 34) i = skipInterpolated(text, i + 2, limit, true);
        else i++;
        break;
      }
      case 36: {
        // $"interpolated", $@"interpolated verbatim"
        const n = text.charCodeAt(i + 1);
        if (n === 34) i = skipInterpolated(text, i + 1, limit, false);
        else if (n === 64 && text.charCodeAt(i + 2) === 34) i = skipInterpolated(text, i + 2, limit, true);
        else i++;
        break;
      }
      case 47: {
        // comments: `//` to end of line, `/* */`
        const n = text.charCodeAt(i + 1);
        if (n === 47) {
          const nl = text.indexOf("\n", i);
          // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: no newline, or one past the limit, both end the scan with -1 (unclosed).
          i = nl < 0 || nl > limit ? limit : nl;
        } else if (n === 42) {
          const close = text.indexOf("*/", i + 2);
          i = close < 0 || close + 2 > limit ? limit : close + 2;
        } else i++;
        break;
      }
      default:
        i++;
    }
    if (i < 0) return -1;
  }
  return -1;
}

/** `i` at the opening quote; returns index past the closing quote (or -1). */
function skipString(text: string, i: number, limit: number, verbatim: boolean): number {
  i++;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (verbatim) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          i += 2;
          continue;
        }
        return i + 1;
      }
    } else {
      if (c === 92 /* \ */) {
        i += 2;
        continue;
      }
      if (c === 34) return i + 1;
      // A plain string never spans lines; stop so one stray quote cannot swallow the file.
      if (c === 10) return i;
    }
    i++;
  }
  return -1;
}

function skipChar(text: string, i: number, limit: number): number {
  // 'x', '\n', '\u0041'; anything else is treated as a lone apostrophe.
  let j = i + 1;
  if (text.charCodeAt(j) === 92) j += 2;
  else j += 1;
  while (j < limit && j - i <= 8 && text.charCodeAt(j) !== 39 && text.charCodeAt(j) !== 10) j++;
  if (j < limit && text.charCodeAt(j) === 39) return j + 1;
  return i + 1;
}

/** `i` at the opening quote of `$"..."`; holes `{...}` hold nested expressions, `{{` is a literal brace. */
function skipInterpolated(text: string, i: number, limit: number, verbatim: boolean): number {
  i++;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 123) {
      if (text.charCodeAt(i + 1) === 123) {
        i += 2;
        continue;
      }
      const end = scanBalanced(text, i, limit);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: outside a hole a `}` is plain text, so skipping `}}` as a pair or one `}` at a time ends in the same place.
    if (c === 125 && text.charCodeAt(i + 1) === 125) {
      i += 2;
      continue;
    }
    if (!verbatim && c === 92) {
      i += 2;
      continue;
    }
    if (c === 34) {
      if (verbatim && text.charCodeAt(i + 1) === 34) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (!verbatim && c === 10) return i;
    i++;
  }
  return -1;
}

/** Expression spans `[start, end)` inside an attribute value or a run of text. */
export function expressionSpans(text: string, from = 0, to = text.length): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = text.indexOf("@", from);
  while (i >= 0 && i < to) {
    if (isExpressionStart(text, i)) {
      const end = expressionEnd(text, i, to);
      if (end < 0) {
        // An expression that never balances runs to the end of the value.
        spans.push([i, to]);
        break;
      }
      spans.push([i, end]);
      i = text.indexOf("@", end);
    } else i = text.indexOf("@", i + 1);
  }
  return spans;
}

/** `"` outside expression spans becomes `&quot;`, so the value can sit between double quotes. */
export function escapeQuotesOutsideExpressions(value: string): string {
  if (!value.includes('"')) return value;
  let out = "";
  let at = 0;
  for (const [s, e] of expressionSpans(value)) {
    out += value.slice(at, s).replace(/"/g, "&quot;") + value.slice(s, e);
    at = e;
  }
  return out + value.slice(at).replace(/"/g, "&quot;");
}
