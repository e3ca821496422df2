/**
 * What `apimc policy lint` / `validate` say about policy text that is not a valid policy document:
 * each mistake gets one diagnostic at the place to edit (line:col), its code, and a fix. The
 * policy dialect's own rules apply: expressions and Liquid tags may hold raw `<`, `&` and quotes,
 * and the tree keeps comments, CDATA and whitespace-significant bodies as written.
 */
import { parsePolicy, type PolicyElement } from "../../../src/policy";

const BAD: Array<[string, string, string[]]> = [
  [
    "an unclosed comment",
    "<policies>\n    <!-- note\n</policies>\n",
    [
      "2:5 error APIMC200 This comment is never closed. | End the comment with `-->`.",
    ],
  ],
  [
    "an unclosed CDATA section",
    "<policies>\n    <inbound><![CDATA[ x\n</policies>\n",
    [
      "2:14 error APIMC200 This CDATA section is never closed. | End the CDATA section with `]]>`.",
    ],
  ],
  [
    "a closing tag without its opening tag",
    "<policies>\n    </inbound>\n</policies>\n",
    [
      "2:5 error APIMC200 Closing tag </inbound> has no matching <inbound>. | Remove </inbound> or add the opening <inbound> before it.",
    ],
  ],
  [
    "an unquoted attribute value",
    "<policies>\n    <inbound>\n        <set-header name=x />\n    </inbound>\n</policies>\n",
    [
      "3:26 error APIMC200 The tag <set-header> is malformed here: expected name=\"value\", `>` or `/>`. | Quote every attribute value and close the tag with `>` or `/>`.",
    ],
  ],
  [
    "an attribute without a value",
    "<policies>\n    <inbound>\n        <cors allow-credentials />\n    </inbound>\n</policies>\n",
    [
      "3:33 error APIMC200 The tag <cors> is malformed here: expected name=\"value\", `>` or `/>`. | Quote every attribute value and close the tag with `>` or `/>`.",
    ],
  ],
  [
    "an attribute with = but no quote",
    "<policies>\n    <inbound>\n        <cors allow-credentials= />\n    </inbound>\n</policies>\n",
    [
      "3:34 error APIMC200 The tag <cors> is malformed here: expected name=\"value\", `>` or `/>`. | Quote every attribute value and close the tag with `>` or `/>`.",
    ],
  ],
  [
    "a tag cut off at the end",
    "<policies>\n    <inbound>\n        <cors allow-credentials=\"true\"",
    [
      "3:9 error APIMC200 The tag <cors> is malformed here: expected name=\"value\", `>` or `/>`. | Quote every attribute value and close the tag with `>` or `/>`.",
    ],
  ],
  [
    "a tag name cut off at the end",
    "<policies>\n    <inbound>\n        <cors",
    [
      "3:9 error APIMC200 The tag <cors> is malformed here: expected name=\"value\", `>` or `/>`. | Quote every attribute value and close the tag with `>` or `/>`.",
    ],
  ],
  [
    "an attribute value never closed",
    "<policies>\n    <inbound>\n        <set-variable name=\"v value=\"1\" />\n    </inbound>\n</policies>",
    [
      "3:41 error APIMC200 The tag <set-variable> is malformed here: expected name=\"value\", `>` or `/>`. | Quote every attribute value and close the tag with `>` or `/>`.",
    ],
  ],
  [
    "an attribute expression never closed",
    "<policies>\n    <inbound>\n        <set-variable name=\"v\" value=\"@(context.Request",
    [
      "3:39 error APIMC202 The expression in attribute \"value\" is never closed: its brackets do not balance. | Close every `(`, `{` and string literal inside the expression, then the attribute quote.",
    ],
  ],
  [
    "an element expression never closed",
    "<policies>\n    <inbound>\n        <set-body>@{ return (1; </set-body>\n    </inbound>\n</policies>\n",
    [
      "3:19 error APIMC202 This expression is never closed: its brackets do not balance. | Close every `(`, `{` and string literal inside the `@(...)` / `@{...}` expression.",
    ],
  ],
  [
    "a Liquid tag never closed",
    "<policies>\n    <inbound>\n        <set-body template=\"liquid\">{% if body.a </set-body>\n    </inbound>\n</policies>\n",
    [
      "3:37 error APIMC202 This expression is never closed: its brackets do not balance. | Close every `(`, `{` and string literal inside the `@(...)` / `@{...}` expression.",
    ],
  ],
  [
    "an unclosed section before the next one",
    "<policies>\n    <inbound>\n        <base />\n    <backend>\n        <base />\n    </backend>\n</policies>\n",
    [
      "2:5 error APIMC201 Element <inbound> is never closed. | Add </inbound> on its own line before <backend> at line 4, where the content of <inbound> ends.",
    ],
  ],
  [
    "an unclosed statement",
    "<policies>\n    <inbound>\n        <choose>\n            <when condition=\"@(true)\">\n                <base />\n        </choose>\n    </inbound>\n</policies>\n",
    [
      "4:13 error APIMC201 Element <when> is never closed. | Add </when> on its own line before </choose> at line 6, where the content of <when> ends.",
    ],
  ],
  [
    "an unclosed element at the end",
    "<policies>\n    <inbound>\n        <base />",
    [
      "1:1 error APIMC201 Element <policies> is never closed. | Add </policies> at the end of the element.",
      "2:5 error APIMC201 Element <inbound> is never closed. | Add </inbound> at the end of the element.",
    ],
  ],
  [
    "an unclosed element on one line",
    "<policies><inbound><set-header name=\"a\"></inbound></policies>",
    [
      "1:20 error APIMC201 Element <set-header> is never closed. | Add </set-header> before </inbound>, or write it as <set-header ... /> if it has no content.",
    ],
  ],
  [
    "an unclosed policies",
    "<policies>\n    <inbound />\n",
    [
      "1:1 error APIMC201 Element <policies> is never closed. | Add </policies> at the end of the element.",
    ],
  ],
  [
    "a bare ampersand",
    "<policies>\n    <inbound>\n        <set-header name=\"a\"><value>Tom & Jerry</value></set-header>\n    </inbound>\n</policies>\n",
    [
      "3:41 error APIMC200 A bare `&` outside an expression is not valid XML. | Write `&amp;` (or put the text inside an `@(...)` expression or CDATA).",
    ],
  ],
  [
    "a less-than in an attribute value",
    "<policies>\n    <inbound>\n        <set-variable name=\"v\" value=\"a < b\" />\n    </inbound>\n</policies>\n",
    [
      "3:41 error APIMC200 The policy is not well-formed XML: disallowed character. | Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`.",
    ],
  ],
  [
    "a duplicate attribute",
    "<policies>\n    <inbound>\n        <set-variable name=\"v\" name=\"w\" value=\"1\" />\n    </inbound>\n</policies>\n",
    [
      "3:52 error APIMC200 The policy is not well-formed XML: duplicate attribute: name. | Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`.",
    ],
  ],
  [
    "text after the root",
    "<policies />\njunk\n",
    [
      "3:1 error APIMC200 The policy is not well-formed XML: text data outside of root node. | Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`.",
    ],
  ],
  [
    "no element at all",
    "just text\n",
    [
      "2:1 error APIMC200 The policy is not well-formed XML: text data outside of root node. | Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`.",
    ],
  ],
  [
    "an empty document",
    "",
    [
      "1:1 error APIMC200 The policy is not well-formed XML: document must contain a root element. | Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`.",
    ],
  ],
  [
    "only a comment",
    "<!-- nothing -->\n",
    [
      "2:1 error APIMC200 The policy is not well-formed XML: document must contain a root element. | Fix the XML at this position; expressions may hold raw quotes, `<` and `&&` only inside `@(...)` or `@{...}`.",
    ],
  ],
];

describe("policy text that is not a policy", () => {
  test.each(BAD)("%s", (_label, text, expected) => {
    const r = parsePolicy(text, { file: "p.xml", pointer: "/p" });
    expect(r.document).toBeUndefined();
    expect(r.diagnostics.map((d) => {
      expect(d.file).toBe("p.xml");
      expect(d.pointer).toBe("/p");
      return `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message} | ${d.hint}`;
    })).toEqual(expected);
  });

  it("an attribute expression whose brackets never balance is kept up to the quote that ends the tag, with APIMC203", () => {
    const text = `<policies>\n    <inbound>\n        <set-variable name="v" value="@(x.Length" />\n        <set-variable name='w' value='@(y' />\n        <set-variable name="z" value="@(q" key="2"/>\n    </inbound>\n</policies>\n`;
    const r = parsePolicy(text, { file: "p.xml" });
    expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "3:39 error APIMC203 The expression in attribute \"value\" does not balance its brackets, so it is not valid C#; Azure refuses the policy when it is saved. | Check the C# in this expression: every `(`, `{`, `[` and string literal must be closed.",
      "4:39 error APIMC203 The expression in attribute \"value\" does not balance its brackets, so it is not valid C#; Azure refuses the policy when it is saved. | Check the C# in this expression: every `(`, `{`, `[` and string literal must be closed.",
      "5:39 error APIMC203 The expression in attribute \"value\" does not balance its brackets, so it is not valid C#; Azure refuses the policy when it is saved. | Check the C# in this expression: every `(`, `{`, `[` and string literal must be closed.",
    ]);
    const inbound = r.document!.root.children[0] as PolicyElement;
    expect(inbound.children.map((c) => (c as PolicyElement).attributes.map((a) => `${a.name}=${a.value}`).join(" "))).toEqual([
      "name=v value=@(x.Length",
      "name=w value=@(y",
      'name=z value=@(q" key="2',
    ]);
  });
});
