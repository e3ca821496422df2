/**
 * `apimc policy lint`'s document rules through `lintPolicy`, every diagnostic in full (position,
 * severity, code, message, fix), on policies shaped like the ones in Microsoft's policy reference
 * with the mistakes users make: misplaced and unknown elements, typos in attributes, duplicate and
 * stray sections, missing `<base />`, a set-backend-service with both or neither target, values of
 * the wrong type, references to undeclared backends, named values, fragments and certificates, and
 * the fragment rules. Expectations are written out, so a changed message, code, severity or
 * position fails here.
 */
import { FRAGMENT_MAX_BYTES, lintPolicy, parsePolicy, printPolicy, type LintPolicyContext, type PolicyScope } from "../../../src/policy";

const API_POLICY = `<policies>
    <inbound>
        <set-backend-service base-url="https://a.example" backend-id="orders" />
        <set-backend-service />
        <set-backend-service dapr-app-id="app" />
        <rate-limit calls="ten" renewal-period="60" id="rl" xmlns:x="urn:x" />
        <rewrite-uri tempalte="/x" />
        <azure-openai-token-limit counter-key="k" estimate-prompt-tokens="yes" retry-after-header="h" />
        <forward-request />
        <choose>
            <when condition="@(true)">
                <set-header name="x" exists-action="overwrite" />
            </when>
            <foo />
            <otherwise>
                <cache-store duration="-1" />
            </otherwise>
        </choose>
        <check-header name="h" failed-check-httpcode="401" />
        <base flavour="x" />
        <zzqqxx />
    </inbound>
    <backend>
        <forward-request timeout="abc" />
    </backend>
    <outbound>
        <base />
        <set-backend-service base-url="https://x.example" />
        <authentication-managed-identity resource="r" output-token-variable-name="t" />
    </outbound>
    <outbound />
    <set-header name="y" />
    <on-error>
        <base />
        <authentication-managed-identity resource="r" />
        <retry condition="@(true)" count="0" interval="1" first-fast-retry="True" max-interval="{{max}}" delta="{{d}]">
            <set-status code=" 200 " />
        </retry>
        <cosmosdb-data-source />
    </on-error>
</policies>
`;

const GLOBAL_POLICY = `<policies>
    <inbound>
        <base />
        <set-backend-service base-url="https://x.example" />
        <include-fragment fragment-id="corz" />
        <set-backend-service backend-id="ordres" />
        <set-backend-service backend-id="zzz" />
        <authentication-certificate certificate-id="clinet" />
        <authentication-certificate certificate-id="qqq" />
        <set-header name="k"><value>{{api-kee}}</value></set-header>
        <set-header name="k2"><value>{{zzzz}}</value></set-header>
        <cosmosdb-data-source />
    </inbound>
    <backend>
        <forward-request timeout="30" timeout-ms="+5" follow-redirects="FALSE" buffer-response="1" />
        <http-data-source />
    </backend>
</policies>
`;

const FRAGMENT = `<fragment>
    <inbound />
    <policies />
    <base />
    <include-fragment fragment-id="x" />
    <set-variable name="a" value="1" />
</fragment>
`;

const lint = (text: string, scope: PolicyScope, ctx: Partial<LintPolicyContext> = {}): string[] => {
  const parsed = parsePolicy(text, { file: "p.xml" });
  expect(parsed.diagnostics).toEqual([]);
  return lintPolicy(parsed.document!, { scope, pointer: "/x", ...ctx }).map((d) => {
    expect(d.file).toBe("p.xml");
    expect(d.pointer).toBe("/x");
    return `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message} | ${d.hint}`;
  });
};

describe("policy rules at api scope", () => {
  it("reports every misplaced, unknown, mistyped and missing piece, in document order then values", () => {
    expect(lint(API_POLICY, "api")).toEqual([
      "3:9 error APIMC230 <set-backend-service> needs exactly one of base-url or backend-id. | Keep either base-url or backend-id, not both.",
      "4:9 error APIMC230 <set-backend-service> needs exactly one of base-url or backend-id. | Add backend-id=\"<declared backend>\" (preferred) or base-url=\"https://...\".",
      "7:22 error APIMC211 <rewrite-uri> has no attribute \"tempalte\" (did you mean template?); Azure refuses the policy when it is saved. | Rename it to template=\"...\".",
      "7:9 warning APIMC219 <rewrite-uri> is missing attribute \"template\". | Add template=\"...\" to <rewrite-uri>.",
      "8:80 error APIMC211 <azure-openai-token-limit> has no attribute \"retry-after-header\" (did you mean retry-after-header-name?); Azure refuses the policy when it is saved. | Rename it to retry-after-header-name=\"...\".",
      "9:9 error APIMC212 <forward-request> cannot be used in the <inbound> section (https://learn.microsoft.com/azure/api-management/forward-request-policy, Usage). | Move <forward-request> to <backend>.",
      "14:13 error APIMC210 <foo> inside <choose> is not <when> or <otherwise>; Azure refuses the policy. | Put statements inside <when condition=\"...\"> or <otherwise>.",
      "16:17 error APIMC212 <cache-store> cannot be used in the <inbound> section (https://learn.microsoft.com/azure/api-management/cache-store-policy, Usage). | Move <cache-store> to <outbound>.",
      "21:9 error APIMC210 <zzqqxx> is not a known policy element; Azure refuses the policy when it is saved. | Check the spelling against the APIM policy reference (https://learn.microsoft.com/azure/api-management/api-management-policies).",
      "23:5 warning APIMC217 Section <backend> at api scope has no <base />, so the policies of the enclosing scopes are not applied here. | Add <base /> to <backend> (usually first) unless dropping inheritance is intended.",
      "28:9 error APIMC212 <set-backend-service> cannot be used in the <outbound> section (https://learn.microsoft.com/azure/api-management/set-backend-service-policy, Usage). | Move <set-backend-service> to <inbound> or <backend>.",
      "28:30 info APIMC231 If an enclosing scope sets the backend with backend-id, this base-url cannot override it: APIM only lets a backend-id be overridden by another backend-id. | Declare the URL as a backend and use backend-id here.",
      "29:9 warning APIMC212 <authentication-managed-identity> is documented for <inbound> only, not <outbound>; Azure accepts it here: Microsoft's AI-Gateway labs (github.com/Azure-Samples/AI-Gateway) deploy it in <outbound> with output-token-variable-name to fetch a token for a follow-up call, and Azure accepts that policy. | Move <authentication-managed-identity> to <inbound> to stay within https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy, or keep it if this is deliberate.",
      "31:5 error APIMC214 Section <outbound> appears twice (first at line 26); APIM allows each section once. | Merge the two <outbound> sections into one.",
      "31:5 warning APIMC217 Section <outbound> at api scope has no <base />, so the policies of the enclosing scopes are not applied here. | Add <base /> to <outbound> (usually first) unless dropping inheritance is intended.",
      "32:5 error APIMC215 <set-header> cannot appear directly in <policies>; only inbound, backend, outbound and on-error can. | Move <set-header> into the section where it should run.",
      "35:9 error APIMC212 <authentication-managed-identity> cannot be used in the <on-error> section (https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy, Usage). | Move <authentication-managed-identity> to <inbound>.",
      "39:9 error APIMC212 <cosmosdb-data-source> cannot be used in the <on-error> section (https://learn.microsoft.com/azure/api-management/cosmosdb-data-source-policy, Usage). | Move <cosmosdb-data-source> to <backend>.",
      "6:28 error APIMC260 <rate-limit> attribute \"calls\" must be a whole number, 0 or more, not \"ten\". | Write calls=\"60\", or use a policy expression @(...) computed at run time.",
      "8:75 error APIMC260 <azure-openai-token-limit> attribute \"estimate-prompt-tokens\" must be true or false, not \"yes\". | Write estimate-prompt-tokens=\"true\", or use a policy expression @(...) computed at run time.",
      "12:53 error APIMC260 <set-header> attribute \"exists-action\" must be one of override, append, skip, delete, not \"overwrite\". | Write exists-action=\"override\", or use a policy expression @(...) computed at run time.",
      "16:40 error APIMC260 <cache-store> attribute \"duration\" must be a whole number, 0 or more, not \"-1\". | Write duration=\"60\", or use a policy expression @(...) computed at run time.",
      "24:35 error APIMC260 <forward-request> attribute \"timeout\" must be a whole number, 0 or more, not \"abc\". | Write timeout=\"60\", or use a policy expression @(...) computed at run time.",
      "36:43 error APIMC260 <retry> attribute \"count\" must be a whole number, 1 or more, not \"0\". | Write count=\"1\", or use a policy expression @(...) computed at run time.",
      "36:113 warning APIMC243 <retry> attribute \"delta\" holds \"{{d}]\", which looks like a named-value reference with a typo; APIM only substitutes {{name}}. | Close the reference with `}}` (for example {{cache-ttl}}), or write a literal value.",
    ]);
  });
});

describe("policy rules at global scope, with declared resources", () => {
  const declared = { namedValues: new Set(["api-key"]), backends: new Set(["orders", "payments"]), fragments: new Set(["cors"]), certificates: new Set(["client"]) };
  it("suggests the declared name closest to an undeclared one, or lists the declared ones", () => {
    expect(lint(GLOBAL_POLICY, "global", declared)).toEqual([
      "3:9 warning APIMC216 <base /> does nothing at global scope: there is no enclosing scope to inherit from. | Remove <base /> from the global policy.",
      "12:9 error APIMC212 <cosmosdb-data-source> cannot be used in the <inbound> section (https://learn.microsoft.com/azure/api-management/cosmosdb-data-source-policy, Usage). | Move <cosmosdb-data-source> to <backend>.",
      "12:9 error APIMC213 <cosmosdb-data-source> cannot be used at global scope. | Move <cosmosdb-data-source> to a scope other than global, product.",
      "16:9 error APIMC213 <http-data-source> cannot be used at global scope. | Move <http-data-source> to a scope other than global, product.",
      "5:40 error APIMC242 Policy fragment \"corz\" is not declared; did you mean `cors`? | Declare fragment \"corz\" under policyFragments, or use one of: cors.",
      "6:42 error APIMC240 Backend \"ordres\" is not declared; did you mean `orders`? | Write backend-id=\"orders\" if that is the one meant; otherwise declare backend \"ordres\" under backends.",
      "7:42 error APIMC240 Backend \"zzz\" is not declared. | Declare backend \"zzz\" under backends, or use one of: orders, payments.",
      "8:53 error APIMC244 Certificate \"clinet\" is not declared; did you mean `client`? | Write certificate-id=\"client\" if that is the one meant; otherwise declare certificate \"clinet\" under certificates.",
      "9:53 error APIMC244 Certificate \"qqq\" is not declared. | Declare certificate \"qqq\" under certificates (keyVault, or data and password from a parameter), or use one of: client.",
      "10:37 error APIMC241 Named value \"{{api-kee}}\" is not declared; did you mean `api-key`? | Write {{api-key}} if that is the one meant; otherwise declare a named value with displayName \"api-kee\" under namedValues.",
      "11:38 error APIMC241 Named value \"{{zzzz}}\" is not declared. | Declare a named value with displayName \"zzzz\" under namedValues, or fix the name.",
    ]);
  });
  it("says when nothing is declared", () => {
    expect(lint(GLOBAL_POLICY, "global", { namedValues: new Set(), backends: new Set(), fragments: new Set(), certificates: new Set() })).toEqual([
      "3:9 warning APIMC216 <base /> does nothing at global scope: there is no enclosing scope to inherit from. | Remove <base /> from the global policy.",
      "12:9 error APIMC212 <cosmosdb-data-source> cannot be used in the <inbound> section (https://learn.microsoft.com/azure/api-management/cosmosdb-data-source-policy, Usage). | Move <cosmosdb-data-source> to <backend>.",
      "12:9 error APIMC213 <cosmosdb-data-source> cannot be used at global scope. | Move <cosmosdb-data-source> to a scope other than global, product.",
      "16:9 error APIMC213 <http-data-source> cannot be used at global scope. | Move <http-data-source> to a scope other than global, product.",
      "5:40 error APIMC242 Policy fragment \"corz\" is not declared. | Declare fragment \"corz\" under policyFragments, or use one of: (none declared).",
      "6:42 error APIMC240 Backend \"ordres\" is not declared. | Declare backend \"ordres\" under backends, or use one of: (none declared).",
      "7:42 error APIMC240 Backend \"zzz\" is not declared. | Declare backend \"zzz\" under backends, or use one of: (none declared).",
      "8:53 error APIMC244 Certificate \"clinet\" is not declared. | Declare certificate \"clinet\" under certificates (keyVault, or data and password from a parameter).",
      "9:53 error APIMC244 Certificate \"qqq\" is not declared. | Declare certificate \"qqq\" under certificates (keyVault, or data and password from a parameter).",
      "10:37 error APIMC241 Named value \"{{api-kee}}\" is not declared. | Declare a named value with displayName \"api-kee\" under namedValues, or fix the name.",
      "11:38 error APIMC241 Named value \"{{zzzz}}\" is not declared. | Declare a named value with displayName \"zzzz\" under namedValues, or fix the name.",
    ]);
  });
  it("checks no reference when the declarations are not given", () => {
    expect(lint(GLOBAL_POLICY, "global").filter((l) => / APIMC24\d /.test(l))).toEqual([]);
  });
});

describe("fragment rules", () => {
  it("a fragment holds statements only: no sections, no <base />, no nested fragment", () => {
    expect(lint(FRAGMENT, "fragment")).toEqual([
      "2:5 error APIMC220 A policy fragment cannot hold <inbound>: fragments hold policy statements only. | Remove the section element and keep its statements directly inside <fragment>; the section is chosen where the fragment is included.",
      "3:5 error APIMC220 A policy fragment cannot hold <policies>: fragments hold policy statements only. | Remove the section element and keep its statements directly inside <fragment>; the section is chosen where the fragment is included.",
      "3:5 error APIMC210 <policies> is not a known policy element; Azure refuses the policy when it is saved. | Check the spelling against the APIM policy reference (https://learn.microsoft.com/azure/api-management/api-management-policies).",
      "4:5 error APIMC221 A policy fragment cannot hold <base />. | Remove <base />; inheritance is decided by the policy that includes the fragment.",
      "5:5 error APIMC222 A policy fragment cannot include another fragment. | Inline the other fragment's statements, or include both fragments from the policy.",
    ]);
  });
  it("a fragment linted as a policy is told to use --scope fragment", () => {
    expect(lint(FRAGMENT, "operation")).toEqual([
      "1:1 error APIMC218 A policy must have <policies> as its root, not <fragment>. | This looks like a fragment: lint it with --scope fragment, or declare it under policyFragments.",
      "2:5 warning APIMC217 Section <inbound> at operation scope has no <base />, so the policies of the enclosing scopes are not applied here. | Add <base /> to <inbound> (usually first) unless dropping inheritance is intended.",
      "3:5 error APIMC215 <policies> cannot appear directly in <policies>; only inbound, backend, outbound and on-error can. | Move <policies> into the section where it should run.",
      "4:5 error APIMC215 <base> cannot appear directly in <policies>; only inbound, backend, outbound and on-error can. | Move <base> into the section where it should run.",
      "5:5 error APIMC215 <include-fragment> cannot appear directly in <policies>; only inbound, backend, outbound and on-error can. | Move <include-fragment> into the section where it should run.",
      "6:5 error APIMC215 <set-variable> cannot appear directly in <policies>; only inbound, backend, outbound and on-error can. | Move <set-variable> into the section where it should run.",
    ]);
  });
  it("a policy linted as a fragment", () => {
    expect(lint("<policies>\n    <inbound>\n        <base />\n    </inbound>\n</policies>\n", "fragment")).toEqual([
      "1:1 error APIMC218 A policy fragment must have <fragment> as its root, not <policies>. | Wrap the fragment's policies in `<fragment>...</fragment>`, without sections.",
      "2:5 error APIMC220 A policy fragment cannot hold <inbound>: fragments hold policy statements only. | Remove the section element and keep its statements directly inside <fragment>; the section is chosen where the fragment is included.",
      "3:9 error APIMC221 A policy fragment cannot hold <base />. | Remove <base />; inheritance is decided by the policy that includes the fragment.",
    ]);
  });
});

describe("fragment size", () => {
  // The printed fragment is what APIM stores; its limit is 512 KB (FRAGMENT_MAX_BYTES).
  const fragmentOf = (n: number): string => `<fragment>\n    <set-body>${"x".repeat(n)}</set-body>\n</fragment>\n`;
  const overhead = Buffer.byteLength(fragmentOf(0), "utf8");

  it("is 512 KB", () => {
    expect(FRAGMENT_MAX_BYTES).toBe(524288);
  });
  it("accepts a fragment of exactly 512 KB and refuses one byte more", () => {
    const atLimit = fragmentOf(FRAGMENT_MAX_BYTES - overhead);
    expect(printPolicy(parsePolicy(atLimit, { file: "p.xml" }).document!)).toBe(atLimit);
    expect(lint(atLimit, "fragment")).toEqual([]);
    expect(lint(fragmentOf(FRAGMENT_MAX_BYTES - overhead + 1), "fragment")).toEqual([
      "1:1 error APIMC223 The fragment is 524289 bytes; APIM accepts at most 524288 bytes (512 KB). | Split the fragment into smaller fragments.",
    ]);
  });
  it("a base-url in a fragment is not flagged for backend-id inheritance: the including policy decides", () => {
    expect(lint(`<fragment>\n    <set-backend-service base-url="https://x.example" />\n</fragment>\n`, "fragment")).toEqual([]);
  });
});
