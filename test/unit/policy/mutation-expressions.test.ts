/**
 * Where a policy expression ends, for the C# a real policy holds: comments, char literals,
 * interpolated and verbatim strings with brackets and quotes inside. Getting the end wrong either
 * rejects a valid policy (the expression "never closes") or lets the XML check see C# and fail.
 * Through the policy layer's public face (`src/policy`, re-exported by `src/index`).
 */
import { expressionSpans, parsePolicy, printPolicy } from "../../../src/policy";

const spans = (text: string, from?: number, to?: number): string[] => expressionSpans(text, from, to).map(([s, e]) => text.slice(s, e));

describe("expression spans in C# with literals that hold brackets", () => {
  test.each([
    ["a block comment holding a closing bracket", "@(a /* ) */ + b)"],
    ["a line comment holding a closing brace", '@{ // } not the end\n return "x"; }'],
    ["a char literal holding a quote", `@('"' + "x)")`],
    ["an escaped char literal holding an apostrophe", `@('\\'' + ")")`],
    ["a unicode char literal", "@('\\u0041' + \")\")"],
    ["an interpolated string with a hole holding a string with a bracket", '@($"id {(a ? ")" : "(")} end")'],
    ["an interpolated string with doubled braces", '@($"{{literal}} {context.RequestId}")'],
    ["an interpolated string with an escaped quote", '@($"a \\" ) {x}")'],
    ["a verbatim interpolated string, dollar first, with a doubled quote", '@($@"a "" ) {x}")'],
    ["a verbatim interpolated string, at first, with a doubled quote", '@(@$"a "" ) {x}")'],
    ["nested brackets of every kind", "@(new[] { (1), 2 }[0])"],
    ["a verbatim string with a doubled quote then a backslash", '@(@"a""\\" + ")")'],
    ["a verbatim interpolated string with a doubled quote then a backslash", '@($@"a""\\" + ")")'],
    ["a verbatim interpolated string, at first, ending in a backslash", '@(@$"C:\\temp\\" + ")")'],
    ["a verbatim interpolated string, dollar first, ending in a backslash", '@($@"C:\\temp\\" + ")")'],
    ["an interpolated string holding a literal brace and a quote", '@($"{{" + ")")'],
    ["an at sign that is not a string prefix", "@(a @ b)"],
    ["a dollar sign that is not a string prefix", "@(a $ b)"],
    ["a slash that is not a comment", "@(a / b)"],
  ])("%s", (_label, expr) => {
    const text = `pre ${expr} post`;
    expect(spans(text)).toEqual([expr]);
  });

  it("a lone apostrophe, not a char literal, does not hide the closing bracket", () => {
    expect(spans("@(a ' b) tail")).toEqual(["@(a ' b)"]);
    expect(spans("@(a '\n' b) tail")).toEqual(["@(a '\n' b)"]);
  });

  it("a long run after an apostrophe is not a char literal", () => {
    expect(spans("@(a 'abcdefghij' b) tail")).toEqual(["@(a 'abcdefghij' b)"]);
  });

  it("a plain string ends at its line: one stray quote cannot swallow the rest", () => {
    expect(spans('@("abc\n) tail')).toEqual(['@("abc\n)']);
    expect(spans('@($"abc\n) tail')).toEqual(['@($"abc\n)']);
  });

  it("a verbatim string spans lines", () => {
    expect(spans('@(@"a\n)" + b) tail')).toEqual(['@(@"a\n)" + b)']);
    expect(spans('@($@"a\n)" + b) tail')).toEqual(['@($@"a\n)" + b)']);
  });

  it("finds every expression, skipping at signs that start none", () => {
    expect(spans("mail@example.com @(a) and @{ return b; } @x @")).toEqual(["@(a)", "@{ return b; }"]);
  });

  it("an expression that never balances runs to the end of the value", () => {
    expect(spans("x @(a(b) y")).toEqual(["@(a(b) y"]);
    expect(spans('x @("open')).toEqual(['@("open']);
    expect(spans("x @(a /* open")).toEqual(["@(a /* open"]);
    expect(spans('x @($"{a"')).toEqual(['@($"{a"']);
    expect(spans('x @($"a')).toEqual(['@($"a']);
    expect(spans('x @(@"a')).toEqual(['@(@"a']);
  });

  it("stays inside the range it is given", () => {
    const text = "@(a) @(b) @(c)";
    expect(spans(text, 5)).toEqual(["@(b)", "@(c)"]);
    expect(spans(text, 0, 9)).toEqual(["@(a)", "@(b)"]);
    // The closing bracket lies past the range: the span stops at its end.
    expect(spans(text, 5, 8)).toEqual(["@(b"]);
    expect(spans("@(a // c\n) x", 0, 6)).toEqual(["@(a //"]);
    expect(spans("@(a /* c */) x", 0, 9)).toEqual(["@(a /* c "]);
  });
});

const policy = (inbound: string): string => `<policies>\n    <inbound>\n${inbound}\n    </inbound>\n</policies>\n`;

describe("expressions in a whole policy", () => {
  it("accepts a comment and a char literal holding brackets in element text", () => {
    const expr = "@{ /* } */ char c = '}'; return c.ToString(); // )\n}";
    const parsed = parsePolicy(policy(`        <set-body>${expr}</set-body>`), { file: "p.xml" });
    expect(parsed.diagnostics).toEqual([]);
    expect(printPolicy(parsed.document!)).toContain(`<set-body>${expr}</set-body>`);
  });

  it("a single-quoted attribute's bare quotes are escaped outside expressions and stay raw inside", () => {
    const parsed = parsePolicy(policy(`        <set-variable name='v' value='say "hi" @("x" + "y") "bye"' />`), { file: "p.xml" });
    expect(parsed.diagnostics).toEqual([]);
    expect(printPolicy(parsed.document!)).toContain(`<set-variable name="v" value="say &quot;hi&quot; @("x" + "y") &quot;bye&quot;" />`);
  });

  it("a single-quoted attribute without quotes is kept as written", () => {
    const parsed = parsePolicy(policy(`        <set-variable name='v' value='plain &amp; simple' />`), { file: "p.xml" });
    expect(printPolicy(parsed.document!)).toContain(`<set-variable name="v" value="plain &amp; simple" />`);
  });
});
