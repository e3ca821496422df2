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
  it("keeps unknown elements with a warning and checks scopes and attributes", () => {
    expect(lint(`<policies><inbound><my-policy /><cache-lookup vary-by-developer="false" vary-by-developer-groups="false" colour="red" /></inbound></policies>`, "global")).toEqual([
      "1:20 warning APIMC210",
      "1:33 error APIMC213",
      "1:106 warning APIMC211",
    ]);
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
