import { lintPolicy, parsePolicy, SELF_HOSTED_SKIPPED_POLICIES, POLICY_CATALOG, type PolicyDocument, type PolicyScope } from "../../../src/index";

const lint = (text: string, scope: PolicyScope, extra: Parameters<typeof lintPolicy>[1] extends infer C ? Partial<C> : never = {}): string[] => {
  const doc = parsePolicy(text, { file: "p.xml" }).document as PolicyDocument;
  return lintPolicy(doc, { scope, pointer: "/apis/orders/policy", ...extra }).map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}`);
};

describe("lintPolicy", () => {
  it("accepts a clean api policy", () => {
    expect(lint(`<policies>\n<inbound><base /><set-backend-service backend-id="orders" /></inbound>\n<backend><base /></backend>\n<outbound><base /></outbound>\n<on-error><base /></on-error>\n</policies>`, "api", { backends: new Set(["orders"]) })).toEqual([]);
  });
  it("flags duplicate sections, statements outside sections and missing <base /> below global", () => {
    expect(lint(`<policies>\n<inbound><base /></inbound>\n<inbound><cors /></inbound>\n<cors />\n</policies>`, "api")).toEqual([
      "3:1 error APIMC214",
      "3:1 warning APIMC217",
      "4:1 error APIMC215",
    ]);
  });
  it("warns that <base /> does nothing at global scope, and not about its absence", () => {
    expect(lint(`<policies><inbound><base /></inbound><outbound /></policies>`, "global")).toEqual(["1:20 warning APIMC216"]);
  });
  it("checks set-backend-service targets and notes the backend-id inheritance caveat", () => {
    expect(lint(`<policies><inbound><base /><set-backend-service base-url="https://a" backend-id="b" /></inbound></policies>`, "api")).toEqual(["1:28 error APIMC230"]);
    expect(lint(`<policies><inbound><base /><set-backend-service base-url="https://a" /></inbound></policies>`, "api")).toEqual(["1:49 info APIMC231"]);
  });
  it("refuses unknown elements and attributes, as Azure does on save, and checks scopes", () => {
    expect(lint(`<policies><inbound><my-policy /><cache-lookup vary-by-developer="false" vary-by-developer-groups="false" colour="red" /></inbound><backend><http-data-source /></backend></policies>`, "global")).toEqual([
      "1:20 error APIMC210",
      "1:106 error APIMC211",
      "1:140 error APIMC213",
    ]);
  });
  it("suggests the element or attribute a typo was meant to be", () => {
    const doc = parsePolicy(`<policies><inbound><base /><set-backend-servce backend-id="a" /><rate-limit cals="5" renewal-period="60" /></inbound></policies>`, { file: "p.xml" }).document!;
    const found = lintPolicy(doc, { scope: "api" });
    expect(found.map((d) => `${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "APIMC210 <set-backend-servce> is not a known policy element (did you mean <set-backend-service>?); Azure refuses the policy when it is saved. | Rename it to <set-backend-service>.",
      'APIMC211 <rate-limit> has no attribute "cals" (did you mean calls?); Azure refuses the policy when it is saved. | Rename it to calls="...".',
    ]);
  });
  it("allows the cache value policies in every section, as Microsoft's reference does: inbound, backend, outbound, on-error", () => {
    const body = `<cache-lookup-value key="k" variable-name="v" /><cache-store-value key="k" value="v" duration="10" /><cache-remove-value key="k" />`;
    for (const section of ["inbound", "backend", "outbound", "on-error"]) {
      expect(lint(`<policies><${section}><base />${body}</${section}></policies>`, "api")).toEqual([]);
    }
  });
  it("accepts the forms the row-by-row check of the section table found valid", () => {
    // cache-lookup / cache-store: Microsoft's pages list global among their scopes.
    expect(lint(`<policies><inbound><cache-lookup vary-by-developer="false" vary-by-developer-groups="false" /></inbound><outbound><cache-store duration="60" /></outbound></policies>`, "global")).toEqual([]);
    // llm-content-safety screening completions from outbound, as public AI-gateway policies do.
    expect(lint(`<policies><inbound><base /><llm-content-safety backend-id="cs" shield-prompt="true" enforce-on-completions="true" /></inbound><outbound><base /><llm-content-safety backend-id="cs" window-size="2000" window-overlap-size="200" /></outbound></policies>`, "api")).toEqual([]);
    // `id` on any element, as Microsoft's policy toolkit writes it.
    expect(lint(`<policies><inbound><base /><llm-semantic-cache-lookup id="c" score-threshold="0.1" embeddings-backend-id="e" /></inbound><outbound><base /><llm-semantic-cache-store id="s" duration="60" /></outbound></policies>`, "api")).toEqual([]);
    // cache-value (Microsoft's policy toolkit) with its nested value block; documented attributes of the Dapr and token-metric policies.
    expect(lint(`<policies><inbound><base /><cache-value key="k" variable-name="v" expires-after="600" refresh-after="300"><value><set-variable name="v" value="x" /></value></cache-value><invoke-dapr-binding name="b" content-type="application/json" /><azure-openai-emit-token-metric namespace="n" value="1"><dimension name="API ID" /></azure-openai-emit-token-metric></inbound></policies>`, "api")).toEqual([]);
  });
  it("accepts authentication-managed-identity with output-token-variable-name in outbound with a warning naming the evidence", () => {
    const xml = `<policies><outbound><base /><authentication-managed-identity resource="https://cognitiveservices.azure.com" output-token-variable-name="t" /></outbound></policies>`;
    const found = lintPolicy(parsePolicy(xml, { file: "p.xml" }).document!, { scope: "api" });
    expect(found.map((d) => `${d.severity} ${d.code}`)).toEqual(["warning APIMC212"]);
    expect(found[0].message).toContain("AI-Gateway");
    expect(found[0].hint).toContain("https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy");
    // Without the variable there is no evidence: the token would only set a header on the response.
    expect(lint(`<policies><outbound><base /><authentication-managed-identity resource="r" /></outbound></policies>`, "api")).toEqual(["1:29 error APIMC212"]);
    expect(lint(`<policies><backend><base /><authentication-managed-identity resource="r" output-token-variable-name="t" /></backend></policies>`, "api")).toEqual(["1:28 error APIMC212"]);
  });
  it("refuses an expression whose brackets do not balance, as Azure does", () => {
    const parsed = parsePolicy(`<policies><inbound><base /><set-variable name="x" value="@(context.Request.Headers["a"]" /></inbound></policies>`, { file: "p.xml" });
    expect(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["error APIMC203"]);
  });
  it("warns about a named-value token with a typo instead of judging its type", () => {
    expect(lint(`<policies><inbound><base /><cache-store-value key="k" value="v" duration="{{ttl}]" /></inbound></policies>`, "api")).toEqual(["1:75 warning APIMC243"]);
  });
  it("enforces the fragment rules", () => {
    expect(lint(`<fragment><include-fragment fragment-id="x" /><choose><when condition="@(true)"><base /></when></choose></fragment>`, "fragment")).toEqual(["1:11 error APIMC222", "1:81 error APIMC221"]);
    const big = `<fragment><set-body>${"x".repeat(600 * 1024)}</set-body></fragment>`;
    expect(lint(big, "fragment")).toEqual(["1:1 error APIMC223"]);
  });
  it("lists policies the self-hosted gateway skips, each known to the catalog", () => {
    expect(SELF_HOSTED_SKIPPED_POLICIES.length).toBeGreaterThan(3);
    for (const line of SELF_HOSTED_SKIPPED_POLICIES) expect(POLICY_CATALOG[line.split(":")[0]]).toBeDefined();
  });
});
