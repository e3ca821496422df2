/**
 * The names a policy refers to, at the position the user must edit: what `apimc validate` checks
 * against the declared backends, named values, fragments and certificates, and what the ARM
 * emitter turns into dependsOn. Named-value tokens in attributes, text and CDATA; Liquid bodies,
 * where `{{x}}` is a Liquid variable unless x is a declared named value.
 */
import { emptyPolicyDocument, insertBackendSetter, parsePolicy, parsePolicyShared, policyReferences, printElementText, printPolicy, type PolicyElement } from "../../../src/policy";

const refs = (text: string, known?: ReadonlySet<string>): string[] =>
  policyReferences(parsePolicy(text, { file: "p.xml" }).document!, known).map((r) => `${r.line}:${r.col} ${r.kind} ${r.name}${r.file === "p.xml" ? "" : " wrong file"}`);

describe("policyReferences", () => {
  it("names every id attribute's kind; expressions, empty values and whole {{tokens}} are not ids", () => {
    const text = [
      `<policies>`,
      `    <inbound>`,
      `        <set-backend-service backend-id="orders" />`,
      `        <set-backend-service backend-id="{{backend-name}}" />`,
      `        <set-backend-service backend-id="@(context.Variables["b"])" />`,
      `        <set-backend-service backend-id="" />`,
      `        <include-fragment fragment-id="cors" />`,
      `        <log-to-eventhub logger-id="hub">x</log-to-eventhub>`,
      `        <cache-lookup-value key="k" variable-name="v" cache-id="redis" />`,
      `        <authentication-certificate certificate-id="client" />`,
      `        <validate-client-certificate><identities><identity issuer-certificate-id="ca" /></identities></validate-client-certificate>`,
      `        <validate-content max-size="100" size-exceeded-action="prevent" unspecified-content-type-action="prevent"><content type="application/json" validate-as="json" schema-id="order" /></validate-content>`,
      `        <set-header name="x-key" exists-action="override"><value>pre-{{api-key}}-{{tenant}}</value></set-header>`,
      `        <set-variable name="v" value="{{a}}{{b}} {{not closed}" />`,
      `    </inbound>`,
      `</policies>`,
    ].join("\n");
    expect(refs(text)).toEqual([
      "3:42 backend orders",
      "4:42 namedValue backend-name",
      "7:40 fragment cors",
      "8:37 logger hub",
      "9:65 cache redis",
      "10:53 certificate client",
      "11:83 other ca",
      "12:178 other order",
      "13:70 namedValue api-key",
      "13:82 namedValue tenant",
      "14:39 namedValue a",
      "14:44 namedValue b",
    ]);
  });

  it("finds tokens in multi-line text and CDATA at their own line and column", () => {
    const text = `<policies>\n    <inbound>\n        <set-body>{\n  "key": "{{api-key}}",\n  "t": "{{t}}"}</set-body>\n        <set-body><![CDATA[x {{cdata-key}}]]></set-body>\n    </inbound>\n</policies>`;
    expect(refs(text)).toEqual(["4:11 namedValue api-key", "5:9 namedValue t", "6:30 namedValue cdata-key"]);
  });

  it("inside a Liquid body counts only declared named values, in the element and its children", () => {
    const text = `<policies>\n    <inbound>\n        <set-body template="Liquid">{{body.name}} {{tenant}}</set-body>\n        <publish-to-dapr topic="t" template="liquid"><x>{{tenant}} {{body.x}}</x></publish-to-dapr>\n        <set-body template="none">{{body.name}}</set-body>\n    </inbound>\n</policies>`;
    expect(refs(text)).toEqual(["5:35 namedValue body.name"]);
    expect(refs(text, new Set(["tenant"]))).toEqual(["3:51 namedValue tenant", "4:57 namedValue tenant", "5:35 namedValue body.name"]);
  });

  it("reads an attribute token even inside a Liquid element, as attributes are not Liquid", () => {
    expect(refs(`<policies><inbound><set-body template="liquid" xsi-nil="{{nil}}">{{x}}</set-body></inbound></policies>`)).toEqual(["1:57 namedValue nil"]);
  });
});

describe("insertBackendSetter", () => {
  const setter = `<set-backend-service backend-id="orders" />`;
  it("puts the setter right after <base /> wherever it is in <inbound>", () => {
    const doc = parsePolicy(`<policies><inbound><rate-limit calls="1" renewal-period="1" /><base /><cors /></inbound></policies>`, { file: "p.xml" }).document!;
    const out = insertBackendSetter(doc, "orders");
    expect((out.root.children[0] as PolicyElement).children.map((c) => printElementText(c as PolicyElement))).toEqual([`<rate-limit calls="1" renewal-period="1" />`, "<base />", setter, "<cors />"]);
    // The input is not changed.
    expect(printPolicy(doc)).not.toContain("set-backend-service");
    expect(out.file).toBe("p.xml");
  });
  it("puts it first when <inbound> has no <base />", () => {
    const doc = parsePolicy(`<policies><outbound /><inbound><cors /></inbound></policies>`, { file: "p.xml" }).document!;
    expect(printPolicy(insertBackendSetter(doc, "orders"))).toBe(`<policies>\n    <outbound />\n    <inbound>\n        ${setter}\n        <cors />\n    </inbound>\n</policies>\n`);
  });
  it("the policy APIM creates has <base /> in each section", () => {
    const doc = emptyPolicyDocument("x.xml");
    expect(doc.file).toBe("x.xml");
    expect(printPolicy(doc)).toBe("<policies>\n    <inbound>\n        <base />\n    </inbound>\n    <backend>\n        <base />\n    </backend>\n    <outbound>\n        <base />\n    </outbound>\n    <on-error>\n        <base />\n    </on-error>\n</policies>\n");
  });
});

describe("printElementText", () => {
  it("prints one element canonically without a trailing newline", () => {
    const doc = parsePolicy(`<policies><inbound><set-header name='a'><value> v </value><!-- c --></set-header></inbound></policies>`, { file: "p.xml" }).document!;
    const header = (doc.root.children[0] as PolicyElement).children[0] as PolicyElement;
    expect(printElementText(header)).toBe(`<set-header name="a">\n    <value> v </value>\n    <!-- c -->\n</set-header>`);
  });
});

describe("parsePolicyShared", () => {
  it("parses once per owner, text and options, and gives each caller its own diagnostics", () => {
    const owner = {};
    const text = `<policies><inbound><set-variable name="v" value="@(x" /></inbound></policies>`;
    const a = parsePolicyShared(owner, text, { file: "p.xml" });
    const b = parsePolicyShared(owner, text, { file: "p.xml" });
    expect(b.document).toBe(a.document);
    expect(b.diagnostics).not.toBe(a.diagnostics);
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(a.diagnostics.map((d) => d.code)).toEqual(["APIMC203"]);
    expect(parsePolicyShared(owner, text, { file: "q.xml" }).document!.file).toBe("q.xml");
    expect(parsePolicyShared({}, text, { file: "p.xml" }).document).not.toBe(a.document);
    const changed = parsePolicyShared(owner, text.replace("@(x", "1"), { file: "p.xml" });
    expect(changed.diagnostics).toEqual([]);
    expect(changed.document).not.toBe(a.document);
    const broken = parsePolicyShared(owner, "<policies>", { file: "p.xml", line: 3 });
    expect(broken.document).toBeUndefined();
    expect(broken.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["3 APIMC201"]);
  });
});
