/**
 * What `apimc plan` shows for a changed policy, at the edges of `diffPolicies`: a new root element,
 * attributes added and removed, credentials masked in every kind of line, entity and character
 * references that APIM reads as the same text, XPath literals for keys holding quotes, and moves
 * among repeated siblings. Every expectation is written out by hand.
 */
import { diffPolicies, parsePolicy, type PolicyDocument } from "../../../src/policy";

const parse = (text: string): PolicyDocument => {
  const r = parsePolicy(text, { file: "p.xml" });
  if (!r.document) throw new Error(JSON.stringify(r.diagnostics));
  return r.document;
};
const inbound = (body: string): PolicyDocument => parse(`<policies><inbound>${body}</inbound></policies>`);

describe("policy diff edges", () => {
  it("a different root element is one change of the whole document, with credentials masked", () => {
    const a = parse(`<policies><inbound><authentication-basic username="u" password="p1" /></inbound></policies>`);
    const b = parse(`<fragment><authentication-basic username="u" password="p2" /></fragment>`);
    expect(diffPolicies(a, b)).toEqual([
      {
        change: "changed",
        path: "/",
        before: `<policies>\n    <inbound>\n        <authentication-basic username="u" password="(sensitive)" />\n    </inbound>\n</policies>`,
        after: `<fragment>\n    <authentication-basic username="u" password="(sensitive)" />\n</fragment>`,
      },
    ]);
  });

  it("an attribute removed or added is one line each, a credential attribute masked on either side", () => {
    const a = inbound(`<authentication-basic username="u" password="old" /><cors allow-credentials="true" />`);
    const b = inbound(`<authentication-basic username="u" /><cors />`);
    expect(diffPolicies(a, b)).toEqual([
      { change: "removed", path: "/policies/inbound/authentication-basic/@password", before: "(sensitive)" },
      { change: "removed", path: "/policies/inbound/cors/@allow-credentials", before: "true" },
    ]);
    expect(diffPolicies(b, a)).toEqual([
      { change: "added", path: "/policies/inbound/authentication-basic/@password", after: "(sensitive)" },
      { change: "added", path: "/policies/inbound/cors/@allow-credentials", after: "true" },
    ]);
    expect(diffPolicies(a, inbound(`<authentication-basic username="v" password="new" /><cors allow-credentials="true" />`))).toEqual([
      { change: "changed", path: "/policies/inbound/authentication-basic/@username", before: "u", after: "v" },
      { change: "changed", path: "/policies/inbound/authentication-basic/@password", before: "(sensitive)", after: "(sensitive)" },
    ]);
  });

  it("a credential header's value is masked in a changed body, an ordinary header's is shown", () => {
    const a = inbound(`<set-header name="Authorization" exists-action="override"><value>Bearer a</value></set-header><set-header name="x-trace" exists-action="override"><value>a</value></set-header>`);
    const b = inbound(`<set-header name="Authorization" exists-action="override"><value>Bearer b</value></set-header><set-header name="x-trace" exists-action="override"><value>b</value></set-header>`);
    expect(diffPolicies(a, b)).toEqual([
      { change: "changed", path: "/policies/inbound/set-header[@name='Authorization']/value/text()", before: "(sensitive)", after: "(sensitive)" },
      { change: "changed", path: "/policies/inbound/set-header[@name='x-trace']/value/text()", before: "a", after: "b" },
    ]);
  });

  it("added and removed elements print with their credentials masked", () => {
    const a = inbound(`<cors />`);
    const b = inbound(`<cors /><set-header name="Authorization" exists-action="override"><value>Bearer b</value></set-header>`);
    expect(diffPolicies(a, b)).toEqual([
      { change: "added", path: "/policies/inbound/set-header[@name='Authorization']", after: `<set-header name="Authorization" exists-action="override">\n    <value>(sensitive)</value>\n</set-header>` },
    ]);
    expect(diffPolicies(b, a)).toEqual([
      { change: "removed", path: "/policies/inbound/set-header[@name='Authorization']", before: `<set-header name="Authorization" exists-action="override">\n    <value>(sensitive)</value>\n</set-header>` },
    ]);
  });

  it("entity, decimal and hex character references are the text APIM reads; the highest code point compares equal in both forms", () => {
    const v = (value: string) => inbound(`<set-variable name="v" value="${value}" /><set-body>${value}</set-body>`);
    expect(diffPolicies(v("A&amp;B &lt;&gt; &quot;&apos;"), v(`A&#38;B &#x3C;&#x3e; &#34;&#39;`))).toEqual([]);
    expect(diffPolicies(v("&#65;"), v("A"))).toEqual([]);
    expect(diffPolicies(v("&#x41;"), v("A"))).toEqual([]);
    expect(diffPolicies(v("&#1114111;"), v("&#x10FFFF;"))).toEqual([]);
    // A bare & in an expression is not an entity and stays.
    expect(diffPolicies(v(`@(1 &amp;&amp; 2)`), v(`@(1 && 2)`))).toEqual([]);
    expect(diffPolicies(v(`@(a & b)`), v(`@(a &amp; c)`))).toHaveLength(2);
  });

  it("a body in CDATA and the same body as text are equal; comments are no part of a body", () => {
    expect(diffPolicies(inbound(`<set-body><![CDATA[a<b]]></set-body>`), inbound(`<set-body>a&lt;b<!-- note --></set-body>`))).toEqual([]);
    expect(diffPolicies(inbound(`<set-body>x<![CDATA[y]]></set-body>`), inbound(`<set-body>xz</set-body>`))).toEqual([
      { change: "changed", path: "/policies/inbound/set-body/text()", before: "xy", after: "xz" },
    ]);
  });

  it("a key holding both quote kinds is an XPath concat literal", () => {
    const when = (status: string) =>
      inbound(`<choose><when condition="@(context.Request.Headers.GetValueOrDefault(\"x\",\"\") == \"it's\")"><return-response><set-status code="${status}" /></return-response></when></choose>`);
    expect(diffPolicies(when("401"), when("403")).map((c) => c.path)).toEqual([
      `/policies/inbound/choose/when[@condition=concat('@(context.Request.Headers.GetValueOrDefault("x","") == "it', "'", 's")')]/return-response/set-status/@code`,
    ]);
  });

  it("repeated keyed siblings are numbered among their key only; unkeyed ones among their name", () => {
    const a = inbound(`<set-header name="a" exists-action="override" /><rate-limit calls="1" renewal-period="1" /><set-header name="b" exists-action="override" /><set-header name="A" exists-action="override" /><rate-limit calls="2" renewal-period="1" />`);
    const b = inbound(`<set-header name="a" exists-action="skip" /><rate-limit calls="1" renewal-period="2" /><set-header name="b" exists-action="skip" /><set-header name="A" exists-action="skip" /><rate-limit calls="2" renewal-period="2" />`);
    expect(diffPolicies(a, b).map((c) => c.path)).toEqual([
      "/policies/inbound/set-header[@name='a'][1]/@exists-action",
      "/policies/inbound/rate-limit[1]/@renewal-period",
      "/policies/inbound/set-header[@name='b']/@exists-action",
      "/policies/inbound/set-header[@name='A'][2]/@exists-action",
      "/policies/inbound/rate-limit[2]/@renewal-period",
    ]);
    // A query parameter's name is case-sensitive: `a` and `A` are two keys, each without an index.
    const q = (action: string) => inbound(`<set-query-parameter name="a" exists-action="${action}" /><set-query-parameter name="A" exists-action="${action}" />`);
    expect(diffPolicies(q("override"), q("skip")).map((c) => c.path)).toEqual([
      "/policies/inbound/set-query-parameter[@name='a']/@exists-action",
      "/policies/inbound/set-query-parameter[@name='A']/@exists-action",
    ]);
  });

  it("a keyed element missing its key is matched by name", () => {
    expect(diffPolicies(inbound(`<set-header exists-action="override" />`), inbound(`<set-header exists-action="skip" />`))).toEqual([
      { change: "changed", path: "/policies/inbound/set-header/@exists-action", before: "override", after: "skip" },
    ]);
  });

  it("elements moved around a run of same-named siblings are moves, and the run is matched in order", () => {
    const a = inbound(`<rate-limit calls="1" renewal-period="1" /><rate-limit calls="2" renewal-period="1" /><cors /><base />`);
    const b = inbound(`<base /><cors /><rate-limit calls="1" renewal-period="1" /><rate-limit calls="3" renewal-period="1" />`);
    expect(diffPolicies(a, b)).toEqual([
      { change: "moved", path: "/policies/inbound/base", before: "4", after: "1" },
      { change: "moved", path: "/policies/inbound/cors", before: "3", after: "2" },
      { change: "changed", path: "/policies/inbound/rate-limit[2]/@calls", before: "2", after: "3" },
    ]);
  });
});
