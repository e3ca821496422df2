import { parsePolicy, printPolicy, policyReferences, insertBackendSetter, emptyPolicyDocument } from "../../../src/index";

const raw = `<!-- top -->
<policies>
  <inbound>
    <base/>
    <choose>
      <when condition="@(context.Request.Headers.GetValueOrDefault("x","") == "a" && 1 < 2)">
        <set-header name='h' exists-action="override"><value>@{ var s = "<b>"; return s + '"'; }</value></set-header>
      </when>
    </choose>
    <set-body template="liquid">
  {% if body.a < 3 %}{{body.a}}{% endif %}
    </set-body>
    <![CDATA[ raw & < ]]>
  </inbound>
</policies>
`;

describe("parsePolicy / printPolicy", () => {
  it("reads expressions with raw quotes, < and && and prints them byte-for-byte", () => {
    const { document, diagnostics } = parsePolicy(raw, { file: "p.xml" });
    expect(diagnostics).toEqual([]);
    const out = printPolicy(document!);
    expect(out).toContain(`condition="@(context.Request.Headers.GetValueOrDefault("x","") == "a" && 1 < 2)"`);
    expect(out).toContain(`<value>@{ var s = "<b>"; return s + '"'; }</value>`);
    expect(out).toContain("\n  {% if body.a < 3 %}{{body.a}}{% endif %}\n    </set-body>");
    expect(out).toContain("<![CDATA[ raw & < ]]>");
    expect(out.startsWith("<!-- top -->\n<policies>\n    <inbound>\n        <base />\n")).toBe(true);
    expect(printPolicy(parsePolicy(out, { file: "p.xml" }).document!)).toBe(out);
  });

  it("reports an unclosed element at its opening tag, in file coordinates for inline XML", () => {
    const { document, diagnostics } = parsePolicy("<policies>\n  <inbound>\n    <foo a=\"1\">\n  </inbound>\n</policies>", { file: "apim.yaml", line: 10, col: 7, pointer: "/apis/0/policy" });
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.pointer}`)).toEqual(["apim.yaml:12:5 APIMC201 /apis/0/policy"]);
  });

  it("adds the YAML block indentation to the columns of following lines", () => {
    const { diagnostics } = parsePolicy("<policies>\n<inbound>\n<foo>\n</inbound>\n</policies>", { file: "apim.yaml", line: 8, col: 5, lineIndent: 4 });
    expect(diagnostics.map((d) => `${d.line}:${d.col}`)).toEqual(["10:5"]);
  });

  it("reports a bare & outside expressions at its own position", () => {
    const { diagnostics } = parsePolicy("<policies>\n  <inbound>\n    <set-method>a & b</set-method>\n  </inbound>\n</policies>", { file: "p.xml" });
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["3:19 APIMC200"]);
  });

  it("reports an expression that never closes", () => {
    const { diagnostics } = parsePolicy("<policies>\n<inbound>@{ return (1; </inbound></policies>", { file: "p.xml" });
    expect(diagnostics[0]).toMatchObject({ code: "APIMC202", line: 2, col: 10 });
  });
});

describe("policyReferences", () => {
  it("finds named values, backend and fragment ids with positions; Liquid tokens only when known", () => {
    const doc = parsePolicy(
      `<policies>\n  <inbound>\n    <set-backend-service backend-id="orders" />\n    <set-header name="k"><value>{{api-key}}</value></set-header>\n    <include-fragment fragment-id="cors" />\n  </inbound>\n  <outbound><set-body template="liquid">{{body.x}} {{tenant}}</set-body></outbound>\n</policies>`,
      { file: "p.xml" },
    ).document!;
    expect(policyReferences(doc, new Set(["tenant"]))).toEqual([
      { kind: "backend", name: "orders", file: "p.xml", line: 3, col: 38 },
      { kind: "namedValue", name: "api-key", file: "p.xml", line: 4, col: 33 },
      { kind: "fragment", name: "cors", file: "p.xml", line: 5, col: 36 },
      { kind: "namedValue", name: "tenant", file: "p.xml", line: 7, col: 52 },
    ]);
  });
});

describe("insertBackendSetter", () => {
  it("puts the setter right after <base /> in inbound", () => {
    expect(printPolicy(insertBackendSetter(emptyPolicyDocument("x.xml"), "orders"))).toBe(
      "<policies>\n    <inbound>\n        <base />\n        <set-backend-service backend-id=\"orders\" />\n    </inbound>\n    <backend>\n        <base />\n    </backend>\n    <outbound>\n        <base />\n    </outbound>\n    <on-error>\n        <base />\n    </on-error>\n</policies>\n",
    );
  });
  it("creates inbound when missing", () => {
    const doc = parsePolicy("<policies><outbound /></policies>", { file: "p.xml" }).document!;
    expect(printPolicy(insertBackendSetter(doc, "b"))).toBe("<policies>\n    <inbound>\n        <base />\n        <set-backend-service backend-id=\"b\" />\n    </inbound>\n    <outbound />\n</policies>\n");
  });
});
