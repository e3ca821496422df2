/**
 * Edges of `policyReferences` and `insertBackendSetter` that change what `apimc validate` reports
 * or what the model writes: an id attribute that only contains a `{{token}}`, tokens in comments
 * (which are not read), a token right after a line break, and a policy with no `<inbound>`.
 */
import { diffPolicies, insertBackendSetter, parsePolicy, policyReferences, printPolicy } from "../../../src/policy";

const refs = (text: string): string[] => policyReferences(parsePolicy(text, { file: "p.xml" }).document!).map((r) => `${r.line}:${r.col} ${r.kind} ${r.name}`);

describe("policy reference edges", () => {
  it("an id attribute holding a {{token}} among other text is an id, and the token a named value", () => {
    expect(refs(`<policies><inbound><set-backend-service backend-id="pre-{{b}}" /><include-fragment fragment-id="{{f}}-post" /></inbound></policies>`)).toEqual([
      "1:53 backend pre-{{b}}",
      "1:57 namedValue b",
      "1:97 fragment {{f}}-post",
      "1:97 namedValue f",
    ]);
  });

  it("only a template attribute makes a body Liquid, not any attribute valued liquid", () => {
    expect(refs(`<policies><inbound><log-to-eventhub logger-id="liquid">{{x}}</log-to-eventhub></inbound></policies>`)).toEqual(["1:48 logger liquid", "1:56 namedValue x"]);
  });

  it("tokens inside comments are not references", () => {
    expect(refs(`<policies><inbound><!-- was {{old-key}} --><set-header name="k"><value><!-- {{old}} -->{{new}}</value></set-header></inbound></policies>`)).toEqual(["1:88 namedValue new"]);
  });

  it("a token right after a line break is on the next line, at column 1 of that line", () => {
    expect(refs(`<policies>\n<inbound>\n<set-body>\n{{x}}</set-body>\n</inbound>\n</policies>`)).toEqual(["4:1 namedValue x"]);
    expect(refs(`<policies>\n<inbound>\n<set-body>\n\n  {{x}}</set-body>\n</inbound>\n</policies>`)).toEqual(["5:3 namedValue x"]);
  });
});

describe("policy diff bodies", () => {
  it("a changed body is shown without its comments", () => {
    const body = (inner: string) => parsePolicy(`<policies><inbound><set-body>${inner}</set-body></inbound></policies>`, { file: "p.xml" }).document!;
    expect(diffPolicies(body("<!-- v1 -->a"), body("<!-- v2 -->b"))).toEqual([{ change: "changed", path: "/policies/inbound/set-body/text()", before: "a", after: "b" }]);
  });
});

describe("insertBackendSetter edges", () => {
  it("adds <inbound> with <base /> first when the policy has none", () => {
    const doc = parsePolicy(`<policies><!-- kept --><outbound><base /></outbound></policies>`, { file: "p.xml" }).document!;
    expect(printPolicy(insertBackendSetter(doc, "orders"))).toBe(
      `<policies>\n    <inbound>\n        <base />\n        <set-backend-service backend-id="orders" />\n    </inbound>\n    <!-- kept -->\n    <outbound>\n        <base />\n    </outbound>\n</policies>\n`,
    );
  });
});
