/**
 * YAML syntax errors in plain words, at the line that is wrong. The parser
 * reports where it got stuck, which for an over-indented line is the line
 * before it, and for an unclosed quote or bracket is the end of the file; its
 * wording ("Nested mappings are not allowed in compact mappings") is jargon.
 * This reads the text around the parser's position to find the culprit line
 * and say what is wrong with it and how to fix it.
 */

export interface YamlProblem {
  line: number;
  col: number;
  message: string;
  fix: string;
}

interface Line {
  n: number;
  text: string;
  indent: number;
}

function lines(text: string): Line[] {
  return text.split(/\r?\n/).map((t, i) => ({ n: i + 1, text: t, indent: /^ */.exec(t)![0].length }));
}

function meaningful(l: Line): boolean {
  const t = l.text.trim();
  return t !== "" && !t.startsWith("#");
}

/** `key: value` with the value on the same line (not a block starter such as `key:`, `key: |` or `key: >`). */
function keyWithInlineValue(t: string): string | undefined {
  const m = /^\s*(?:-\s+)?([^#:\s][^:#]*?):\s+([^#\s].*)$/.exec(t);
  if (!m) return undefined;
  const value = m[2].trim();
  if (/^[|>][-+0-9]*$/.test(value) || value.startsWith("&") || value.startsWith("!")) return undefined;
  return m[1].trim();
}

function keyOf(t: string): string | undefined {
  return /^\s*(?:-\s+)?([^#:\s][^:#]*?):(\s|$)/.exec(t)?.[1].trim();
}

/** The first line from `from` (1-based) on that is indented deeper than a `key: value` line above it. */
function overIndented(all: Line[], from: number, to: number): { line: Line; above: Line; key: string } | undefined {
  let prev: Line | undefined;
  for (const l of all) {
    if (!meaningful(l)) continue;
    if (prev && l.n >= from && l.n <= to && l.indent > prev.indent) {
      const key = keyWithInlineValue(prev.text);
      if (key !== undefined) return { line: l, above: prev, key };
    }
    prev = l;
  }
  return undefined;
}

export function explainYamlError(code: string, text: string, line: number, col: number, parserMessage: string): YamlProblem {
  const all = lines(text);
  const at = (n: number) => all[n - 1];
  switch (code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "BAD_INDENT":
    case "UNEXPECTED_TOKEN": {
      const flow = /end with a ([\]}])/.exec(parserMessage);
      if (flow) return unclosedFlow(all, line, flow[1]);
      const over = overIndented(all, line, line + 3);
      if (over) {
        return {
          line: over.line.n,
          col: over.line.indent + 1,
          message: `this line is indented deeper than the key above it: \`${over.key}\` at line ${over.above.n} already has a value, so it cannot hold \`${over.line.text.trim()}\``,
          fix: `indent this line like \`${over.key}\` (column ${over.above.indent + 1}) if it is a sibling, or move \`${over.key}\`'s value onto its own lines below it`,
        };
      }
      if (code === "BLOCK_AS_IMPLICIT_KEY" && at(line) && /:\s.*:\s/.test(at(line).text.replace(/#.*$/, ""))) {
        return { line, col, message: "this value holds `: `, which YAML reads as a second key on the same line", fix: 'quote the value, for example key: "a: b"' };
      }
      if (code === "BAD_INDENT" && at(line)) {
        const here = at(line);
        const key = keyOf(here.text);
        const siblings = all.slice(0, line - 1).reverse().filter(meaningful);
        const sibling = siblings.find((l) => l.indent !== here.indent && l.indent > 0 && keyOf(l.text) !== undefined && l.indent > here.indent - 4 && l.indent < here.indent + 4);
        if (key !== undefined && sibling) {
          return {
            line,
            col: here.indent + 1,
            message: `\`${key}\` is not lined up with the keys above it: it starts at column ${here.indent + 1}, \`${keyOf(sibling.text)}\` at line ${sibling.n} at column ${sibling.indent + 1}`,
            fix: `indent \`${key}\` to column ${sibling.indent + 1} to put it in the same map, or to the column of the key it belongs under`,
          };
        }
      }
      break;
    }
    case "TAB_AS_INDENT":
      return { line, col, message: "this line is indented with a tab; YAML indentation must be spaces", fix: "replace the tab with spaces (two per level is usual)" };
    case "MISSING_CHAR": {
      const quote = /closing "?(["'])/.exec(parserMessage)?.[1] ?? (/quote/.test(parserMessage) ? '"' : undefined);
      if (quote) {
        for (let n = Math.min(line, all.length); n >= 1; n--) {
          const t = at(n).text.replace(/#.*$/, "");
          if ((t.split(quote).length - 1) % 2 === 1) {
            return { line: n, col: t.indexOf(quote) + 1, message: `this ${quote === '"' ? "double" : "single"}-quoted string is never closed`, fix: `end the value with ${quote} on this line` };
          }
        }
      }
      const bracket = /\]|\}/.exec(parserMessage)?.[0];
      if (bracket) return unclosedFlow(all, line, bracket);
      break;
    }
    default:
      if (/must be sufficiently indented and end with a ([\]}])/.test(parserMessage)) {
        return unclosedFlow(all, line, /end with a ([\]}])/.exec(parserMessage)![1]);
      }
  }
  if (/end with a ([\]}])/.test(parserMessage)) return unclosedFlow(all, line, /end with a ([\]}])/.exec(parserMessage)![1]);
  return { line, col, message: `syntax error: ${parserMessage}`, fix: "fix the YAML/JSON syntax at this position" };
}

function unclosedFlow(all: Line[], line: number, closer: string): YamlProblem {
  const opener = closer === "]" ? "[" : "{";
  for (let n = Math.min(line, all.length); n >= 1; n--) {
    const t = all[n - 1].text.replace(/#.*$/, "");
    const opens = t.split(opener).length - 1;
    const closes = t.split(closer).length - 1;
    if (opens > closes) {
      return { line: n, col: t.lastIndexOf(opener) + 1, message: `this \`${opener}\` ${opener === "[" ? "list" : "map"} is never closed with \`${closer}\``, fix: `add \`${closer}\` at the end of the ${opener === "[" ? "list" : "map"} on this line` };
    }
  }
  return { line, col: 1, message: `a \`${opener}\` is never closed with \`${closer}\``, fix: `add the missing \`${closer}\`` };
}
