/**
 * Edges of `lintPolicy`'s document rules that change what a user is told: a stray `<when>` or
 * `<otherwise>` outside `<choose>`, an unknown attribute on `<choose>`, comments between
 * statements and sections (never statements themselves), the hint for a wrong root, the default
 * pointer, an unknown element with no close name, set-backend-service with only an id, and the
 * outbound exception of authentication-managed-identity, which needs its attribute.
 */
import { lintPolicy, parsePolicy, type LintPolicyContext, type PolicyScope } from "../../../src/policy";

const lint = (text: string, scope: PolicyScope = "api", ctx: Partial<LintPolicyContext> = {}): string[] => {
  const parsed = parsePolicy(text, { file: "p.xml" });
  expect(parsed.diagnostics).toEqual([]);
  return lintPolicy(parsed.document!, { scope, pointer: "/x", ...ctx }).map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message} | ${d.hint}`);
};
const api = (inbound: string, outbound = "<base />"): string =>
  `<policies>\n    <inbound>\n        <base />\n        ${inbound}\n    </inbound>\n    <outbound>\n        ${outbound}\n    </outbound>\n</policies>\n`;

describe("document rule edges", () => {
  it("a <when> or <otherwise> outside <choose> is refused like an unknown element", () => {
    expect(lint(api(`<when condition="@(true)"><cors /></when>`))).toEqual([
      "4:9 error APIMC210 <when> is valid only directly inside <choose>; Azure refuses the policy when it is saved. | Put <when> inside a <choose> element, or remove it.",
    ]);
    expect(lint(api(`<otherwise />`))).toEqual([
      "4:9 error APIMC210 <otherwise> is valid only directly inside <choose>; Azure refuses the policy when it is saved. | Put <otherwise> inside a <choose> element, or remove it.",
    ]);
  });

  it("<when> and <otherwise> inside <choose> are fine, and an unknown attribute on <choose> is reported", () => {
    expect(lint(api(`<choose id="c"><when condition="@(true)"><cors /></when><otherwise><cors /></otherwise></choose>`))).toEqual([]);
    expect(lint(api(`<choose mode="first"><otherwise /></choose>`))).toEqual([
      '4:17 error APIMC211 <choose> has no attribute "mode"; Azure refuses the policy when it is saved. | Remove it; known attributes: id.',
    ]);
  });

  it("comments in <policies>, in a section and in a <choose> are not statements", () => {
    const text = `<!-- lead -->\n<policies>\n    <!-- sections follow -->\n    <inbound>\n        <!-- first -->\n        <base />\n        <choose>\n            <!-- branches -->\n            <when condition="@(true)"><!-- none --></when>\n        </choose>\n    </inbound>\n</policies>\n<!-- tail -->\n`;
    expect(lint(text)).toEqual([]);
    expect(lint(text, "global")).toEqual(["6:9 warning APIMC216 <base /> does nothing at global scope: there is no enclosing scope to inherit from. | Remove <base /> from the global policy."]);
  });

  it("a root that is neither <policies> nor <fragment> gets the wrapping hint", () => {
    expect(lint(`<inbound />\n`)).toEqual([
      "1:1 error APIMC218 A policy must have <policies> as its root, not <inbound>. | Wrap the policy in `<policies>` with inbound, backend, outbound and on-error sections.",
    ]);
  });

  it("without a pointer, every diagnostic has the empty pointer, value rules included", () => {
    const parsed = parsePolicy(api(`<retry condition="@(true)" count="0" interval="1"><cors bogus="1" /></retry>`, `<base /><set-status code="x" />`), { file: "p.xml" });
    const found = lintPolicy(parsed.document!, { scope: "api" });
    expect(found.map((d) => `${d.code} ${JSON.stringify(d.pointer)}`)).toEqual(['APIMC211 ""', 'APIMC260 ""', 'APIMC260 ""']);
  });

  it("an unknown element close to a known one names it", () => {
    expect(lint(api(`<set-headr name="a" />`))).toEqual([
      "4:9 error APIMC210 <set-headr> is not a known policy element (did you mean <set-header>?); Azure refuses the policy when it is saved. | Rename it to <set-header>.",
    ]);
  });

  it("an unknown element with no close name points at the reference", () => {
    expect(lint(api(`<qqqqqqqqqqqq />`))).toEqual([
      "4:9 error APIMC210 <qqqqqqqqqqqq> is not a known policy element; Azure refuses the policy when it is saved. | Check the spelling against the APIM policy reference (https://learn.microsoft.com/azure/api-management/api-management-policies).",
    ]);
  });

  it("set-backend-service with only an id attribute has no target", () => {
    expect(lint(api(`<set-backend-service id="s" />`))).toEqual([
      '4:9 error APIMC230 <set-backend-service> needs exactly one of base-url or backend-id. | Add backend-id="<declared backend>" (preferred) or base-url="https://...".',
    ]);
  });

  it("authentication-managed-identity is accepted in <outbound> only with output-token-variable-name", () => {
    expect(lint(api("<cors />", `<base />\n        <authentication-managed-identity resource="r" />`))).toEqual([
      "8:9 error APIMC212 <authentication-managed-identity> cannot be used in the <outbound> section (https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy, Usage). | Move <authentication-managed-identity> to <inbound>.",
    ]);
    const warned = lint(api("<cors />", `<base />\n        <authentication-managed-identity resource="r" output-token-variable-name="t" />`));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^8:9 warning APIMC212 <authentication-managed-identity> is documented for <inbound> only, not <outbound>; Azure accepts it here: Microsoft's AI-Gateway labs .*\. \| Move <authentication-managed-identity> to <inbound> to stay within https:\/\/learn\.microsoft\.com\/azure\/api-management\/authentication-managed-identity-policy, or keep it if this is deliberate\.$/);
  });

  it("id is accepted on every element, even where the XSD table does not list it", () => {
    expect(lint(api(`<azure-openai-semantic-cache-lookup id="c" score-threshold="0.05" embeddings-backend-id="e" />`))).toEqual([]);
    expect(lint(api(`<azure-openai-semantic-cache-lookup ids="c" score-threshold="0.05" embeddings-backend-id="e" />`))).toEqual([
      '4:45 error APIMC211 <azure-openai-semantic-cache-lookup> has no attribute "ids"; Azure refuses the policy when it is saved. | Remove it; known attributes: score-threshold, embeddings-backend-id, embeddings-backend-auth, ignore-system-messages, cache-id, max-message-count.',
    ]);
  });
});
