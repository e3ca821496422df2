/**
 * The fix-it text of `apimc policy lint` when a name is wrong: which known name it suggests for an
 * attribute (a typo, or a name cut short), and the declared names it lists (sorted, at most eight)
 * when none is close.
 */
import { lintPolicy, parsePolicy, type LintPolicyContext } from "../../../src/policy";

const lint = (inbound: string, ctx: Partial<LintPolicyContext> = {}): string[] => {
  const doc = parsePolicy(`<policies>\n    <inbound>\n        ${inbound}\n    </inbound>\n</policies>\n`, { file: "p.xml" }).document!;
  return lintPolicy(doc, { scope: "global", ...ctx }).map((d) => `${d.code} ${d.message} | ${d.hint}`);
};

describe("unknown attributes", () => {
  it("a name of four or more letters cut short suggests the full name", () => {
    expect(lint(`<rate-limit calls="1" renewal-period="60" tota="x" />`)).toEqual([
      'APIMC211 <rate-limit> has no attribute "tota" (did you mean total-calls-header-name?); Azure refuses the policy when it is saved. | Rename it to total-calls-header-name="...".',
    ]);
  });
  it("a shorter one does not", () => {
    expect(lint(`<rate-limit calls="1" renewal-period="60" tot="x" />`)).toEqual([
      'APIMC211 <rate-limit> has no attribute "tot"; Azure refuses the policy when it is saved. | Remove it; known attributes: calls, renewal-period, retry-after-header-name, retry-after-variable-name, remaining-calls-header-name, remaining-calls-variable-name, total-calls-header-name, id.',
    ]);
  });
  it("an element with no attributes says so", () => {
    expect(lint(`<set-url foo="x">https://a.example</set-url>`)).toEqual([
      'APIMC211 <set-url> has no attribute "foo"; Azure refuses the policy when it is saved. | Remove it; known attributes: none.',
    ]);
  });
});

describe("undeclared references", () => {
  it("list at most eight declared names, sorted", () => {
    const backends = new Set(["k9", "j9", "i9", "h9", "g9", "f9", "e9", "d9", "c9", "b9"]);
    expect(lint(`<set-backend-service backend-id="zzzzzz" />`, { backends })).toEqual([
      'APIMC240 Backend "zzzzzz" is not declared. | Declare backend "zzzzzz" under backends, or use one of: b9, c9, d9, e9, f9, g9, h9, i9.',
    ]);
    expect(lint(`<include-fragment fragment-id="zzzzzz" />`, { fragments: new Set(["b", "a"]) })).toEqual([
      'APIMC242 Policy fragment "zzzzzz" is not declared. | Declare fragment "zzzzzz" under policyFragments, or use one of: a, b.',
    ]);
    expect(lint(`<authentication-certificate certificate-id="zzzzzz" />`, { certificates: new Set(["b", "a"]) })).toEqual([
      'APIMC244 Certificate "zzzzzz" is not declared. | Declare certificate "zzzzzz" under certificates (keyVault, or data and password from a parameter), or use one of: a, b.',
    ]);
  });
  it("declared names are not reported", () => {
    expect(
      lint(`<set-backend-service backend-id="orders" />\n<include-fragment fragment-id="cors" />\n<authentication-certificate certificate-id="client" />\n<set-header name="k"><value>{{key}}</value></set-header>`, {
        backends: new Set(["orders"]),
        fragments: new Set(["cors"]),
        certificates: new Set(["client"]),
        namedValues: new Set(["key"]),
      }),
    ).toEqual([]);
  });
});

describe("values", () => {
  it.each([
    [`<retry condition="@(true)" count="+1" interval="0" delta="01" max-interval="10" first-fast-retry="0" />`, []],
    [`<retry condition="@(true)" count="00" interval="1" />`, ['APIMC260 <retry> attribute "count" must be a whole number, 1 or more, not "00".']],
    [`<retry condition="@(true)" count="1" interval="+0" />`, []],
    [`<retry condition="@(true)" count="1" interval="1.5" />`, ['APIMC260 <retry> attribute "interval" must be a whole number, 0 or more, not "1.5".']],
    [`<retry condition="@(true)" count="1" interval="-0" />`, ['APIMC260 <retry> attribute "interval" must be a whole number, 0 or more, not "-0".']],
    [`<azure-openai-semantic-cache-lookup score-threshold="0.05" embeddings-backend-id="e" embeddings-backend-auth="SYSTEM-ASSIGNED" />`, []],
    [`<azure-openai-semantic-cache-lookup score-threshold="" embeddings-backend-id="e" />`, ['APIMC260 <azure-openai-semantic-cache-lookup> attribute "score-threshold" must be a number, not "".']],
    [`<azure-openai-semantic-cache-lookup score-threshold="Infinity" embeddings-backend-id="e" />`, ['APIMC260 <azure-openai-semantic-cache-lookup> attribute "score-threshold" must be a number, not "Infinity".']],
    [`<azure-openai-semantic-cache-lookup score-threshold="high" embeddings-backend-id="e" />`, ['APIMC260 <azure-openai-semantic-cache-lookup> attribute "score-threshold" must be a number, not "high".']],
    [`<cors allow-credentials="yes" />`, ['APIMC260 <cors> attribute "allow-credentials" must be true or false, not "yes".']],
    [`<cors allow-credentials="truex" />`, ['APIMC260 <cors> attribute "allow-credentials" must be true or false, not "truex".']],
    [`<cors allow-credentials=" {{creds}} " />`, []],
    [`<cors allow-credentials=" @(true)" />`, []],
    [`<cors allow-credentials="@{ return true; }" />`, []],
  ])("attribute value case %#", (element, expected) => {
    expect(lint(element).map((l) => l.split(" | ")[0])).toEqual(expected);
  });

  it("an int accepts a sign, a uint only +", () => {
    // No attribute in the XSD table is a signed int today, so the uint rule is what users meet.
    expect(lint(`<quota calls="+10" renewal-period="3600" />`)).toEqual([]);
    expect(lint(`<quota calls="-10" renewal-period="3600" />`).map((l) => l.split(" | ")[1])).toEqual(['Write calls="60", or use a policy expression @(...) computed at run time.']);
  });

  it("each kind's example in the fix", () => {
    expect(lint(`<retry condition="x" count="x" interval="x" />`).map((l) => l.split(" | ")[1])).toEqual([
      'Write condition="true", or use a policy expression @(...) computed at run time.',
      'Write count="1", or use a policy expression @(...) computed at run time.',
      'Write interval="60", or use a policy expression @(...) computed at run time.',
    ]);
    expect(lint(`<azure-openai-semantic-cache-lookup score-threshold="x" embeddings-backend-id="e" />`).map((l) => l.split(" | ")[1])).toEqual(['Write score-threshold="0.5", or use a policy expression @(...) computed at run time.']);
    expect(lint(`<trace source="s" severity="x" />`).map((l) => l.split(" | ")[1])).toEqual(['Write severity="verbose", or use a policy expression @(...) computed at run time.']);
  });
});
