/**
 * The tree `parsePolicy` builds, as the canonical printer and every position-bearing diagnostic
 * use it: file coordinates for a policy inlined in YAML, whitespace trimmed only where APIM
 * ignores it, comments and CDATA kept, the XML declaration dropped.
 */
import { parsePolicy, printPolicy, type PolicyElement, type PolicyNode } from "../../../src/policy";

const elementsOf = (el: PolicyElement): PolicyElement[] => el.children.filter((c): c is PolicyElement => c.type === "element");
const at = (n: { pos: { line: number; col: number } }): string => `${n.pos.line}:${n.pos.col}`;

describe("positions", () => {
  const text = `<policies>\n  <inbound>\n    <set-header name="X-A" exists-action="override" />\n  </inbound>\n</policies>`;

  it("default to line 1, column 1 of the file", () => {
    const root = parsePolicy(text, { file: "p.xml" }).document!.root;
    const inbound = elementsOf(root)[0];
    const header = elementsOf(inbound)[0];
    expect([at(root), at(inbound), at(header)]).toEqual(["1:1", "2:3", "3:5"]);
    expect(header.attributes.map((a) => `${a.name} ${a.pos.line}:${a.pos.col} ${a.valuePos!.line}:${a.valuePos!.col}`)).toEqual(["name 3:17 3:23", "exists-action 3:28 3:43"]);
  });

  it("shift by where the policy starts in its YAML file and by the block indentation on later lines", () => {
    const root = parsePolicy(text, { file: "apim.yaml", line: 10, col: 7, lineIndent: 4 }).document!.root;
    const inbound = elementsOf(root)[0];
    const header = elementsOf(inbound)[0];
    expect([at(root), at(inbound), at(header)]).toEqual(["10:7", "11:7", "12:9"]);
    expect(header.attributes.map((a) => `${a.name} ${a.pos.line}:${a.pos.col} ${a.valuePos!.line}:${a.valuePos!.col}`)).toEqual(["name 12:21 12:27", "exists-action 12:32 12:47"]);
  });

  it("of a mistake on the first line use the starting column; on later lines the indentation", () => {
    const first = parsePolicy(`<policies><inbound><foo></inbound></policies>`, { file: "apim.yaml", line: 10, col: 7, lineIndent: 4 });
    expect(first.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["10:26 APIMC201"]);
    const later = parsePolicy(`<policies>\n<inbound>\n<a>b & c</a>\n</inbound>\n</policies>`, { file: "apim.yaml", line: 10, col: 7, lineIndent: 4 });
    expect(later.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["12:10 APIMC200"]);
  });

  it("of an XML error on a later line are where the XML parser stopped", () => {
    const r = parsePolicy(`<policies>\n    <inbound>\n        <set-variable name="v" value="a < b" />\n    </inbound>\n</policies>\n`, { file: "apim.yaml", line: 3, col: 5, lineIndent: 2 });
    expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["5:43 APIMC200"]);
  });
});

describe("the tree", () => {
  it("trims text where APIM ignores whitespace: spaces, tabs, CR, LF; and keeps it in set-body, value and Liquid templates", () => {
    const text = [
      `<policies>`,
      `    <inbound>`,
      `        <set-method>\t\r\n GET \t</set-method>`,
      `        <set-body>  keep  </set-body>`,
      `        <set-body> </set-body>`,
      `        <set-header name="a"><value> v </value></set-header>`,
      `        <publish-to-dapr topic="t" template="LIQUID"><x>  {{body.a}}  </x></publish-to-dapr>`,
      `        <set-url>  </set-url>`,
      `    </inbound>`,
      `</policies>`,
      ``,
    ].join("\n");
    const r = parsePolicy(text, { file: "p.xml" });
    expect(r.diagnostics).toEqual([]);
    const inbound = elementsOf(r.document!.root)[0];
    const bodies = elementsOf(inbound).map((e) => e.children.map((c: PolicyNode) => (c.type === "element" ? `<${c.name}>${JSON.stringify(c.children.map((k) => (k.type === "element" ? k.name : k.text)))}` : JSON.stringify(c.type === "text" ? c.text : ""))));
    expect(bodies).toEqual([['"GET"'], ['"  keep  "'], ['" "'], ['<value>[" v "]'], ['<x>["  {{body.a}}  "]'], []]);
    // The trimmed text starts where its first character is.
    expect(at(elementsOf(inbound)[0].children[0] as { pos: { line: number; col: number } })).toBe("4:2");
    expect(printPolicy(r.document!).split("\n")).toEqual([
      "<policies>",
      "    <inbound>",
      "        <set-method>GET</set-method>",
      "        <set-body>  keep  </set-body>",
      "        <set-body> </set-body>",
      "        <set-header name=\"a\">",
      "            <value> v </value>",
      "        </set-header>",
      "        <publish-to-dapr topic=\"t\" template=\"LIQUID\"><x>  {{body.a}}  </x></publish-to-dapr>",
      "        <set-url />",
      "    </inbound>",
      "</policies>",
      "",
    ]);
  });

  it("keeps comments before, inside and after the root, and CDATA; drops the XML declaration", () => {
    const text = `<?xml version="1.0" encoding="utf-8"?>\n<!-- owner: team-a -->\n<policies>\n    <inbound>\n        <!-- why -->\n        <set-body><![CDATA[<raw> & ]]></set-body>\n        <base />\n        <![CDATA[ x ]]>\n    </inbound>\n</policies>\n<!-- end -->\n`;
    const r = parsePolicy(text, { file: "p.xml" });
    expect(r.diagnostics).toEqual([]);
    const doc = r.document!;
    expect(doc.leading.map((c) => `${at(c)} ${c.text}`)).toEqual(["2:1  owner: team-a "]);
    expect(doc.trailing.map((c) => `${at(c)} ${c.text}`)).toEqual(["11:1  end "]);
    const inbound = elementsOf(doc.root)[0];
    expect(inbound.children.map((c) => `${c.type} ${at(c)}`)).toEqual(["comment 5:9", "element 6:9", "element 7:9", "cdata 8:9"]);
    expect(printPolicy(doc)).toBe(text.replace(`<?xml version="1.0" encoding="utf-8"?>\n`, ""));
  });

  it("keeps entities and character references as written", () => {
    const text = `<policies>\n    <inbound>\n        <set-variable name="v" value="a &amp; b &#x41; &lt;" />\n        <set-method>&quot;GET&quot;</set-method>\n    </inbound>\n</policies>\n`;
    const r = parsePolicy(text, { file: "p.xml" });
    expect(r.diagnostics).toEqual([]);
    expect(printPolicy(r.document!)).toBe(text);
  });

  it("reads a document without a trailing newline and with CRLF line ends", () => {
    const r = parsePolicy("<policies>\r\n    <inbound>\r\n        <base />\r\n    </inbound>\r\n</policies>", { file: "p.xml" });
    expect(r.diagnostics).toEqual([]);
    expect(printPolicy(r.document!)).toBe("<policies>\n    <inbound>\n        <base />\n    </inbound>\n</policies>\n");
    expect(at(elementsOf(elementsOf(r.document!.root)[0])[0])).toBe("3:9");
  });
});
