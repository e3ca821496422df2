/**
 * Markup the policy reader must get right around expressions and Liquid: tags spread over lines,
 * spaces around `=`, markup declarations, `--` inside comments, multi-line expressions followed by
 * a mistake (its line must still be right), and several `@` and `{%` in one run of text.
 */
import { parsePolicy, printPolicy } from "../../../src/policy";

const ok = (text: string): string => {
  const r = parsePolicy(text, { file: "p.xml" });
  expect(r.diagnostics).toEqual([]);
  return printPolicy(r.document!);
};
const problems = (text: string): string[] => parsePolicy(text, { file: "p.xml" }).diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);

describe("tags", () => {
  it("may spread over lines, with spaces, tabs and CRs around attributes and before the end", () => {
    expect(ok(`<policies\n>\n    <inbound\t>\n        <set-header\r\n            name = "a"\n            exists-action\t=\t'override'\n        />\n        <base\n/>\n    </inbound >\n</policies>`)).toBe(
      `<policies>\n    <inbound>\n        <set-header name="a" exists-action="override" />\n        <base />\n    </inbound>\n</policies>\n`,
    );
  });

  it("a / that does not close the tag is a malformed tag", () => {
    expect(problems(`<policies>\n    <inbound>\n        <base / >\n    </inbound>\n</policies>`)).toEqual([
      '3:15 APIMC200 The tag <base> is malformed here: expected name="value", `>` or `/>`.',
    ]);
  });

  it("an attribute name cut off by =", () => {
    expect(problems(`<policies>\n    <inbound>\n        <base ="x" />\n    </inbound>\n</policies>`)).toEqual([
      '3:15 APIMC200 The tag <base> is malformed here: expected name="value", `>` or `/>`.',
    ]);
  });

  it("a closing tag cut off at the end of the text", () => {
    expect(problems(`<policies>\n    <inbound>\n    </inbound`)).toEqual(["1:1 APIMC201 Element <policies> is never closed.", "2:5 APIMC201 Element <inbound> is never closed."]);
  });

  it("a markup declaration or processing instruction cut off at the end", () => {
    expect(problems(`<policies />\n<!DOCTYPE x`)).toHaveLength(1);
    expect(problems(`<?xml version="1.0"`)).toHaveLength(1);
  });

  it("a value quoted with ' may hold \" and one quoted with \" may hold '", () => {
    expect(ok(`<policies>\n    <inbound>\n        <set-variable name='a"b' value="it's" />\n    </inbound>\n</policies>\n`)).toBe(
      `<policies>\n    <inbound>\n        <set-variable name="a&quot;b" value="it's" />\n    </inbound>\n</policies>\n`,
    );
  });
});

describe("comments and CDATA", () => {
  it("a comment may hold -- and markup, as deployed policies do", () => {
    const text = `<policies>\n    <inbound>\n        <!-- old: <rate-limit calls="5" /> -- disabled -->\n        <base />\n    </inbound>\n</policies>\n`;
    expect(ok(text)).toBe(text);
  });
  it("CDATA may hold markup, & and ]]", () => {
    const text = `<policies>\n    <inbound>\n        <set-body><![CDATA[<a href="x?y=1&z=2">]]</a>]]></set-body>\n    </inbound>\n</policies>\n`;
    expect(ok(text)).toBe(text);
  });
});

describe("expressions and Liquid in text", () => {
  it("a mistake after a multi-line expression is reported on its own line", () => {
    const text = `<policies>\n    <inbound>\n        <set-body>@{\n            var a = "<b>";\n            return a;\n        }</set-body>\n        <set-method>a & b</set-method>\n    </inbound>\n</policies>\n`;
    expect(problems(text)).toEqual(["7:23 APIMC200 A bare `&` outside an expression is not valid XML."]);
  });

  it("an XML error after a multi-line expression with CRLF is reported on its own line", () => {
    const text = `<policies>\r\n    <inbound>\r\n        <set-body>@{\r\n            return "<";\r\n        }</set-body>\r\n        <set-variable name="v" value="<" />\r\n    </inbound>\r\n</policies>\r\n`;
    expect(problems(text).map((p) => p.split(":")[0])).toEqual(["6"]);
  });

  it("several @ and Liquid tags in one run of text, in any order", () => {
    const body = `mail@example.com @(1 < 2) {% if a < b %}x{% endif %} @ {{c}} @{ return "<"; }`;
    const text = `<policies>\n    <inbound>\n        <set-body template="liquid">${body}</set-body>\n    </inbound>\n</policies>\n`;
    expect(ok(text)).toBe(text);
  });

  it("a Liquid tag before an expression, and an expression before a Liquid tag", () => {
    for (const body of [`{% if a < b %}@(1 < 2){% endif %}`, `@(1 < 2){% if a < b %}x{% endif %}`]) {
      const text = `<policies>\n    <inbound>\n        <set-body template="liquid">${body}</set-body>\n    </inbound>\n</policies>\n`;
      expect(ok(text)).toBe(text);
    }
  });

  it("an @ in one element's text and an expression in the next", () => {
    const text = `<policies>\n    <inbound>\n        <set-header name="from"><value>a@b</value></set-header>\n        <set-body>@("<" + "@(")</set-body>\n    </inbound>\n</policies>\n`;
    expect(ok(text)).toContain(`<set-body>@("<" + "@(")</set-body>`);
  });

  it("an expression in an attribute may hold the other quote, > and />", () => {
    const text = `<policies>\n    <inbound>\n        <set-variable name="v" value="@(a > 1 ? "/>" : '>'.ToString())" />\n        <set-variable name='w' value='@(b + "x")' />\n    </inbound>\n</policies>\n`;
    expect(ok(text)).toBe(text.replace(`name='w' value='@(b + "x")'`, `name="w" value="@(b + "x")"`));
  });

  it("text around an attribute expression is kept, with an @ that starts none", () => {
    const text = `<policies>\n    <inbound>\n        <set-header name="x" exists-action="override">\n            <value>x</value>\n        </set-header>\n        <set-variable name="v" value="a@b @(c) d @{ return 1; } e" />\n    </inbound>\n</policies>\n`;
    expect(ok(text)).toBe(text);
  });
});
