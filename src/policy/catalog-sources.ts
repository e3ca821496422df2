/**
 * Where each row of the policy section table (`POLICY_CATALOG` in ./catalog)
 * comes from, checked row by row in December 2026.
 *
 * `page` is the Microsoft reference page the row was read from
 * (MicrosoftDocs/azure-docs `articles/api-management/<page>`, at `commit`),
 * `listed` the sections its "Usage -> Policy sections" line names (letters as
 * in the catalog: I inbound, B backend, O outbound, E on-error). A row may be
 * wider than `listed` but never narrower, because a section the reference
 * names must not be refused; every wider row says why in `note` (a test keeps
 * both rules). Rows without a page of their own say where they come from.
 *
 * Attribute lists were checked against the same pages: a documented attribute
 * missing from a row would make apimc refuse a valid policy (APIMC211), so the
 * rows hold every documented attribute, plus a few older names the VS Code
 * extension's XSDs still list (`id` is accepted on every element, see rules.ts).
 */
export interface RowSource {
  /** File under MicrosoftDocs/azure-docs/articles/api-management, or another origin for rows without one. */
  page: string;
  /** Commit of the stored copy that was read (first 8 hex digits). */
  commit?: string;
  /** Sections the page's Usage line names. Absent when the page names none (resolver policies, containers). */
  listed?: string;
  /** Why the row differs from `listed`, or other facts of the check. */
  note?: string;
}

const WIDER = "kept wider than this page: narrowing would refuse policies that deploy today, and no evidence shows Azure refusing the extra section";

export const CATALOG_SOURCES: Readonly<Record<string, RowSource>> = {
  "authentication-basic": { page: "authentication-basic-policy.md", commit: "0b99879e", listed: "I" },
  "authentication-certificate": { page: "authentication-certificate-policy.md", commit: "02d00dc8", listed: "I" },
  "authentication-managed-identity": { page: "authentication-managed-identity-policy.md", commit: "00771b6d", listed: "I", note: "outbound with output-token-variable-name is accepted with a warning (catalog `accepted`), after Microsoft's AI-Gateway labs" },
  "authentication-token": { page: "no Microsoft page; VS Code extension XSD", note: "treated like the other authentication-* policies (inbound)" },
  "authentication-token-store": { page: "no Microsoft page; VS Code extension XSD", note: "treated like the other authentication-* policies (inbound)" },
  "azure-openai-emit-token-metric": { page: "azure-openai-emit-token-metric-policy.md", commit: "0af0f2ef", listed: "I", note: "documents attribute `value`, added" },
  "azure-openai-semantic-cache-lookup": { page: "azure-openai-semantic-cache-lookup-policy.md", commit: "000280a5", listed: "I" },
  "azure-openai-semantic-cache-store": { page: "azure-openai-semantic-cache-store-policy.md", commit: "000280a5", listed: "O" },
  "azure-openai-token-limit": { page: "azure-openai-token-limit-policy.md", commit: "06867cc9", listed: "I" },
  base: { page: "api-management-howto-policies.md (inheritance)", note: "allowed in every section" },
  block: { page: "no Microsoft page; VS Code extension XSD", note: "kept as known so older exported policies still lint" },
  "cache-lookup": { page: "cache-lookup-policy.md", commit: "06867cc9", listed: "I", note: "scopes include global; the former global-scope refusal is removed" },
  "cache-lookup-value": { page: "cache-lookup-value-policy.md", commit: "09ceb1fb", listed: "IBOE" },
  "cache-remove-value": { page: "cache-remove-value-policy.md", commit: "03e5750a", listed: "IBOE" },
  "cache-store": { page: "cache-store-policy.md", commit: "20487a25", listed: "O", note: "scopes include global; the former global-scope refusal is removed" },
  "cache-store-value": { page: "cache-store-value-policy.md", commit: "03e5750a", listed: "IBOE" },
  "cache-value": { page: "Azure/azure-api-management-policy-toolkit src/Authoring/Configs/CacheValueConfig.cs (links learn.microsoft.com/azure/api-management/cache-value-policy)", commit: "4f2fc8b5", note: "the toolkit offers it in the inbound and on-error contexts; sections as for the cache-*-value siblings" },
  "check-header": { page: "check-header-policy.md", commit: "0a8b037e", listed: "I" },
  choose: { page: "choose-policy.md", commit: "0b2db47d", listed: "IBOE" },
  cors: { page: "cors-policy.md", commit: "29477839", listed: "I" },
  "cosmosdb-data-source": { page: "cosmosdb-data-source-policy.md", commit: "0b8729ea", note: "GraphQL resolver policy: runs in a resolver's backend, not at global or product scope" },
  "cross-domain": { page: "cross-domain-policy.md", commit: "40c4403a", listed: "I", note: "page lists global scope only; not enforced" },
  "emit-metric": { page: "emit-metric-policy.md", commit: "03dee7c0", listed: "IBOE" },
  "find-and-replace": { page: "find-and-replace-policy.md", commit: "3a147c2b", listed: "IBOE" },
  "forward-request": { page: "forward-request-policy.md", commit: "08b11034", listed: "B" },
  "get-authorization-context": { page: "get-authorization-context-policy.md", commit: "0c210787", listed: "I" },
  "graphql-data-source": { page: "no Microsoft page; VS Code extension XSD", note: "resolver policy, as http-data-source" },
  "http-data-source": { page: "http-data-source-policy.md", note: "GraphQL resolver policy (api-management-policies.md, GraphQL resolvers): resolver backend only" },
  "include-fragment": { page: "include-fragment-policy.md", commit: "0c210787", listed: "IBOE" },
  "invoke-dapr-binding": { page: "invoke-dapr-binding-policy.md", commit: "0b8729ea", listed: "IOE", note: "documents attribute `content-type`, added" },
  "invoke-request": { page: "Azure/azure-api-management-policy-toolkit src/Authoring/Configs/InvokeRequestConfig.cs", commit: "4f2fc8b5", note: "a custom policy of the toolkit; attributes url, backend-id, method, response-variable-name; sections as send-request minus backend" },
  "ip-filter": { page: "ip-filter-policy.md", commit: "02d00dc8", listed: "I" },
  "json-to-xml": { page: "json-to-xml-policy.md", commit: "3a147c2b", listed: "IOE" },
  jsonp: { page: "jsonp-policy.md", commit: "03dee7c0", listed: "O" },
  "limit-concurrency": { page: "limit-concurrency-policy.md", commit: "0c210787", listed: "IBOE" },
  "llm-content-safety": { page: "llm-content-safety-policy.md", commit: "0097b469", listed: "I", note: "the 2025 revision screens prompts or responses (completions); public policies set enforce-on-completions, window-size and window-overlap-size and place it in outbound, so outbound and those attributes are allowed" },
  "llm-emit-token-metric": { page: "llm-emit-token-metric-policy.md", commit: "00b15a65", listed: "I", note: "attribute `value` allowed as on azure-openai-emit-token-metric" },
  "llm-semantic-cache-lookup": { page: "llm-semantic-cache-lookup-policy.md", commit: "0dec6110", listed: "I" },
  "llm-semantic-cache-store": { page: "llm-semantic-cache-store-policy.md", commit: "0203f468", listed: "O" },
  "llm-token-limit": { page: "llm-token-limit-policy.md", commit: "02fd7385", listed: "I" },
  "log-to-eventhub": { page: "log-to-eventhub-policy.md", commit: "08965de3", listed: "IBOE" },
  "mock-response": { page: "mock-response-policy.md", commit: "08b11034", listed: "IOE" },
  proxy: { page: "proxy-policy.md", commit: "08b11034", listed: "I", note: "also a child of send-request / send-one-way-request" },
  "publish-event": { page: "publish-event-policy.md", commit: "0b8729ea", note: "lives in http-data-source's http-response; GraphQL resolver only" },
  "publish-to-dapr": { page: "publish-to-dapr-policy.md", commit: "03acc2f3", listed: "I", note: `sibling invoke-dapr-binding lists inbound, outbound, on-error; ${WIDER}` },
  quota: { page: "quota-policy.md", commit: "0b8729ea", listed: "I", note: "page lists product scope only; not enforced" },
  "quota-by-key": { page: "quota-by-key-policy.md", commit: "0440832a", listed: "I" },
  "rate-limit": { page: "rate-limit-policy.md", commit: "0139612c", listed: "I", note: "page lists product, API, operation scopes; not enforced" },
  "rate-limit-by-key": { page: "rate-limit-by-key-policy.md", commit: "01fd82a3", listed: "I" },
  "redirect-content-urls": { page: "redirect-content-urls-policy.md", commit: "0203f468", listed: "IO" },
  retry: { page: "retry-policy.md", commit: "03acc2f3", listed: "IBOE" },
  "return-response": { page: "return-response-policy.md", commit: "05849c0a", listed: "IBOE" },
  "rewrite-uri": { page: "rewrite-uri-policy.md", commit: "13de5cba", listed: "I" },
  "send-one-way-request": { page: "send-one-way-request-policy.md", commit: "012ad308", listed: "IBOE" },
  "send-request": { page: "send-request-policy.md", commit: "08b11034", listed: "IBOE" },
  "send-service-bus-message": { page: "send-service-bus-message-policy.md (learn.microsoft.com / docs.azure.cn, 2026)", listed: "IOE" },
  "set-backend-service": { page: "set-backend-service-policy.md", commit: "156b59bf", listed: "IB", note: "dapr-* attributes from set-backend-service-dapr-policy.md@1a36581d (inbound)" },
  "set-body": { page: "set-body-policy.md", commit: "03acc2f3", listed: "IBO", note: `on-error: ${WIDER}` },
  "set-header": { page: "set-header-policy.md", commit: "26eaa268", listed: "IBOE" },
  "set-method": { page: "set-method-policy.md", commit: "0ec542cd", listed: "IE" },
  "set-query-parameter": { page: "set-query-parameter-policy.md", commit: "62d13e9b", listed: "IB" },
  "set-request-metric-dimension-value": { page: "no Microsoft page; VS Code extension XSD", note: "allowed everywhere like emit-metric" },
  "set-status": { page: "set-status-policy.md", commit: "16fe0f01", listed: "IBOE" },
  "set-url": { page: "send-request-policy.md (child element)", commit: "08b11034", note: "as a statement, sections as for set-backend-service" },
  "set-variable": { page: "set-variable-policy.md", commit: "0aa3f927", listed: "IBOE" },
  "sql-data-source": { page: "sql-data-source-policy.md", note: "GraphQL resolver policy: resolver backend only" },
  trace: { page: "trace-policy.md", commit: "0ec542cd", listed: "IBO", note: `on-error: ${WIDER}; tracing errors in on-error is common (policy-snippets "Log errors to Stackify")` },
  "validate-azure-ad-token": { page: "validate-azure-ad-token-policy.md", commit: "00063ac3", listed: "I" },
  "validate-client-certificate": { page: "validate-client-certificate-policy.md", commit: "04cb5e08", listed: "I" },
  "validate-content": { page: "validate-content-policy.md", commit: "101146ec", listed: "IOE" },
  "validate-graphql-request": { page: "validate-graphql-request-policy.md", commit: "0034ad72", listed: "I", note: "scopes global, product, API, operation; the former global/product refusal is removed" },
  "validate-headers": { page: "validate-headers-policy.md", commit: "1b631afb", listed: "OE" },
  "validate-jwt": { page: "validate-jwt-policy.md", commit: "01e7c604", listed: "I" },
  "validate-odata-request": { page: "validate-odata-request-policy.md", commit: "30f4ff1f", listed: "I", note: "scopes global, workspace, product, API; the former global/product refusal is removed" },
  "validate-parameters": { page: "validate-parameters-policy.md", commit: "16f80c5b", listed: "I" },
  "validate-status-code": { page: "validate-status-code-policy.md", commit: "05200193", listed: "OE", note: "the attribute is errors-variable-name (error-variable-name belongs to validate-graphql-request / validate-odata-request)" },
  wait: { page: "wait-policy.md", commit: "0b8729ea", listed: "IBO", note: `on-error: ${WIDER}` },
  "xsl-transform": { page: "xsl-transform-policy.md", commit: "326e8c6e", listed: "IO", note: `on-error: ${WIDER}` },
  "xml-to-json": { page: "xml-to-json-policy.md", commit: "0b8729ea", listed: "IOE" },
};
