/**
 * The parser's choices where C# text could be read two ways (a cast or a bracketed value, a generic
 * type or a comparison, a nullable type or a ternary, a lambda or a bracketed expression, a declaration
 * or an expression statement), each shown by the value `evaluateProgram` gives. Titles: see values.test.ts.
 */
import { compileExpression, evaluateProgram, type EvalEnv } from "../../../src/runtime";
import { safeTitle } from "../../support/test-title";

const ENV: EvalEnv = { context: null, now: () => 0, newGuid: () => "11111111-2222-4333-8444-555555555555" };

function run(source: string): unknown {
  const c = compileExpression(source);
  if (!c.program || c.problems.length) return { problems: c.problems.map((p) => `${p.offset}: ${p.message}`) };
  try {
    return evaluateProgram(c.program, ENV);
  } catch (e) {
    if (e instanceof Error && "type" in e) return { throws: (e as Error & { type: string }).type };
    throw e;
  }
}

describe("C# read the way the compiler reads it", () => {
  it.each(
    (
      [
        // the wrapper: @( ... ) or @{ ... }, both ends matching
        ["@{ return 1; )", { problems: ["0: A policy expression starts with `@(` or `@{` and ends with the matching bracket."] }],
        ["@(1}", { problems: ["0: A policy expression starts with `@(` or `@{` and ends with the matching bracket."] }],
        ["(1)", { problems: ["0: A policy expression starts with `@(` or `@{` and ends with the matching bracket."] }],
        // a string token that holds punctuation is a string, never the punctuation
        ['@("(")', "("],
        ['@(")" + "(" + "." + ";")', ")(.;"],
        ['@("var")', "var"],
        ['@{ var x = "{"; return x + "}"; }', "{}"],
        ['@("?" ?? "b")', "?"],
        ['@("not" is "not")', true],
        ['@(1 "+" 2)', { problems: ["4: Unexpected a string after the end of the expression."] }],
        ['@(1 "is" int)', { problems: ["4: Unexpected a string after the end of the expression."] }],
        // casts and bracketed values
        ["@((double)int.Parse(\"3\") / 2)", 1.5],
        ["@((string)\"s\")", "s"],
        ["@((object)null == null)", true],
        ["@((bool)true)", true],
        ["@((string)typeof(int))", "int"],
        ["@((int)default(int))", 0],
        ["@((object)new JObject() != null)", true],
        ["@((int?)-1)", -1],
        ["@((double?)+1.5)", 1.5],
        ["@((int[])new int[2]).Length", { problems: ["0: A policy expression starts with `@(` or `@{` and ends with the matching bracket."] }],
        ["@(((int[])new int[2]).Length)", 2],
        ["@{ int x = 2; return (x) * 3; }", 6],
        ["@{ int x = 2; return (x) - 3; }", -1],
        ["@{ int x = 2; return (x) + 3; }", 5],
        ["@{ int x = 2; return (x)+3; }", 5],
        ["@{ bool b = true; return (b) ? 1 : 2; }", 1],
        ["@{ bool c = true; int a = 1; return (c ? a : 2) + 1; }", 2],
        ["@{ bool c = false; string a = \"x\"; return (c ? a : \"y\"); }", "y"],
        ["@{ string s = \"a\"; return ((string)s).Length; }", 1],
        // generic types or comparisons
        ["@{ int a = 1, b = 2; return a < b; }", true],
        ["@{ int a = 1, b = 2; var c = a < b && b > a; return c; }", true],
        ["@{ int a = 1, b = 2; return a < b == b > a; }", true],
        ["@{ int a = 1; bool c; c = a < 2; return c; }", true],
        ["@(new List<int?> { 1, null }.Count())", 2],
        ["@(new Dictionary<int?, string>().Count)", 0],
        ["@(new int?[] { 1, null }.Length)", 2],
        ["@(new int[][] { new[] { 1, 2 } }[0][1])", 2],
        ["@(new[] { new[] { 1, 2 } }.Select((int[] a) => a.Length).Sum())", 2],
        ["@(new[] { new List<int> { 1, 2, 3 } }.Select((List<int> a) => a.Count()).Sum())", 3],
        ["@{ System.Text.StringBuilder sb = new System.Text.StringBuilder(); sb.Append(\"a\"); return sb.ToString(); }", "a"],
        ["@{ JObject o = new JObject(); o[\"k\"] = 1; return (int)o[\"k\"]; }", 1],
        ["@{ const JObject o = null; return o == null; }", true],
        ["@{ int? a = 1, b = null; return b ?? a; }", 1],
        ["@{ int? x = null; return x ?? 5; }", 5],
        ["@(new[] { 1, 2 }.Select((int? x) => x).Count())", 2],
        // lambdas or bracketed expressions
        ["@(new[] { 1 }.Select((x) => (x + 1) * 2).First())", 4],
        ["@(new[] { 1 }.Select(x => (x)).First())", 1],
        ["@((1 + 2) * (3))", 9],
        ["@(new[] { 2 }.Select(x => x * (x + 1)).First())", 6],
        // throw as an expression
        ["@{ try { return false ? 1 : throw new Exception(\"t\"); } catch (Exception e) { return e.Message; } }", "t"],
        ["@{ try { string s = null; return s ?? throw new Exception(\"n\"); } catch (Exception e) { return e.Message; } }", "n"],
        // the null-forgiving ! before ) . ;
        ["@((\"x\"!) + \"y\")", "xy"],
        // predefined types name their statics
        ["@(char.IsDigit('7'))", true],
        ["@(bool.Parse(\"true\"))", true],
        ["@(double.Parse(\"1.5\") * 2)", 3],
        ["@(long.Parse(\"9\") + 1)", 10],
        // assignment targets: a local, a member, an indexer
        ["@{ var e = new XElement(\"a\"); e.Value = \"v\"; return e.Value; }", "v"],
        ["@{ var e = new XElement(\"a\") { Value = \"w\" }; return e.Value; }", "w"],
        ["@{ var o = new JObject { [\"a\"] = 1, [\"b\"] = 2 }; return o.Count; }", 2],
        ["@{ var l = new List<int> { 1, 2, 3 }; return l.Count(); }", 3],
        ["@{ var d = new Dictionary<string, int> { { \"a\", 1 } }; d[\"b\"] = 2; return d.Count; }", 2],
        // a statement that starts like a type but is an expression
        ["@{ var l = new List<int>(); l.Add(1); return l.Count(); }", 1],
        ["@{ var l = new List<int>(); l.Add((1)); l.Add((2 + 3)); return l.Sum(); }", 6],
        ["@{ int x = 1; x = 2; return x; }", 2],
        ["@{ int x = 1; x++; return x; }", 2],
        ["@{ var a = new[] { 1 }; a[0] = 5; return a[0]; }", 5],
        // an out argument declares its local for the rest of the block
        ["@{ if (!int.TryParse(\"12\", out var v)) { return -1; } return v + 1; }", 13],
        ["@{ int.TryParse(\"3\", out int w); return w; }", 3],
      ] as Array<[string, unknown]>
    ).map(([source, expected], i) => [i, safeTitle(source), source, expected] as const),
  )("case %i: %s", (_i, _title, source, expected) => {
    expect({ source, value: run(source) }).toEqual({ source, value: expected });
  });
});
