/**
 * Parse + check of one policy expression, cached by its text so each
 * expression is parsed once per process however often it runs.
 */
import type { Program } from "../../policy/csharp/ast";
import { CSharpSyntaxError } from "../../policy/csharp/lexer";
import { CSharpUnsupportedError, parsePolicyExpression } from "../../policy/csharp/parser";
import { checkProgram, type ExpressionProblem } from "./check";

export interface CompiledExpression {
  source: string;
  program?: Program;
  problems: ExpressionProblem[];
}

const cache = new Map<string, CompiledExpression>();

/**
 * `source` is the expression as written in the policy, `@(...)` or `@{...}`.
 * XML entities are decoded first (an XML parser hands APIM the decoded text);
 * offsets in problems are offsets into `source` as written.
 */
export function compileExpression(source: string): CompiledExpression {
  const hit = cache.get(source);
  if (hit) return hit;
  const { text, map } = decodeEntities(source);
  let result: CompiledExpression;
  try {
    const program = parsePolicyExpression(text);
    result = { source, program, problems: checkProgram(program).map((p) => ({ ...p, offset: map(p.offset) })) };
  } catch (e) {
    if (!(e instanceof CSharpSyntaxError)) throw e;
    result = { source, problems: [{ message: e.message, offset: map(e.offset), unsupported: e instanceof CSharpUnsupportedError }] };
  }
  if (cache.size > 10000) cache.clear();
  cache.set(source, result);
  return result;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): { text: string; map: (o: number) => number } {
  if (!s.includes("&")) return { text: s, map: (o) => o };
  const offsets: number[] = [];
  let out = "";
  for (let i = 0; i < s.length; ) {
    const m = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/.exec(s.slice(i, i + 12));
    offsets.push(i);
    if (m) {
      const e = m[1];
      out += e.startsWith("#x") ? String.fromCharCode(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e];
      i += m[0].length;
    } else {
      out += s[i];
      i++;
    }
  }
  offsets.push(s.length);
  return { text: out, map: (o) => offsets[Math.min(o, offsets.length - 1)] };
}
