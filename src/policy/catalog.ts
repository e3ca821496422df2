/**
 * The policy elements apimc knows: attributes (from the VS Code extension's
 * XSDs in ../shared/specs/policy-xsd, generated once and committed), the
 * sections each may appear in (I inbound, B backend, O outbound, E on-error)
 * and the scopes where each is refused.
 *
 * Source of every row: `CATALOG_SOURCES` in ./catalog-sources names the
 * Microsoft reference page (MicrosoftDocs/azure-docs
 * articles/api-management/<name>-policy.md, "Usage -> Policy sections") and the
 * commit of the copy read, the sections it lists, and why a row is wider. The
 * whole table was checked row by row in December 2026; a test keeps every row
 * sourced and never narrower than its page. `referenceUrl(name)` builds the
 * public URL that `apimc policy lint` names in APIMC212; rows whose element has
 * no page of its own also say so in `source`.
 *
 * Azure's save-time validator refuses a policy outside the sections of its
 * reference page, so that is an error (APIMC212). `accepted` lists the known
 * exceptions: sections outside the reference where deployed policies show Azure
 * accepts the element; those are a warning (APIMC212 at warning severity) that
 * names the evidence.
 */
import type { PolicyScope, PolicySection } from "./types";

export interface PolicyElementSpec {
  attributes: readonly string[];
  required?: readonly string[];
  /** Letters of the allowed sections: I inbound, B backend, O outbound, E on-error. */
  sections: string;
  notInScopes?: readonly PolicyScope[];
  /** Sections outside the reference that Azure is known to accept, with the evidence (and the attribute the evidence uses, if any). */
  accepted?: { sections: string; attribute?: string; evidence: string };
  /** Where `sections` comes from when it is not the element's own reference page. */
  source?: string;
}

export const POLICY_CATALOG: Readonly<Record<string, PolicyElementSpec>> = {
  "authentication-basic": { attributes: ["id", "username", "password"], required: ["password", "username"], sections: "I" },
  "authentication-certificate": { attributes: ["id", "thumbprint", "certificate-id", "body", "password"], sections: "I" },
  "authentication-managed-identity": {
    attributes: ["id", "resource", "client-id", "output-token-variable-name", "ignore-error"],
    sections: "I",
    accepted: {
      sections: "O",
      attribute: "output-token-variable-name",
      evidence: "Microsoft's AI-Gateway labs (github.com/Azure-Samples/AI-Gateway) deploy it in <outbound> with output-token-variable-name to fetch a token for a follow-up call, and Azure accepts that policy",
    },
  },
  "authentication-token": { attributes: ["id", "token-type", "token-service-url", "resource-url", "ignore-error"], sections: "I", source: "no reference page of its own; treated like the other authentication-* policies (inbound)" },
  "authentication-token-store": { attributes: ["id", "token-id", "client-id", "output-token-variable-name", "ignore-error"], sections: "I" },
  "azure-openai-emit-token-metric": { attributes: ["id", "namespace", "name", "value", "value-type", "ignore-prompt"], sections: "I" },
  "azure-openai-semantic-cache-lookup": { attributes: ["score-threshold", "embeddings-backend-id", "embeddings-backend-auth", "ignore-system-messages", "cache-id", "max-message-count"], required: ["embeddings-backend-id", "score-threshold"], sections: "I" },
  "azure-openai-semantic-cache-store": { attributes: ["duration"], required: ["duration"], sections: "O" },
  "azure-openai-token-limit": { attributes: ["id", "tokens-per-minute", "token-quota", "token-quota-period", "counter-key", "estimate-prompt-tokens", "prompt-type", "retry-after-header-name", "retry-after-variable-name", "remaining-tokens-header-name", "remaining-tokens-variable-name", "remaining-quota-tokens-header-name", "remaining-quota-tokens-variable-name", "tokens-consumed-header-name", "tokens-consumed-variable-name", "ignore-prompt"], required: ["counter-key", "estimate-prompt-tokens"], sections: "I" },
  "base": { attributes: [], sections: "IBOE" },
  "block": { attributes: ["id"], sections: "I" },
  "cache-lookup": { attributes: ["id", "vary-by-developer", "vary-by-developer-groups", "downstream-caching-type", "must-revalidate", "caching-type", "allow-private-response-caching"], required: ["vary-by-developer", "vary-by-developer-groups"], sections: "I" },
  "cache-lookup-value": { attributes: ["id", "key", "default-value", "variable-name", "caching-type"], required: ["key", "variable-name"], sections: "IBOE" },
  "cache-remove-value": { attributes: ["id", "key", "caching-type"], required: ["key"], sections: "IBOE" },
  "cache-store": { attributes: ["id", "duration", "cache-response", "caching-mode"], required: ["duration"], sections: "O" },
  "cache-store-value": { attributes: ["id", "duration", "key", "value", "caching-type"], required: ["duration", "key", "value"], sections: "IBOE" },
  "cache-value": {
    attributes: ["id", "key", "variable-name", "expires-after", "refresh-after", "default-value", "caching-type"],
    required: ["key", "variable-name"],
    sections: "IBOE",
    source: "no page in the MicrosoftDocs/azure-docs copy read; Microsoft's policy toolkit (Azure/azure-api-management-policy-toolkit, src/Authoring/Configs/CacheValueConfig.cs and IInboundContext/IOnErrorContext) compiles it with these attributes and links learn.microsoft.com/azure/api-management/cache-value-policy; sections as for its cache-*-value siblings",
  },
  "check-header": { attributes: ["id", "name", "failed-check-httpcode", "failed-check-error-message", "ignore-case"], required: ["failed-check-httpcode", "name"], sections: "I" },
  "choose": { attributes: ["id"], sections: "IBOE" },
  "cors": { attributes: ["id", "allow-credentials", "terminate-unmatched-request"], sections: "I" },
  "cosmosdb-data-source": { attributes: ["id"], sections: "B", notInScopes: ["global", "product"] },
  "cross-domain": { attributes: ["id"], sections: "I" },
  "emit-metric": { attributes: ["id", "default-dimensions", "name", "namespace", "value"], required: ["name"], sections: "IBOE" },
  "find-and-replace": { attributes: ["id", "from", "to"], required: ["from", "to"], sections: "IBOE" },
  "forward-request": { attributes: ["id", "timeout", "timeout-ms", "continue-timeout", "follow-redirects", "buffer-request-body", "buffer-response", "fail-on-error-status-code", "http-version"], sections: "B" },
  "get-authorization-context": { attributes: ["id", "provider-id", "authorization-id", "identity-type", "identity", "context-variable-name", "ignore-error"], required: ["authorization-id", "context-variable-name", "provider-id"], sections: "I" },
  "graphql-data-source": { attributes: [], sections: "B", notInScopes: ["global", "product"] },
  "http-data-source": { attributes: ["id"], sections: "B", notInScopes: ["global", "product"] },
  "include-fragment": { attributes: ["id", "fragment-id"], required: ["fragment-id"], sections: "IBOE" },
  "invoke-dapr-binding": { attributes: ["id", "name", "template", "response-variable-name", "operation", "timeout", "ignore-error", "content-type"], required: ["name"], sections: "IOE" },
  "invoke-request": { attributes: ["id", "url", "method", "backend-id", "response-variable-name"], sections: "IOE", source: "no reference page of its own; attributes from Microsoft's policy toolkit (InvokeRequestConfig.cs: url or backend-id, method, response-variable-name); sections as for send-request minus backend" },
  "ip-filter": { attributes: ["id", "action"], sections: "I" },
  "json-to-xml": { attributes: ["id", "apply", "consider-accept-header", "parse-date", "attribute-block-name", "attribute-prefix", "namespace-block-name", "namespace-separator", "namespace-prefix", "invalid-character-replacement", "null-values", "trim-values", "empty-values"], required: ["apply"], sections: "IOE" },
  "jsonp": { attributes: ["id", "callback-parameter-name"], required: ["callback-parameter-name"], sections: "O" },
  "limit-concurrency": { attributes: ["id", "key", "max-count"], required: ["key", "max-count"], sections: "IBOE" },
  "llm-content-safety": {
    attributes: ["id", "backend-id", "shield-prompt", "enforce-on-completions", "window-size", "window-overlap-size"],
    required: ["backend-id"],
    sections: "IO",
    source: "reference page (2025 revision) checks prompts or responses (completions); public policies set enforce-on-completions, window-size and window-overlap-size and place a second element in <outbound> to screen completions",
  },
  "llm-emit-token-metric": { attributes: ["id", "namespace", "name", "value", "value-type", "ignore-prompt"], sections: "I" },
  "llm-semantic-cache-lookup": { attributes: ["score-threshold", "embeddings-backend-id", "embeddings-backend-auth", "ignore-system-messages", "cache-id", "max-message-count"], required: ["embeddings-backend-id", "score-threshold"], sections: "I" },
  "llm-semantic-cache-store": { attributes: ["duration"], required: ["duration"], sections: "O" },
  "llm-token-limit": { attributes: ["id", "tokens-per-minute", "token-quota", "token-quota-period", "counter-key", "estimate-prompt-tokens", "prompt-type", "retry-after-header-name", "retry-after-variable-name", "remaining-tokens-header-name", "remaining-tokens-variable-name", "remaining-quota-tokens-header-name", "remaining-quota-tokens-variable-name", "tokens-consumed-header-name", "tokens-consumed-variable-name", "ignore-prompt"], required: ["counter-key", "estimate-prompt-tokens"], sections: "I" },
  "log-to-eventhub": { attributes: ["id", "logger-id", "partition-key", "partition-id"], required: ["logger-id"], sections: "IBOE" },
  "mock-response": { attributes: ["id", "enabled", "status-code", "content-type", "index"], sections: "IOE" },
  "proxy": { attributes: ["url", "username", "password", "id"], required: ["url"], sections: "I" },
  "publish-event": { attributes: ["id"], sections: "B", notInScopes: ["global", "product"] },
  "publish-to-dapr": { attributes: ["id", "pubsub-name", "topic", "template", "response-variable-name", "timeout", "ignore-error", "content-type"], required: ["topic"], sections: "IOE" },
  "quota": { attributes: ["calls", "bandwidth", "id", "renewal-period"], sections: "I" },
  "quota-by-key": { attributes: ["calls", "bandwidth", "id", "renewal-period", "first-period-start", "counter-key", "increment-condition", "increment-count"], required: ["counter-key"], sections: "I" },
  "rate-limit": { attributes: ["calls", "renewal-period", "retry-after-header-name", "retry-after-variable-name", "remaining-calls-header-name", "remaining-calls-variable-name", "total-calls-header-name", "id"], sections: "I" },
  "rate-limit-by-key": { attributes: ["id", "calls", "renewal-period", "counter-key", "increment-condition", "increment-count", "increment-after-response", "flexible-retry-window", "retry-after-header-name", "retry-after-variable-name", "remaining-calls-header-name", "remaining-calls-variable-name", "total-calls-header-name"], required: ["calls", "counter-key", "renewal-period"], sections: "I" },
  "redirect-content-urls": { attributes: ["id"], sections: "IO" },
  "retry": { attributes: ["id", "condition", "count", "interval", "delta", "max-interval", "first-fast-retry"], required: ["condition", "count", "interval"], sections: "IBOE" },
  "return-response": { attributes: ["id", "response-variable-name"], sections: "IBOE" },
  "rewrite-uri": { attributes: ["id", "template", "copy-unmatched-params"], required: ["template"], sections: "I" },
  "send-one-way-request": { attributes: ["id", "mode", "timeout"], sections: "IBOE" },
  "send-request": { attributes: ["id", "mode", "response-variable-name", "timeout", "timeout-ms", "ignore-error", "buffer-response", "fail-on-error-status-code"], sections: "IBOE" },
  "send-service-bus-message": { attributes: ["id", "queue-name", "topic-name", "namespace", "client-id"], sections: "IOE" },
  "set-backend-service": { attributes: ["backend-id", "base-url", "id", "sf-partition-key", "dapr-app-id", "dapr-method", "dapr-namespace", "sf-replica-type", "sf-resolve-condition", "sf-service-instance-name", "sf-listener-name"], sections: "IB" },
  "set-body": { attributes: ["id", "template", "xsi-nil", "parse-date", "html-decode-expression"], sections: "IBOE" },
  "set-header": { attributes: ["id", "name", "exists-action"], required: ["name"], sections: "IBOE" },
  "set-method": { attributes: ["id"], sections: "IE" },
  "set-query-parameter": { attributes: ["id", "name", "exists-action"], required: ["name"], sections: "IB" },
  "set-request-metric-dimension-value": { attributes: ["id", "name", "value"], required: ["name", "value"], sections: "IBOE", source: "no reference page of its own; allowed everywhere like emit-metric" },
  "set-status": { attributes: ["id", "code", "reason"], sections: "IBOE" },
  "set-url": { attributes: [], sections: "IB", source: "a child of send-request / send-one-way-request in the reference; as a statement, sections as for set-backend-service" },
  "set-variable": { attributes: ["id", "name", "value"], required: ["name", "value"], sections: "IBOE" },
  "sql-data-source": { attributes: ["id"], sections: "B", notInScopes: ["global", "product"] },
  "trace": { attributes: ["id", "source", "severity"], required: ["source"], sections: "IBOE" },
  "validate-azure-ad-token": { attributes: ["id", "failed-validation-httpcode", "failed-validation-error-message", "tenant-id", "header-name", "authentication-endpoint", "require-scheme", "query-parameter-name", "token-value", "allow-protected-forwarded-tokens", "allow-proof-of-possession-tokens", "output-token-variable-name"], required: ["tenant-id"], sections: "I" },
  "validate-client-certificate": { attributes: ["id", "validate-revocation", "validate-trust", "validate-not-before", "validate-not-after", "ignore-error"], sections: "I" },
  "validate-content": { attributes: ["id", "unspecified-content-type-action", "max-size", "size-exceeded-action", "errors-variable-name"], required: ["max-size", "size-exceeded-action", "unspecified-content-type-action"], sections: "IOE" },
  "validate-graphql-request": { attributes: ["id", "error-variable-name", "max-depth", "max-size", "max-total-depth", "max-complexity"], sections: "I" },
  "validate-headers": { attributes: ["id", "specified-header-action", "unspecified-header-action", "errors-variable-name"], required: ["specified-header-action", "unspecified-header-action"], sections: "OE" },
  "validate-jwt": { attributes: ["id", "failed-validation-httpcode", "failed-validation-error-message", "header-name", "require-scheme", "query-parameter-name", "token-value", "clock-skew", "require-expiration-time", "require-signed-tokens", "output-token-variable-name"], sections: "I" },
  "validate-odata-request": { attributes: ["id", "error-variable-name", "default-odata-version", "min-odata-version", "max-odata-version", "max-size"], sections: "I" },
  "validate-parameters": { attributes: ["id", "specified-parameter-action", "unspecified-parameter-action", "errors-variable-name"], required: ["specified-parameter-action", "unspecified-parameter-action"], sections: "I" },
  "validate-status-code": { attributes: ["id", "unspecified-status-code-action", "errors-variable-name"], required: ["unspecified-status-code-action"], sections: "OE" },
  "wait": { attributes: ["for", "id"], required: ["for"], sections: "IBOE" },
  "xsl-transform": { attributes: ["id"], sections: "IOE" },
  "xml-to-json": { attributes: ["id", "kind", "apply", "consider-accept-header", "preserve-whitespace-nodes", "empty-values", "trim-values", "always-array-child-elements"], required: ["apply", "kind"], sections: "IOE" },
};

const SECTION_LETTER: Record<PolicySection, string> = { inbound: "I", backend: "B", outbound: "O", "on-error": "E" };

export function allowedInSection(spec: PolicyElementSpec, section: PolicySection): boolean {
  return spec.sections.includes(SECTION_LETTER[section]);
}

/** The evidence that Azure accepts `el` in `section` outside the reference, if any. */
export function acceptedOutsideReference(spec: PolicyElementSpec, section: PolicySection, attributes: readonly string[]): string | undefined {
  const a = spec.accepted;
  if (!a || !a.sections.includes(SECTION_LETTER[section])) return undefined;
  if (a.attribute && !attributes.includes(a.attribute)) return undefined;
  return a.evidence;
}

/** The Microsoft reference page a row's sections come from. */
export function referenceUrl(name: string): string {
  return `https://learn.microsoft.com/azure/api-management/${name}-policy`;
}

export function allowedSections(spec: PolicyElementSpec): PolicySection[] {
  return (Object.keys(SECTION_LETTER) as PolicySection[]).filter((s) => allowedInSection(spec, s));
}

/** Policies the self-hosted gateway does not run (it skips them without an error), with why. */
export const SELF_HOSTED_SKIPPED: ReadonlyArray<readonly [string, string]> = [
  ["authentication-managed-identity", "managed identities exist only in Azure; the self-hosted gateway has no identity to use"],
  ["authentication-token-store", "token store is managed-gateway only"],
  ["azure-openai-semantic-cache-lookup", "semantic caching needs the managed external cache and embeddings backend"],
  ["azure-openai-semantic-cache-store", "semantic caching needs the managed external cache and embeddings backend"],
  ["cosmosdb-data-source", "GraphQL resolvers backed by Cosmos DB are managed-gateway only"],
  ["get-authorization-context", "credential manager (authorizations) runs only in the managed gateway"],
  ["llm-content-safety", "Azure AI Content Safety integration is managed-gateway only"],
  ["llm-semantic-cache-lookup", "semantic caching needs the managed external cache and embeddings backend"],
  ["llm-semantic-cache-store", "semantic caching needs the managed external cache and embeddings backend"],
  ["sql-data-source", "GraphQL resolvers backed by Azure SQL are managed-gateway only"],
];

/** `name: why` lines, for reports. */
export const SELF_HOSTED_SKIPPED_POLICIES: readonly string[] = SELF_HOSTED_SKIPPED.map(([name, why]) => `${name}: ${why}`);

/** Elements that hold policy statements as children (their children are checked like section content). */
export const CONTAINERS: ReadonlySet<string> = new Set(["when", "otherwise", "retry", "wait", "fragment", "inbound", "backend", "outbound", "on-error"]);
