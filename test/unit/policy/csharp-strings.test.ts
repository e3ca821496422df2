/**
 * C# string literals inside policy expressions, as APIM's compiler reads them: in a regular
 * string `\"` is a quote that does not end the string (and `\\` before `"` is a backslash that
 * does); in a verbatim string `@"..."` a backslash is literal and `""` is one quote. Brackets,
 * `<` and `&&` inside either kind of string never count. A policy using them is valid and its
 * expressions survive the canonical printer byte for byte.
 */
import { expressionSpans, parsePolicy, printPolicy } from "../../../src/index";

const valid: Array<[string, string]> = [
  ["escaped quotes and a closing parenthesis inside a regular string", '@("say \\"hi\\" (and) <b> && }")'],
  ["an escaped quote before }", '@{ return "a\\"}\\"b"; }'],
  ["an escaped backslash right before the closing quote", '@("C:\\\\dir\\\\" + ")")'],
  ["doubled quotes and a closing parenthesis inside a verbatim string", '@(@"a""b)c""")'],
  ["a verbatim string ending in a backslash", '@(@"C:\\" + ")")'],
  ["JSON in a verbatim string inside a block", '@{ var q = @"{""k"": ""v""}"; return q + "}"; }'],
  ["an interpolated string holding an escaped quote", '@($"{context.RequestId}\\"")'],
];

const inText = (e: string) => `<policies>\n    <inbound>\n        <set-body>${e}</set-body>\n    </inbound>\n</policies>\n`;
const inAttribute = (e: string) => `<policies>\n    <inbound>\n        <set-variable name="v" value="${e}" />\n    </inbound>\n</policies>\n`;

describe("C# strings inside expressions", () => {
  test.each(valid)("%s: one expression span, exactly as written", (_label, expr) => {
    const text = `x ${expr} y`;
    expect(expressionSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([expr]);
  });

  test.each(valid)("%s: valid in element text and in an attribute, printed verbatim", (_label, expr) => {
    for (const policy of [inText(expr), inAttribute(expr)]) {
      const parsed = parsePolicy(policy, { file: "p.xml" });
      expect(parsed.diagnostics).toEqual([]);
      const printed = printPolicy(parsed.document!);
      expect(printed).toContain(expr);
      expect(printPolicy(parsePolicy(printed, { file: "p.xml" }).document!)).toBe(printed);
    }
  });

  test.each([
    ["an escaped quote does not close a regular string", '@("never closed \\")'],
    ["a doubled quote does not close a verbatim string", '@(@"never closed "")'],
  ])("%s: the expression never closes, APIMC202", (_label, expr) => {
    const parsed = parsePolicy(inText(expr), { file: "p.xml" });
    expect(parsed.diagnostics.map((d) => d.code)).toContain("APIMC202");
  });
});
