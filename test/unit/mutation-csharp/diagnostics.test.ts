/**
 * Invalid or unsupported C# in a policy expression: each case is compiled with `compileExpression` and
 * must give exactly one problem, at the offset (into the expression as written) of the construct at
 * fault, with the message and the unsupported flag (valid C# apimc does not model) written here by hand.
 * Titles: see values.test.ts.
 */
import { compileExpression } from "../../../src/runtime";
import { safeTitle } from "../../support/test-title";

describe("C# the front end rejects, with the position and the reason", () => {
  it.each(
    (
      [
      ["@(1 /* open)", 4, false, "This comment is never closed with `*/`."],
      ['@($"{1,x}")', 7, false, "The alignment `x` of an interpolation hole must be a constant whole number."],
      ['@($"{1, }")', 7, false, "The alignment `` of an interpolation hole must be a constant whole number."],
      ["@(\"abc)", 2, false, "This string is never closed with `\"`."],
      ["@(\"ab\nc\")", 2, false, "This string is never closed on its line."],
      ["@(\"a\\qb\")", 4, false, "The escape sequence `\\q` is not valid C#."],
      ["@(\"\"\"raw\"\"\")", 2, false, "Raw string literals (`\"\"\"`) are not supported."],
      ["@($\"{1\")", 4, false, "This interpolation hole is never closed with `}`."],
      ["@($\"{1 + (2}\")", 4, false, "This interpolation hole is never closed with `}`."],
      ["@('ab')", 2, false, "This character literal is not closed with `'`."],
      ["@('a)", 2, false, "This character literal is not closed with `'`."],
      ["@(1 # 2)", 4, false, "The character `#` is not valid C# here."],
      ["@(1 + @)", 6, false, "A lone `@` is not valid C# here."],
      ["@(@)", 2, false, "A lone `@` is not valid C# here."],
      ["@{ { return 1; }", 3, false, "This block is never closed with `}`."],
      ["@(1 2)", 4, false, "Unexpected the number `2` after the end of the expression."],
      ["@(1 \"s\")", 4, false, "Unexpected a string after the end of the expression."],
      ["@(1 $\"s\")", 4, false, "Unexpected a string after the end of the expression."],
      ["@(1 x)", 4, false, "Unexpected `x` after the end of the expression."],
      ["@((1)", 4, false, "Expected `)` but found the end of the expression."],
      ["@{ if 1 }", 6, false, "Expected `(` but found the number `1`."],
      ["@{ foreach (var 1 in x) {} }", 16, false, "Expected a name but found the number `1`."],
      ["@(typeof(1))", 9, false, "Expected a type but found the number `1`."],
      ["@(new { 1 })", 8, false, "An anonymous type member needs a name (`Name = value`)."],
      ["@(new { \"a\".Length + 1 })", 8, false, "An anonymous type member needs a name (`Name = value`)."],
      ["@x", 0, false, "A policy expression starts with `@(` or `@{` and ends with the matching bracket."],
      ["@(1", 0, false, "A policy expression starts with `@(` or `@{` and ends with the matching bracket."],
      ["@{ switch (1) { default: return 1; } }", 3, true, "A `switch` statement or expression is not supported by apimc's expression runtime."],
      ["@{ using (var x = 1) {} }", 3, true, "A `using` statement is not supported by apimc's expression runtime."],
      ["@(await x)", 2, true, "`await` is not supported by apimc's expression runtime."],
      ["@{ goto a; }", 3, true, "`goto` is not supported by apimc's expression runtime."],
      ["@{ lock (x) {} }", 3, true, "`lock` is not supported by apimc's expression runtime."],
      ["@{ yield return 1; }", 3, true, "`yield` is not supported by apimc's expression runtime."],
      ["@(sizeof(int))", 2, true, "`sizeof` is not supported by apimc's expression runtime."],
      ["@(checked(1 + 2))", 2, true, "`checked` is not supported by apimc's expression runtime."],
      ["@(unchecked(1))", 2, true, "`unchecked` is not supported by apimc's expression runtime."],
      ["@{ do { } while (true); }", 3, true, "A `do`/`while` loop is not supported by apimc's expression runtime."],
      ["@(this)", 2, true, "`this` is not supported by apimc's expression runtime."],
      ["@(nameof(x))", 2, true, "`nameof` is not supported by apimc's expression runtime."],
      ["@(stackalloc int[1])", 2, true, "`stackalloc` is not supported by apimc's expression runtime."],
      ["@{ try { } catch (Exception e) when (true) { } }", 31, true, "An exception filter (`catch ... when`) is not supported by apimc's expression runtime."],
      ["@(1 is { })", 7, true, "A property, positional or list pattern is not supported by apimc's expression runtime."],
      ["@(1 is (1))", 7, true, "A property, positional or list pattern is not supported by apimc's expression runtime."],
      ["@(1 is [1])", 7, true, "A property, positional or list pattern is not supported by apimc's expression runtime."],
      ["@(1 is int or string)", 11, true, "A combined (`and`/`or`) pattern is not supported by apimc's expression runtime."],
      ["@(1 is int and string)", 11, true, "A combined (`and`/`or`) pattern is not supported by apimc's expression runtime."],
      ["@(1 is int x and string)", 13, true, "A combined (`and`/`or`) pattern is not supported by apimc's expression runtime."],
      ["@{ int Local(int x) { return x; } return Local(1); }", 3, true, "A local function is not supported by apimc's expression runtime."],
      ["@{ 1 = 2; }", 3, false, "Only a local, a member or an indexer can be assigned to."],
      ["@{ int x = 1; (x + 1) = 2; }", 14, false, "Only a local, a member or an indexer can be assigned to."],
      ["@(\"a\".Substring<int>)", 5, false, "Generic type arguments here must be followed by a call."],
      ["@(8 > > 1)", 6, false, "Unexpected `>`."],
      ["@(new())", 2, true, "A target-typed `new()` is not supported by apimc's expression runtime."],
      ["@(new XmlDocument())", 6, true, "XML (System.Xml) types (`XmlDocument`) are not supported by apimc's expression runtime."],
      ["@(Func<int>)", 11, false, "Unexpected the end of the expression."],
      ["@(context.Variables.GetValueOrDefault<int> + 1)", 19, false, "Generic type arguments here must be followed by a call."],
      ["@({)", 2, false, "Unexpected `{`."],
      ["@(;)", 2, false, "Unexpected `;`."],
      ["@(new int[] 1)", 12, false, "Expected `{` but found the number `1`."],
      ["@(a ? b)", 7, false, "Expected `:` but found the end of the expression."],
      ["@(x => )", 7, false, "Unexpected the end of the expression."],
      ["@{ break }", 9, false, "Expected `;` but found the end of the expression."],
      ["@{ return 1 }", 12, false, "Expected `;` but found the end of the expression."],
      ["@{ for (int i = 0 i < 1; i++) {} }", 18, false, "Expected `;` but found `i`."],
      ["@{ catch }", 3, false, "Unexpected `catch`."],
      ["@(default(1))", 10, false, "Expected a type but found the number `1`."],
      ["@(x as 1)", 7, false, "Expected a type but found the number `1`."],
      ["@(`)", 2, false, "The character ``` is not valid C# here."],
      ["@(1 ?? throw)", 12, false, "Unexpected the end of the expression."],
      ] as Array<[string, number, boolean, string]>
    ).map(([source, offset, unsupported, message], i) => [i, safeTitle(source), source, offset, unsupported, message] as const),
  )("case %i: %s", (_i, _title, source, offset, unsupported, message) => {
    const problems = compileExpression(source).problems.map((p) => ({ at: source.slice(p.offset, p.offset + 6), offset: p.offset, unsupported: p.unsupported, message: p.message }));
    expect({ source, problems }).toEqual({ source, problems: [{ at: source.slice(offset, offset + 6), offset, unsupported, message }] });
  });

  it("points into the expression as written when XML entities were decoded first", () => {
    const source = "@(&quot;a&quot; + 1 # 2)";
    expect(compileExpression(source).problems).toEqual([{ offset: 20, unsupported: false, message: "The character `#` is not valid C# here." }]);
    expect(source.slice(20, 21)).toBe("#");
  });
});
