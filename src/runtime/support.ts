/**
 * The one table of what the runtime does with each policy. The load-time
 * diagnostics and docs/runtime.md (checked by a test) both read it.
 */
export type SupportLevel = "supported" | "partial" | "unsupported";

export interface PolicySupport {
  level: SupportLevel;
  /** For partial support: what is left out; for unsupported: why. */
  note?: string;
}

export const POLICY_SUPPORT: Record<string, PolicySupport> = {
  base: { level: "supported", note: "expanded along global -> product -> API -> operation" },
  "include-fragment": { level: "supported", note: "fragments are inlined" },
  choose: { level: "supported" },
  retry: { level: "supported", note: "intervals advance the test clock instead of sleeping" },
  wait: { level: "partial", note: "children run one after the other (`for` is accepted)" },
  "limit-concurrency": { level: "partial", note: "children run; one request at a time is never over the limit" },
  "set-backend-service": { level: "supported", note: "`base-url` and `backend-id` (Service Fabric attributes are ignored)" },
  "forward-request": { level: "supported", note: "`timeout` and buffering flags are accepted; `fail-on-error-status-code` is honoured" },
  "rewrite-uri": { level: "supported" },
  "send-request": { level: "supported", note: "set-url, set-method, set-header, set-body and authentication children" },
  "send-one-way-request": { level: "supported" },
  "set-header": { level: "supported" },
  "set-query-parameter": { level: "supported" },
  "set-variable": { level: "supported" },
  "set-method": { level: "supported" },
  "set-status": { level: "supported" },
  "set-body": { level: "partial", note: "expressions and text; Liquid: `{{ }}` output with `| Default:`, `{% if %}`/`{% else %}` and `{% for %}` over body, context and headers" },
  "find-and-replace": { level: "supported" },
  "json-to-xml": { level: "partial", note: "`apply`, `consider-accept-header`; `namespace-separator`, `attribute-block-name` and friends are ignored" },
  "xml-to-json": { level: "partial", note: "`kind` direct and javascript-friendly, `apply`, `consider-accept-header`; namespaces are kept as prefixes" },
  "return-response": { level: "supported", note: "`response-variable-name`, set-status, set-header, set-body" },
  "mock-response": { level: "supported", note: "from the operation's declared response examples, else an empty body" },
  "check-header": { level: "supported" },
  "ip-filter": { level: "supported", note: "IPv4 addresses and ranges" },
  cors: { level: "supported", note: "preflight and actual requests" },
  "validate-jwt": { level: "partial", note: "HS256 (`issuer-signing-keys` base64 keys) and RS256 (`<key n= e=>` or `openid-config` served by a mock); no decryption keys, no certificate-id" },
  "rate-limit": { level: "partial", note: "per subscription, fixed window; nested `api`/`operation` limits are not applied" },
  "rate-limit-by-key": { level: "supported", note: "fixed window starting at the first call" },
  quota: { level: "partial", note: "per subscription; `calls` only (bandwidth is not counted); nested `api`/`operation` limits are not applied" },
  "quota-by-key": { level: "partial", note: "`calls` only (bandwidth is not counted)" },
  "cache-lookup": { level: "supported", note: "in memory, GET only; a hit skips the backend and runs outbound" },
  "cache-store": { level: "supported" },
  "cache-lookup-value": { level: "supported" },
  "cache-store-value": { level: "supported" },
  "cache-remove-value": { level: "supported" },
  "authentication-basic": { level: "supported" },
  "authentication-managed-identity": { level: "supported", note: "a fake token `apimc-fake-managed-identity-token;resource=...`, never a real one" },
  trace: { level: "supported", note: "captured for assertions" },
  "log-to-eventhub": { level: "supported", note: "captured for assertions" },
  "emit-metric": { level: "supported", note: "captured for assertions" },
  "authentication-certificate": { level: "unsupported", note: "client certificates are not modelled" },
  "validate-content": { level: "unsupported", note: "schema validation is not modelled" },
  "validate-parameters": { level: "unsupported", note: "parameter validation is not modelled" },
  "validate-headers": { level: "unsupported", note: "header validation is not modelled" },
  "validate-status-code": { level: "unsupported", note: "not modelled" },
  "validate-client-certificate": { level: "unsupported", note: "client certificates are not modelled" },
  "validate-azure-ad-token": { level: "unsupported", note: "Entra ID is not modelled" },
  "get-authorization-context": { level: "unsupported", note: "credential manager is not modelled" },
  "azure-openai-token-limit": { level: "unsupported", note: "token counting is not modelled" },
  "llm-token-limit": { level: "unsupported", note: "token counting is not modelled" },
  "azure-openai-emit-token-metric": { level: "unsupported", note: "token counting is not modelled" },
  "llm-emit-token-metric": { level: "unsupported", note: "token counting is not modelled" },
  "azure-openai-semantic-cache-lookup": { level: "unsupported", note: "semantic caching is not modelled" },
  "azure-openai-semantic-cache-store": { level: "unsupported", note: "semantic caching is not modelled" },
  "llm-semantic-cache-lookup": { level: "unsupported", note: "semantic caching is not modelled" },
  "llm-semantic-cache-store": { level: "unsupported", note: "semantic caching is not modelled" },
  "llm-content-safety": { level: "unsupported", note: "not modelled" },
  "invoke-dapr-binding": { level: "unsupported", note: "Dapr is not modelled" },
  "publish-to-dapr": { level: "unsupported", note: "Dapr is not modelled" },
  "set-backend-service-dapr": { level: "unsupported", note: "Dapr is not modelled" },
  "send-service-bus-message": { level: "unsupported", note: "Service Bus is not modelled" },
  "xsl-transform": { level: "unsupported", note: "XSLT is not modelled" },
  "set-graphql-resolver": { level: "unsupported", note: "GraphQL is not modelled" },
  "http-data-source": { level: "unsupported", note: "GraphQL is not modelled" },
  "publish-event": { level: "unsupported", note: "GraphQL is not modelled" },
  "validate-graphql-request": { level: "unsupported", note: "GraphQL is not modelled" },
  "cross-domain": { level: "unsupported", note: "Flash/Silverlight cross-domain is not modelled" },
  jsonp: { level: "unsupported", note: "not modelled" },
  "redirect-content-urls": { level: "unsupported", note: "not modelled" },
  proxy: { level: "unsupported", note: "outbound proxies are not modelled" },
  "emit-metric-azure-monitor": { level: "unsupported", note: "not modelled" },
  "sql-data-source": { level: "unsupported", note: "not modelled" },
  "cosmosdb-data-source": { level: "unsupported", note: "not modelled" },
};

/** Child elements of supported policies, which are not policies themselves. */
export const POLICY_CHILDREN = new Set([
  "when", "otherwise", "value", "set-url", "allowed-origins", "origin", "allowed-methods", "method", "allowed-headers", "header", "expose-headers",
  "openid-config", "issuer-signing-keys", "key", "audiences", "audience", "issuers", "issuer", "required-claims", "claim", "address", "address-range",
  "vary-by-header", "vary-by-query-parameter", "message", "metadata", "dimension", "api", "operation", "decryption-keys",
]);

/** C# expression support, for docs/runtime.md. */
export const EXPRESSION_SUPPORT: Array<{ construct: string; level: SupportLevel; note?: string }> = [
  { construct: "`@(...)` single expressions and `@{...}` statement blocks", level: "supported" },
  { construct: "locals (`var`, typed, `const`), `if`/`else`, `foreach`, `for`, `while`, `return`, `break`, `continue`", level: "supported" },
  { construct: "`try`/`catch`/`finally`, `throw`", level: "supported", note: "no exception filters" },
  { construct: "ternary, `??`, `??=`, `?.`, `?[]`, casts, `is` (type and constant patterns, `is T x`, `is not`), `as`", level: "supported" },
  { construct: "interpolated (`$\"\"`) and verbatim (`@\"\"`) strings, format specifiers", level: "supported" },
  { construct: "lambdas with LINQ: Where, Select, SelectMany, Any, All, First(OrDefault), Last(OrDefault), Single(OrDefault), Count, Sum, Min, Max, Average, OrderBy(Descending), Distinct, Skip, Take, Concat, Aggregate, ToArray, ToList, ToDictionary, Contains", level: "supported" },
  { construct: "generic methods: `GetValueOrDefault<T>`, `Body.As<T>`, `Value<T>`, `ToObject<T>`", level: "supported" },
  { construct: "anonymous types `new { a = 1 }`", level: "partial", note: "modelled as a JObject (enough for JsonConvert.SerializeObject)" },
  { construct: "numeric types", level: "partial", note: "all numbers are IEEE doubles; `int / int` truncates unless a double literal or cast is involved; no overflow" },
  { construct: "DateTime/DateTimeOffset", level: "partial", note: "UTC only; Now equals UtcNow; the clock is injectable" },
  { construct: "System.Random", level: "partial", note: "seeded (0 when no seed is given), so runs repeat" },
  { construct: "`switch`, `using`, local functions, `unchecked`, `async`/`await`, `goto`, pattern combinators", level: "unsupported", note: "a load-time diagnostic at the construct" },
  { construct: "System.Xml / System.Xml.Linq (XDocument, XElement), X509 certificates, RSA/ECDsa key objects, System.Text.Json", level: "unsupported", note: "a load-time diagnostic at the type name" },
];
