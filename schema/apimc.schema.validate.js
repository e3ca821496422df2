// Generated from schema/apimc.schema.json by `npm run gen` (scripts/gen-validator.js). Do not edit.
"use strict";
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://apimc.dev/schema/v1/apimc.schema.json","title":"ApimcDeclarations","description":"An apimc declaration set for one Azure API Management instance (format v1). Property names mirror the ARM REST contract of api-version 2024-05-01.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"JSON Schema reference, for editors."},"version":{"const":1,"description":"Declaration format version. Always 1."},"include":{"type":"array","description":"Glob patterns, relative to this file, of further declaration files merged into this one.","items":{"type":"string","minLength":1}},"service":{"$ref":"#/$defs/Service"},"namedValues":{"type":"object","description":"Named values, keyed by ARM resource name. Policies reference them as `{{displayName}}`.","additionalProperties":{"$ref":"#/$defs/NamedValue"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"backends":{"type":"object","description":"Backends, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Backend"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"apis":{"type":"object","description":"APIs, keyed by ARM resource name (apiId).","additionalProperties":{"$ref":"#/$defs/Api"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"apiVersionSets":{"type":"object","description":"API version sets, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/ApiVersionSet"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"products":{"type":"object","description":"Products, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Product"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"policyFragments":{"type":"object","description":"Policy fragments, keyed by ARM resource name; policies include them with `<include-fragment fragment-id=\"...\" />`.","additionalProperties":{"$ref":"#/$defs/PolicyFragment"},"propertyNames":{"pattern":"^[A-Za-z0-9-]+$","minLength":1,"maxLength":80}},"policy":{"description":"The global (all APIs) policy. A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"gateways":{"type":"object","description":"Self-hosted gateways, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Gateway"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"tags":{"type":"object","description":"Tags, keyed by ARM resource name. Products, APIs and operations name them in their `tags` lists.","additionalProperties":{"$ref":"#/$defs/Tag"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"groups":{"type":"object","description":"User groups, keyed by ARM resource name. The built-in `administrators`, `developers` and `guests` need no declaration.","additionalProperties":{"$ref":"#/$defs/Group"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"loggers":{"type":"object","description":"Loggers (Application Insights, Event Hub, Azure Monitor), keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Logger"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"diagnostics":{"type":"object","description":"Service-level diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`).","additionalProperties":{"$ref":"#/$defs/Diagnostic"},"propertyNames":{"pattern":"^(applicationinsights|azuremonitor|local)$","minLength":1,"maxLength":80}},"certificates":{"type":"object","description":"Certificates, keyed by ARM resource name. Backends and policies name them.","additionalProperties":{"$ref":"#/$defs/Certificate"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"subscriptions":{"type":"object","description":"Subscriptions, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Subscription"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"authorizationServers":{"type":"object","description":"OAuth 2.0 authorization servers, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/AuthorizationServer"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"openidConnectProviders":{"type":"object","description":"OpenID Connect providers, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/OpenidConnectProvider"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"caches":{"type":"object","description":"External caches, keyed by the Azure region they serve (or `default`).","additionalProperties":{"$ref":"#/$defs/Cache"},"propertyNames":{"pattern":"^[A-Za-z0-9-]+$","minLength":1,"maxLength":80}}},"$defs":{"Service":{"type":"object","description":"The API Management instance.","properties":{"name":{"type":"string","description":"Name of the API Management service (the `<name>.azure-api.net` host). The ARM template's `serviceName` parameter defaults to it.","pattern":"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","minLength":1,"maxLength":50},"resourceGroup":{"type":"string","description":"Resource group of the service, used by `apimc plan --live` and the deploy script."},"subscriptionId":{"type":"string","description":"Subscription id of the service.","pattern":"^[0-9a-fA-F-]{36}$"},"hostnames":{"type":"array","description":"Custom gateway hostnames of the managed gateway, used by preflight rules.","items":{"type":"string"}},"keyVaults":{"type":"object","description":"ARM resource ids of the Key Vaults that `fromKeyVault` named values read, keyed by vault name (the first label of the vault host). ARM parameter files need the id to reference a secret.","additionalProperties":{"type":"string","description":"ARM resource id of the vault, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`.","pattern":"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"}}},"additionalProperties":false,"required":["name"]},"NamedValue":{"type":"object","description":"A named value. Exactly one of `value`, `keyVault`, `fromKeyVault` or `fromParameter` gives its value.","properties":{"tags":{"type":"array","description":"Tags for filtering.","items":{"type":"string"},"maxItems":32},"secret":{"type":"boolean","description":"Whether APIM encrypts the value. Implied by `keyVault`, `fromKeyVault` and `fromParameter`."},"displayName":{"type":"string","description":"Name used in policies as `{{displayName}}`; defaults to the map key. Letters, digits, period, dash and underscore only.","pattern":"^[A-Za-z0-9-._]+$","minLength":1,"maxLength":256},"value":{"type":"string","description":"Literal, non-secret value (may hold policy expressions). Never put a secret here: use `keyVault`, `fromKeyVault` or `fromParameter`.","maxLength":4096},"keyVault":{"type":"object","description":"APIM fetches and refreshes the value from Key Vault itself.","properties":{"secretIdentifier":{"type":"string","description":"Key Vault secret identifier, `https://<vault>.vault.azure.net/secrets/<name>`. Leave out the version so APIM refreshes it."},"identityClientId":{"type":"string","description":"Client id of the user-assigned identity APIM uses to read the secret; omit for the system-assigned identity."}},"additionalProperties":false,"required":["secretIdentifier"]},"fromKeyVault":{"type":"string","description":"Key Vault secret URI that apimc resolves at deploy time and sends as a secret value."},"fromParameter":{"type":"string","description":"Name of a deploy-time parameter (an ARM `secureString` parameter, or a Pulumi secret) that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Backend":{"type":"object","description":"A backend: a single service (`Single`) or a load-balanced pool of backends (`Pool`).","properties":{"title":{"type":"string","description":"Backend Title.","minLength":1,"maxLength":300},"description":{"type":"string","description":"Backend Description.","minLength":1,"maxLength":2000},"resourceId":{"type":"string","description":"Management Uri of the Resource in External System. This URL can be the Arm Resource Id of Logic Apps, Function Apps or API Apps.","minLength":1,"maxLength":2000},"credentials":{"type":"object","description":"Credentials APIM sends to the backend. Values may be `{{named value}}` references.","properties":{"certificates":{"type":"array","description":"Names of certificates declared in `certificates` that APIM presents to the backend (become `certificateIds`).","items":{"type":"string"},"maxItems":32},"certificateIds":{"type":"array","description":"Client certificate ids.","items":{"type":"string"},"maxItems":32},"certificate":{"type":"array","description":"Client certificate thumbprints (ignored when `certificateIds` is set).","items":{"type":"string"},"maxItems":32},"query":{"type":"object","description":"Query parameters to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"header":{"type":"object","description":"Headers to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"authorization":{"type":"object","description":"Authorization header credentials.","properties":{"scheme":{"type":"string","description":"Authentication scheme, for example `Bearer`.","minLength":1,"maxLength":100},"parameter":{"type":"string","description":"Authentication parameter value.","minLength":1,"maxLength":300}},"additionalProperties":false,"required":["scheme","parameter"]}},"additionalProperties":false},"proxy":{"type":"object","description":"Web proxy between APIM and the backend.","properties":{"url":{"type":"string","description":"Proxy URL.","minLength":1,"maxLength":2000},"username":{"type":"string","description":"Proxy user name."},"password":{"type":"string","description":"Proxy password. Must be a `{{named value}}` reference to a secret named value, never a literal."}},"additionalProperties":false,"required":["url"]},"tls":{"type":"object","description":"TLS validation of the backend certificate.","properties":{"validateCertificateChain":{"type":"boolean","description":"Validate the backend certificate chain. Default true."},"validateCertificateName":{"type":"boolean","description":"Validate the backend certificate name. Default true."}},"additionalProperties":false},"circuitBreaker":{"type":"object","description":"Circuit breaker that stops sending to the backend after failures.","properties":{"rules":{"type":"array","description":"Trip rules (one is supported by APIM today).","items":{"type":"object","description":"A trip rule.","properties":{"name":{"type":"string","description":"Rule name."},"failureCondition":{"type":"object","description":"When the circuit trips. Give exactly one of `count` and `percentage`.","properties":{"count":{"type":"integer","description":"Number of failures in `interval` that trips the circuit.","minimum":1},"percentage":{"type":"integer","description":"Percentage of failures in `interval` that trips the circuit.","minimum":1,"maximum":100},"interval":{"type":"string","description":"Window in which failures are counted, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"statusCodeRanges":{"type":"array","description":"Status code ranges that count as failures.","items":{"type":"object","description":"A status code range.","properties":{"min":{"type":"integer","description":"Lowest status code.","minimum":200,"maximum":599},"max":{"type":"integer","description":"Highest status code.","minimum":200,"maximum":599}},"additionalProperties":false},"maxItems":10},"errorReasons":{"type":"array","description":"Error reasons that count as failures.","items":{"type":"string","maxLength":200},"maxItems":10}},"additionalProperties":false},"tripDuration":{"type":"string","description":"How long the circuit stays open, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"acceptRetryAfter":{"type":"boolean","description":"Honour the backend's Retry-After header for the trip duration."}},"additionalProperties":false,"required":["name","failureCondition","tripDuration"]},"maxItems":15}},"additionalProperties":false},"type":{"type":"string","enum":["Single","Pool"],"description":"Type of the backend. A backend can be either Single or Pool."},"url":{"type":"string","description":"Runtime Url of the Backend. Required when backend type is 'Single'.","minLength":1,"maxLength":2000},"protocol":{"type":"string","enum":["http","soap"],"description":"Backend communication protocol. Required when backend type is 'Single'."},"serviceFabricCluster":{"type":"object","description":"Service Fabric cluster backend settings.","properties":{"clientCertificate":{"type":"string","description":"Name of a certificate declared in `certificates` for the management endpoint (becomes `clientCertificateId`, a full ARM id)."},"clientCertificateId":{"type":"string","description":"Client certificate id for the management endpoint."},"clientCertificatethumbprint":{"type":"string","description":"Client certificate thumbprint for the management endpoint (ignored when `clientCertificateId` is set)."},"maxPartitionResolutionRetries":{"type":"integer","description":"Maximum retries while resolving a partition.","minimum":0},"managementEndpoints":{"type":"array","description":"Cluster management endpoints.","items":{"type":"string"},"minItems":1},"serverCertificateThumbprints":{"type":"array","description":"Thumbprints of the certificates the cluster management service uses for TLS.","items":{"type":"string"}},"serverX509Names":{"type":"array","description":"Server X509 certificate names.","items":{"type":"object","description":"A certificate name.","properties":{"name":{"type":"string","description":"Common name of the certificate."},"issuerCertificateThumbprint":{"type":"string","description":"Thumbprint of the issuer certificate."}},"additionalProperties":false}}},"additionalProperties":false,"required":["managementEndpoints"]},"pool":{"type":"object","description":"Pool members (type `Pool` only).","properties":{"services":{"type":"array","description":"Backends in the pool, by name.","items":{"type":"object","description":"A pool member.","properties":{"backend":{"type":"string","description":"Name of a `Single` backend declared in `backends`."},"priority":{"type":"integer","description":"Priority: lower numbers are served first. 0–100.","minimum":0,"maximum":100},"weight":{"type":"integer","description":"Weight within a priority group. 0–100.","minimum":0,"maximum":100}},"additionalProperties":false,"required":["backend"]},"minItems":1}},"additionalProperties":false,"required":["services"]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Parameter":{"type":"object","description":"A URL template, query or header parameter.","properties":{"name":{"type":"string","description":"Parameter name."},"description":{"type":"string","description":"Parameter description."},"type":{"type":"string","description":"Parameter type, for example `string` or `integer`."},"defaultValue":{"type":"string","description":"Default parameter value."},"required":{"type":"boolean","description":"Whether the parameter is required."},"values":{"type":"array","description":"Allowed values.","items":{"type":"string"}},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the parameter.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}}},"additionalProperties":false,"required":["name","type"]},"Representation":{"type":"object","description":"A request or response body representation.","properties":{"contentType":{"type":"string","description":"Content type, for example `application/json`."},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the body.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}},"formParameters":{"type":"array","description":"Form parameters, for `application/x-www-form-urlencoded` or `multipart/form-data`.","items":{"$ref":"#/$defs/Parameter"}}},"additionalProperties":false,"required":["contentType"]},"Operation":{"type":"object","description":"An API operation.","properties":{"templateParameters":{"type":"array","description":"Parameters of the URL template.","items":{"$ref":"#/$defs/Parameter"}},"description":{"type":"string","description":"Description of the operation. May include HTML formatting tags.","maxLength":1000},"request":{"type":"object","description":"Request details.","properties":{"description":{"type":"string","description":"Request description."},"queryParameters":{"type":"array","description":"Query parameters.","items":{"$ref":"#/$defs/Parameter"}},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false},"responses":{"type":"array","description":"Responses.","items":{"type":"object","description":"A response.","properties":{"statusCode":{"type":"integer","description":"HTTP status code.","minimum":100,"maximum":599},"description":{"type":"string","description":"Response description."},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false,"required":["statusCode"]}},"displayName":{"type":"string","description":"Operation Name.","minLength":1,"maxLength":300},"method":{"type":"string","description":"HTTP method, for example `GET`.","pattern":"^[A-Za-z]+$"},"urlTemplate":{"type":"string","description":"Relative URL template identifying the target resource for this operation. May include parameters. Example: /customers/{cid}/orders/{oid}/?date={date}","minLength":1,"maxLength":1000},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in this operation's inbound policy."},"tags":{"type":"array","description":"Names of declared tags on this operation.","items":{"type":"string"},"uniqueItems":true},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Api":{"type":"object","description":"An API. Operations come from `openapi`/`wsdl`, from `operations`, or both (declared operations refine imported ones of the same name).","properties":{"description":{"type":"string","description":"Description of the API. May include HTML formatting tags."},"authenticationSettings":{"type":"object","description":"How the developer portal and test console get tokens for this API.","properties":{"oAuth2":{"type":"object","description":"OAuth 2.0 authorization server settings.","properties":{"authorizationServer":{"type":"string","description":"Name of an authorization server declared in `authorizationServers` (becomes `authorizationServerId`)."},"authorizationServerId":{"type":"string","description":"Name of the authorization server, as the contract writes it."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false},"openid":{"type":"object","description":"OpenID Connect settings.","properties":{"openidProvider":{"type":"string","description":"Name of a provider declared in `openidConnectProviders` (becomes `openidProviderId`)."},"openidProviderId":{"type":"string","description":"Name of the provider, as the contract writes it."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false},"oAuth2AuthenticationSettings":{"type":"array","description":"OAuth 2.0 settings (several servers).","items":{"type":"object","description":"One server.","properties":{"authorizationServerId":{"type":"string","description":"Name of the authorization server."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false}},"openidAuthenticationSettings":{"type":"array","description":"OpenID Connect settings (several providers).","items":{"type":"object","description":"One provider.","properties":{"openidProviderId":{"type":"string","description":"Name of the provider."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false}}},"additionalProperties":false},"subscriptionKeyParameterNames":{"type":"object","properties":{"header":{"type":"string","description":"Subscription key header name."},"query":{"type":"string","description":"Subscription key query string parameter name."}},"description":"Protocols over which API is made available.","additionalProperties":false},"type":{"type":"string","description":"Type of API.","enum":["http","soap","websocket","graphql","odata","grpc"]},"apiRevision":{"type":"string","description":"Describes the revision of the API. If no value is provided, default revision 1 is created","minLength":1,"maxLength":100},"apiVersion":{"type":"string","description":"Indicates the version identifier of the API if the API is versioned","maxLength":100},"isCurrent":{"type":"boolean","description":"Indicates if API revision is current api revision."},"apiRevisionDescription":{"type":"string","description":"Description of the API Revision.","maxLength":256},"apiVersionDescription":{"type":"string","description":"Description of the API Version.","maxLength":256},"subscriptionRequired":{"type":"boolean","description":"Specifies whether an API or Product subscription is required for accessing the API."},"termsOfServiceUrl":{"type":"string","description":" A URL to the Terms of Service for the API. MUST be in the format of a URL."},"contact":{"type":"object","properties":{"name":{"type":"string","description":"The identifying name of the contact person/organization"},"url":{"type":"string","description":"The URL pointing to the contact information. MUST be in the format of a URL"},"email":{"type":"string","description":"The email address of the contact person/organization. MUST be in the format of an email address"}},"description":"Contact information for the API.","additionalProperties":false},"license":{"type":"object","description":"License information for the API.","properties":{"name":{"type":"string","description":"The license name used for the API"},"url":{"type":"string","description":"A URL to the license used for the API. MUST be in the format of a URL"}},"additionalProperties":false},"sourceApiId":{"type":"string","description":"API identifier of the source API."},"displayName":{"type":"string","description":"API name. Must be 1 to 300 characters long.","minLength":1,"maxLength":300},"serviceUrl":{"type":"string","description":"Absolute URL of the backend service implementing this API. Cannot be more than 2000 characters long.","minLength":0,"maxLength":2000},"path":{"type":"string","description":"Relative URL uniquely identifying this API and all of its resource paths within the API Management service instance. It is appended to the API endpoint base URL specified during the service instance creation to form a public URL for this API.","minLength":0,"maxLength":400},"protocols":{"type":"array","description":"Protocols the API is served on.","items":{"type":"string","enum":["http","https","ws","wss"]},"minItems":1,"uniqueItems":true},"value":{"type":"string","description":"Content value when Importing an API."},"format":{"type":"string","description":"Format of the Content in which the API is getting imported. New formats can be added in the future. apimc also accepts `swagger-link` (a Swagger 2.0 document at a URL), as Azure's own example writes it.","enum":["wadl-xml","wadl-link-json","swagger-json","swagger-link-json","wsdl","wsdl-link","openapi","openapi+json","openapi-link","openapi+json-link","graphql-link","odata","odata-link","grpc","grpc-link","swagger-link"]},"wsdlSelector":{"type":"object","description":"Criteria to limit import of WSDL to a subset of the document.","properties":{"wsdlServiceName":{"type":"string","description":"Name of service to import from WSDL"},"wsdlEndpointName":{"type":"string","description":"Name of endpoint(port) to import from WSDL"}},"additionalProperties":false},"apiType":{"type":"string","description":"Type of API to create. \n * `http` creates a REST API \n * `soap` creates a SOAP pass-through API  \n * `websocket` creates websocket API \n * `graphql` creates GraphQL API. \n New types can be added in the future.","enum":["http","soap","websocket","graphql","odata","grpc"]},"translateRequiredQueryParameters":{"type":"string","description":"Strategy of translating required query parameters to template ones. By default has value 'template'. Possible values: 'template', 'query'","enum":["template","query"]},"apiVersionSet":{"type":"string","description":"Name of a version set declared in `apiVersionSets`."},"openapi":{"type":"string","description":"Path to an OpenAPI 2.0/3.0/3.1 file (JSON or YAML) whose operations this API imports."},"wsdl":{"type":"string","description":"Path to a WSDL file whose operations this API imports (type `soap`)."},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in the API's inbound policy."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations, keyed by ARM resource name (operationId).","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}},"tags":{"type":"array","description":"Names of declared tags on this API.","items":{"type":"string"},"uniqueItems":true},"revisions":{"type":"object","description":"Non-current revisions of this API, keyed by revision number (`\"4\"`), reachable at `;rev=N`. Each is created from the API (`sourceApiId`), so it starts with the API's operations.","additionalProperties":{"$ref":"#/$defs/ApiRevision"}},"schemas":{"type":"object","description":"Explicit schemas of this API (GraphQL SDL, XSD, JSON schema definitions), keyed by schema id; compiled to `apis/schemas` resources.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/ApiSchema"}},"diagnostics":{"type":"object","description":"This API's diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`); they override the service-level ones.","propertyNames":{"pattern":"^(applicationinsights|azuremonitor|local)$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Diagnostic"}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"ApiRevision":{"type":"object","description":"A non-current API revision (an `apis/<api>;rev=N` resource created from the current one with `sourceApiId`). apimc never deletes a revision.","properties":{"apiRevisionDescription":{"type":"string","description":"Description of the revision."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations of this revision, keyed by ARM resource name. The revision starts with a copy of the current revision's operations; those declared here are written to it.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}}},"additionalProperties":false},"ApiSchema":{"type":"object","description":"An API schema (the contract's SchemaContract).","properties":{"contentType":{"type":"string","description":"Media type of the document, for example `application/vnd.ms-azure-apim.graphql.schema`, `application/vnd.ms-azure-apim.xsd+xml`, `application/vnd.oai.openapi.components+json` or `application/vnd.ms-azure-apim.swagger.definitions+json`.","minLength":1},"document":{"description":"The schema document: a path to a file (relative to the file that names it), or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`).","oneOf":[{"type":"string","minLength":1,"description":"Path to the schema file. JSON content types (`...+json`) are parsed: an OpenAPI components file becomes `components`, a Swagger definitions file `definitions`; any other file is sent as `value`."},{"type":"object","description":"The document inline, as the contract writes it.","properties":{"value":{"type":"string","description":"The document text (GraphQL SDL, XSD, WSDL, ...)."},"definitions":{"type":"object","additionalProperties":true,"description":"Swagger 2.0 type definitions."},"components":{"type":"object","additionalProperties":true,"description":"OpenAPI 3 components."}},"additionalProperties":false,"minProperties":1,"maxProperties":1}]}},"additionalProperties":false,"required":["contentType","document"]},"ApiVersionSet":{"type":"object","description":"An API version set.","properties":{"description":{"type":"string","description":"Description of API Version Set."},"versionQueryName":{"type":"string","description":"Name of query parameter that indicates the API Version if versioningScheme is set to `query`.","minLength":1,"maxLength":100},"versionHeaderName":{"type":"string","description":"Name of HTTP header parameter that indicates the API Version if versioningScheme is set to `header`.","minLength":1,"maxLength":100},"displayName":{"type":"string","description":"Name of API Version Set","minLength":1,"maxLength":100},"versioningScheme":{"type":"string","description":"An value that determines where the API Version identifier will be located in a HTTP request.","enum":["Segment","Query","Header"]}},"additionalProperties":false,"required":["displayName","versioningScheme"]},"Product":{"type":"object","description":"A product: a set of APIs offered with one subscription.","properties":{"description":{"type":"string","description":"Product description.","maxLength":1000},"terms":{"type":"string","description":"Product terms of use. Developers trying to subscribe to the product will be presented and required to accept these terms before they can complete the subscription process."},"subscriptionRequired":{"description":"Whether a product subscription is required for accessing APIs included in this product. If true, the product is referred to as \"protected\" and a valid subscription key is required for a request to an API included in the product to succeed. If false, the product is referred to as \"open\" and requests to an API included in the product can be made without a subscription key. If property is omitted when creating a new product it's value is assumed to be true.","type":"boolean"},"approvalRequired":{"description":"whether subscription approval is required. If false, new subscriptions will be approved automatically enabling developers to call the product’s APIs immediately after subscribing. If true, administrators must manually approve the subscription before the developer can any of the product’s APIs. Can be present only if subscriptionRequired property is present and has a value of false.","type":"boolean"},"subscriptionsLimit":{"type":"integer","description":"How many subscriptions a user may have.","minimum":0},"state":{"type":"string","description":"Whether the product is published.","enum":["published","notPublished"]},"displayName":{"type":"string","description":"Product name.","minLength":1,"maxLength":300},"apis":{"type":"array","description":"Names of declared APIs in this product.","items":{"type":"string"},"uniqueItems":true},"tags":{"type":"array","description":"Names of declared tags on this product.","items":{"type":"string"},"uniqueItems":true},"groups":{"type":"array","description":"Names of groups that can see this product (declared, or built-in `administrators`, `developers`, `guests`).","items":{"type":"string"},"uniqueItems":true},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName"]},"PolicyFragment":{"type":"object","description":"A policy fragment.","properties":{"description":{"type":"string","description":"Fragment description.","maxLength":1000},"policy":{"description":"The fragment document (`<fragment>...</fragment>`): a path to an XML file or inline XML.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["policy"]},"Gateway":{"type":"object","description":"A self-hosted gateway.","properties":{"description":{"type":"string","description":"Gateway description","maxLength":1000},"location":{"type":"object","description":"Where the gateway runs.","properties":{"name":{"type":"string","description":"Location name.","maxLength":256},"city":{"type":"string","description":"City.","maxLength":256},"district":{"type":"string","description":"District, state or province.","maxLength":256},"countryOrRegion":{"type":"string","description":"Country or region.","maxLength":256}},"additionalProperties":false,"required":["name"]},"apis":{"type":"array","description":"Names of declared APIs served by this gateway.","items":{"type":"string"},"uniqueItems":true},"hostnames":{"type":"object","description":"Hostname configurations, keyed by ARM resource name.","additionalProperties":{"type":"object","description":"A hostname configuration.","properties":{"hostname":{"type":"string","description":"Hostname; wildcards allowed."},"certificateId":{"type":"string","description":"Id of the certificate entity used for TLS."},"negotiateClientCertificate":{"type":"boolean","description":"Request a client certificate."},"tls10Enabled":{"type":"boolean","description":"Allow TLS 1.0."},"tls11Enabled":{"type":"boolean","description":"Allow TLS 1.1."},"http2Enabled":{"type":"boolean","description":"Allow HTTP/2."}},"additionalProperties":false,"required":["hostname"]}},"certificateAuthorities":{"type":"object","description":"Certificate authorities the gateway trusts, keyed by certificate name.","additionalProperties":{"type":"object","description":"A certificate authority.","properties":{"isTrusted":{"type":"boolean","description":"Whether the CA is trusted."}},"additionalProperties":false}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"SecretSource":{"type":"object","description":"Where a secret comes from: a deploy-time parameter (an ARM `secureString` parameter or a Pulumi secret), or a Key Vault secret apimc resolves at deploy time. Never a literal.","properties":{"fromParameter":{"type":"string","description":"Name of a deploy-time parameter that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"fromKeyVault":{"type":"string","description":"Key Vault secret URI, `https://<vault>.vault.azure.net/secrets/<name>`, that apimc resolves at deploy time."}},"additionalProperties":false,"minProperties":1,"maxProperties":1},"Tag":{"type":"object","description":"A tag.","properties":{"displayName":{"type":"string","description":"Tag name.","maxLength":160,"minLength":1}},"additionalProperties":false,"required":["displayName"]},"Group":{"type":"object","description":"A user group.","properties":{"displayName":{"type":"string","description":"Group name.","maxLength":300,"minLength":1},"description":{"type":"string","description":"Group description."},"type":{"type":"string","description":"Group type; only `custom` groups can be created.","enum":["custom","external"]},"externalId":{"type":"string","description":"Identifier of the external groups, this property contains the id of the group from the external identity provider, e.g. for Azure Active Directory `aad://<tenant>.onmicrosoft.com/groups/<group object id>`; otherwise the value is null."}},"additionalProperties":false,"required":["displayName"]},"Logger":{"type":"object","description":"A logger. Credentials that are secret (`connectionString`, `instrumentationKey`) must be `{{named value}}` references.","properties":{"loggerType":{"type":"string","description":"Logger type.","enum":["azureEventHub","applicationInsights","azureMonitor"]},"description":{"type":"string","description":"Logger description.","maxLength":256},"credentials":{"type":"object","description":"Logger credentials: `connectionString` or `instrumentationKey` (as `{{named value}}` references) for Application Insights; `name`, `endpointAddress`, `identityClientId` or `connectionString` for Event Hub.","additionalProperties":{"type":"string"}},"isBuffered":{"type":"boolean","description":"Whether records are buffered in the logger before publishing. Default is assumed to be true."},"resourceId":{"type":"string","description":"Azure Resource Id of a log target (either Azure Event Hub resource or Azure Application Insights resource)."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["loggerType"]},"Diagnostic":{"type":"object","description":"A diagnostic: what APIM logs, and to which logger.","properties":{"alwaysLog":{"type":"string","enum":["allErrors"],"description":"Specifies for what type of messages sampling settings should not apply."},"sampling":{"type":"object","properties":{"samplingType":{"type":"string","description":"Sampling type.","enum":["fixed"]},"percentage":{"type":"number","format":"double","minimum":0,"maximum":100,"description":"Rate of sampling for fixed-rate sampling."}},"description":"Sampling settings for Diagnostic.","additionalProperties":false},"frontend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Gateway.","additionalProperties":false},"backend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Backend","additionalProperties":false},"logClientIp":{"type":"boolean","description":"Log the ClientIP. Default is false."},"httpCorrelationProtocol":{"type":"string","enum":["None","Legacy","W3C"],"description":"Sets correlation protocol to use for Application Insights diagnostics."},"verbosity":{"type":"string","enum":["verbose","information","error"],"description":"The verbosity level applied to traces emitted by trace policies."},"operationNameFormat":{"type":"string","enum":["Name","Url"],"description":"The format of the Operation Name for Application Insights telemetries. Default is Name."},"metrics":{"type":"boolean","description":"Emit custom metrics via emit-metric policy. Applicable only to Application Insights diagnostic settings."},"logger":{"type":"string","description":"Name of a logger declared in `loggers`."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["logger"]},"Certificate":{"type":"object","description":"A certificate: from Key Vault (`keyVault`), or a PFX given as `data` and `password` secret sources.","properties":{"data":{"description":"Base64-encoded PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"password":{"description":"Password of the PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"keyVault":{"type":"object","properties":{"secretIdentifier":{"type":"string","description":"Key vault secret identifier for fetching secret. Providing a versioned secret will prevent auto-refresh. This requires API Management service to be configured with aka.ms/apimmsi"},"identityClientId":{"type":"string","description":"Null for SystemAssignedIdentity or Client Id for UserAssignedIdentity , which will be used to access key vault secret."}},"description":"KeyVault location details of the certificate.","additionalProperties":false},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Subscription":{"type":"object","description":"A subscription to a product, an API, or all APIs.","properties":{"ownerId":{"type":"string","description":"User (user id path) for whom subscription is being created in form /users/{userId}"},"displayName":{"type":"string","description":"Subscription name.","minLength":1,"maxLength":100},"primaryKey":{"description":"Primary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"secondaryKey":{"description":"Secondary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"state":{"type":"string","description":"Initial subscription state. If no value is specified, subscription is created with Submitted state. Possible states are * active – the subscription is active, * suspended – the subscription is blocked, and the subscriber cannot call any APIs of the product, * submitted – the subscription request has been made by the developer, but has not yet been approved or rejected, * rejected – the subscription request has been denied by an administrator, * cancelled – the subscription has been cancelled by the developer or administrator, * expired – the subscription reached its expiration date and was deactivated.","enum":["suspended","active","expired","submitted","rejected","cancelled"]},"allowTracing":{"type":"boolean","description":"Determines whether tracing can be enabled"},"scope":{"description":"What the subscription grants: `{ product: NAME }`, `{ api: NAME }` or `allApis`.","oneOf":[{"type":"string","enum":["allApis"],"description":"Every API of the instance."},{"type":"object","description":"A product, by name.","properties":{"product":{"type":"string","description":"Name of a declared product."}},"additionalProperties":false,"required":["product"]},{"type":"object","description":"An API, by name.","properties":{"api":{"type":"string","description":"Name of a declared API."}},"additionalProperties":false,"required":["api"]}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","scope"]},"AuthorizationServer":{"type":"object","description":"An OAuth 2.0 authorization server.","properties":{"description":{"type":"string","description":"Description of the authorization server. Can contain HTML formatting tags."},"authorizationMethods":{"type":"array","items":{"type":"string","enum":["HEAD","OPTIONS","TRACE","GET","POST","PUT","PATCH","DELETE"]},"description":"HTTP verbs supported by the authorization endpoint. GET must be always present. POST is optional."},"clientAuthenticationMethod":{"type":"array","items":{"type":"string","enum":["Basic","Body"]},"description":"Method of authentication supported by the token endpoint of this authorization server. Possible values are Basic and/or Body. When Body is specified, client credentials and other parameters are passed within the request body in the application/x-www-form-urlencoded format."},"tokenBodyParameters":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","description":"body parameter name."},"value":{"type":"string","description":"body parameter value."}},"required":["name","value"],"description":"OAuth acquire token request body parameter (www-url-form-encoded).","additionalProperties":false},"description":"Additional parameters required by the token endpoint of this authorization server represented as an array of JSON objects with name and value string properties, i.e. {\"name\" : \"name value\", \"value\": \"a value\"}."},"tokenEndpoint":{"type":"string","description":"OAuth token endpoint. Contains absolute URI to entity being referenced.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"supportState":{"type":"boolean","description":"If true, authorization server will include state parameter from the authorization request to its response. Client may use state parameter to raise protocol security.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"defaultScope":{"type":"string","description":"Access token scope that is going to be requested by default. Can be overridden at the API level. Should be provided in the form of a string containing space-delimited values.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.3"}},"bearerTokenSendingMethods":{"type":"array","items":{"type":"string","enum":["authorizationHeader","query"]},"description":"Specifies the mechanism by which access token is passed to the API. ","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"resourceOwnerUsername":{"type":"string","description":"Can be optionally specified when resource owner password grant type is supported by this authorization server. Default resource owner username."},"resourceOwnerPassword":{"description":"Resource owner password, for the `resourceOwnerPassword` grant. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"displayName":{"type":"string","description":"User-friendly authorization server name.","minLength":1,"maxLength":50},"useInTestConsole":{"type":"boolean","description":"If true, the authorization server may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the authorization server will be used in the API documentation in the developer portal. False by default if no value is provided."},"clientRegistrationEndpoint":{"type":"string","description":"Optional reference to a page where client or app registration for this authorization server is performed. Contains absolute URL to entity being referenced."},"authorizationEndpoint":{"type":"string","description":"OAuth authorization endpoint. See http://tools.ietf.org/html/rfc6749#section-3.2."},"grantTypes":{"type":"array","items":{"type":"string","enum":["authorizationCode","implicit","resourceOwnerPassword","clientCredentials"]},"description":"Form of an authorization grant, which the client uses to request the access token.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"clientId":{"type":"string","description":"Client or app id registered with this authorization server."},"clientSecret":{"description":"Client secret of the application registered with the server. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","clientRegistrationEndpoint","authorizationEndpoint","grantTypes","clientId"]},"OpenidConnectProvider":{"type":"object","description":"An OpenID Connect provider.","properties":{"displayName":{"type":"string","description":"User-friendly OpenID Connect Provider name.","maxLength":50},"description":{"type":"string","description":"User-friendly description of OpenID Connect Provider."},"metadataEndpoint":{"type":"string","description":"Metadata endpoint URI."},"clientId":{"type":"string","description":"Client ID of developer console which is the client application."},"clientSecret":{"description":"Client secret of the application registered with the provider. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useInTestConsole":{"type":"boolean","description":"If true, the Open ID Connect provider may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the Open ID Connect provider will be used in the API documentation in the developer portal. False by default if no value is provided."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","metadataEndpoint","clientId"]},"Cache":{"type":"object","description":"An external Redis-compatible cache.","properties":{"description":{"type":"string","description":"Cache description","maxLength":2000},"connectionString":{"description":"Runtime connection string of the cache. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useFromLocation":{"type":"string","description":"Location identifier to use cache from (should be either 'default' or valid Azure region identifier)","maxLength":256},"resourceId":{"type":"string","description":"Original uri of entity in external system cache points to","maxLength":2000},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["connectionString","useFromLocation"]},"StructuredPolicy":{"type":"object","description":"A policy written as YAML. It maps one to one onto policy XML.","properties":{"inbound":{"type":"array","description":"Policy elements of the `inbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"backend":{"type":"array","description":"Policy elements of the `backend` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"outbound":{"type":"array","description":"Policy elements of the `outbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"on-error":{"type":"array","description":"Policy elements of the `on-error` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}}},"additionalProperties":false}}};
const schema32 = {"type":"object","description":"The API Management instance.","properties":{"name":{"type":"string","description":"Name of the API Management service (the `<name>.azure-api.net` host). The ARM template's `serviceName` parameter defaults to it.","pattern":"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","minLength":1,"maxLength":50},"resourceGroup":{"type":"string","description":"Resource group of the service, used by `apimc plan --live` and the deploy script."},"subscriptionId":{"type":"string","description":"Subscription id of the service.","pattern":"^[0-9a-fA-F-]{36}$"},"hostnames":{"type":"array","description":"Custom gateway hostnames of the managed gateway, used by preflight rules.","items":{"type":"string"}},"keyVaults":{"type":"object","description":"ARM resource ids of the Key Vaults that `fromKeyVault` named values read, keyed by vault name (the first label of the vault host). ARM parameter files need the id to reference a secret.","additionalProperties":{"type":"string","description":"ARM resource id of the vault, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`.","pattern":"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"}}},"additionalProperties":false,"required":["name"]};
const schema33 = {"type":"object","description":"A named value. Exactly one of `value`, `keyVault`, `fromKeyVault` or `fromParameter` gives its value.","properties":{"tags":{"type":"array","description":"Tags for filtering.","items":{"type":"string"},"maxItems":32},"secret":{"type":"boolean","description":"Whether APIM encrypts the value. Implied by `keyVault`, `fromKeyVault` and `fromParameter`."},"displayName":{"type":"string","description":"Name used in policies as `{{displayName}}`; defaults to the map key. Letters, digits, period, dash and underscore only.","pattern":"^[A-Za-z0-9-._]+$","minLength":1,"maxLength":256},"value":{"type":"string","description":"Literal, non-secret value (may hold policy expressions). Never put a secret here: use `keyVault`, `fromKeyVault` or `fromParameter`.","maxLength":4096},"keyVault":{"type":"object","description":"APIM fetches and refreshes the value from Key Vault itself.","properties":{"secretIdentifier":{"type":"string","description":"Key Vault secret identifier, `https://<vault>.vault.azure.net/secrets/<name>`. Leave out the version so APIM refreshes it."},"identityClientId":{"type":"string","description":"Client id of the user-assigned identity APIM uses to read the secret; omit for the system-assigned identity."}},"additionalProperties":false,"required":["secretIdentifier"]},"fromKeyVault":{"type":"string","description":"Key Vault secret URI that apimc resolves at deploy time and sends as a secret value."},"fromParameter":{"type":"string","description":"Name of a deploy-time parameter (an ARM `secureString` parameter, or a Pulumi secret) that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema34 = {"type":"object","description":"A backend: a single service (`Single`) or a load-balanced pool of backends (`Pool`).","properties":{"title":{"type":"string","description":"Backend Title.","minLength":1,"maxLength":300},"description":{"type":"string","description":"Backend Description.","minLength":1,"maxLength":2000},"resourceId":{"type":"string","description":"Management Uri of the Resource in External System. This URL can be the Arm Resource Id of Logic Apps, Function Apps or API Apps.","minLength":1,"maxLength":2000},"credentials":{"type":"object","description":"Credentials APIM sends to the backend. Values may be `{{named value}}` references.","properties":{"certificates":{"type":"array","description":"Names of certificates declared in `certificates` that APIM presents to the backend (become `certificateIds`).","items":{"type":"string"},"maxItems":32},"certificateIds":{"type":"array","description":"Client certificate ids.","items":{"type":"string"},"maxItems":32},"certificate":{"type":"array","description":"Client certificate thumbprints (ignored when `certificateIds` is set).","items":{"type":"string"},"maxItems":32},"query":{"type":"object","description":"Query parameters to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"header":{"type":"object","description":"Headers to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"authorization":{"type":"object","description":"Authorization header credentials.","properties":{"scheme":{"type":"string","description":"Authentication scheme, for example `Bearer`.","minLength":1,"maxLength":100},"parameter":{"type":"string","description":"Authentication parameter value.","minLength":1,"maxLength":300}},"additionalProperties":false,"required":["scheme","parameter"]}},"additionalProperties":false},"proxy":{"type":"object","description":"Web proxy between APIM and the backend.","properties":{"url":{"type":"string","description":"Proxy URL.","minLength":1,"maxLength":2000},"username":{"type":"string","description":"Proxy user name."},"password":{"type":"string","description":"Proxy password. Must be a `{{named value}}` reference to a secret named value, never a literal."}},"additionalProperties":false,"required":["url"]},"tls":{"type":"object","description":"TLS validation of the backend certificate.","properties":{"validateCertificateChain":{"type":"boolean","description":"Validate the backend certificate chain. Default true."},"validateCertificateName":{"type":"boolean","description":"Validate the backend certificate name. Default true."}},"additionalProperties":false},"circuitBreaker":{"type":"object","description":"Circuit breaker that stops sending to the backend after failures.","properties":{"rules":{"type":"array","description":"Trip rules (one is supported by APIM today).","items":{"type":"object","description":"A trip rule.","properties":{"name":{"type":"string","description":"Rule name."},"failureCondition":{"type":"object","description":"When the circuit trips. Give exactly one of `count` and `percentage`.","properties":{"count":{"type":"integer","description":"Number of failures in `interval` that trips the circuit.","minimum":1},"percentage":{"type":"integer","description":"Percentage of failures in `interval` that trips the circuit.","minimum":1,"maximum":100},"interval":{"type":"string","description":"Window in which failures are counted, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"statusCodeRanges":{"type":"array","description":"Status code ranges that count as failures.","items":{"type":"object","description":"A status code range.","properties":{"min":{"type":"integer","description":"Lowest status code.","minimum":200,"maximum":599},"max":{"type":"integer","description":"Highest status code.","minimum":200,"maximum":599}},"additionalProperties":false},"maxItems":10},"errorReasons":{"type":"array","description":"Error reasons that count as failures.","items":{"type":"string","maxLength":200},"maxItems":10}},"additionalProperties":false},"tripDuration":{"type":"string","description":"How long the circuit stays open, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"acceptRetryAfter":{"type":"boolean","description":"Honour the backend's Retry-After header for the trip duration."}},"additionalProperties":false,"required":["name","failureCondition","tripDuration"]},"maxItems":15}},"additionalProperties":false},"type":{"type":"string","enum":["Single","Pool"],"description":"Type of the backend. A backend can be either Single or Pool."},"url":{"type":"string","description":"Runtime Url of the Backend. Required when backend type is 'Single'.","minLength":1,"maxLength":2000},"protocol":{"type":"string","enum":["http","soap"],"description":"Backend communication protocol. Required when backend type is 'Single'."},"serviceFabricCluster":{"type":"object","description":"Service Fabric cluster backend settings.","properties":{"clientCertificate":{"type":"string","description":"Name of a certificate declared in `certificates` for the management endpoint (becomes `clientCertificateId`, a full ARM id)."},"clientCertificateId":{"type":"string","description":"Client certificate id for the management endpoint."},"clientCertificatethumbprint":{"type":"string","description":"Client certificate thumbprint for the management endpoint (ignored when `clientCertificateId` is set)."},"maxPartitionResolutionRetries":{"type":"integer","description":"Maximum retries while resolving a partition.","minimum":0},"managementEndpoints":{"type":"array","description":"Cluster management endpoints.","items":{"type":"string"},"minItems":1},"serverCertificateThumbprints":{"type":"array","description":"Thumbprints of the certificates the cluster management service uses for TLS.","items":{"type":"string"}},"serverX509Names":{"type":"array","description":"Server X509 certificate names.","items":{"type":"object","description":"A certificate name.","properties":{"name":{"type":"string","description":"Common name of the certificate."},"issuerCertificateThumbprint":{"type":"string","description":"Thumbprint of the issuer certificate."}},"additionalProperties":false}}},"additionalProperties":false,"required":["managementEndpoints"]},"pool":{"type":"object","description":"Pool members (type `Pool` only).","properties":{"services":{"type":"array","description":"Backends in the pool, by name.","items":{"type":"object","description":"A pool member.","properties":{"backend":{"type":"string","description":"Name of a `Single` backend declared in `backends`."},"priority":{"type":"integer","description":"Priority: lower numbers are served first. 0–100.","minimum":0,"maximum":100},"weight":{"type":"integer","description":"Weight within a priority group. 0–100.","minimum":0,"maximum":100}},"additionalProperties":false,"required":["backend"]},"minItems":1}},"additionalProperties":false,"required":["services"]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema49 = {"type":"object","description":"An API version set.","properties":{"description":{"type":"string","description":"Description of API Version Set."},"versionQueryName":{"type":"string","description":"Name of query parameter that indicates the API Version if versioningScheme is set to `query`.","minLength":1,"maxLength":100},"versionHeaderName":{"type":"string","description":"Name of HTTP header parameter that indicates the API Version if versioningScheme is set to `header`.","minLength":1,"maxLength":100},"displayName":{"type":"string","description":"Name of API Version Set","minLength":1,"maxLength":100},"versioningScheme":{"type":"string","description":"An value that determines where the API Version identifier will be located in a HTTP request.","enum":["Segment","Query","Header"]}},"additionalProperties":false,"required":["displayName","versioningScheme"]};
const schema36 = {"type":"object","description":"A policy written as YAML. It maps one to one onto policy XML.","properties":{"inbound":{"type":"array","description":"Policy elements of the `inbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"backend":{"type":"array","description":"Policy elements of the `backend` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"outbound":{"type":"array","description":"Policy elements of the `outbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"on-error":{"type":"array","description":"Policy elements of the `on-error` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}}},"additionalProperties":false};
const schema55 = {"type":"object","description":"A self-hosted gateway.","properties":{"description":{"type":"string","description":"Gateway description","maxLength":1000},"location":{"type":"object","description":"Where the gateway runs.","properties":{"name":{"type":"string","description":"Location name.","maxLength":256},"city":{"type":"string","description":"City.","maxLength":256},"district":{"type":"string","description":"District, state or province.","maxLength":256},"countryOrRegion":{"type":"string","description":"Country or region.","maxLength":256}},"additionalProperties":false,"required":["name"]},"apis":{"type":"array","description":"Names of declared APIs served by this gateway.","items":{"type":"string"},"uniqueItems":true},"hostnames":{"type":"object","description":"Hostname configurations, keyed by ARM resource name.","additionalProperties":{"type":"object","description":"A hostname configuration.","properties":{"hostname":{"type":"string","description":"Hostname; wildcards allowed."},"certificateId":{"type":"string","description":"Id of the certificate entity used for TLS."},"negotiateClientCertificate":{"type":"boolean","description":"Request a client certificate."},"tls10Enabled":{"type":"boolean","description":"Allow TLS 1.0."},"tls11Enabled":{"type":"boolean","description":"Allow TLS 1.1."},"http2Enabled":{"type":"boolean","description":"Allow HTTP/2."}},"additionalProperties":false,"required":["hostname"]}},"certificateAuthorities":{"type":"object","description":"Certificate authorities the gateway trusts, keyed by certificate name.","additionalProperties":{"type":"object","description":"A certificate authority.","properties":{"isTrusted":{"type":"boolean","description":"Whether the CA is trusted."}},"additionalProperties":false}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema56 = {"type":"object","description":"A tag.","properties":{"displayName":{"type":"string","description":"Tag name.","maxLength":160,"minLength":1}},"additionalProperties":false,"required":["displayName"]};
const schema57 = {"type":"object","description":"A user group.","properties":{"displayName":{"type":"string","description":"Group name.","maxLength":300,"minLength":1},"description":{"type":"string","description":"Group description."},"type":{"type":"string","description":"Group type; only `custom` groups can be created.","enum":["custom","external"]},"externalId":{"type":"string","description":"Identifier of the external groups, this property contains the id of the group from the external identity provider, e.g. for Azure Active Directory `aad://<tenant>.onmicrosoft.com/groups/<group object id>`; otherwise the value is null."}},"additionalProperties":false,"required":["displayName"]};
const schema58 = {"type":"object","description":"A logger. Credentials that are secret (`connectionString`, `instrumentationKey`) must be `{{named value}}` references.","properties":{"loggerType":{"type":"string","description":"Logger type.","enum":["azureEventHub","applicationInsights","azureMonitor"]},"description":{"type":"string","description":"Logger description.","maxLength":256},"credentials":{"type":"object","description":"Logger credentials: `connectionString` or `instrumentationKey` (as `{{named value}}` references) for Application Insights; `name`, `endpointAddress`, `identityClientId` or `connectionString` for Event Hub.","additionalProperties":{"type":"string"}},"isBuffered":{"type":"boolean","description":"Whether records are buffered in the logger before publishing. Default is assumed to be true."},"resourceId":{"type":"string","description":"Azure Resource Id of a log target (either Azure Event Hub resource or Azure Application Insights resource)."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["loggerType"]};
const schema48 = {"type":"object","description":"A diagnostic: what APIM logs, and to which logger.","properties":{"alwaysLog":{"type":"string","enum":["allErrors"],"description":"Specifies for what type of messages sampling settings should not apply."},"sampling":{"type":"object","properties":{"samplingType":{"type":"string","description":"Sampling type.","enum":["fixed"]},"percentage":{"type":"number","format":"double","minimum":0,"maximum":100,"description":"Rate of sampling for fixed-rate sampling."}},"description":"Sampling settings for Diagnostic.","additionalProperties":false},"frontend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Gateway.","additionalProperties":false},"backend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Backend","additionalProperties":false},"logClientIp":{"type":"boolean","description":"Log the ClientIP. Default is false."},"httpCorrelationProtocol":{"type":"string","enum":["None","Legacy","W3C"],"description":"Sets correlation protocol to use for Application Insights diagnostics."},"verbosity":{"type":"string","enum":["verbose","information","error"],"description":"The verbosity level applied to traces emitted by trace policies."},"operationNameFormat":{"type":"string","enum":["Name","Url"],"description":"The format of the Operation Name for Application Insights telemetries. Default is Name."},"metrics":{"type":"boolean","description":"Emit custom metrics via emit-metric policy. Applicable only to Application Insights diagnostic settings."},"logger":{"type":"string","description":"Name of a logger declared in `loggers`."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["logger"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$", "u");
const pattern5 = new RegExp("^[0-9a-fA-F-]{36}$", "u");
const pattern6 = new RegExp("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$", "u");
const pattern7 = new RegExp("^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9-._]+$", "u");
const pattern9 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
const pattern10 = new RegExp("^APIMC[0-9]{3}$", "u");
const pattern12 = new RegExp("^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "u");
const pattern27 = new RegExp("^[A-Za-z0-9-]+$", "u");
const pattern21 = new RegExp("^(applicationinsights|azuremonitor|local)$", "u");
const schema35 = {"type":"object","description":"An API. Operations come from `openapi`/`wsdl`, from `operations`, or both (declared operations refine imported ones of the same name).","properties":{"description":{"type":"string","description":"Description of the API. May include HTML formatting tags."},"authenticationSettings":{"type":"object","description":"How the developer portal and test console get tokens for this API.","properties":{"oAuth2":{"type":"object","description":"OAuth 2.0 authorization server settings.","properties":{"authorizationServer":{"type":"string","description":"Name of an authorization server declared in `authorizationServers` (becomes `authorizationServerId`)."},"authorizationServerId":{"type":"string","description":"Name of the authorization server, as the contract writes it."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false},"openid":{"type":"object","description":"OpenID Connect settings.","properties":{"openidProvider":{"type":"string","description":"Name of a provider declared in `openidConnectProviders` (becomes `openidProviderId`)."},"openidProviderId":{"type":"string","description":"Name of the provider, as the contract writes it."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false},"oAuth2AuthenticationSettings":{"type":"array","description":"OAuth 2.0 settings (several servers).","items":{"type":"object","description":"One server.","properties":{"authorizationServerId":{"type":"string","description":"Name of the authorization server."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false}},"openidAuthenticationSettings":{"type":"array","description":"OpenID Connect settings (several providers).","items":{"type":"object","description":"One provider.","properties":{"openidProviderId":{"type":"string","description":"Name of the provider."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false}}},"additionalProperties":false},"subscriptionKeyParameterNames":{"type":"object","properties":{"header":{"type":"string","description":"Subscription key header name."},"query":{"type":"string","description":"Subscription key query string parameter name."}},"description":"Protocols over which API is made available.","additionalProperties":false},"type":{"type":"string","description":"Type of API.","enum":["http","soap","websocket","graphql","odata","grpc"]},"apiRevision":{"type":"string","description":"Describes the revision of the API. If no value is provided, default revision 1 is created","minLength":1,"maxLength":100},"apiVersion":{"type":"string","description":"Indicates the version identifier of the API if the API is versioned","maxLength":100},"isCurrent":{"type":"boolean","description":"Indicates if API revision is current api revision."},"apiRevisionDescription":{"type":"string","description":"Description of the API Revision.","maxLength":256},"apiVersionDescription":{"type":"string","description":"Description of the API Version.","maxLength":256},"subscriptionRequired":{"type":"boolean","description":"Specifies whether an API or Product subscription is required for accessing the API."},"termsOfServiceUrl":{"type":"string","description":" A URL to the Terms of Service for the API. MUST be in the format of a URL."},"contact":{"type":"object","properties":{"name":{"type":"string","description":"The identifying name of the contact person/organization"},"url":{"type":"string","description":"The URL pointing to the contact information. MUST be in the format of a URL"},"email":{"type":"string","description":"The email address of the contact person/organization. MUST be in the format of an email address"}},"description":"Contact information for the API.","additionalProperties":false},"license":{"type":"object","description":"License information for the API.","properties":{"name":{"type":"string","description":"The license name used for the API"},"url":{"type":"string","description":"A URL to the license used for the API. MUST be in the format of a URL"}},"additionalProperties":false},"sourceApiId":{"type":"string","description":"API identifier of the source API."},"displayName":{"type":"string","description":"API name. Must be 1 to 300 characters long.","minLength":1,"maxLength":300},"serviceUrl":{"type":"string","description":"Absolute URL of the backend service implementing this API. Cannot be more than 2000 characters long.","minLength":0,"maxLength":2000},"path":{"type":"string","description":"Relative URL uniquely identifying this API and all of its resource paths within the API Management service instance. It is appended to the API endpoint base URL specified during the service instance creation to form a public URL for this API.","minLength":0,"maxLength":400},"protocols":{"type":"array","description":"Protocols the API is served on.","items":{"type":"string","enum":["http","https","ws","wss"]},"minItems":1,"uniqueItems":true},"value":{"type":"string","description":"Content value when Importing an API."},"format":{"type":"string","description":"Format of the Content in which the API is getting imported. New formats can be added in the future. apimc also accepts `swagger-link` (a Swagger 2.0 document at a URL), as Azure's own example writes it.","enum":["wadl-xml","wadl-link-json","swagger-json","swagger-link-json","wsdl","wsdl-link","openapi","openapi+json","openapi-link","openapi+json-link","graphql-link","odata","odata-link","grpc","grpc-link","swagger-link"]},"wsdlSelector":{"type":"object","description":"Criteria to limit import of WSDL to a subset of the document.","properties":{"wsdlServiceName":{"type":"string","description":"Name of service to import from WSDL"},"wsdlEndpointName":{"type":"string","description":"Name of endpoint(port) to import from WSDL"}},"additionalProperties":false},"apiType":{"type":"string","description":"Type of API to create. \n * `http` creates a REST API \n * `soap` creates a SOAP pass-through API  \n * `websocket` creates websocket API \n * `graphql` creates GraphQL API. \n New types can be added in the future.","enum":["http","soap","websocket","graphql","odata","grpc"]},"translateRequiredQueryParameters":{"type":"string","description":"Strategy of translating required query parameters to template ones. By default has value 'template'. Possible values: 'template', 'query'","enum":["template","query"]},"apiVersionSet":{"type":"string","description":"Name of a version set declared in `apiVersionSets`."},"openapi":{"type":"string","description":"Path to an OpenAPI 2.0/3.0/3.1 file (JSON or YAML) whose operations this API imports."},"wsdl":{"type":"string","description":"Path to a WSDL file whose operations this API imports (type `soap`)."},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in the API's inbound policy."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations, keyed by ARM resource name (operationId).","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}},"tags":{"type":"array","description":"Names of declared tags on this API.","items":{"type":"string"},"uniqueItems":true},"revisions":{"type":"object","description":"Non-current revisions of this API, keyed by revision number (`\"4\"`), reachable at `;rev=N`. Each is created from the API (`sourceApiId`), so it starts with the API's operations.","additionalProperties":{"$ref":"#/$defs/ApiRevision"}},"schemas":{"type":"object","description":"Explicit schemas of this API (GraphQL SDL, XSD, JSON schema definitions), keyed by schema id; compiled to `apis/schemas` resources.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/ApiSchema"}},"diagnostics":{"type":"object","description":"This API's diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`); they override the service-level ones.","propertyNames":{"pattern":"^(applicationinsights|azuremonitor|local)$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Diagnostic"}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema47 = {"type":"object","description":"An API schema (the contract's SchemaContract).","properties":{"contentType":{"type":"string","description":"Media type of the document, for example `application/vnd.ms-azure-apim.graphql.schema`, `application/vnd.ms-azure-apim.xsd+xml`, `application/vnd.oai.openapi.components+json` or `application/vnd.ms-azure-apim.swagger.definitions+json`.","minLength":1},"document":{"description":"The schema document: a path to a file (relative to the file that names it), or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`).","oneOf":[{"type":"string","minLength":1,"description":"Path to the schema file. JSON content types (`...+json`) are parsed: an OpenAPI components file becomes `components`, a Swagger definitions file `definitions`; any other file is sent as `value`."},{"type":"object","description":"The document inline, as the contract writes it.","properties":{"value":{"type":"string","description":"The document text (GraphQL SDL, XSD, WSDL, ...)."},"definitions":{"type":"object","additionalProperties":true,"description":"Swagger 2.0 type definitions."},"components":{"type":"object","additionalProperties":true,"description":"OpenAPI 3 components."}},"additionalProperties":false,"minProperties":1,"maxProperties":1}]}},"additionalProperties":false,"required":["contentType","document"]};
const schema37 = {"type":"object","description":"An API operation.","properties":{"templateParameters":{"type":"array","description":"Parameters of the URL template.","items":{"$ref":"#/$defs/Parameter"}},"description":{"type":"string","description":"Description of the operation. May include HTML formatting tags.","maxLength":1000},"request":{"type":"object","description":"Request details.","properties":{"description":{"type":"string","description":"Request description."},"queryParameters":{"type":"array","description":"Query parameters.","items":{"$ref":"#/$defs/Parameter"}},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false},"responses":{"type":"array","description":"Responses.","items":{"type":"object","description":"A response.","properties":{"statusCode":{"type":"integer","description":"HTTP status code.","minimum":100,"maximum":599},"description":{"type":"string","description":"Response description."},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false,"required":["statusCode"]}},"displayName":{"type":"string","description":"Operation Name.","minLength":1,"maxLength":300},"method":{"type":"string","description":"HTTP method, for example `GET`.","pattern":"^[A-Za-z]+$"},"urlTemplate":{"type":"string","description":"Relative URL template identifying the target resource for this operation. May include parameters. Example: /customers/{cid}/orders/{oid}/?date={date}","minLength":1,"maxLength":1000},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in this operation's inbound policy."},"tags":{"type":"array","description":"Names of declared tags on this operation.","items":{"type":"string"},"uniqueItems":true},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema38 = {"type":"object","description":"A URL template, query or header parameter.","properties":{"name":{"type":"string","description":"Parameter name."},"description":{"type":"string","description":"Parameter description."},"type":{"type":"string","description":"Parameter type, for example `string` or `integer`."},"defaultValue":{"type":"string","description":"Default parameter value."},"required":{"type":"boolean","description":"Whether the parameter is required."},"values":{"type":"array","description":"Allowed values.","items":{"type":"string"}},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the parameter.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}}},"additionalProperties":false,"required":["name","type"]};
const schema41 = {"type":"object","description":"A request or response body representation.","properties":{"contentType":{"type":"string","description":"Content type, for example `application/json`."},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the body.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}},"formParameters":{"type":"array","description":"Form parameters, for `application/x-www-form-urlencoded` or `multipart/form-data`.","items":{"$ref":"#/$defs/Parameter"}}},"additionalProperties":false,"required":["contentType"]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contentType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contentType"},message:"must have required property '"+"contentType"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "contentType") || (key0 === "schemaId")) || (key0 === "typeName")) || (key0 === "examples")) || (key0 === "formParameters"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.contentType !== undefined){
let data0 = data.contentType;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/contentType",schemaPath:"#/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.contentType.type,parentSchema:schema41.properties.contentType,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schemaId !== undefined){
let data1 = data.schemaId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/schemaId",schemaPath:"#/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.schemaId.type,parentSchema:schema41.properties.schemaId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.typeName !== undefined){
let data2 = data.typeName;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/typeName",schemaPath:"#/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.typeName.type,parentSchema:schema41.properties.typeName,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.examples !== undefined){
let data3 = data.examples;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((((key2 === "summary") || (key2 === "description")) || (key2 === "value")) || (key2 === "externalValue"))){
const err5 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.examples.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.summary !== undefined){
let data5 = data4.summary;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema41.properties.examples.additionalProperties.properties.summary,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.description !== undefined){
let data6 = data4.description;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.examples.additionalProperties.properties.description.type,parentSchema:schema41.properties.examples.additionalProperties.properties.description,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.externalValue !== undefined){
let data7 = data4.externalValue;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema41.properties.examples.additionalProperties.properties.externalValue,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.examples.additionalProperties.type,parentSchema:schema41.properties.examples.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.examples.type,parentSchema:schema41.properties.examples,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.formParameters !== undefined){
let data8 = data.formParameters;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err11 = {instancePath:instancePath+"/formParameters/" + i0,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data9.type === undefined){
const err12 = {instancePath:instancePath+"/formParameters/" + i0,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data9){
if(!(func1.call(schema38.properties, key3))){
const err13 = {instancePath:instancePath+"/formParameters/" + i0,schemaPath:"#/$defs/Parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/formParameters/" + i0+"/name",schemaPath:"#/$defs/Parameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.description !== undefined){
let data11 = data9.description;
if(typeof data11 !== "string"){
const err15 = {instancePath:instancePath+"/formParameters/" + i0+"/description",schemaPath:"#/$defs/Parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.type !== undefined){
let data12 = data9.type;
if(typeof data12 !== "string"){
const err16 = {instancePath:instancePath+"/formParameters/" + i0+"/type",schemaPath:"#/$defs/Parameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.type.type,parentSchema:schema38.properties.type,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.defaultValue !== undefined){
let data13 = data9.defaultValue;
if(typeof data13 !== "string"){
const err17 = {instancePath:instancePath+"/formParameters/" + i0+"/defaultValue",schemaPath:"#/$defs/Parameter/properties/defaultValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.defaultValue.type,parentSchema:schema38.properties.defaultValue,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.required !== undefined){
let data14 = data9.required;
if(typeof data14 !== "boolean"){
const err18 = {instancePath:instancePath+"/formParameters/" + i0+"/required",schemaPath:"#/$defs/Parameter/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.required.type,parentSchema:schema38.properties.required,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.values !== undefined){
let data15 = data9.values;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 !== "string"){
const err19 = {instancePath:instancePath+"/formParameters/" + i0+"/values/" + i1,schemaPath:"#/$defs/Parameter/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.values.items.type,parentSchema:schema38.properties.values.items,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/formParameters/" + i0+"/values",schemaPath:"#/$defs/Parameter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.values.type,parentSchema:schema38.properties.values,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.schemaId !== undefined){
let data17 = data9.schemaId;
if(typeof data17 !== "string"){
const err21 = {instancePath:instancePath+"/formParameters/" + i0+"/schemaId",schemaPath:"#/$defs/Parameter/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.schemaId.type,parentSchema:schema38.properties.schemaId,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.typeName !== undefined){
let data18 = data9.typeName;
if(typeof data18 !== "string"){
const err22 = {instancePath:instancePath+"/formParameters/" + i0+"/typeName",schemaPath:"#/$defs/Parameter/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.typeName.type,parentSchema:schema38.properties.typeName,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.examples !== undefined){
let data19 = data9.examples;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
let data20 = data19[key4];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key5 in data20){
if(!((((key5 === "summary") || (key5 === "description")) || (key5 === "value")) || (key5 === "externalValue"))){
const err23 = {instancePath:instancePath+"/formParameters/" + i0+"/examples/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.examples.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data20.summary !== undefined){
let data21 = data20.summary;
if(typeof data21 !== "string"){
const err24 = {instancePath:instancePath+"/formParameters/" + i0+"/examples/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema38.properties.examples.additionalProperties.properties.summary,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data20.description !== undefined){
let data22 = data20.description;
if(typeof data22 !== "string"){
const err25 = {instancePath:instancePath+"/formParameters/" + i0+"/examples/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.description.type,parentSchema:schema38.properties.examples.additionalProperties.properties.description,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data20.externalValue !== undefined){
let data23 = data20.externalValue;
if(typeof data23 !== "string"){
const err26 = {instancePath:instancePath+"/formParameters/" + i0+"/examples/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema38.properties.examples.additionalProperties.properties.externalValue,data:data23};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/formParameters/" + i0+"/examples/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.additionalProperties.type,parentSchema:schema38.properties.examples.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/formParameters/" + i0+"/examples",schemaPath:"#/$defs/Parameter/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.type,parentSchema:schema38.properties.examples,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/formParameters/" + i0,schemaPath:"#/$defs/Parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/formParameters",schemaPath:"#/properties/formParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.formParameters.type,parentSchema:schema41.properties.formParameters,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern17 = new RegExp("^[A-Za-z]+$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema37.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.templateParameters !== undefined){
let data0 = data.templateParameters;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/templateParameters/" + i0,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.type === undefined){
const err2 = {instancePath:instancePath+"/templateParameters/" + i0,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data1){
if(!(func1.call(schema38.properties, key1))){
const err3 = {instancePath:instancePath+"/templateParameters/" + i0,schemaPath:"#/$defs/Parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/templateParameters/" + i0+"/name",schemaPath:"#/$defs/Parameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.description !== undefined){
let data3 = data1.description;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/templateParameters/" + i0+"/description",schemaPath:"#/$defs/Parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.type !== undefined){
let data4 = data1.type;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/templateParameters/" + i0+"/type",schemaPath:"#/$defs/Parameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.type.type,parentSchema:schema38.properties.type,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.defaultValue !== undefined){
let data5 = data1.defaultValue;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/templateParameters/" + i0+"/defaultValue",schemaPath:"#/$defs/Parameter/properties/defaultValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.defaultValue.type,parentSchema:schema38.properties.defaultValue,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.required !== undefined){
let data6 = data1.required;
if(typeof data6 !== "boolean"){
const err8 = {instancePath:instancePath+"/templateParameters/" + i0+"/required",schemaPath:"#/$defs/Parameter/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.required.type,parentSchema:schema38.properties.required,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.values !== undefined){
let data7 = data1.values;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err9 = {instancePath:instancePath+"/templateParameters/" + i0+"/values/" + i1,schemaPath:"#/$defs/Parameter/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.values.items.type,parentSchema:schema38.properties.values.items,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/templateParameters/" + i0+"/values",schemaPath:"#/$defs/Parameter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.values.type,parentSchema:schema38.properties.values,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.schemaId !== undefined){
let data9 = data1.schemaId;
if(typeof data9 !== "string"){
const err11 = {instancePath:instancePath+"/templateParameters/" + i0+"/schemaId",schemaPath:"#/$defs/Parameter/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.schemaId.type,parentSchema:schema38.properties.schemaId,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.typeName !== undefined){
let data10 = data1.typeName;
if(typeof data10 !== "string"){
const err12 = {instancePath:instancePath+"/templateParameters/" + i0+"/typeName",schemaPath:"#/$defs/Parameter/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.typeName.type,parentSchema:schema38.properties.typeName,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.examples !== undefined){
let data11 = data1.examples;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
let data12 = data11[key2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
if(!((((key3 === "summary") || (key3 === "description")) || (key3 === "value")) || (key3 === "externalValue"))){
const err13 = {instancePath:instancePath+"/templateParameters/" + i0+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.examples.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data12.summary !== undefined){
let data13 = data12.summary;
if(typeof data13 !== "string"){
const err14 = {instancePath:instancePath+"/templateParameters/" + i0+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema38.properties.examples.additionalProperties.properties.summary,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data12.description !== undefined){
let data14 = data12.description;
if(typeof data14 !== "string"){
const err15 = {instancePath:instancePath+"/templateParameters/" + i0+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.description.type,parentSchema:schema38.properties.examples.additionalProperties.properties.description,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.externalValue !== undefined){
let data15 = data12.externalValue;
if(typeof data15 !== "string"){
const err16 = {instancePath:instancePath+"/templateParameters/" + i0+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema38.properties.examples.additionalProperties.properties.externalValue,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/templateParameters/" + i0+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.additionalProperties.type,parentSchema:schema38.properties.examples.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/templateParameters/" + i0+"/examples",schemaPath:"#/$defs/Parameter/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.type,parentSchema:schema38.properties.examples,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/templateParameters/" + i0,schemaPath:"#/$defs/Parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/templateParameters",schemaPath:"#/properties/templateParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.templateParameters.type,parentSchema:schema37.properties.templateParameters,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.description !== undefined){
let data16 = data.description;
if(typeof data16 === "string"){
if(func2(data16) > 1000){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema37.properties.description,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.request !== undefined){
let data17 = data.request;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
if(!((((key4 === "description") || (key4 === "queryParameters")) || (key4 === "headers")) || (key4 === "representations"))){
const err23 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.request,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.description !== undefined){
let data18 = data17.description;
if(typeof data18 !== "string"){
const err24 = {instancePath:instancePath+"/request/description",schemaPath:"#/properties/request/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.request.properties.description.type,parentSchema:schema37.properties.request.properties.description,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data17.queryParameters !== undefined){
let data19 = data17.queryParameters;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.name === undefined){
const err25 = {instancePath:instancePath+"/request/queryParameters/" + i2,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data:data20};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data20.type === undefined){
const err26 = {instancePath:instancePath+"/request/queryParameters/" + i2,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data:data20};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key5 in data20){
if(!(func1.call(schema38.properties, key5))){
const err27 = {instancePath:instancePath+"/request/queryParameters/" + i2,schemaPath:"#/$defs/Parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data20.name !== undefined){
let data21 = data20.name;
if(typeof data21 !== "string"){
const err28 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/name",schemaPath:"#/$defs/Parameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.description !== undefined){
let data22 = data20.description;
if(typeof data22 !== "string"){
const err29 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/description",schemaPath:"#/$defs/Parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data22};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data20.type !== undefined){
let data23 = data20.type;
if(typeof data23 !== "string"){
const err30 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/type",schemaPath:"#/$defs/Parameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.type.type,parentSchema:schema38.properties.type,data:data23};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data20.defaultValue !== undefined){
let data24 = data20.defaultValue;
if(typeof data24 !== "string"){
const err31 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/defaultValue",schemaPath:"#/$defs/Parameter/properties/defaultValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.defaultValue.type,parentSchema:schema38.properties.defaultValue,data:data24};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data20.required !== undefined){
let data25 = data20.required;
if(typeof data25 !== "boolean"){
const err32 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/required",schemaPath:"#/$defs/Parameter/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.required.type,parentSchema:schema38.properties.required,data:data25};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data20.values !== undefined){
let data26 = data20.values;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(typeof data27 !== "string"){
const err33 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/values/" + i3,schemaPath:"#/$defs/Parameter/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.values.items.type,parentSchema:schema38.properties.values.items,data:data27};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/values",schemaPath:"#/$defs/Parameter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.values.type,parentSchema:schema38.properties.values,data:data26};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data20.schemaId !== undefined){
let data28 = data20.schemaId;
if(typeof data28 !== "string"){
const err35 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/schemaId",schemaPath:"#/$defs/Parameter/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.schemaId.type,parentSchema:schema38.properties.schemaId,data:data28};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data20.typeName !== undefined){
let data29 = data20.typeName;
if(typeof data29 !== "string"){
const err36 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/typeName",schemaPath:"#/$defs/Parameter/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.typeName.type,parentSchema:schema38.properties.typeName,data:data29};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data20.examples !== undefined){
let data30 = data20.examples;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key6 in data30){
let data31 = data30[key6];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 in data31){
if(!((((key7 === "summary") || (key7 === "description")) || (key7 === "value")) || (key7 === "externalValue"))){
const err37 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/examples/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.examples.additionalProperties,data:data31};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data31.summary !== undefined){
let data32 = data31.summary;
if(typeof data32 !== "string"){
const err38 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/examples/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema38.properties.examples.additionalProperties.properties.summary,data:data32};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data31.description !== undefined){
let data33 = data31.description;
if(typeof data33 !== "string"){
const err39 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/examples/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.description.type,parentSchema:schema38.properties.examples.additionalProperties.properties.description,data:data33};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data31.externalValue !== undefined){
let data34 = data31.externalValue;
if(typeof data34 !== "string"){
const err40 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/examples/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema38.properties.examples.additionalProperties.properties.externalValue,data:data34};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/examples/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.additionalProperties.type,parentSchema:schema38.properties.examples.additionalProperties,data:data31};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/request/queryParameters/" + i2+"/examples",schemaPath:"#/$defs/Parameter/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.type,parentSchema:schema38.properties.examples,data:data30};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/request/queryParameters/" + i2,schemaPath:"#/$defs/Parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/request/queryParameters",schemaPath:"#/properties/request/properties/queryParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.request.properties.queryParameters.type,parentSchema:schema37.properties.request.properties.queryParameters,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17.headers !== undefined){
let data35 = data17.headers;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i4=0; i4<len4; i4++){
let data36 = data35[i4];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.name === undefined){
const err45 = {instancePath:instancePath+"/request/headers/" + i4,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data:data36};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data36.type === undefined){
const err46 = {instancePath:instancePath+"/request/headers/" + i4,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data:data36};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key8 in data36){
if(!(func1.call(schema38.properties, key8))){
const err47 = {instancePath:instancePath+"/request/headers/" + i4,schemaPath:"#/$defs/Parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data36};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data36.name !== undefined){
let data37 = data36.name;
if(typeof data37 !== "string"){
const err48 = {instancePath:instancePath+"/request/headers/" + i4+"/name",schemaPath:"#/$defs/Parameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data37};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data36.description !== undefined){
let data38 = data36.description;
if(typeof data38 !== "string"){
const err49 = {instancePath:instancePath+"/request/headers/" + i4+"/description",schemaPath:"#/$defs/Parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data38};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data36.type !== undefined){
let data39 = data36.type;
if(typeof data39 !== "string"){
const err50 = {instancePath:instancePath+"/request/headers/" + i4+"/type",schemaPath:"#/$defs/Parameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.type.type,parentSchema:schema38.properties.type,data:data39};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data36.defaultValue !== undefined){
let data40 = data36.defaultValue;
if(typeof data40 !== "string"){
const err51 = {instancePath:instancePath+"/request/headers/" + i4+"/defaultValue",schemaPath:"#/$defs/Parameter/properties/defaultValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.defaultValue.type,parentSchema:schema38.properties.defaultValue,data:data40};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data36.required !== undefined){
let data41 = data36.required;
if(typeof data41 !== "boolean"){
const err52 = {instancePath:instancePath+"/request/headers/" + i4+"/required",schemaPath:"#/$defs/Parameter/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.required.type,parentSchema:schema38.properties.required,data:data41};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data36.values !== undefined){
let data42 = data36.values;
if(Array.isArray(data42)){
const len5 = data42.length;
for(let i5=0; i5<len5; i5++){
let data43 = data42[i5];
if(typeof data43 !== "string"){
const err53 = {instancePath:instancePath+"/request/headers/" + i4+"/values/" + i5,schemaPath:"#/$defs/Parameter/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.values.items.type,parentSchema:schema38.properties.values.items,data:data43};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/request/headers/" + i4+"/values",schemaPath:"#/$defs/Parameter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.values.type,parentSchema:schema38.properties.values,data:data42};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data36.schemaId !== undefined){
let data44 = data36.schemaId;
if(typeof data44 !== "string"){
const err55 = {instancePath:instancePath+"/request/headers/" + i4+"/schemaId",schemaPath:"#/$defs/Parameter/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.schemaId.type,parentSchema:schema38.properties.schemaId,data:data44};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data36.typeName !== undefined){
let data45 = data36.typeName;
if(typeof data45 !== "string"){
const err56 = {instancePath:instancePath+"/request/headers/" + i4+"/typeName",schemaPath:"#/$defs/Parameter/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.typeName.type,parentSchema:schema38.properties.typeName,data:data45};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data36.examples !== undefined){
let data46 = data36.examples;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key9 in data46){
let data47 = data46[key9];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key10 in data47){
if(!((((key10 === "summary") || (key10 === "description")) || (key10 === "value")) || (key10 === "externalValue"))){
const err57 = {instancePath:instancePath+"/request/headers/" + i4+"/examples/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.examples.additionalProperties,data:data47};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data47.summary !== undefined){
let data48 = data47.summary;
if(typeof data48 !== "string"){
const err58 = {instancePath:instancePath+"/request/headers/" + i4+"/examples/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema38.properties.examples.additionalProperties.properties.summary,data:data48};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data47.description !== undefined){
let data49 = data47.description;
if(typeof data49 !== "string"){
const err59 = {instancePath:instancePath+"/request/headers/" + i4+"/examples/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.description.type,parentSchema:schema38.properties.examples.additionalProperties.properties.description,data:data49};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data47.externalValue !== undefined){
let data50 = data47.externalValue;
if(typeof data50 !== "string"){
const err60 = {instancePath:instancePath+"/request/headers/" + i4+"/examples/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema38.properties.examples.additionalProperties.properties.externalValue,data:data50};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/request/headers/" + i4+"/examples/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.additionalProperties.type,parentSchema:schema38.properties.examples.additionalProperties,data:data47};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/request/headers/" + i4+"/examples",schemaPath:"#/$defs/Parameter/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.type,parentSchema:schema38.properties.examples,data:data46};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/request/headers/" + i4,schemaPath:"#/$defs/Parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data36};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/request/headers",schemaPath:"#/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.request.properties.headers.type,parentSchema:schema37.properties.request.properties.headers,data:data35};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data17.representations !== undefined){
let data51 = data17.representations;
if(Array.isArray(data51)){
const len6 = data51.length;
for(let i6=0; i6<len6; i6++){
if(!(validate23(data51[i6], {instancePath:instancePath+"/request/representations/" + i6,parentData:data51,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/request/representations",schemaPath:"#/properties/request/properties/representations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.request.properties.representations.type,parentSchema:schema37.properties.request.properties.representations,data:data51};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.request.type,parentSchema:schema37.properties.request,data:data17};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.responses !== undefined){
let data53 = data.responses;
if(Array.isArray(data53)){
const len7 = data53.length;
for(let i7=0; i7<len7; i7++){
let data54 = data53[i7];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.statusCode === undefined){
const err67 = {instancePath:instancePath+"/responses/" + i7,schemaPath:"#/properties/responses/items/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'",schema:schema37.properties.responses.items.required,parentSchema:schema37.properties.responses.items,data:data54};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key11 in data54){
if(!((((key11 === "statusCode") || (key11 === "description")) || (key11 === "headers")) || (key11 === "representations"))){
const err68 = {instancePath:instancePath+"/responses/" + i7,schemaPath:"#/properties/responses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.responses.items,data:data54};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data54.statusCode !== undefined){
let data55 = data54.statusCode;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
const err69 = {instancePath:instancePath+"/responses/" + i7+"/statusCode",schemaPath:"#/properties/responses/items/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.responses.items.properties.statusCode.type,parentSchema:schema37.properties.responses.items.properties.statusCode,data:data55};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(typeof data55 == "number"){
if(data55 > 599 || isNaN(data55)){
const err70 = {instancePath:instancePath+"/responses/" + i7+"/statusCode",schemaPath:"#/properties/responses/items/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema37.properties.responses.items.properties.statusCode,data:data55};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data55 < 100 || isNaN(data55)){
const err71 = {instancePath:instancePath+"/responses/" + i7+"/statusCode",schemaPath:"#/properties/responses/items/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema37.properties.responses.items.properties.statusCode,data:data55};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data54.description !== undefined){
let data56 = data54.description;
if(typeof data56 !== "string"){
const err72 = {instancePath:instancePath+"/responses/" + i7+"/description",schemaPath:"#/properties/responses/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.responses.items.properties.description.type,parentSchema:schema37.properties.responses.items.properties.description,data:data56};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data54.headers !== undefined){
let data57 = data54.headers;
if(Array.isArray(data57)){
const len8 = data57.length;
for(let i8=0; i8<len8; i8++){
let data58 = data57[i8];
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.name === undefined){
const err73 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data:data58};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data58.type === undefined){
const err74 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8,schemaPath:"#/$defs/Parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data:data58};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key12 in data58){
if(!(func1.call(schema38.properties, key12))){
const err75 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8,schemaPath:"#/$defs/Parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data58};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data58.name !== undefined){
let data59 = data58.name;
if(typeof data59 !== "string"){
const err76 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/name",schemaPath:"#/$defs/Parameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data59};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data58.description !== undefined){
let data60 = data58.description;
if(typeof data60 !== "string"){
const err77 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/description",schemaPath:"#/$defs/Parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data60};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data58.type !== undefined){
let data61 = data58.type;
if(typeof data61 !== "string"){
const err78 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/type",schemaPath:"#/$defs/Parameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.type.type,parentSchema:schema38.properties.type,data:data61};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data58.defaultValue !== undefined){
let data62 = data58.defaultValue;
if(typeof data62 !== "string"){
const err79 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/defaultValue",schemaPath:"#/$defs/Parameter/properties/defaultValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.defaultValue.type,parentSchema:schema38.properties.defaultValue,data:data62};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data58.required !== undefined){
let data63 = data58.required;
if(typeof data63 !== "boolean"){
const err80 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/required",schemaPath:"#/$defs/Parameter/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.required.type,parentSchema:schema38.properties.required,data:data63};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data58.values !== undefined){
let data64 = data58.values;
if(Array.isArray(data64)){
const len9 = data64.length;
for(let i9=0; i9<len9; i9++){
let data65 = data64[i9];
if(typeof data65 !== "string"){
const err81 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/values/" + i9,schemaPath:"#/$defs/Parameter/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.values.items.type,parentSchema:schema38.properties.values.items,data:data65};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/values",schemaPath:"#/$defs/Parameter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.values.type,parentSchema:schema38.properties.values,data:data64};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data58.schemaId !== undefined){
let data66 = data58.schemaId;
if(typeof data66 !== "string"){
const err83 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/schemaId",schemaPath:"#/$defs/Parameter/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.schemaId.type,parentSchema:schema38.properties.schemaId,data:data66};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data58.typeName !== undefined){
let data67 = data58.typeName;
if(typeof data67 !== "string"){
const err84 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/typeName",schemaPath:"#/$defs/Parameter/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.typeName.type,parentSchema:schema38.properties.typeName,data:data67};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data58.examples !== undefined){
let data68 = data58.examples;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key13 in data68){
let data69 = data68[key13];
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key14 in data69){
if(!((((key14 === "summary") || (key14 === "description")) || (key14 === "value")) || (key14 === "externalValue"))){
const err85 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/examples/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.examples.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data69.summary !== undefined){
let data70 = data69.summary;
if(typeof data70 !== "string"){
const err86 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/examples/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema38.properties.examples.additionalProperties.properties.summary,data:data70};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data69.description !== undefined){
let data71 = data69.description;
if(typeof data71 !== "string"){
const err87 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/examples/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.description.type,parentSchema:schema38.properties.examples.additionalProperties.properties.description,data:data71};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data69.externalValue !== undefined){
let data72 = data69.externalValue;
if(typeof data72 !== "string"){
const err88 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/examples/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema38.properties.examples.additionalProperties.properties.externalValue,data:data72};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/examples/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Parameter/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.additionalProperties.type,parentSchema:schema38.properties.examples.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8+"/examples",schemaPath:"#/$defs/Parameter/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.examples.type,parentSchema:schema38.properties.examples,data:data68};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/responses/" + i7+"/headers/" + i8,schemaPath:"#/$defs/Parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data58};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/responses/" + i7+"/headers",schemaPath:"#/properties/responses/items/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.responses.items.properties.headers.type,parentSchema:schema37.properties.responses.items.properties.headers,data:data57};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data54.representations !== undefined){
let data73 = data54.representations;
if(Array.isArray(data73)){
const len10 = data73.length;
for(let i10=0; i10<len10; i10++){
if(!(validate23(data73[i10], {instancePath:instancePath+"/responses/" + i7+"/representations/" + i10,parentData:data73,parentDataProperty:i10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err93 = {instancePath:instancePath+"/responses/" + i7+"/representations",schemaPath:"#/properties/responses/items/properties/representations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.responses.items.properties.representations.type,parentSchema:schema37.properties.responses.items.properties.representations,data:data73};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/responses/" + i7,schemaPath:"#/properties/responses/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.responses.items.type,parentSchema:schema37.properties.responses.items,data:data54};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/responses",schemaPath:"#/properties/responses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.responses.type,parentSchema:schema37.properties.responses,data:data53};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.displayName !== undefined){
let data75 = data.displayName;
if(typeof data75 === "string"){
if(func2(data75) > 300){
const err96 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema37.properties.displayName,data:data75};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(func2(data75) < 1){
const err97 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.displayName,data:data75};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.displayName.type,parentSchema:schema37.properties.displayName,data:data75};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.method !== undefined){
let data76 = data.method;
if(typeof data76 === "string"){
if(!pattern17.test(data76)){
const err99 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\"",schema:"^[A-Za-z]+$",parentSchema:schema37.properties.method,data:data76};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.method.type,parentSchema:schema37.properties.method,data:data76};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.urlTemplate !== undefined){
let data77 = data.urlTemplate;
if(typeof data77 === "string"){
if(func2(data77) > 1000){
const err101 = {instancePath:instancePath+"/urlTemplate",schemaPath:"#/properties/urlTemplate/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema37.properties.urlTemplate,data:data77};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(func2(data77) < 1){
const err102 = {instancePath:instancePath+"/urlTemplate",schemaPath:"#/properties/urlTemplate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.urlTemplate,data:data77};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/urlTemplate",schemaPath:"#/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.urlTemplate.type,parentSchema:schema37.properties.urlTemplate,data:data77};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.policy !== undefined){
let data78 = data.policy;
const _errs175 = errors;
let valid41 = false;
let passing0 = null;
const _errs176 = errors;
if(typeof data78 === "string"){
if(func2(data78) < 1){
const err104 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.policy.oneOf[0],data:data78};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.policy.oneOf[0].type,parentSchema:schema37.properties.policy.oneOf[0],data:data78};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid0 = _errs176 === errors;
if(_valid0){
valid41 = true;
passing0 = 0;
}
const _errs178 = errors;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key15 in data78){
if(!((((key15 === "inbound") || (key15 === "backend")) || (key15 === "outbound")) || (key15 === "on-error"))){
const err106 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data78};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data78.inbound !== undefined){
let data79 = data78.inbound;
if(Array.isArray(data79)){
const len11 = data79.length;
for(let i11=0; i11<len11; i11++){
let data80 = data79[i11];
const _errs185 = errors;
let valid46 = false;
let passing1 = null;
const _errs186 = errors;
if(typeof data80 !== "string"){
const err107 = {instancePath:instancePath+"/policy/inbound/" + i11,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.inbound.items.oneOf[0].type,parentSchema:schema36.properties.inbound.items.oneOf[0],data:data80};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid1 = _errs186 === errors;
if(_valid1){
valid46 = true;
passing1 = 0;
}
const _errs188 = errors;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(Object.keys(data80).length > 1){
const err108 = {instancePath:instancePath+"/policy/inbound/" + i11,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data80};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(Object.keys(data80).length < 1){
const err109 = {instancePath:instancePath+"/policy/inbound/" + i11,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data80};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/policy/inbound/" + i11,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.inbound.items.oneOf[1].type,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data80};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid1 = _errs188 === errors;
if(_valid1 && valid46){
valid46 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid46 = true;
passing1 = 1;
}
}
if(!valid46){
const err111 = {instancePath:instancePath+"/policy/inbound/" + i11,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema36.properties.inbound.items.oneOf,parentSchema:schema36.properties.inbound.items,data:data80};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs185;
if(vErrors !== null){
if(_errs185){
vErrors.length = _errs185;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err112 = {instancePath:instancePath+"/policy/inbound",schemaPath:"#/$defs/StructuredPolicy/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.inbound.type,parentSchema:schema36.properties.inbound,data:data79};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data78.backend !== undefined){
let data81 = data78.backend;
if(Array.isArray(data81)){
const len12 = data81.length;
for(let i12=0; i12<len12; i12++){
let data82 = data81[i12];
const _errs194 = errors;
let valid49 = false;
let passing2 = null;
const _errs195 = errors;
if(typeof data82 !== "string"){
const err113 = {instancePath:instancePath+"/policy/backend/" + i12,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.backend.items.oneOf[0].type,parentSchema:schema36.properties.backend.items.oneOf[0],data:data82};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid2 = _errs195 === errors;
if(_valid2){
valid49 = true;
passing2 = 0;
}
const _errs197 = errors;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(Object.keys(data82).length > 1){
const err114 = {instancePath:instancePath+"/policy/backend/" + i12,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data82};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(Object.keys(data82).length < 1){
const err115 = {instancePath:instancePath+"/policy/backend/" + i12,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data82};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/policy/backend/" + i12,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.backend.items.oneOf[1].type,parentSchema:schema36.properties.backend.items.oneOf[1],data:data82};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid2 = _errs197 === errors;
if(_valid2 && valid49){
valid49 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid49 = true;
passing2 = 1;
}
}
if(!valid49){
const err117 = {instancePath:instancePath+"/policy/backend/" + i12,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema36.properties.backend.items.oneOf,parentSchema:schema36.properties.backend.items,data:data82};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
else {
errors = _errs194;
if(vErrors !== null){
if(_errs194){
vErrors.length = _errs194;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err118 = {instancePath:instancePath+"/policy/backend",schemaPath:"#/$defs/StructuredPolicy/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.backend.type,parentSchema:schema36.properties.backend,data:data81};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data78.outbound !== undefined){
let data83 = data78.outbound;
if(Array.isArray(data83)){
const len13 = data83.length;
for(let i13=0; i13<len13; i13++){
let data84 = data83[i13];
const _errs203 = errors;
let valid52 = false;
let passing3 = null;
const _errs204 = errors;
if(typeof data84 !== "string"){
const err119 = {instancePath:instancePath+"/policy/outbound/" + i13,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.outbound.items.oneOf[0].type,parentSchema:schema36.properties.outbound.items.oneOf[0],data:data84};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid3 = _errs204 === errors;
if(_valid3){
valid52 = true;
passing3 = 0;
}
const _errs206 = errors;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(Object.keys(data84).length > 1){
const err120 = {instancePath:instancePath+"/policy/outbound/" + i13,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data84};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(Object.keys(data84).length < 1){
const err121 = {instancePath:instancePath+"/policy/outbound/" + i13,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data84};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/policy/outbound/" + i13,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.outbound.items.oneOf[1].type,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data84};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid3 = _errs206 === errors;
if(_valid3 && valid52){
valid52 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid52 = true;
passing3 = 1;
}
}
if(!valid52){
const err123 = {instancePath:instancePath+"/policy/outbound/" + i13,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema36.properties.outbound.items.oneOf,parentSchema:schema36.properties.outbound.items,data:data84};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
errors = _errs203;
if(vErrors !== null){
if(_errs203){
vErrors.length = _errs203;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err124 = {instancePath:instancePath+"/policy/outbound",schemaPath:"#/$defs/StructuredPolicy/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.outbound.type,parentSchema:schema36.properties.outbound,data:data83};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data78["on-error"] !== undefined){
let data85 = data78["on-error"];
if(Array.isArray(data85)){
const len14 = data85.length;
for(let i14=0; i14<len14; i14++){
let data86 = data85[i14];
const _errs212 = errors;
let valid55 = false;
let passing4 = null;
const _errs213 = errors;
if(typeof data86 !== "string"){
const err125 = {instancePath:instancePath+"/policy/on-error/" + i14,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties["on-error"].items.oneOf[0].type,parentSchema:schema36.properties["on-error"].items.oneOf[0],data:data86};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid4 = _errs213 === errors;
if(_valid4){
valid55 = true;
passing4 = 0;
}
const _errs215 = errors;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(Object.keys(data86).length > 1){
const err126 = {instancePath:instancePath+"/policy/on-error/" + i14,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data86};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(Object.keys(data86).length < 1){
const err127 = {instancePath:instancePath+"/policy/on-error/" + i14,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data86};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/policy/on-error/" + i14,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties["on-error"].items.oneOf[1].type,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data86};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid4 = _errs215 === errors;
if(_valid4 && valid55){
valid55 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid55 = true;
passing4 = 1;
}
}
if(!valid55){
const err129 = {instancePath:instancePath+"/policy/on-error/" + i14,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema36.properties["on-error"].items.oneOf,parentSchema:schema36.properties["on-error"].items,data:data86};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
else {
errors = _errs212;
if(vErrors !== null){
if(_errs212){
vErrors.length = _errs212;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err130 = {instancePath:instancePath+"/policy/on-error",schemaPath:"#/$defs/StructuredPolicy/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties["on-error"].type,parentSchema:schema36.properties["on-error"],data:data85};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data78};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid0 = _errs178 === errors;
if(_valid0 && valid41){
valid41 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid41 = true;
passing0 = 1;
}
}
if(!valid41){
const err132 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.properties.policy.oneOf,parentSchema:schema37.properties.policy,data:data78};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
else {
errors = _errs175;
if(vErrors !== null){
if(_errs175){
vErrors.length = _errs175;
}
else {
vErrors = null;
}
}
}
}
if(data.backend !== undefined){
let data87 = data.backend;
if(typeof data87 !== "string"){
const err133 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.backend.type,parentSchema:schema37.properties.backend,data:data87};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.tags !== undefined){
let data88 = data.tags;
if(Array.isArray(data88)){
const len15 = data88.length;
for(let i15=0; i15<len15; i15++){
let data89 = data88[i15];
if(typeof data89 !== "string"){
const err134 = {instancePath:instancePath+"/tags/" + i15,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.tags.items.type,parentSchema:schema37.properties.tags.items,data:data89};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
let i16 = data88.length;
let j0;
if(i16 > 1){
const indices0 = {};
for(;i16--;){
let item0 = data88[i16];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err135 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i16+" are identical)",schema:true,parentSchema:schema37.properties.tags,data:data88};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
break;
}
indices0[item0] = i16;
}
}
}
else {
const err136 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.tags.type,parentSchema:schema37.properties.tags,data:data88};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.ignore !== undefined){
let data90 = data.ignore;
if(Array.isArray(data90)){
const len16 = data90.length;
for(let i17=0; i17<len16; i17++){
let data91 = data90[i17];
if(typeof data91 === "string"){
if(!pattern10.test(data91)){
const err137 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema37.properties.ignore.items,data:data91};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.ignore.items.type,parentSchema:schema37.properties.ignore.items,data:data91};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.ignore.type,parentSchema:schema37.properties.ignore,data:data90};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","description":"A non-current API revision (an `apis/<api>;rev=N` resource created from the current one with `sourceApiId`). apimc never deletes a revision.","properties":{"apiRevisionDescription":{"type":"string","description":"Description of the revision."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations of this revision, keyed by ARM resource name. The revision starts with a copy of the current revision's operations; those declared here are written to it.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}}},"additionalProperties":false};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "apiRevisionDescription") || (key0 === "policy")) || (key0 === "operations"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.apiRevisionDescription !== undefined){
let data0 = data.apiRevisionDescription;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/apiRevisionDescription",schemaPath:"#/properties/apiRevisionDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.apiRevisionDescription.type,parentSchema:schema45.properties.apiRevisionDescription,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.policy !== undefined){
let data1 = data.policy;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.policy.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.policy.oneOf[0].type,parentSchema:schema45.properties.policy.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((key1 === "inbound") || (key1 === "backend")) || (key1 === "outbound")) || (key1 === "on-error"))){
const err4 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.inbound !== undefined){
let data2 = data1.inbound;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs15 = errors;
let valid6 = false;
let passing1 = null;
const _errs16 = errors;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.inbound.items.oneOf[0].type,parentSchema:schema36.properties.inbound.items.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err6 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err7 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.inbound.items.oneOf[1].type,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema36.properties.inbound.items.oneOf,parentSchema:schema36.properties.inbound.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/policy/inbound",schemaPath:"#/$defs/StructuredPolicy/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.inbound.type,parentSchema:schema36.properties.inbound,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.backend !== undefined){
let data4 = data1.backend;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs24 = errors;
let valid9 = false;
let passing2 = null;
const _errs25 = errors;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.backend.items.oneOf[0].type,parentSchema:schema36.properties.backend.items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs25 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs27 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length > 1){
const err12 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Object.keys(data5).length < 1){
const err13 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.backend.items.oneOf[1].type,parentSchema:schema36.properties.backend.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs27 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err15 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema36.properties.backend.items.oneOf,parentSchema:schema36.properties.backend.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/policy/backend",schemaPath:"#/$defs/StructuredPolicy/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.backend.type,parentSchema:schema36.properties.backend,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.outbound !== undefined){
let data6 = data1.outbound;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
const _errs33 = errors;
let valid12 = false;
let passing3 = null;
const _errs34 = errors;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.outbound.items.oneOf[0].type,parentSchema:schema36.properties.outbound.items.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs34 === errors;
if(_valid3){
valid12 = true;
passing3 = 0;
}
const _errs36 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 1){
const err18 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(Object.keys(data7).length < 1){
const err19 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.outbound.items.oneOf[1].type,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs36 === errors;
if(_valid3 && valid12){
valid12 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid12 = true;
passing3 = 1;
}
}
if(!valid12){
const err21 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema36.properties.outbound.items.oneOf,parentSchema:schema36.properties.outbound.items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/policy/outbound",schemaPath:"#/$defs/StructuredPolicy/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.outbound.type,parentSchema:schema36.properties.outbound,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1["on-error"] !== undefined){
let data8 = data1["on-error"];
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
const _errs42 = errors;
let valid15 = false;
let passing4 = null;
const _errs43 = errors;
if(typeof data9 !== "string"){
const err23 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties["on-error"].items.oneOf[0].type,parentSchema:schema36.properties["on-error"].items.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid4 = _errs43 === errors;
if(_valid4){
valid15 = true;
passing4 = 0;
}
const _errs45 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length > 1){
const err24 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(Object.keys(data9).length < 1){
const err25 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties["on-error"].items.oneOf[1].type,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs45 === errors;
if(_valid4 && valid15){
valid15 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid15 = true;
passing4 = 1;
}
}
if(!valid15){
const err27 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema36.properties["on-error"].items.oneOf,parentSchema:schema36.properties["on-error"].items,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/policy/on-error",schemaPath:"#/$defs/StructuredPolicy/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties["on-error"].type,parentSchema:schema36.properties["on-error"],data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err30 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema45.properties.policy.oneOf,parentSchema:schema45.properties.policy,data:data1};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.operations !== undefined){
let data10 = data.operations;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
const _errs50 = errors;
if(typeof key2 === "string"){
if(func2(key2) > 80){
const err31 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema45.properties.operations.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(key2) < 1){
const err32 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.operations.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern7.test(key2)){
const err33 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema45.properties.operations.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid16 = _errs50 === errors;
if(!valid16){
const err34 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema45.properties.operations.propertyNames,parentSchema:schema45.properties.operations,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key3 in data10){
if(!(validate22(data10[key3], {instancePath:instancePath+"/operations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.operations.type,parentSchema:schema45.properties.operations,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = require("ajv-formats/dist/formats").fullFormats.double;
const formats2 = require("ajv-formats/dist/formats").fullFormats.int32;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.description.type,parentSchema:schema35.properties.description,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.authenticationSettings !== undefined){
let data1 = data.authenticationSettings;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((key1 === "oAuth2") || (key1 === "openid")) || (key1 === "oAuth2AuthenticationSettings")) || (key1 === "openidAuthenticationSettings"))){
const err2 = {instancePath:instancePath+"/authenticationSettings",schemaPath:"#/properties/authenticationSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.authenticationSettings,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.oAuth2 !== undefined){
let data2 = data1.oAuth2;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
if(!(((key2 === "authorizationServer") || (key2 === "authorizationServerId")) || (key2 === "scope"))){
const err3 = {instancePath:instancePath+"/authenticationSettings/oAuth2",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.authorizationServer !== undefined){
let data3 = data2.authorizationServer;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/authenticationSettings/oAuth2/authorizationServer",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/properties/authorizationServer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.oAuth2.properties.authorizationServer.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2.properties.authorizationServer,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.authorizationServerId !== undefined){
let data4 = data2.authorizationServerId;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/authenticationSettings/oAuth2/authorizationServerId",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/properties/authorizationServerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.oAuth2.properties.authorizationServerId.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2.properties.authorizationServerId,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.scope !== undefined){
let data5 = data2.scope;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/authenticationSettings/oAuth2/scope",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.oAuth2.properties.scope.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2.properties.scope,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/authenticationSettings/oAuth2",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.authenticationSettings.properties.oAuth2.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.openid !== undefined){
let data6 = data1.openid;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(((key3 === "openidProvider") || (key3 === "openidProviderId")) || (key3 === "bearerTokenSendingMethods"))){
const err8 = {instancePath:instancePath+"/authenticationSettings/openid",schemaPath:"#/properties/authenticationSettings/properties/openid/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.authenticationSettings.properties.openid,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.openidProvider !== undefined){
let data7 = data6.openidProvider;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/authenticationSettings/openid/openidProvider",schemaPath:"#/properties/authenticationSettings/properties/openid/properties/openidProvider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.openid.properties.openidProvider.type,parentSchema:schema35.properties.authenticationSettings.properties.openid.properties.openidProvider,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.openidProviderId !== undefined){
let data8 = data6.openidProviderId;
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/authenticationSettings/openid/openidProviderId",schemaPath:"#/properties/authenticationSettings/properties/openid/properties/openidProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.openid.properties.openidProviderId.type,parentSchema:schema35.properties.authenticationSettings.properties.openid.properties.openidProviderId,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.bearerTokenSendingMethods !== undefined){
let data9 = data6.bearerTokenSendingMethods;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 !== "string"){
const err11 = {instancePath:instancePath+"/authenticationSettings/openid/bearerTokenSendingMethods/" + i0,schemaPath:"#/properties/authenticationSettings/properties/openid/properties/bearerTokenSendingMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items.type,parentSchema:schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data10 === "authorizationHeader") || (data10 === "query"))){
const err12 = {instancePath:instancePath+"/authenticationSettings/openid/bearerTokenSendingMethods/" + i0,schemaPath:"#/properties/authenticationSettings/properties/openid/properties/bearerTokenSendingMethods/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items.enum,parentSchema:schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/authenticationSettings/openid/bearerTokenSendingMethods",schemaPath:"#/properties/authenticationSettings/properties/openid/properties/bearerTokenSendingMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.type,parentSchema:schema35.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/authenticationSettings/openid",schemaPath:"#/properties/authenticationSettings/properties/openid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.authenticationSettings.properties.openid.type,parentSchema:schema35.properties.authenticationSettings.properties.openid,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.oAuth2AuthenticationSettings !== undefined){
let data11 = data1.oAuth2AuthenticationSettings;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!((key4 === "authorizationServerId") || (key4 === "scope"))){
const err15 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1,schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.authorizationServerId !== undefined){
let data13 = data12.authorizationServerId;
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1+"/authorizationServerId",schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/properties/authorizationServerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.authorizationServerId.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.authorizationServerId,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.scope !== undefined){
let data14 = data12.scope;
if(typeof data14 !== "string"){
const err17 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1+"/scope",schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.scope.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.scope,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1,schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings",schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.type,parentSchema:schema35.properties.authenticationSettings.properties.oAuth2AuthenticationSettings,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.openidAuthenticationSettings !== undefined){
let data15 = data1.openidAuthenticationSettings;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 in data16){
if(!((key5 === "openidProviderId") || (key5 === "bearerTokenSendingMethods"))){
const err20 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data16.openidProviderId !== undefined){
let data17 = data16.openidProviderId;
if(typeof data17 !== "string"){
const err21 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/openidProviderId",schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/openidProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.openidProviderId.type,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.openidProviderId,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data16.bearerTokenSendingMethods !== undefined){
let data18 = data16.bearerTokenSendingMethods;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
if(typeof data19 !== "string"){
const err22 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/bearerTokenSendingMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items.type,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data19 === "authorizationHeader") || (data19 === "query"))){
const err23 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/bearerTokenSendingMethods/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items.enum,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items,data:data19};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/bearerTokenSendingMethods",schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/bearerTokenSendingMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.type,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items.type,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.items,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings",schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings.type,parentSchema:schema35.properties.authenticationSettings.properties.openidAuthenticationSettings,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/authenticationSettings",schemaPath:"#/properties/authenticationSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.authenticationSettings.type,parentSchema:schema35.properties.authenticationSettings,data:data1};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.subscriptionKeyParameterNames !== undefined){
let data20 = data.subscriptionKeyParameterNames;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
if(!((key6 === "header") || (key6 === "query"))){
const err28 = {instancePath:instancePath+"/subscriptionKeyParameterNames",schemaPath:"#/properties/subscriptionKeyParameterNames/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.subscriptionKeyParameterNames,data:data20};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.header !== undefined){
let data21 = data20.header;
if(typeof data21 !== "string"){
const err29 = {instancePath:instancePath+"/subscriptionKeyParameterNames/header",schemaPath:"#/properties/subscriptionKeyParameterNames/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.subscriptionKeyParameterNames.properties.header.type,parentSchema:schema35.properties.subscriptionKeyParameterNames.properties.header,data:data21};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data20.query !== undefined){
let data22 = data20.query;
if(typeof data22 !== "string"){
const err30 = {instancePath:instancePath+"/subscriptionKeyParameterNames/query",schemaPath:"#/properties/subscriptionKeyParameterNames/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.subscriptionKeyParameterNames.properties.query.type,parentSchema:schema35.properties.subscriptionKeyParameterNames.properties.query,data:data22};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/subscriptionKeyParameterNames",schemaPath:"#/properties/subscriptionKeyParameterNames/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.subscriptionKeyParameterNames.type,parentSchema:schema35.properties.subscriptionKeyParameterNames,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.type !== undefined){
let data23 = data.type;
if(typeof data23 !== "string"){
const err32 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.type.type,parentSchema:schema35.properties.type,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((((data23 === "http") || (data23 === "soap")) || (data23 === "websocket")) || (data23 === "graphql")) || (data23 === "odata")) || (data23 === "grpc"))){
const err33 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.type.enum,parentSchema:schema35.properties.type,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.apiRevision !== undefined){
let data24 = data.apiRevision;
if(typeof data24 === "string"){
if(func2(data24) > 100){
const err34 = {instancePath:instancePath+"/apiRevision",schemaPath:"#/properties/apiRevision/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema35.properties.apiRevision,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data24) < 1){
const err35 = {instancePath:instancePath+"/apiRevision",schemaPath:"#/properties/apiRevision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.apiRevision,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/apiRevision",schemaPath:"#/properties/apiRevision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.apiRevision.type,parentSchema:schema35.properties.apiRevision,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data25 = data.apiVersion;
if(typeof data25 === "string"){
if(func2(data25) > 100){
const err37 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema35.properties.apiVersion,data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.apiVersion.type,parentSchema:schema35.properties.apiVersion,data:data25};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.isCurrent !== undefined){
let data26 = data.isCurrent;
if(typeof data26 !== "boolean"){
const err39 = {instancePath:instancePath+"/isCurrent",schemaPath:"#/properties/isCurrent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.isCurrent.type,parentSchema:schema35.properties.isCurrent,data:data26};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.apiRevisionDescription !== undefined){
let data27 = data.apiRevisionDescription;
if(typeof data27 === "string"){
if(func2(data27) > 256){
const err40 = {instancePath:instancePath+"/apiRevisionDescription",schemaPath:"#/properties/apiRevisionDescription/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema35.properties.apiRevisionDescription,data:data27};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/apiRevisionDescription",schemaPath:"#/properties/apiRevisionDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.apiRevisionDescription.type,parentSchema:schema35.properties.apiRevisionDescription,data:data27};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.apiVersionDescription !== undefined){
let data28 = data.apiVersionDescription;
if(typeof data28 === "string"){
if(func2(data28) > 256){
const err42 = {instancePath:instancePath+"/apiVersionDescription",schemaPath:"#/properties/apiVersionDescription/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema35.properties.apiVersionDescription,data:data28};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/apiVersionDescription",schemaPath:"#/properties/apiVersionDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.apiVersionDescription.type,parentSchema:schema35.properties.apiVersionDescription,data:data28};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.subscriptionRequired !== undefined){
let data29 = data.subscriptionRequired;
if(typeof data29 !== "boolean"){
const err44 = {instancePath:instancePath+"/subscriptionRequired",schemaPath:"#/properties/subscriptionRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.subscriptionRequired.type,parentSchema:schema35.properties.subscriptionRequired,data:data29};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.termsOfServiceUrl !== undefined){
let data30 = data.termsOfServiceUrl;
if(typeof data30 !== "string"){
const err45 = {instancePath:instancePath+"/termsOfServiceUrl",schemaPath:"#/properties/termsOfServiceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.termsOfServiceUrl.type,parentSchema:schema35.properties.termsOfServiceUrl,data:data30};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.contact !== undefined){
let data31 = data.contact;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 in data31){
if(!(((key7 === "name") || (key7 === "url")) || (key7 === "email"))){
const err46 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.contact,data:data31};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data31.name !== undefined){
let data32 = data31.name;
if(typeof data32 !== "string"){
const err47 = {instancePath:instancePath+"/contact/name",schemaPath:"#/properties/contact/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.contact.properties.name.type,parentSchema:schema35.properties.contact.properties.name,data:data32};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data31.url !== undefined){
let data33 = data31.url;
if(typeof data33 !== "string"){
const err48 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.contact.properties.url.type,parentSchema:schema35.properties.contact.properties.url,data:data33};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data31.email !== undefined){
let data34 = data31.email;
if(typeof data34 !== "string"){
const err49 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.contact.properties.email.type,parentSchema:schema35.properties.contact.properties.email,data:data34};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.contact.type,parentSchema:schema35.properties.contact,data:data31};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.license !== undefined){
let data35 = data.license;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key8 in data35){
if(!((key8 === "name") || (key8 === "url"))){
const err51 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.license,data:data35};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data35.name !== undefined){
let data36 = data35.name;
if(typeof data36 !== "string"){
const err52 = {instancePath:instancePath+"/license/name",schemaPath:"#/properties/license/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.license.properties.name.type,parentSchema:schema35.properties.license.properties.name,data:data36};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data35.url !== undefined){
let data37 = data35.url;
if(typeof data37 !== "string"){
const err53 = {instancePath:instancePath+"/license/url",schemaPath:"#/properties/license/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.license.properties.url.type,parentSchema:schema35.properties.license.properties.url,data:data37};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.license.type,parentSchema:schema35.properties.license,data:data35};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.sourceApiId !== undefined){
let data38 = data.sourceApiId;
if(typeof data38 !== "string"){
const err55 = {instancePath:instancePath+"/sourceApiId",schemaPath:"#/properties/sourceApiId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.sourceApiId.type,parentSchema:schema35.properties.sourceApiId,data:data38};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.displayName !== undefined){
let data39 = data.displayName;
if(typeof data39 === "string"){
if(func2(data39) > 300){
const err56 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema35.properties.displayName,data:data39};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data39) < 1){
const err57 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.displayName,data:data39};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.displayName.type,parentSchema:schema35.properties.displayName,data:data39};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.serviceUrl !== undefined){
let data40 = data.serviceUrl;
if(typeof data40 === "string"){
if(func2(data40) > 2000){
const err59 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema35.properties.serviceUrl,data:data40};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data40) < 0){
const err60 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters",schema:0,parentSchema:schema35.properties.serviceUrl,data:data40};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.serviceUrl.type,parentSchema:schema35.properties.serviceUrl,data:data40};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.path !== undefined){
let data41 = data.path;
if(typeof data41 === "string"){
if(func2(data41) > 400){
const err62 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema35.properties.path,data:data41};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data41) < 0){
const err63 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters",schema:0,parentSchema:schema35.properties.path,data:data41};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.path.type,parentSchema:schema35.properties.path,data:data41};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.protocols !== undefined){
let data42 = data.protocols;
if(Array.isArray(data42)){
if(data42.length < 1){
const err65 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.protocols,data:data42};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const len4 = data42.length;
for(let i4=0; i4<len4; i4++){
let data43 = data42[i4];
if(typeof data43 !== "string"){
const err66 = {instancePath:instancePath+"/protocols/" + i4,schemaPath:"#/properties/protocols/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.protocols.items.type,parentSchema:schema35.properties.protocols.items,data:data43};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((((data43 === "http") || (data43 === "https")) || (data43 === "ws")) || (data43 === "wss"))){
const err67 = {instancePath:instancePath+"/protocols/" + i4,schemaPath:"#/properties/protocols/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.protocols.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.protocols.items.enum,parentSchema:schema35.properties.protocols.items,data:data43};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i5 = data42.length;
let j0;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data42[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err68 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)",schema:true,parentSchema:schema35.properties.protocols,data:data42};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err69 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.protocols.type,parentSchema:schema35.properties.protocols,data:data42};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.value !== undefined){
let data44 = data.value;
if(typeof data44 !== "string"){
const err70 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.value.type,parentSchema:schema35.properties.value,data:data44};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.format !== undefined){
let data45 = data.format;
if(typeof data45 !== "string"){
const err71 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.format.type,parentSchema:schema35.properties.format,data:data45};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!((((((((((((((((data45 === "wadl-xml") || (data45 === "wadl-link-json")) || (data45 === "swagger-json")) || (data45 === "swagger-link-json")) || (data45 === "wsdl")) || (data45 === "wsdl-link")) || (data45 === "openapi")) || (data45 === "openapi+json")) || (data45 === "openapi-link")) || (data45 === "openapi+json-link")) || (data45 === "graphql-link")) || (data45 === "odata")) || (data45 === "odata-link")) || (data45 === "grpc")) || (data45 === "grpc-link")) || (data45 === "swagger-link"))){
const err72 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema35.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.format.enum,parentSchema:schema35.properties.format,data:data45};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.wsdlSelector !== undefined){
let data46 = data.wsdlSelector;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key9 in data46){
if(!((key9 === "wsdlServiceName") || (key9 === "wsdlEndpointName"))){
const err73 = {instancePath:instancePath+"/wsdlSelector",schemaPath:"#/properties/wsdlSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.wsdlSelector,data:data46};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data46.wsdlServiceName !== undefined){
let data47 = data46.wsdlServiceName;
if(typeof data47 !== "string"){
const err74 = {instancePath:instancePath+"/wsdlSelector/wsdlServiceName",schemaPath:"#/properties/wsdlSelector/properties/wsdlServiceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.wsdlSelector.properties.wsdlServiceName.type,parentSchema:schema35.properties.wsdlSelector.properties.wsdlServiceName,data:data47};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data46.wsdlEndpointName !== undefined){
let data48 = data46.wsdlEndpointName;
if(typeof data48 !== "string"){
const err75 = {instancePath:instancePath+"/wsdlSelector/wsdlEndpointName",schemaPath:"#/properties/wsdlSelector/properties/wsdlEndpointName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.wsdlSelector.properties.wsdlEndpointName.type,parentSchema:schema35.properties.wsdlSelector.properties.wsdlEndpointName,data:data48};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/wsdlSelector",schemaPath:"#/properties/wsdlSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.wsdlSelector.type,parentSchema:schema35.properties.wsdlSelector,data:data46};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.apiType !== undefined){
let data49 = data.apiType;
if(typeof data49 !== "string"){
const err77 = {instancePath:instancePath+"/apiType",schemaPath:"#/properties/apiType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.apiType.type,parentSchema:schema35.properties.apiType,data:data49};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!((((((data49 === "http") || (data49 === "soap")) || (data49 === "websocket")) || (data49 === "graphql")) || (data49 === "odata")) || (data49 === "grpc"))){
const err78 = {instancePath:instancePath+"/apiType",schemaPath:"#/properties/apiType/enum",keyword:"enum",params:{allowedValues: schema35.properties.apiType.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.apiType.enum,parentSchema:schema35.properties.apiType,data:data49};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.translateRequiredQueryParameters !== undefined){
let data50 = data.translateRequiredQueryParameters;
if(typeof data50 !== "string"){
const err79 = {instancePath:instancePath+"/translateRequiredQueryParameters",schemaPath:"#/properties/translateRequiredQueryParameters/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.translateRequiredQueryParameters.type,parentSchema:schema35.properties.translateRequiredQueryParameters,data:data50};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!((data50 === "template") || (data50 === "query"))){
const err80 = {instancePath:instancePath+"/translateRequiredQueryParameters",schemaPath:"#/properties/translateRequiredQueryParameters/enum",keyword:"enum",params:{allowedValues: schema35.properties.translateRequiredQueryParameters.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.translateRequiredQueryParameters.enum,parentSchema:schema35.properties.translateRequiredQueryParameters,data:data50};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.apiVersionSet !== undefined){
let data51 = data.apiVersionSet;
if(typeof data51 !== "string"){
const err81 = {instancePath:instancePath+"/apiVersionSet",schemaPath:"#/properties/apiVersionSet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.apiVersionSet.type,parentSchema:schema35.properties.apiVersionSet,data:data51};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.openapi !== undefined){
let data52 = data.openapi;
if(typeof data52 !== "string"){
const err82 = {instancePath:instancePath+"/openapi",schemaPath:"#/properties/openapi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.openapi.type,parentSchema:schema35.properties.openapi,data:data52};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.wsdl !== undefined){
let data53 = data.wsdl;
if(typeof data53 !== "string"){
const err83 = {instancePath:instancePath+"/wsdl",schemaPath:"#/properties/wsdl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.wsdl.type,parentSchema:schema35.properties.wsdl,data:data53};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.backend !== undefined){
let data54 = data.backend;
if(typeof data54 !== "string"){
const err84 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.backend.type,parentSchema:schema35.properties.backend,data:data54};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.policy !== undefined){
let data55 = data.policy;
const _errs122 = errors;
let valid21 = false;
let passing0 = null;
const _errs123 = errors;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err85 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.policy.oneOf[0],data:data55};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.policy.oneOf[0].type,parentSchema:schema35.properties.policy.oneOf[0],data:data55};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid0 = _errs123 === errors;
if(_valid0){
valid21 = true;
passing0 = 0;
}
const _errs125 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key10 in data55){
if(!((((key10 === "inbound") || (key10 === "backend")) || (key10 === "outbound")) || (key10 === "on-error"))){
const err87 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data55};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data55.inbound !== undefined){
let data56 = data55.inbound;
if(Array.isArray(data56)){
const len5 = data56.length;
for(let i6=0; i6<len5; i6++){
let data57 = data56[i6];
const _errs132 = errors;
let valid26 = false;
let passing1 = null;
const _errs133 = errors;
if(typeof data57 !== "string"){
const err88 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.inbound.items.oneOf[0].type,parentSchema:schema36.properties.inbound.items.oneOf[0],data:data57};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid1 = _errs133 === errors;
if(_valid1){
valid26 = true;
passing1 = 0;
}
const _errs135 = errors;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(Object.keys(data57).length > 1){
const err89 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data57};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(Object.keys(data57).length < 1){
const err90 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data57};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.inbound.items.oneOf[1].type,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data57};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid1 = _errs135 === errors;
if(_valid1 && valid26){
valid26 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid26 = true;
passing1 = 1;
}
}
if(!valid26){
const err92 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema36.properties.inbound.items.oneOf,parentSchema:schema36.properties.inbound.items,data:data57};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs132;
if(vErrors !== null){
if(_errs132){
vErrors.length = _errs132;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err93 = {instancePath:instancePath+"/policy/inbound",schemaPath:"#/$defs/StructuredPolicy/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.inbound.type,parentSchema:schema36.properties.inbound,data:data56};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data55.backend !== undefined){
let data58 = data55.backend;
if(Array.isArray(data58)){
const len6 = data58.length;
for(let i7=0; i7<len6; i7++){
let data59 = data58[i7];
const _errs141 = errors;
let valid29 = false;
let passing2 = null;
const _errs142 = errors;
if(typeof data59 !== "string"){
const err94 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.backend.items.oneOf[0].type,parentSchema:schema36.properties.backend.items.oneOf[0],data:data59};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid2 = _errs142 === errors;
if(_valid2){
valid29 = true;
passing2 = 0;
}
const _errs144 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(Object.keys(data59).length > 1){
const err95 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data59};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(Object.keys(data59).length < 1){
const err96 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data59};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.backend.items.oneOf[1].type,parentSchema:schema36.properties.backend.items.oneOf[1],data:data59};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid2 = _errs144 === errors;
if(_valid2 && valid29){
valid29 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid29 = true;
passing2 = 1;
}
}
if(!valid29){
const err98 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema36.properties.backend.items.oneOf,parentSchema:schema36.properties.backend.items,data:data59};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/policy/backend",schemaPath:"#/$defs/StructuredPolicy/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.backend.type,parentSchema:schema36.properties.backend,data:data58};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data55.outbound !== undefined){
let data60 = data55.outbound;
if(Array.isArray(data60)){
const len7 = data60.length;
for(let i8=0; i8<len7; i8++){
let data61 = data60[i8];
const _errs150 = errors;
let valid32 = false;
let passing3 = null;
const _errs151 = errors;
if(typeof data61 !== "string"){
const err100 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.outbound.items.oneOf[0].type,parentSchema:schema36.properties.outbound.items.oneOf[0],data:data61};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid3 = _errs151 === errors;
if(_valid3){
valid32 = true;
passing3 = 0;
}
const _errs153 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(Object.keys(data61).length > 1){
const err101 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(Object.keys(data61).length < 1){
const err102 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.outbound.items.oneOf[1].type,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid3 = _errs153 === errors;
if(_valid3 && valid32){
valid32 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid32 = true;
passing3 = 1;
}
}
if(!valid32){
const err104 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema36.properties.outbound.items.oneOf,parentSchema:schema36.properties.outbound.items,data:data61};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
errors = _errs150;
if(vErrors !== null){
if(_errs150){
vErrors.length = _errs150;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err105 = {instancePath:instancePath+"/policy/outbound",schemaPath:"#/$defs/StructuredPolicy/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.outbound.type,parentSchema:schema36.properties.outbound,data:data60};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data55["on-error"] !== undefined){
let data62 = data55["on-error"];
if(Array.isArray(data62)){
const len8 = data62.length;
for(let i9=0; i9<len8; i9++){
let data63 = data62[i9];
const _errs159 = errors;
let valid35 = false;
let passing4 = null;
const _errs160 = errors;
if(typeof data63 !== "string"){
const err106 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties["on-error"].items.oneOf[0].type,parentSchema:schema36.properties["on-error"].items.oneOf[0],data:data63};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid4 = _errs160 === errors;
if(_valid4){
valid35 = true;
passing4 = 0;
}
const _errs162 = errors;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(Object.keys(data63).length > 1){
const err107 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data63};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(Object.keys(data63).length < 1){
const err108 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data63};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties["on-error"].items.oneOf[1].type,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data63};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid4 = _errs162 === errors;
if(_valid4 && valid35){
valid35 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid35 = true;
passing4 = 1;
}
}
if(!valid35){
const err110 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema36.properties["on-error"].items.oneOf,parentSchema:schema36.properties["on-error"].items,data:data63};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
else {
errors = _errs159;
if(vErrors !== null){
if(_errs159){
vErrors.length = _errs159;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err111 = {instancePath:instancePath+"/policy/on-error",schemaPath:"#/$defs/StructuredPolicy/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties["on-error"].type,parentSchema:schema36.properties["on-error"],data:data62};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data55};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid0 = _errs125 === errors;
if(_valid0 && valid21){
valid21 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid21 = true;
passing0 = 1;
}
}
if(!valid21){
const err113 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema35.properties.policy.oneOf,parentSchema:schema35.properties.policy,data:data55};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
}
}
if(data.operations !== undefined){
let data64 = data.operations;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key11 in data64){
const _errs167 = errors;
if(typeof key11 === "string"){
if(func2(key11) > 80){
const err114 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema35.properties.operations.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(func2(key11) < 1){
const err115 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.operations.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!pattern7.test(key11)){
const err116 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema35.properties.operations.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
var valid36 = _errs167 === errors;
if(!valid36){
const err117 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema35.properties.operations.propertyNames,parentSchema:schema35.properties.operations,data:data64};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
for(const key12 in data64){
if(!(validate22(data64[key12], {instancePath:instancePath+"/operations/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data64,parentDataProperty:key12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err118 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.operations.type,parentSchema:schema35.properties.operations,data:data64};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.tags !== undefined){
let data66 = data.tags;
if(Array.isArray(data66)){
const len9 = data66.length;
for(let i10=0; i10<len9; i10++){
let data67 = data66[i10];
if(typeof data67 !== "string"){
const err119 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.tags.items.type,parentSchema:schema35.properties.tags.items,data:data67};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
let i11 = data66.length;
let j1;
if(i11 > 1){
const indices1 = {};
for(;i11--;){
let item1 = data66[i11];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err120 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i11+" are identical)",schema:true,parentSchema:schema35.properties.tags,data:data66};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
break;
}
indices1[item1] = i11;
}
}
}
else {
const err121 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.tags.type,parentSchema:schema35.properties.tags,data:data66};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.revisions !== undefined){
let data68 = data.revisions;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key13 in data68){
if(!(validate27(data68[key13], {instancePath:instancePath+"/revisions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data68,parentDataProperty:key13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err122 = {instancePath:instancePath+"/revisions",schemaPath:"#/properties/revisions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.revisions.type,parentSchema:schema35.properties.revisions,data:data68};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.schemas !== undefined){
let data70 = data.schemas;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key14 in data70){
const _errs180 = errors;
if(typeof key14 === "string"){
if(func2(key14) > 80){
const err123 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema35.properties.schemas.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(func2(key14) < 1){
const err124 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.schemas.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(!pattern7.test(key14)){
const err125 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema35.properties.schemas.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
var valid42 = _errs180 === errors;
if(!valid42){
const err126 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema35.properties.schemas.propertyNames,parentSchema:schema35.properties.schemas,data:data70};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
for(const key15 in data70){
let data71 = data70[key15];
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.contentType === undefined){
const err127 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiSchema/required",keyword:"required",params:{missingProperty: "contentType"},message:"must have required property '"+"contentType"+"'",schema:schema47.required,parentSchema:schema47,data:data71};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data71.document === undefined){
const err128 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiSchema/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema47.required,parentSchema:schema47,data:data71};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key16 in data71){
if(!((key16 === "contentType") || (key16 === "document"))){
const err129 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiSchema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data71};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data71.contentType !== undefined){
let data72 = data71.contentType;
if(typeof data72 === "string"){
if(func2(data72) < 1){
const err130 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/contentType",schemaPath:"#/$defs/ApiSchema/properties/contentType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.contentType,data:data72};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/contentType",schemaPath:"#/$defs/ApiSchema/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.contentType.type,parentSchema:schema47.properties.contentType,data:data72};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data71.document !== undefined){
let data73 = data71.document;
const _errs189 = errors;
let valid46 = false;
let passing5 = null;
const _errs190 = errors;
if(typeof data73 === "string"){
if(func2(data73) < 1){
const err132 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.document.oneOf[0],data:data73};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.document.oneOf[0].type,parentSchema:schema47.properties.document.oneOf[0],data:data73};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid5 = _errs190 === errors;
if(_valid5){
valid46 = true;
passing5 = 0;
}
const _errs192 = errors;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(Object.keys(data73).length > 1){
const err134 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema47.properties.document.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(Object.keys(data73).length < 1){
const err135 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema47.properties.document.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
for(const key17 in data73){
if(!(((key17 === "value") || (key17 === "definitions")) || (key17 === "components"))){
const err136 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.document.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data73.value !== undefined){
let data74 = data73.value;
if(typeof data74 !== "string"){
const err137 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document/value",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.document.oneOf[1].properties.value.type,parentSchema:schema47.properties.document.oneOf[1].properties.value,data:data74};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data73.definitions !== undefined){
let data75 = data73.definitions;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
}
else {
const err138 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document/definitions",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/properties/definitions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.document.oneOf[1].properties.definitions.type,parentSchema:schema47.properties.document.oneOf[1].properties.definitions,data:data75};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data73.components !== undefined){
let data76 = data73.components;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
}
else {
const err139 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document/components",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.document.oneOf[1].properties.components.type,parentSchema:schema47.properties.document.oneOf[1].properties.components,data:data76};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.document.oneOf[1].type,parentSchema:schema47.properties.document.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid5 = _errs192 === errors;
if(_valid5 && valid46){
valid46 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid46 = true;
passing5 = 1;
}
}
if(!valid46){
const err141 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/document",schemaPath:"#/$defs/ApiSchema/properties/document/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema47.properties.document.oneOf,parentSchema:schema47.properties.document,data:data73};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err142 = {instancePath:instancePath+"/schemas/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiSchema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data71};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.schemas.type,parentSchema:schema35.properties.schemas,data:data70};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.diagnostics !== undefined){
let data77 = data.diagnostics;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key18 in data77){
const _errs205 = errors;
if(typeof key18 === "string"){
if(func2(key18) > 80){
const err144 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema35.properties.diagnostics.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(func2(key18) < 1){
const err145 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.diagnostics.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(!pattern21.test(key18)){
const err146 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(applicationinsights|azuremonitor|local)$"},message:"must match pattern \""+"^(applicationinsights|azuremonitor|local)$"+"\"",schema:"^(applicationinsights|azuremonitor|local)$",parentSchema:schema35.properties.diagnostics.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
var valid48 = _errs205 === errors;
if(!valid48){
const err147 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid",schema:schema35.properties.diagnostics.propertyNames,parentSchema:schema35.properties.diagnostics,data:data77};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
for(const key19 in data77){
let data78 = data77[key19];
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.logger === undefined){
const err148 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Diagnostic/required",keyword:"required",params:{missingProperty: "logger"},message:"must have required property '"+"logger"+"'",schema:schema48.required,parentSchema:schema48,data:data78};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key20 in data78){
if(!(func1.call(schema48.properties, key20))){
const err149 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Diagnostic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data78};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data78.alwaysLog !== undefined){
let data79 = data78.alwaysLog;
if(typeof data79 !== "string"){
const err150 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/alwaysLog",schemaPath:"#/$defs/Diagnostic/properties/alwaysLog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.alwaysLog.type,parentSchema:schema48.properties.alwaysLog,data:data79};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(!(data79 === "allErrors")){
const err151 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/alwaysLog",schemaPath:"#/$defs/Diagnostic/properties/alwaysLog/enum",keyword:"enum",params:{allowedValues: schema48.properties.alwaysLog.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.alwaysLog.enum,parentSchema:schema48.properties.alwaysLog,data:data79};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data78.sampling !== undefined){
let data80 = data78.sampling;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key21 in data80){
if(!((key21 === "samplingType") || (key21 === "percentage"))){
const err152 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling",schemaPath:"#/$defs/Diagnostic/properties/sampling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.sampling,data:data80};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data80.samplingType !== undefined){
let data81 = data80.samplingType;
if(typeof data81 !== "string"){
const err153 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/samplingType",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/samplingType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.sampling.properties.samplingType.type,parentSchema:schema48.properties.sampling.properties.samplingType,data:data81};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!(data81 === "fixed")){
const err154 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/samplingType",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/samplingType/enum",keyword:"enum",params:{allowedValues: schema48.properties.sampling.properties.samplingType.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.sampling.properties.samplingType.enum,parentSchema:schema48.properties.sampling.properties.samplingType,data:data81};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data80.percentage !== undefined){
let data82 = data80.percentage;
if(typeof data82 == "number"){
if(data82 > 100 || isNaN(data82)){
const err155 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.sampling.properties.percentage,data:data82};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data82 < 0 || isNaN(data82)){
const err156 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.sampling.properties.percentage,data:data82};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(!(formats0.validate(data82))){
const err157 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema48.properties.sampling.properties.percentage,data:data82};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.sampling.properties.percentage.type,parentSchema:schema48.properties.sampling.properties.percentage,data:data82};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling",schemaPath:"#/$defs/Diagnostic/properties/sampling/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.sampling.type,parentSchema:schema48.properties.sampling,data:data80};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data78.frontend !== undefined){
let data83 = data78.frontend;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const key22 in data83){
if(!((key22 === "request") || (key22 === "response"))){
const err160 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend",schemaPath:"#/$defs/Diagnostic/properties/frontend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend,data:data83};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data83.request !== undefined){
let data84 = data83.request;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key23 in data84){
if(!(((key23 === "headers") || (key23 === "body")) || (key23 === "dataMasking"))){
const err161 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request,data:data84};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data84.headers !== undefined){
let data85 = data84.headers;
if(Array.isArray(data85)){
const len10 = data85.length;
for(let i12=0; i12<len10; i12++){
let data86 = data85[i12];
if(typeof data86 !== "string"){
const err162 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/headers/" + i12,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.request.properties.headers.items,data:data86};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.request.properties.headers.type,parentSchema:schema48.properties.frontend.properties.request.properties.headers,data:data85};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data84.body !== undefined){
let data87 = data84.body;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
for(const key24 in data87){
if(!(key24 === "bytes")){
const err164 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.body,data:data87};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data87.bytes !== undefined){
let data88 = data87.bytes;
if(!((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88)))){
const err165 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.frontend.properties.request.properties.body.properties.bytes.type,parentSchema:schema48.properties.frontend.properties.request.properties.body.properties.bytes,data:data88};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(typeof data88 == "number"){
if(data88 > 8192 || isNaN(data88)){
const err166 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.frontend.properties.request.properties.body.properties.bytes,data:data88};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(!(formats2.validate(data88))){
const err167 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.frontend.properties.request.properties.body.properties.bytes,data:data88};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
}
else {
const err168 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.body.type,parentSchema:schema48.properties.frontend.properties.request.properties.body,data:data87};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data84.dataMasking !== undefined){
let data89 = data84.dataMasking;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
for(const key25 in data89){
if(!((key25 === "queryParams") || (key25 === "headers"))){
const err169 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking,data:data89};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data89.queryParams !== undefined){
let data90 = data89.queryParams;
if(Array.isArray(data90)){
const len11 = data90.length;
for(let i13=0; i13<len11; i13++){
let data91 = data90[i13];
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const key26 in data91){
if(!((key26 === "value") || (key26 === "mode"))){
const err170 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i13,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items,data:data91};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data91.value !== undefined){
let data92 = data91.value;
if(typeof data92 !== "string"){
const err171 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i13+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value,data:data92};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data91.mode !== undefined){
let data93 = data91.mode;
if(typeof data93 !== "string"){
const err172 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i13+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data93};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(!((data93 === "Mask") || (data93 === "Hide"))){
const err173 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i13+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data93};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i13,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items,data:data91};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams,data:data90};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data89.headers !== undefined){
let data94 = data89.headers;
if(Array.isArray(data94)){
const len12 = data94.length;
for(let i14=0; i14<len12; i14++){
let data95 = data94[i14];
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key27 in data95){
if(!((key27 === "value") || (key27 === "mode"))){
const err176 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i14,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items,data:data95};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data95.value !== undefined){
let data96 = data95.value;
if(typeof data96 !== "string"){
const err177 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i14+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.value,data:data96};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data95.mode !== undefined){
let data97 = data95.mode;
if(typeof data97 !== "string"){
const err178 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i14+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data97};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(!((data97 === "Mask") || (data97 === "Hide"))){
const err179 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i14+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data97};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i14,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items,data:data95};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers,data:data94};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.dataMasking.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking,data:data89};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.type,parentSchema:schema48.properties.frontend.properties.request,data:data84};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data83.response !== undefined){
let data98 = data83.response;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
for(const key28 in data98){
if(!(((key28 === "headers") || (key28 === "body")) || (key28 === "dataMasking"))){
const err184 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response,data:data98};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data98.headers !== undefined){
let data99 = data98.headers;
if(Array.isArray(data99)){
const len13 = data99.length;
for(let i15=0; i15<len13; i15++){
let data100 = data99[i15];
if(typeof data100 !== "string"){
const err185 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/headers/" + i15,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.response.properties.headers.items,data:data100};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.response.properties.headers.type,parentSchema:schema48.properties.frontend.properties.response.properties.headers,data:data99};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data98.body !== undefined){
let data101 = data98.body;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
for(const key29 in data101){
if(!(key29 === "bytes")){
const err187 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.body,data:data101};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data101.bytes !== undefined){
let data102 = data101.bytes;
if(!((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102)))){
const err188 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.frontend.properties.response.properties.body.properties.bytes.type,parentSchema:schema48.properties.frontend.properties.response.properties.body.properties.bytes,data:data102};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(typeof data102 == "number"){
if(data102 > 8192 || isNaN(data102)){
const err189 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.frontend.properties.response.properties.body.properties.bytes,data:data102};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(!(formats2.validate(data102))){
const err190 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.frontend.properties.response.properties.body.properties.bytes,data:data102};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
}
else {
const err191 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.body.type,parentSchema:schema48.properties.frontend.properties.response.properties.body,data:data101};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data98.dataMasking !== undefined){
let data103 = data98.dataMasking;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
for(const key30 in data103){
if(!((key30 === "queryParams") || (key30 === "headers"))){
const err192 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking,data:data103};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data103.queryParams !== undefined){
let data104 = data103.queryParams;
if(Array.isArray(data104)){
const len14 = data104.length;
for(let i16=0; i16<len14; i16++){
let data105 = data104[i16];
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key31 in data105){
if(!((key31 === "value") || (key31 === "mode"))){
const err193 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i16,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items,data:data105};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data105.value !== undefined){
let data106 = data105.value;
if(typeof data106 !== "string"){
const err194 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i16+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value,data:data106};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data105.mode !== undefined){
let data107 = data105.mode;
if(typeof data107 !== "string"){
const err195 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i16+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data107};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!((data107 === "Mask") || (data107 === "Hide"))){
const err196 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i16+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data107};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i16,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items,data:data105};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams,data:data104};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data103.headers !== undefined){
let data108 = data103.headers;
if(Array.isArray(data108)){
const len15 = data108.length;
for(let i17=0; i17<len15; i17++){
let data109 = data108[i17];
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
for(const key32 in data109){
if(!((key32 === "value") || (key32 === "mode"))){
const err199 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i17,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items,data:data109};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data109.value !== undefined){
let data110 = data109.value;
if(typeof data110 !== "string"){
const err200 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i17+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.value,data:data110};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data109.mode !== undefined){
let data111 = data109.mode;
if(typeof data111 !== "string"){
const err201 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i17+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data111};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(!((data111 === "Mask") || (data111 === "Hide"))){
const err202 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i17+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data111};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i17,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items,data:data109};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers,data:data108};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.dataMasking.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking,data:data103};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.type,parentSchema:schema48.properties.frontend.properties.response,data:data98};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend",schemaPath:"#/$defs/Diagnostic/properties/frontend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.type,parentSchema:schema48.properties.frontend,data:data83};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data78.backend !== undefined){
let data112 = data78.backend;
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
for(const key33 in data112){
if(!((key33 === "request") || (key33 === "response"))){
const err208 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend",schemaPath:"#/$defs/Diagnostic/properties/backend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend,data:data112};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data112.request !== undefined){
let data113 = data112.request;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
for(const key34 in data113){
if(!(((key34 === "headers") || (key34 === "body")) || (key34 === "dataMasking"))){
const err209 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request,data:data113};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data113.headers !== undefined){
let data114 = data113.headers;
if(Array.isArray(data114)){
const len16 = data114.length;
for(let i18=0; i18<len16; i18++){
let data115 = data114[i18];
if(typeof data115 !== "string"){
const err210 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/headers/" + i18,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.request.properties.headers.items,data:data115};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.request.properties.headers.type,parentSchema:schema48.properties.backend.properties.request.properties.headers,data:data114};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data113.body !== undefined){
let data116 = data113.body;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key35 in data116){
if(!(key35 === "bytes")){
const err212 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.body,data:data116};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data116.bytes !== undefined){
let data117 = data116.bytes;
if(!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117)))){
const err213 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.backend.properties.request.properties.body.properties.bytes.type,parentSchema:schema48.properties.backend.properties.request.properties.body.properties.bytes,data:data117};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(typeof data117 == "number"){
if(data117 > 8192 || isNaN(data117)){
const err214 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.backend.properties.request.properties.body.properties.bytes,data:data117};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(!(formats2.validate(data117))){
const err215 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.backend.properties.request.properties.body.properties.bytes,data:data117};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
}
else {
const err216 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.body.type,parentSchema:schema48.properties.backend.properties.request.properties.body,data:data116};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data113.dataMasking !== undefined){
let data118 = data113.dataMasking;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
for(const key36 in data118){
if(!((key36 === "queryParams") || (key36 === "headers"))){
const err217 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking,data:data118};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data118.queryParams !== undefined){
let data119 = data118.queryParams;
if(Array.isArray(data119)){
const len17 = data119.length;
for(let i19=0; i19<len17; i19++){
let data120 = data119[i19];
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
for(const key37 in data120){
if(!((key37 === "value") || (key37 === "mode"))){
const err218 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i19,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items,data:data120};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data120.value !== undefined){
let data121 = data120.value;
if(typeof data121 !== "string"){
const err219 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i19+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value,data:data121};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data120.mode !== undefined){
let data122 = data120.mode;
if(typeof data122 !== "string"){
const err220 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i19+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data122};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!((data122 === "Mask") || (data122 === "Hide"))){
const err221 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i19+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data122};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i19,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items,data:data120};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams,data:data119};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data118.headers !== undefined){
let data123 = data118.headers;
if(Array.isArray(data123)){
const len18 = data123.length;
for(let i20=0; i20<len18; i20++){
let data124 = data123[i20];
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
for(const key38 in data124){
if(!((key38 === "value") || (key38 === "mode"))){
const err224 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i20,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items,data:data124};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data124.value !== undefined){
let data125 = data124.value;
if(typeof data125 !== "string"){
const err225 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i20+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.value,data:data125};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data124.mode !== undefined){
let data126 = data124.mode;
if(typeof data126 !== "string"){
const err226 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i20+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data126};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(!((data126 === "Mask") || (data126 === "Hide"))){
const err227 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i20+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data126};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i20,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items,data:data124};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
else {
const err229 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers,data:data123};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.dataMasking.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking,data:data118};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
else {
const err231 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.type,parentSchema:schema48.properties.backend.properties.request,data:data113};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data112.response !== undefined){
let data127 = data112.response;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key39 in data127){
if(!(((key39 === "headers") || (key39 === "body")) || (key39 === "dataMasking"))){
const err232 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response,data:data127};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data127.headers !== undefined){
let data128 = data127.headers;
if(Array.isArray(data128)){
const len19 = data128.length;
for(let i21=0; i21<len19; i21++){
let data129 = data128[i21];
if(typeof data129 !== "string"){
const err233 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/headers/" + i21,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.response.properties.headers.items,data:data129};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.response.properties.headers.type,parentSchema:schema48.properties.backend.properties.response.properties.headers,data:data128};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data127.body !== undefined){
let data130 = data127.body;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
for(const key40 in data130){
if(!(key40 === "bytes")){
const err235 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.body,data:data130};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data130.bytes !== undefined){
let data131 = data130.bytes;
if(!((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131)))){
const err236 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.backend.properties.response.properties.body.properties.bytes.type,parentSchema:schema48.properties.backend.properties.response.properties.body.properties.bytes,data:data131};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(typeof data131 == "number"){
if(data131 > 8192 || isNaN(data131)){
const err237 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.backend.properties.response.properties.body.properties.bytes,data:data131};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(!(formats2.validate(data131))){
const err238 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.backend.properties.response.properties.body.properties.bytes,data:data131};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
}
else {
const err239 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.body.type,parentSchema:schema48.properties.backend.properties.response.properties.body,data:data130};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data127.dataMasking !== undefined){
let data132 = data127.dataMasking;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
for(const key41 in data132){
if(!((key41 === "queryParams") || (key41 === "headers"))){
const err240 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking,data:data132};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data132.queryParams !== undefined){
let data133 = data132.queryParams;
if(Array.isArray(data133)){
const len20 = data133.length;
for(let i22=0; i22<len20; i22++){
let data134 = data133[i22];
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key42 in data134){
if(!((key42 === "value") || (key42 === "mode"))){
const err241 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i22,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items,data:data134};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data134.value !== undefined){
let data135 = data134.value;
if(typeof data135 !== "string"){
const err242 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i22+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value,data:data135};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data134.mode !== undefined){
let data136 = data134.mode;
if(typeof data136 !== "string"){
const err243 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i22+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data136};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(!((data136 === "Mask") || (data136 === "Hide"))){
const err244 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i22+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data136};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i22,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items,data:data134};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams,data:data133};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data132.headers !== undefined){
let data137 = data132.headers;
if(Array.isArray(data137)){
const len21 = data137.length;
for(let i23=0; i23<len21; i23++){
let data138 = data137[i23];
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key43 in data138){
if(!((key43 === "value") || (key43 === "mode"))){
const err247 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i23,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items,data:data138};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data138.value !== undefined){
let data139 = data138.value;
if(typeof data139 !== "string"){
const err248 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i23+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.value,data:data139};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data138.mode !== undefined){
let data140 = data138.mode;
if(typeof data140 !== "string"){
const err249 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i23+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data140};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(!((data140 === "Mask") || (data140 === "Hide"))){
const err250 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i23+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data140};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i23,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items,data:data138};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
else {
const err252 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers,data:data137};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
else {
const err253 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.dataMasking.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking,data:data132};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.type,parentSchema:schema48.properties.backend.properties.response,data:data127};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend",schemaPath:"#/$defs/Diagnostic/properties/backend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.type,parentSchema:schema48.properties.backend,data:data112};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data78.logClientIp !== undefined){
let data141 = data78.logClientIp;
if(typeof data141 !== "boolean"){
const err256 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/logClientIp",schemaPath:"#/$defs/Diagnostic/properties/logClientIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.logClientIp.type,parentSchema:schema48.properties.logClientIp,data:data141};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data78.httpCorrelationProtocol !== undefined){
let data142 = data78.httpCorrelationProtocol;
if(typeof data142 !== "string"){
const err257 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/httpCorrelationProtocol",schemaPath:"#/$defs/Diagnostic/properties/httpCorrelationProtocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.httpCorrelationProtocol.type,parentSchema:schema48.properties.httpCorrelationProtocol,data:data142};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
if(!(((data142 === "None") || (data142 === "Legacy")) || (data142 === "W3C"))){
const err258 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/httpCorrelationProtocol",schemaPath:"#/$defs/Diagnostic/properties/httpCorrelationProtocol/enum",keyword:"enum",params:{allowedValues: schema48.properties.httpCorrelationProtocol.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.httpCorrelationProtocol.enum,parentSchema:schema48.properties.httpCorrelationProtocol,data:data142};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data78.verbosity !== undefined){
let data143 = data78.verbosity;
if(typeof data143 !== "string"){
const err259 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/verbosity",schemaPath:"#/$defs/Diagnostic/properties/verbosity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.verbosity.type,parentSchema:schema48.properties.verbosity,data:data143};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(!(((data143 === "verbose") || (data143 === "information")) || (data143 === "error"))){
const err260 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/verbosity",schemaPath:"#/$defs/Diagnostic/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema48.properties.verbosity.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.verbosity.enum,parentSchema:schema48.properties.verbosity,data:data143};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data78.operationNameFormat !== undefined){
let data144 = data78.operationNameFormat;
if(typeof data144 !== "string"){
const err261 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/operationNameFormat",schemaPath:"#/$defs/Diagnostic/properties/operationNameFormat/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.operationNameFormat.type,parentSchema:schema48.properties.operationNameFormat,data:data144};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(!((data144 === "Name") || (data144 === "Url"))){
const err262 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/operationNameFormat",schemaPath:"#/$defs/Diagnostic/properties/operationNameFormat/enum",keyword:"enum",params:{allowedValues: schema48.properties.operationNameFormat.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.operationNameFormat.enum,parentSchema:schema48.properties.operationNameFormat,data:data144};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data78.metrics !== undefined){
let data145 = data78.metrics;
if(typeof data145 !== "boolean"){
const err263 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/metrics",schemaPath:"#/$defs/Diagnostic/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.metrics.type,parentSchema:schema48.properties.metrics,data:data145};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data78.logger !== undefined){
let data146 = data78.logger;
if(typeof data146 !== "string"){
const err264 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/logger",schemaPath:"#/$defs/Diagnostic/properties/logger/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.logger.type,parentSchema:schema48.properties.logger,data:data146};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data78.ignore !== undefined){
let data147 = data78.ignore;
if(Array.isArray(data147)){
const len22 = data147.length;
for(let i24=0; i24<len22; i24++){
let data148 = data147[i24];
if(typeof data148 === "string"){
if(!pattern10.test(data148)){
const err265 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i24,schemaPath:"#/$defs/Diagnostic/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema48.properties.ignore.items,data:data148};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i24,schemaPath:"#/$defs/Diagnostic/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.ignore.items.type,parentSchema:schema48.properties.ignore.items,data:data148};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore",schemaPath:"#/$defs/Diagnostic/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.ignore.type,parentSchema:schema48.properties.ignore,data:data147};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/diagnostics/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Diagnostic/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data78};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.diagnostics.type,parentSchema:schema35.properties.diagnostics,data:data77};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data.ignore !== undefined){
let data149 = data.ignore;
if(Array.isArray(data149)){
const len23 = data149.length;
for(let i25=0; i25<len23; i25++){
let data150 = data149[i25];
if(typeof data150 === "string"){
if(!pattern10.test(data150)){
const err270 = {instancePath:instancePath+"/ignore/" + i25,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema35.properties.ignore.items,data:data150};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/ignore/" + i25,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.ignore.items.type,parentSchema:schema35.properties.ignore.items,data:data150};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
else {
const err272 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.ignore.type,parentSchema:schema35.properties.ignore,data:data149};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
else {
const err273 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","description":"A product: a set of APIs offered with one subscription.","properties":{"description":{"type":"string","description":"Product description.","maxLength":1000},"terms":{"type":"string","description":"Product terms of use. Developers trying to subscribe to the product will be presented and required to accept these terms before they can complete the subscription process."},"subscriptionRequired":{"description":"Whether a product subscription is required for accessing APIs included in this product. If true, the product is referred to as \"protected\" and a valid subscription key is required for a request to an API included in the product to succeed. If false, the product is referred to as \"open\" and requests to an API included in the product can be made without a subscription key. If property is omitted when creating a new product it's value is assumed to be true.","type":"boolean"},"approvalRequired":{"description":"whether subscription approval is required. If false, new subscriptions will be approved automatically enabling developers to call the product’s APIs immediately after subscribing. If true, administrators must manually approve the subscription before the developer can any of the product’s APIs. Can be present only if subscriptionRequired property is present and has a value of false.","type":"boolean"},"subscriptionsLimit":{"type":"integer","description":"How many subscriptions a user may have.","minimum":0},"state":{"type":"string","description":"Whether the product is published.","enum":["published","notPublished"]},"displayName":{"type":"string","description":"Product name.","minLength":1,"maxLength":300},"apis":{"type":"array","description":"Names of declared APIs in this product.","items":{"type":"string"},"uniqueItems":true},"tags":{"type":"array","description":"Names of declared tags on this product.","items":{"type":"string"},"uniqueItems":true},"groups":{"type":"array","description":"Names of groups that can see this product (declared, or built-in `administrators`, `developers`, `guests`).","items":{"type":"string"},"uniqueItems":true},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema50.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func2(data0) > 1000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema50.properties.description,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.description.type,parentSchema:schema50.properties.description,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.terms !== undefined){
let data1 = data.terms;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.terms.type,parentSchema:schema50.properties.terms,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.subscriptionRequired !== undefined){
let data2 = data.subscriptionRequired;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/subscriptionRequired",schemaPath:"#/properties/subscriptionRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.subscriptionRequired.type,parentSchema:schema50.properties.subscriptionRequired,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.approvalRequired !== undefined){
let data3 = data.approvalRequired;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/approvalRequired",schemaPath:"#/properties/approvalRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.approvalRequired.type,parentSchema:schema50.properties.approvalRequired,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.subscriptionsLimit !== undefined){
let data4 = data.subscriptionsLimit;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err7 = {instancePath:instancePath+"/subscriptionsLimit",schemaPath:"#/properties/subscriptionsLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.subscriptionsLimit.type,parentSchema:schema50.properties.subscriptionsLimit,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/subscriptionsLimit",schemaPath:"#/properties/subscriptionsLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.subscriptionsLimit,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.state !== undefined){
let data5 = data.state;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.state.type,parentSchema:schema50.properties.state,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data5 === "published") || (data5 === "notPublished"))){
const err10 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema50.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.state.enum,parentSchema:schema50.properties.state,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.displayName !== undefined){
let data6 = data.displayName;
if(typeof data6 === "string"){
if(func2(data6) > 300){
const err11 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema50.properties.displayName,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data6) < 1){
const err12 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.displayName,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.displayName.type,parentSchema:schema50.properties.displayName,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.apis !== undefined){
let data7 = data.apis;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/apis/" + i0,schemaPath:"#/properties/apis/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.apis.items.type,parentSchema:schema50.properties.apis.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema50.properties.apis,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err16 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.apis.type,parentSchema:schema50.properties.apis,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tags !== undefined){
let data9 = data.tags;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.tags.items.type,parentSchema:schema50.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i3 = data9.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data9[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err18 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema50.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err19 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.tags.type,parentSchema:schema50.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.groups !== undefined){
let data11 = data.groups;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
if(typeof data12 !== "string"){
const err20 = {instancePath:instancePath+"/groups/" + i4,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.groups.items.type,parentSchema:schema50.properties.groups.items,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i5 = data11.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data11[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err21 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema50.properties.groups,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err22 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.groups.type,parentSchema:schema50.properties.groups,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.policy !== undefined){
let data13 = data.policy;
const _errs29 = errors;
let valid10 = false;
let passing0 = null;
const _errs30 = errors;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err23 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.policy.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.policy.oneOf[0].type,parentSchema:schema50.properties.policy.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs30 === errors;
if(_valid0){
valid10 = true;
passing0 = 0;
}
const _errs32 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
if(!((((key1 === "inbound") || (key1 === "backend")) || (key1 === "outbound")) || (key1 === "on-error"))){
const err25 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.inbound !== undefined){
let data14 = data13.inbound;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i6=0; i6<len3; i6++){
let data15 = data14[i6];
const _errs39 = errors;
let valid15 = false;
let passing1 = null;
const _errs40 = errors;
if(typeof data15 !== "string"){
const err26 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.inbound.items.oneOf[0].type,parentSchema:schema36.properties.inbound.items.oneOf[0],data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs40 === errors;
if(_valid1){
valid15 = true;
passing1 = 0;
}
const _errs42 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length > 1){
const err27 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(Object.keys(data15).length < 1){
const err28 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.inbound.items.oneOf[1].type,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1 && valid15){
valid15 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid15 = true;
passing1 = 1;
}
}
if(!valid15){
const err30 = {instancePath:instancePath+"/policy/inbound/" + i6,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema36.properties.inbound.items.oneOf,parentSchema:schema36.properties.inbound.items,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/policy/inbound",schemaPath:"#/$defs/StructuredPolicy/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.inbound.type,parentSchema:schema36.properties.inbound,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data13.backend !== undefined){
let data16 = data13.backend;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i7=0; i7<len4; i7++){
let data17 = data16[i7];
const _errs48 = errors;
let valid18 = false;
let passing2 = null;
const _errs49 = errors;
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.backend.items.oneOf[0].type,parentSchema:schema36.properties.backend.items.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs49 === errors;
if(_valid2){
valid18 = true;
passing2 = 0;
}
const _errs51 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(Object.keys(data17).length > 1){
const err33 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(Object.keys(data17).length < 1){
const err34 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.backend.items.oneOf[1].type,parentSchema:schema36.properties.backend.items.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs51 === errors;
if(_valid2 && valid18){
valid18 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid18 = true;
passing2 = 1;
}
}
if(!valid18){
const err36 = {instancePath:instancePath+"/policy/backend/" + i7,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema36.properties.backend.items.oneOf,parentSchema:schema36.properties.backend.items,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/policy/backend",schemaPath:"#/$defs/StructuredPolicy/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.backend.type,parentSchema:schema36.properties.backend,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.outbound !== undefined){
let data18 = data13.outbound;
if(Array.isArray(data18)){
const len5 = data18.length;
for(let i8=0; i8<len5; i8++){
let data19 = data18[i8];
const _errs57 = errors;
let valid21 = false;
let passing3 = null;
const _errs58 = errors;
if(typeof data19 !== "string"){
const err38 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.outbound.items.oneOf[0].type,parentSchema:schema36.properties.outbound.items.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid3 = _errs58 === errors;
if(_valid3){
valid21 = true;
passing3 = 0;
}
const _errs60 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length > 1){
const err39 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(Object.keys(data19).length < 1){
const err40 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.outbound.items.oneOf[1].type,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs60 === errors;
if(_valid3 && valid21){
valid21 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid21 = true;
passing3 = 1;
}
}
if(!valid21){
const err42 = {instancePath:instancePath+"/policy/outbound/" + i8,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema36.properties.outbound.items.oneOf,parentSchema:schema36.properties.outbound.items,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err43 = {instancePath:instancePath+"/policy/outbound",schemaPath:"#/$defs/StructuredPolicy/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.outbound.type,parentSchema:schema36.properties.outbound,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13["on-error"] !== undefined){
let data20 = data13["on-error"];
if(Array.isArray(data20)){
const len6 = data20.length;
for(let i9=0; i9<len6; i9++){
let data21 = data20[i9];
const _errs66 = errors;
let valid24 = false;
let passing4 = null;
const _errs67 = errors;
if(typeof data21 !== "string"){
const err44 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties["on-error"].items.oneOf[0].type,parentSchema:schema36.properties["on-error"].items.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid4 = _errs67 === errors;
if(_valid4){
valid24 = true;
passing4 = 0;
}
const _errs69 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length > 1){
const err45 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(Object.keys(data21).length < 1){
const err46 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties["on-error"].items.oneOf[1].type,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid4 = _errs69 === errors;
if(_valid4 && valid24){
valid24 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid24 = true;
passing4 = 1;
}
}
if(!valid24){
const err48 = {instancePath:instancePath+"/policy/on-error/" + i9,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema36.properties["on-error"].items.oneOf,parentSchema:schema36.properties["on-error"].items,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/policy/on-error",schemaPath:"#/$defs/StructuredPolicy/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties["on-error"].type,parentSchema:schema36.properties["on-error"],data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid0 = _errs32 === errors;
if(_valid0 && valid10){
valid10 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid10 = true;
passing0 = 1;
}
}
if(!valid10){
const err51 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema50.properties.policy.oneOf,parentSchema:schema50.properties.policy,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data22 = data.ignore;
if(Array.isArray(data22)){
const len7 = data22.length;
for(let i10=0; i10<len7; i10++){
let data23 = data22[i10];
if(typeof data23 === "string"){
if(!pattern10.test(data23)){
const err52 = {instancePath:instancePath+"/ignore/" + i10,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema50.properties.ignore.items,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/ignore/" + i10,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.ignore.items.type,parentSchema:schema50.properties.ignore.items,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.ignore.type,parentSchema:schema50.properties.ignore,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","description":"A policy fragment.","properties":{"description":{"type":"string","description":"Fragment description.","maxLength":1000},"policy":{"description":"The fragment document (`<fragment>...</fragment>`): a path to an XML file or inline XML.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["policy"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policy === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "description") || (key0 === "policy")) || (key0 === "ignore"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func2(data0) > 1000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema52.properties.description,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.description.type,parentSchema:schema52.properties.description,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.policy !== undefined){
let data1 = data.policy;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.policy.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.policy.oneOf[0].type,parentSchema:schema52.properties.policy.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((key1 === "inbound") || (key1 === "backend")) || (key1 === "outbound")) || (key1 === "on-error"))){
const err6 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.inbound !== undefined){
let data2 = data1.inbound;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs15 = errors;
let valid6 = false;
let passing1 = null;
const _errs16 = errors;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.inbound.items.oneOf[0].type,parentSchema:schema36.properties.inbound.items.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err8 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err9 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.inbound.items.oneOf[1].type,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err11 = {instancePath:instancePath+"/policy/inbound/" + i0,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema36.properties.inbound.items.oneOf,parentSchema:schema36.properties.inbound.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/policy/inbound",schemaPath:"#/$defs/StructuredPolicy/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.inbound.type,parentSchema:schema36.properties.inbound,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.backend !== undefined){
let data4 = data1.backend;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs24 = errors;
let valid9 = false;
let passing2 = null;
const _errs25 = errors;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.backend.items.oneOf[0].type,parentSchema:schema36.properties.backend.items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs25 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs27 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length > 1){
const err14 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(Object.keys(data5).length < 1){
const err15 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.backend.items.oneOf[1].type,parentSchema:schema36.properties.backend.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs27 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err17 = {instancePath:instancePath+"/policy/backend/" + i1,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema36.properties.backend.items.oneOf,parentSchema:schema36.properties.backend.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/policy/backend",schemaPath:"#/$defs/StructuredPolicy/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.backend.type,parentSchema:schema36.properties.backend,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.outbound !== undefined){
let data6 = data1.outbound;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
const _errs33 = errors;
let valid12 = false;
let passing3 = null;
const _errs34 = errors;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.outbound.items.oneOf[0].type,parentSchema:schema36.properties.outbound.items.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs34 === errors;
if(_valid3){
valid12 = true;
passing3 = 0;
}
const _errs36 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 1){
const err20 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(Object.keys(data7).length < 1){
const err21 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.outbound.items.oneOf[1].type,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs36 === errors;
if(_valid3 && valid12){
valid12 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid12 = true;
passing3 = 1;
}
}
if(!valid12){
const err23 = {instancePath:instancePath+"/policy/outbound/" + i2,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema36.properties.outbound.items.oneOf,parentSchema:schema36.properties.outbound.items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/policy/outbound",schemaPath:"#/$defs/StructuredPolicy/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.outbound.type,parentSchema:schema36.properties.outbound,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1["on-error"] !== undefined){
let data8 = data1["on-error"];
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
const _errs42 = errors;
let valid15 = false;
let passing4 = null;
const _errs43 = errors;
if(typeof data9 !== "string"){
const err25 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties["on-error"].items.oneOf[0].type,parentSchema:schema36.properties["on-error"].items.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs43 === errors;
if(_valid4){
valid15 = true;
passing4 = 0;
}
const _errs45 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length > 1){
const err26 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(Object.keys(data9).length < 1){
const err27 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties["on-error"].items.oneOf[1].type,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid4 = _errs45 === errors;
if(_valid4 && valid15){
valid15 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid15 = true;
passing4 = 1;
}
}
if(!valid15){
const err29 = {instancePath:instancePath+"/policy/on-error/" + i3,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema36.properties["on-error"].items.oneOf,parentSchema:schema36.properties["on-error"].items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/policy/on-error",schemaPath:"#/$defs/StructuredPolicy/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties["on-error"].type,parentSchema:schema36.properties["on-error"],data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err32 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema52.properties.policy.oneOf,parentSchema:schema52.properties.policy,data:data1};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data10 = data.ignore;
if(Array.isArray(data10)){
const len4 = data10.length;
for(let i4=0; i4<len4; i4++){
let data11 = data10[i4];
if(typeof data11 === "string"){
if(!pattern10.test(data11)){
const err33 = {instancePath:instancePath+"/ignore/" + i4,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema52.properties.ignore.items,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/ignore/" + i4,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.ignore.items.type,parentSchema:schema52.properties.ignore.items,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.ignore.type,parentSchema:schema52.properties.ignore,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","description":"A certificate: from Key Vault (`keyVault`), or a PFX given as `data` and `password` secret sources.","properties":{"data":{"description":"Base64-encoded PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"password":{"description":"Password of the PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"keyVault":{"type":"object","properties":{"secretIdentifier":{"type":"string","description":"Key vault secret identifier for fetching secret. Providing a versioned secret will prevent auto-refresh. This requires API Management service to be configured with aka.ms/apimmsi"},"identityClientId":{"type":"string","description":"Null for SystemAssignedIdentity or Client Id for UserAssignedIdentity , which will be used to access key vault secret."}},"description":"KeyVault location details of the certificate.","additionalProperties":false},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema61 = {"type":"object","description":"Where a secret comes from: a deploy-time parameter (an ARM `secureString` parameter or a Pulumi secret), or a Key Vault secret apimc resolves at deploy time. Never a literal.","properties":{"fromParameter":{"type":"string","description":"Name of a deploy-time parameter that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"fromKeyVault":{"type":"string","description":"Key Vault secret URI, `https://<vault>.vault.azure.net/secrets/<name>`, that apimc resolves at deploy time."}},"additionalProperties":false,"minProperties":1,"maxProperties":1};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "data") || (key0 === "password")) || (key0 === "keyVault")) || (key0 === "ignore"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.data !== undefined){
let data0 = data.data;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.data.anyOf[0].type,parentSchema:schema60.properties.data.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Object.keys(data0).length < 1){
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "fromParameter") || (key1 === "fromKeyVault"))){
const err4 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.fromParameter !== undefined){
let data1 = data0.fromParameter;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err5 = {instancePath:instancePath+"/data/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/data/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.fromKeyVault !== undefined){
let data2 = data0.fromKeyVault;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/data/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.data.anyOf,parentSchema:schema60.properties.data,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.password !== undefined){
let data3 = data.password;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.password.anyOf[0].type,parentSchema:schema60.properties.password.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err12 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "fromParameter") || (key2 === "fromKeyVault"))){
const err13 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.fromParameter !== undefined){
let data4 = data3.fromParameter;
if(typeof data4 === "string"){
if(!pattern9.test(data4)){
const err14 = {instancePath:instancePath+"/password/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/password/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.fromKeyVault !== undefined){
let data5 = data3.fromKeyVault;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/password/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err18 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.password.anyOf,parentSchema:schema60.properties.password,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.keyVault !== undefined){
let data6 = data.keyVault;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!((key3 === "secretIdentifier") || (key3 === "identityClientId"))){
const err19 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema60.properties.keyVault,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.secretIdentifier !== undefined){
let data7 = data6.secretIdentifier;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/keyVault/secretIdentifier",schemaPath:"#/properties/keyVault/properties/secretIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.keyVault.properties.secretIdentifier.type,parentSchema:schema60.properties.keyVault.properties.secretIdentifier,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.identityClientId !== undefined){
let data8 = data6.identityClientId;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/keyVault/identityClientId",schemaPath:"#/properties/keyVault/properties/identityClientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.keyVault.properties.identityClientId.type,parentSchema:schema60.properties.keyVault.properties.identityClientId,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.keyVault.type,parentSchema:schema60.properties.keyVault,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.ignore !== undefined){
let data9 = data.ignore;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err23 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema60.properties.ignore.items,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.ignore.items.type,parentSchema:schema60.properties.ignore.items,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.ignore.type,parentSchema:schema60.properties.ignore,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","description":"A subscription to a product, an API, or all APIs.","properties":{"ownerId":{"type":"string","description":"User (user id path) for whom subscription is being created in form /users/{userId}"},"displayName":{"type":"string","description":"Subscription name.","minLength":1,"maxLength":100},"primaryKey":{"description":"Primary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"secondaryKey":{"description":"Secondary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"state":{"type":"string","description":"Initial subscription state. If no value is specified, subscription is created with Submitted state. Possible states are * active – the subscription is active, * suspended – the subscription is blocked, and the subscriber cannot call any APIs of the product, * submitted – the subscription request has been made by the developer, but has not yet been approved or rejected, * rejected – the subscription request has been denied by an administrator, * cancelled – the subscription has been cancelled by the developer or administrator, * expired – the subscription reached its expiration date and was deactivated.","enum":["suspended","active","expired","submitted","rejected","cancelled"]},"allowTracing":{"type":"boolean","description":"Determines whether tracing can be enabled"},"scope":{"description":"What the subscription grants: `{ product: NAME }`, `{ api: NAME }` or `allApis`.","oneOf":[{"type":"string","enum":["allApis"],"description":"Every API of the instance."},{"type":"object","description":"A product, by name.","properties":{"product":{"type":"string","description":"Name of a declared product."}},"additionalProperties":false,"required":["product"]},{"type":"object","description":"An API, by name.","properties":{"api":{"type":"string","description":"Name of a declared API."}},"additionalProperties":false,"required":["api"]}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","scope"]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scope === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "ownerId") || (key0 === "displayName")) || (key0 === "primaryKey")) || (key0 === "secondaryKey")) || (key0 === "state")) || (key0 === "allowTracing")) || (key0 === "scope")) || (key0 === "ignore"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ownerId !== undefined){
let data0 = data.ownerId;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.ownerId.type,parentSchema:schema63.properties.ownerId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.displayName !== undefined){
let data1 = data.displayName;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema63.properties.displayName,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.displayName,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.displayName.type,parentSchema:schema63.properties.displayName,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.primaryKey !== undefined){
let data2 = data.primaryKey;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.primaryKey.anyOf[0].type,parentSchema:schema63.properties.primaryKey.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 1){
const err8 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Object.keys(data2).length < 1){
const err9 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "fromParameter") || (key1 === "fromKeyVault"))){
const err10 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.fromParameter !== undefined){
let data3 = data2.fromParameter;
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err11 = {instancePath:instancePath+"/primaryKey/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/primaryKey/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.fromKeyVault !== undefined){
let data4 = data2.fromKeyVault;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/primaryKey/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err15 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema63.properties.primaryKey.anyOf,parentSchema:schema63.properties.primaryKey,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.secondaryKey !== undefined){
let data5 = data.secondaryKey;
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/properties/secondaryKey/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.secondaryKey.anyOf[0].type,parentSchema:schema63.properties.secondaryKey.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid4 = valid4 || _valid1;
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length > 1){
const err17 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(Object.keys(data5).length < 1){
const err18 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "fromParameter") || (key2 === "fromKeyVault"))){
const err19 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.fromParameter !== undefined){
let data6 = data5.fromParameter;
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
const err20 = {instancePath:instancePath+"/secondaryKey/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/secondaryKey/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.fromKeyVault !== undefined){
let data7 = data5.fromKeyVault;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/secondaryKey/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err24 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/properties/secondaryKey/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema63.properties.secondaryKey.anyOf,parentSchema:schema63.properties.secondaryKey,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.state !== undefined){
let data8 = data.state;
if(typeof data8 !== "string"){
const err25 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.state.type,parentSchema:schema63.properties.state,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((((((data8 === "suspended") || (data8 === "active")) || (data8 === "expired")) || (data8 === "submitted")) || (data8 === "rejected")) || (data8 === "cancelled"))){
const err26 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema63.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema63.properties.state.enum,parentSchema:schema63.properties.state,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.allowTracing !== undefined){
let data9 = data.allowTracing;
if(typeof data9 !== "boolean"){
const err27 = {instancePath:instancePath+"/allowTracing",schemaPath:"#/properties/allowTracing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.allowTracing.type,parentSchema:schema63.properties.allowTracing,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.scope !== undefined){
let data10 = data.scope;
const _errs35 = errors;
let valid7 = false;
let passing0 = null;
const _errs36 = errors;
if(typeof data10 !== "string"){
const err28 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.scope.oneOf[0].type,parentSchema:schema63.properties.scope.oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(data10 === "allApis")){
const err29 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema63.properties.scope.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema63.properties.scope.oneOf[0].enum,parentSchema:schema63.properties.scope.oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs36 === errors;
if(_valid2){
valid7 = true;
passing0 = 0;
}
const _errs38 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.product === undefined){
const err30 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/1/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema63.properties.scope.oneOf[1].required,parentSchema:schema63.properties.scope.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data10){
if(!(key3 === "product")){
const err31 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.scope.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.product !== undefined){
let data11 = data10.product;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/oneOf/1/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.scope.oneOf[1].properties.product.type,parentSchema:schema63.properties.scope.oneOf[1].properties.product,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.scope.oneOf[1].type,parentSchema:schema63.properties.scope.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs38 === errors;
if(_valid2 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid2){
valid7 = true;
passing0 = 1;
var props2 = true;
}
const _errs43 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.api === undefined){
const err34 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/2/required",keyword:"required",params:{missingProperty: "api"},message:"must have required property '"+"api"+"'",schema:schema63.properties.scope.oneOf[2].required,parentSchema:schema63.properties.scope.oneOf[2],data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key4 in data10){
if(!(key4 === "api")){
const err35 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.scope.oneOf[2],data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.api !== undefined){
let data12 = data10.api;
if(typeof data12 !== "string"){
const err36 = {instancePath:instancePath+"/scope/api",schemaPath:"#/properties/scope/oneOf/2/properties/api/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.scope.oneOf[2].properties.api.type,parentSchema:schema63.properties.scope.oneOf[2].properties.api,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.scope.oneOf[2].type,parentSchema:schema63.properties.scope.oneOf[2],data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid2 = _errs43 === errors;
if(_valid2 && valid7){
valid7 = false;
passing0 = [passing0, 2];
}
else {
if(_valid2){
valid7 = true;
passing0 = 2;
if(props2 !== true){
props2 = true;
}
}
}
}
if(!valid7){
const err38 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema63.properties.scope.oneOf,parentSchema:schema63.properties.scope,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data13 = data.ignore;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 === "string"){
if(!pattern10.test(data14)){
const err39 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema63.properties.ignore.items,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.ignore.items.type,parentSchema:schema63.properties.ignore.items,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.ignore.type,parentSchema:schema63.properties.ignore,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","description":"An OAuth 2.0 authorization server.","properties":{"description":{"type":"string","description":"Description of the authorization server. Can contain HTML formatting tags."},"authorizationMethods":{"type":"array","items":{"type":"string","enum":["HEAD","OPTIONS","TRACE","GET","POST","PUT","PATCH","DELETE"]},"description":"HTTP verbs supported by the authorization endpoint. GET must be always present. POST is optional."},"clientAuthenticationMethod":{"type":"array","items":{"type":"string","enum":["Basic","Body"]},"description":"Method of authentication supported by the token endpoint of this authorization server. Possible values are Basic and/or Body. When Body is specified, client credentials and other parameters are passed within the request body in the application/x-www-form-urlencoded format."},"tokenBodyParameters":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","description":"body parameter name."},"value":{"type":"string","description":"body parameter value."}},"required":["name","value"],"description":"OAuth acquire token request body parameter (www-url-form-encoded).","additionalProperties":false},"description":"Additional parameters required by the token endpoint of this authorization server represented as an array of JSON objects with name and value string properties, i.e. {\"name\" : \"name value\", \"value\": \"a value\"}."},"tokenEndpoint":{"type":"string","description":"OAuth token endpoint. Contains absolute URI to entity being referenced.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"supportState":{"type":"boolean","description":"If true, authorization server will include state parameter from the authorization request to its response. Client may use state parameter to raise protocol security.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"defaultScope":{"type":"string","description":"Access token scope that is going to be requested by default. Can be overridden at the API level. Should be provided in the form of a string containing space-delimited values.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.3"}},"bearerTokenSendingMethods":{"type":"array","items":{"type":"string","enum":["authorizationHeader","query"]},"description":"Specifies the mechanism by which access token is passed to the API. ","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"resourceOwnerUsername":{"type":"string","description":"Can be optionally specified when resource owner password grant type is supported by this authorization server. Default resource owner username."},"resourceOwnerPassword":{"description":"Resource owner password, for the `resourceOwnerPassword` grant. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"displayName":{"type":"string","description":"User-friendly authorization server name.","minLength":1,"maxLength":50},"useInTestConsole":{"type":"boolean","description":"If true, the authorization server may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the authorization server will be used in the API documentation in the developer portal. False by default if no value is provided."},"clientRegistrationEndpoint":{"type":"string","description":"Optional reference to a page where client or app registration for this authorization server is performed. Contains absolute URL to entity being referenced."},"authorizationEndpoint":{"type":"string","description":"OAuth authorization endpoint. See http://tools.ietf.org/html/rfc6749#section-3.2."},"grantTypes":{"type":"array","items":{"type":"string","enum":["authorizationCode","implicit","resourceOwnerPassword","clientCredentials"]},"description":"Form of an authorization grant, which the client uses to request the access token.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"clientId":{"type":"string","description":"Client or app id registered with this authorization server."},"clientSecret":{"description":"Client secret of the application registered with the server. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","clientRegistrationEndpoint","authorizationEndpoint","grantTypes","clientId"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientRegistrationEndpoint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientRegistrationEndpoint"},message:"must have required property '"+"clientRegistrationEndpoint"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationEndpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationEndpoint"},message:"must have required property '"+"authorizationEndpoint"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.grantTypes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grantTypes"},message:"must have required property '"+"grantTypes"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.clientId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema66.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.description.type,parentSchema:schema66.properties.description,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.authorizationMethods !== undefined){
let data1 = data.authorizationMethods;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/authorizationMethods/" + i0,schemaPath:"#/properties/authorizationMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.authorizationMethods.items.type,parentSchema:schema66.properties.authorizationMethods.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((data2 === "HEAD") || (data2 === "OPTIONS")) || (data2 === "TRACE")) || (data2 === "GET")) || (data2 === "POST")) || (data2 === "PUT")) || (data2 === "PATCH")) || (data2 === "DELETE"))){
const err8 = {instancePath:instancePath+"/authorizationMethods/" + i0,schemaPath:"#/properties/authorizationMethods/items/enum",keyword:"enum",params:{allowedValues: schema66.properties.authorizationMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.authorizationMethods.items.enum,parentSchema:schema66.properties.authorizationMethods.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/authorizationMethods",schemaPath:"#/properties/authorizationMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.authorizationMethods.type,parentSchema:schema66.properties.authorizationMethods,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.clientAuthenticationMethod !== undefined){
let data3 = data.clientAuthenticationMethod;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/clientAuthenticationMethod/" + i1,schemaPath:"#/properties/clientAuthenticationMethod/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.clientAuthenticationMethod.items.type,parentSchema:schema66.properties.clientAuthenticationMethod.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data4 === "Basic") || (data4 === "Body"))){
const err11 = {instancePath:instancePath+"/clientAuthenticationMethod/" + i1,schemaPath:"#/properties/clientAuthenticationMethod/items/enum",keyword:"enum",params:{allowedValues: schema66.properties.clientAuthenticationMethod.items.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.clientAuthenticationMethod.items.enum,parentSchema:schema66.properties.clientAuthenticationMethod.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/clientAuthenticationMethod",schemaPath:"#/properties/clientAuthenticationMethod/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.clientAuthenticationMethod.type,parentSchema:schema66.properties.clientAuthenticationMethod,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.tokenBodyParameters !== undefined){
let data5 = data.tokenBodyParameters;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err13 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.properties.tokenBodyParameters.items.required,parentSchema:schema66.properties.tokenBodyParameters.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.value === undefined){
const err14 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema66.properties.tokenBodyParameters.items.required,parentSchema:schema66.properties.tokenBodyParameters.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "name") || (key1 === "value"))){
const err15 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.tokenBodyParameters.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/tokenBodyParameters/" + i2+"/name",schemaPath:"#/properties/tokenBodyParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.tokenBodyParameters.items.properties.name.type,parentSchema:schema66.properties.tokenBodyParameters.items.properties.name,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.value !== undefined){
let data8 = data6.value;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/tokenBodyParameters/" + i2+"/value",schemaPath:"#/properties/tokenBodyParameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.tokenBodyParameters.items.properties.value.type,parentSchema:schema66.properties.tokenBodyParameters.items.properties.value,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.tokenBodyParameters.items.type,parentSchema:schema66.properties.tokenBodyParameters.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/tokenBodyParameters",schemaPath:"#/properties/tokenBodyParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.tokenBodyParameters.type,parentSchema:schema66.properties.tokenBodyParameters,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tokenEndpoint !== undefined){
let data9 = data.tokenEndpoint;
if(typeof data9 !== "string"){
const err20 = {instancePath:instancePath+"/tokenEndpoint",schemaPath:"#/properties/tokenEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.tokenEndpoint.type,parentSchema:schema66.properties.tokenEndpoint,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.supportState !== undefined){
let data10 = data.supportState;
if(typeof data10 !== "boolean"){
const err21 = {instancePath:instancePath+"/supportState",schemaPath:"#/properties/supportState/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema66.properties.supportState.type,parentSchema:schema66.properties.supportState,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.defaultScope !== undefined){
let data11 = data.defaultScope;
if(typeof data11 !== "string"){
const err22 = {instancePath:instancePath+"/defaultScope",schemaPath:"#/properties/defaultScope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.defaultScope.type,parentSchema:schema66.properties.defaultScope,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.bearerTokenSendingMethods !== undefined){
let data12 = data.bearerTokenSendingMethods;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/bearerTokenSendingMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.bearerTokenSendingMethods.items.type,parentSchema:schema66.properties.bearerTokenSendingMethods.items,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data13 === "authorizationHeader") || (data13 === "query"))){
const err24 = {instancePath:instancePath+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/bearerTokenSendingMethods/items/enum",keyword:"enum",params:{allowedValues: schema66.properties.bearerTokenSendingMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.bearerTokenSendingMethods.items.enum,parentSchema:schema66.properties.bearerTokenSendingMethods.items,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/bearerTokenSendingMethods",schemaPath:"#/properties/bearerTokenSendingMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.bearerTokenSendingMethods.type,parentSchema:schema66.properties.bearerTokenSendingMethods,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.resourceOwnerUsername !== undefined){
let data14 = data.resourceOwnerUsername;
if(typeof data14 !== "string"){
const err26 = {instancePath:instancePath+"/resourceOwnerUsername",schemaPath:"#/properties/resourceOwnerUsername/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.resourceOwnerUsername.type,parentSchema:schema66.properties.resourceOwnerUsername,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.resourceOwnerPassword !== undefined){
let data15 = data.resourceOwnerPassword;
const _errs34 = errors;
let valid10 = false;
const _errs35 = errors;
if(typeof data15 !== "string"){
const err27 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/properties/resourceOwnerPassword/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.resourceOwnerPassword.anyOf[0].type,parentSchema:schema66.properties.resourceOwnerPassword.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs35 === errors;
valid10 = valid10 || _valid0;
const _errs37 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length > 1){
const err28 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(Object.keys(data15).length < 1){
const err29 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data15){
if(!((key2 === "fromParameter") || (key2 === "fromKeyVault"))){
const err30 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.fromParameter !== undefined){
let data16 = data15.fromParameter;
if(typeof data16 === "string"){
if(!pattern9.test(data16)){
const err31 = {instancePath:instancePath+"/resourceOwnerPassword/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/resourceOwnerPassword/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.fromKeyVault !== undefined){
let data17 = data15.fromKeyVault;
if(typeof data17 !== "string"){
const err33 = {instancePath:instancePath+"/resourceOwnerPassword/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs37 === errors;
valid10 = valid10 || _valid0;
if(!valid10){
const err35 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/properties/resourceOwnerPassword/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema66.properties.resourceOwnerPassword.anyOf,parentSchema:schema66.properties.resourceOwnerPassword,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
if(data.displayName !== undefined){
let data18 = data.displayName;
if(typeof data18 === "string"){
if(func2(data18) > 50){
const err36 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema66.properties.displayName,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data18) < 1){
const err37 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.displayName,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.displayName.type,parentSchema:schema66.properties.displayName,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.useInTestConsole !== undefined){
let data19 = data.useInTestConsole;
if(typeof data19 !== "boolean"){
const err39 = {instancePath:instancePath+"/useInTestConsole",schemaPath:"#/properties/useInTestConsole/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema66.properties.useInTestConsole.type,parentSchema:schema66.properties.useInTestConsole,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.useInApiDocumentation !== undefined){
let data20 = data.useInApiDocumentation;
if(typeof data20 !== "boolean"){
const err40 = {instancePath:instancePath+"/useInApiDocumentation",schemaPath:"#/properties/useInApiDocumentation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema66.properties.useInApiDocumentation.type,parentSchema:schema66.properties.useInApiDocumentation,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.clientRegistrationEndpoint !== undefined){
let data21 = data.clientRegistrationEndpoint;
if(typeof data21 !== "string"){
const err41 = {instancePath:instancePath+"/clientRegistrationEndpoint",schemaPath:"#/properties/clientRegistrationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.clientRegistrationEndpoint.type,parentSchema:schema66.properties.clientRegistrationEndpoint,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.authorizationEndpoint !== undefined){
let data22 = data.authorizationEndpoint;
if(typeof data22 !== "string"){
const err42 = {instancePath:instancePath+"/authorizationEndpoint",schemaPath:"#/properties/authorizationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.authorizationEndpoint.type,parentSchema:schema66.properties.authorizationEndpoint,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.grantTypes !== undefined){
let data23 = data.grantTypes;
if(Array.isArray(data23)){
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
let data24 = data23[i4];
if(typeof data24 !== "string"){
const err43 = {instancePath:instancePath+"/grantTypes/" + i4,schemaPath:"#/properties/grantTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.grantTypes.items.type,parentSchema:schema66.properties.grantTypes.items,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!((((data24 === "authorizationCode") || (data24 === "implicit")) || (data24 === "resourceOwnerPassword")) || (data24 === "clientCredentials"))){
const err44 = {instancePath:instancePath+"/grantTypes/" + i4,schemaPath:"#/properties/grantTypes/items/enum",keyword:"enum",params:{allowedValues: schema66.properties.grantTypes.items.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.grantTypes.items.enum,parentSchema:schema66.properties.grantTypes.items,data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/grantTypes",schemaPath:"#/properties/grantTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.grantTypes.type,parentSchema:schema66.properties.grantTypes,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.clientId !== undefined){
let data25 = data.clientId;
if(typeof data25 !== "string"){
const err46 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.clientId.type,parentSchema:schema66.properties.clientId,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data26 = data.clientSecret;
const _errs62 = errors;
let valid15 = false;
const _errs63 = errors;
if(typeof data26 !== "string"){
const err47 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.clientSecret.anyOf[0].type,parentSchema:schema66.properties.clientSecret.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid1 = _errs63 === errors;
valid15 = valid15 || _valid1;
const _errs65 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(Object.keys(data26).length > 1){
const err48 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(Object.keys(data26).length < 1){
const err49 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key3 in data26){
if(!((key3 === "fromParameter") || (key3 === "fromKeyVault"))){
const err50 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.fromParameter !== undefined){
let data27 = data26.fromParameter;
if(typeof data27 === "string"){
if(!pattern9.test(data27)){
const err51 = {instancePath:instancePath+"/clientSecret/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/clientSecret/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.fromKeyVault !== undefined){
let data28 = data26.fromKeyVault;
if(typeof data28 !== "string"){
const err53 = {instancePath:instancePath+"/clientSecret/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid1 = _errs65 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const err55 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema66.properties.clientSecret.anyOf,parentSchema:schema66.properties.clientSecret,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data29 = data.ignore;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
if(typeof data30 === "string"){
if(!pattern10.test(data30)){
const err56 = {instancePath:instancePath+"/ignore/" + i5,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema66.properties.ignore.items,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/ignore/" + i5,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.ignore.items.type,parentSchema:schema66.properties.ignore.items,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.ignore.type,parentSchema:schema66.properties.ignore,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"type":"object","description":"An OpenID Connect provider.","properties":{"displayName":{"type":"string","description":"User-friendly OpenID Connect Provider name.","maxLength":50},"description":{"type":"string","description":"User-friendly description of OpenID Connect Provider."},"metadataEndpoint":{"type":"string","description":"Metadata endpoint URI."},"clientId":{"type":"string","description":"Client ID of developer console which is the client application."},"clientSecret":{"description":"Client secret of the application registered with the provider. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useInTestConsole":{"type":"boolean","description":"If true, the Open ID Connect provider may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the Open ID Connect provider will be used in the API documentation in the developer portal. False by default if no value is provided."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","metadataEndpoint","clientId"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadataEndpoint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadataEndpoint"},message:"must have required property '"+"metadataEndpoint"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "displayName") || (key0 === "description")) || (key0 === "metadataEndpoint")) || (key0 === "clientId")) || (key0 === "clientSecret")) || (key0 === "useInTestConsole")) || (key0 === "useInApiDocumentation")) || (key0 === "ignore"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.displayName !== undefined){
let data0 = data.displayName;
if(typeof data0 === "string"){
if(func2(data0) > 50){
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema69.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.displayName.type,parentSchema:schema69.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.description.type,parentSchema:schema69.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadataEndpoint !== undefined){
let data2 = data.metadataEndpoint;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/metadataEndpoint",schemaPath:"#/properties/metadataEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.metadataEndpoint.type,parentSchema:schema69.properties.metadataEndpoint,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.clientId !== undefined){
let data3 = data.clientId;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.clientId.type,parentSchema:schema69.properties.clientId,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data4 = data.clientSecret;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.clientSecret.anyOf[0].type,parentSchema:schema69.properties.clientSecret.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 1){
const err10 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Object.keys(data4).length < 1){
const err11 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "fromParameter") || (key1 === "fromKeyVault"))){
const err12 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.fromParameter !== undefined){
let data5 = data4.fromParameter;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/clientSecret/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/clientSecret/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.fromKeyVault !== undefined){
let data6 = data4.fromKeyVault;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/clientSecret/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err17 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema69.properties.clientSecret.anyOf,parentSchema:schema69.properties.clientSecret,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.useInTestConsole !== undefined){
let data7 = data.useInTestConsole;
if(typeof data7 !== "boolean"){
const err18 = {instancePath:instancePath+"/useInTestConsole",schemaPath:"#/properties/useInTestConsole/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema69.properties.useInTestConsole.type,parentSchema:schema69.properties.useInTestConsole,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.useInApiDocumentation !== undefined){
let data8 = data.useInApiDocumentation;
if(typeof data8 !== "boolean"){
const err19 = {instancePath:instancePath+"/useInApiDocumentation",schemaPath:"#/properties/useInApiDocumentation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema69.properties.useInApiDocumentation.type,parentSchema:schema69.properties.useInApiDocumentation,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ignore !== undefined){
let data9 = data.ignore;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err20 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema69.properties.ignore.items,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.ignore.items.type,parentSchema:schema69.properties.ignore.items,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.ignore.type,parentSchema:schema69.properties.ignore,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"object","description":"An external Redis-compatible cache.","properties":{"description":{"type":"string","description":"Cache description","maxLength":2000},"connectionString":{"description":"Runtime connection string of the cache. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useFromLocation":{"type":"string","description":"Location identifier to use cache from (should be either 'default' or valid Azure region identifier)","maxLength":256},"resourceId":{"type":"string","description":"Original uri of entity in external system cache points to","maxLength":2000},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["connectionString","useFromLocation"]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectionString === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionString"},message:"must have required property '"+"connectionString"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.useFromLocation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "useFromLocation"},message:"must have required property '"+"useFromLocation"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "description") || (key0 === "connectionString")) || (key0 === "useFromLocation")) || (key0 === "resourceId")) || (key0 === "ignore"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func2(data0) > 2000){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema71.properties.description,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.description.type,parentSchema:schema71.properties.description,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.connectionString !== undefined){
let data1 = data.connectionString;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/connectionString",schemaPath:"#/properties/connectionString/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.connectionString.anyOf[0].type,parentSchema:schema71.properties.connectionString.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 1){
const err6 = {instancePath:instancePath+"/connectionString",schemaPath:"#/$defs/SecretSource/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err7 = {instancePath:instancePath+"/connectionString",schemaPath:"#/$defs/SecretSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "fromParameter") || (key1 === "fromKeyVault"))){
const err8 = {instancePath:instancePath+"/connectionString",schemaPath:"#/$defs/SecretSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.fromParameter !== undefined){
let data2 = data1.fromParameter;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err9 = {instancePath:instancePath+"/connectionString/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema61.properties.fromParameter,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/connectionString/fromParameter",schemaPath:"#/$defs/SecretSource/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromParameter.type,parentSchema:schema61.properties.fromParameter,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.fromKeyVault !== undefined){
let data3 = data1.fromKeyVault;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/connectionString/fromKeyVault",schemaPath:"#/$defs/SecretSource/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fromKeyVault.type,parentSchema:schema61.properties.fromKeyVault,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/connectionString",schemaPath:"#/$defs/SecretSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err13 = {instancePath:instancePath+"/connectionString",schemaPath:"#/properties/connectionString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema71.properties.connectionString.anyOf,parentSchema:schema71.properties.connectionString,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.useFromLocation !== undefined){
let data4 = data.useFromLocation;
if(typeof data4 === "string"){
if(func2(data4) > 256){
const err14 = {instancePath:instancePath+"/useFromLocation",schemaPath:"#/properties/useFromLocation/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema71.properties.useFromLocation,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/useFromLocation",schemaPath:"#/properties/useFromLocation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.useFromLocation.type,parentSchema:schema71.properties.useFromLocation,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.resourceId !== undefined){
let data5 = data.resourceId;
if(typeof data5 === "string"){
if(func2(data5) > 2000){
const err16 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema71.properties.resourceId,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.resourceId.type,parentSchema:schema71.properties.resourceId,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ignore !== undefined){
let data6 = data.ignore;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err18 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema71.properties.ignore.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.ignore.items.type,parentSchema:schema71.properties.ignore.items,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.properties.ignore.type,parentSchema:schema71.properties.ignore,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://apimc.dev/schema/v1/apimc.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.include.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.include.items.type,parentSchema:schema31.properties.include.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.include.type,parentSchema:schema31.properties.include,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.service !== undefined){
let data4 = data.service;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err6 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/Service/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "name") || (key1 === "resourceGroup")) || (key1 === "subscriptionId")) || (key1 === "hostnames")) || (key1 === "keyVaults"))){
const err7 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/Service/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func2(data5) > 50){
const err8 = {instancePath:instancePath+"/service/name",schemaPath:"#/$defs/Service/properties/name/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema32.properties.name,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data5) < 1){
const err9 = {instancePath:instancePath+"/service/name",schemaPath:"#/$defs/Service/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data5)){
const err10 = {instancePath:instancePath+"/service/name",schemaPath:"#/$defs/Service/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"+"\"",schema:"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",parentSchema:schema32.properties.name,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/service/name",schemaPath:"#/$defs/Service/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.resourceGroup !== undefined){
let data6 = data4.resourceGroup;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/service/resourceGroup",schemaPath:"#/$defs/Service/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.resourceGroup.type,parentSchema:schema32.properties.resourceGroup,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.subscriptionId !== undefined){
let data7 = data4.subscriptionId;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err13 = {instancePath:instancePath+"/service/subscriptionId",schemaPath:"#/$defs/Service/properties/subscriptionId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F-]{36}$"},message:"must match pattern \""+"^[0-9a-fA-F-]{36}$"+"\"",schema:"^[0-9a-fA-F-]{36}$",parentSchema:schema32.properties.subscriptionId,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/service/subscriptionId",schemaPath:"#/$defs/Service/properties/subscriptionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.subscriptionId.type,parentSchema:schema32.properties.subscriptionId,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.hostnames !== undefined){
let data8 = data4.hostnames;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/service/hostnames/" + i1,schemaPath:"#/$defs/Service/properties/hostnames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.hostnames.items.type,parentSchema:schema32.properties.hostnames.items,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/service/hostnames",schemaPath:"#/$defs/Service/properties/hostnames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.hostnames.type,parentSchema:schema32.properties.hostnames,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.keyVaults !== undefined){
let data10 = data4.keyVaults;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
let data11 = data10[key2];
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err17 = {instancePath:instancePath+"/service/keyVaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Service/properties/keyVaults/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"},message:"must match pattern \""+"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"+"\"",schema:"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$",parentSchema:schema32.properties.keyVaults.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/service/keyVaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Service/properties/keyVaults/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.keyVaults.additionalProperties.type,parentSchema:schema32.properties.keyVaults.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/service/keyVaults",schemaPath:"#/$defs/Service/properties/keyVaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.keyVaults.type,parentSchema:schema32.properties.keyVaults,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/Service/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.namedValues !== undefined){
let data12 = data.namedValues;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const _errs30 = errors;
if(typeof key3 === "string"){
if(func2(key3) > 256){
const err21 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.namedValues.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(key3) < 1){
const err22 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.namedValues.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern7.test(key3)){
const err23 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.namedValues.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid8 = _errs30 === errors;
if(!valid8){
const err24 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema31.properties.namedValues.propertyNames,parentSchema:schema31.properties.namedValues,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key4 in data12){
let data13 = data12[key4];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key5 in data13){
if(!((((((((key5 === "tags") || (key5 === "secret")) || (key5 === "displayName")) || (key5 === "value")) || (key5 === "keyVault")) || (key5 === "fromKeyVault")) || (key5 === "fromParameter")) || (key5 === "ignore"))){
const err25 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/NamedValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.tags !== undefined){
let data14 = data13.tags;
if(Array.isArray(data14)){
if(data14.length > 32){
const err26 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/$defs/NamedValue/properties/tags/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema33.properties.tags,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(typeof data15 !== "string"){
const err27 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i2,schemaPath:"#/$defs/NamedValue/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.tags.items.type,parentSchema:schema33.properties.tags.items,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/$defs/NamedValue/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.tags.type,parentSchema:schema33.properties.tags,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.secret !== undefined){
let data16 = data13.secret;
if(typeof data16 !== "boolean"){
const err29 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/$defs/NamedValue/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.secret.type,parentSchema:schema33.properties.secret,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.displayName !== undefined){
let data17 = data13.displayName;
if(typeof data17 === "string"){
if(func2(data17) > 256){
const err30 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/NamedValue/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.displayName,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data17) < 1){
const err31 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/NamedValue/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.displayName,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern8.test(data17)){
const err32 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/NamedValue/properties/displayName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-._]+$"},message:"must match pattern \""+"^[A-Za-z0-9-._]+$"+"\"",schema:"^[A-Za-z0-9-._]+$",parentSchema:schema33.properties.displayName,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/NamedValue/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.displayName.type,parentSchema:schema33.properties.displayName,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.value !== undefined){
let data18 = data13.value;
if(typeof data18 === "string"){
if(func2(data18) > 4096){
const err34 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/$defs/NamedValue/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema33.properties.value,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/$defs/NamedValue/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.value.type,parentSchema:schema33.properties.value,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.keyVault !== undefined){
let data19 = data13.keyVault;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.secretIdentifier === undefined){
const err36 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyVault",schemaPath:"#/$defs/NamedValue/properties/keyVault/required",keyword:"required",params:{missingProperty: "secretIdentifier"},message:"must have required property '"+"secretIdentifier"+"'",schema:schema33.properties.keyVault.required,parentSchema:schema33.properties.keyVault,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key6 in data19){
if(!((key6 === "secretIdentifier") || (key6 === "identityClientId"))){
const err37 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyVault",schemaPath:"#/$defs/NamedValue/properties/keyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.keyVault,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data19.secretIdentifier !== undefined){
let data20 = data19.secretIdentifier;
if(typeof data20 !== "string"){
const err38 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyVault/secretIdentifier",schemaPath:"#/$defs/NamedValue/properties/keyVault/properties/secretIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.keyVault.properties.secretIdentifier.type,parentSchema:schema33.properties.keyVault.properties.secretIdentifier,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.identityClientId !== undefined){
let data21 = data19.identityClientId;
if(typeof data21 !== "string"){
const err39 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyVault/identityClientId",schemaPath:"#/$defs/NamedValue/properties/keyVault/properties/identityClientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.keyVault.properties.identityClientId.type,parentSchema:schema33.properties.keyVault.properties.identityClientId,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyVault",schemaPath:"#/$defs/NamedValue/properties/keyVault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.keyVault.type,parentSchema:schema33.properties.keyVault,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.fromKeyVault !== undefined){
let data22 = data13.fromKeyVault;
if(typeof data22 !== "string"){
const err41 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromKeyVault",schemaPath:"#/$defs/NamedValue/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.fromKeyVault.type,parentSchema:schema33.properties.fromKeyVault,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.fromParameter !== undefined){
let data23 = data13.fromParameter;
if(typeof data23 === "string"){
if(!pattern9.test(data23)){
const err42 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromParameter",schemaPath:"#/$defs/NamedValue/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema33.properties.fromParameter,data:data23};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromParameter",schemaPath:"#/$defs/NamedValue/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.fromParameter.type,parentSchema:schema33.properties.fromParameter,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.ignore !== undefined){
let data24 = data13.ignore;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(typeof data25 === "string"){
if(!pattern10.test(data25)){
const err44 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i3,schemaPath:"#/$defs/NamedValue/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema33.properties.ignore.items,data:data25};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i3,schemaPath:"#/$defs/NamedValue/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.ignore.items.type,parentSchema:schema33.properties.ignore.items,data:data25};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore",schemaPath:"#/$defs/NamedValue/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.ignore.type,parentSchema:schema33.properties.ignore,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/namedValues/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/NamedValue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.namedValues.type,parentSchema:schema31.properties.namedValues,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.backends !== undefined){
let data26 = data.backends;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key7 in data26){
const _errs63 = errors;
if(typeof key7 === "string"){
if(func2(key7) > 80){
const err49 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.backends.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func2(key7) < 1){
const err50 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.backends.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern7.test(key7)){
const err51 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.backends.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
var valid17 = _errs63 === errors;
if(!valid17){
const err52 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema31.properties.backends.propertyNames,parentSchema:schema31.properties.backends,data:data26};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
for(const key8 in data26){
let data27 = data26[key8];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key9 in data27){
if(!(func1.call(schema34.properties, key9))){
const err53 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Backend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data27.title !== undefined){
let data28 = data27.title;
if(typeof data28 === "string"){
if(func2(data28) > 300){
const err54 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/Backend/properties/title/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema34.properties.title,data:data28};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func2(data28) < 1){
const err55 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/Backend/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.title,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/Backend/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.title.type,parentSchema:schema34.properties.title,data:data28};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data27.description !== undefined){
let data29 = data27.description;
if(typeof data29 === "string"){
if(func2(data29) > 2000){
const err57 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Backend/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema34.properties.description,data:data29};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data29) < 1){
const err58 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Backend/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.description,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Backend/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data27.resourceId !== undefined){
let data30 = data27.resourceId;
if(typeof data30 === "string"){
if(func2(data30) > 2000){
const err60 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/resourceId",schemaPath:"#/$defs/Backend/properties/resourceId/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema34.properties.resourceId,data:data30};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(func2(data30) < 1){
const err61 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/resourceId",schemaPath:"#/$defs/Backend/properties/resourceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.resourceId,data:data30};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/resourceId",schemaPath:"#/$defs/Backend/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.resourceId.type,parentSchema:schema34.properties.resourceId,data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data27.credentials !== undefined){
let data31 = data27.credentials;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key10 in data31){
if(!((((((key10 === "certificates") || (key10 === "certificateIds")) || (key10 === "certificate")) || (key10 === "query")) || (key10 === "header")) || (key10 === "authorization"))){
const err63 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/$defs/Backend/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.credentials,data:data31};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data31.certificates !== undefined){
let data32 = data31.certificates;
if(Array.isArray(data32)){
if(data32.length > 32){
const err64 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificates",schemaPath:"#/$defs/Backend/properties/credentials/properties/certificates/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema34.properties.credentials.properties.certificates,data:data32};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len4 = data32.length;
for(let i4=0; i4<len4; i4++){
let data33 = data32[i4];
if(typeof data33 !== "string"){
const err65 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificates/" + i4,schemaPath:"#/$defs/Backend/properties/credentials/properties/certificates/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.certificates.items.type,parentSchema:schema34.properties.credentials.properties.certificates.items,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificates",schemaPath:"#/$defs/Backend/properties/credentials/properties/certificates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.credentials.properties.certificates.type,parentSchema:schema34.properties.credentials.properties.certificates,data:data32};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data31.certificateIds !== undefined){
let data34 = data31.certificateIds;
if(Array.isArray(data34)){
if(data34.length > 32){
const err67 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificateIds",schemaPath:"#/$defs/Backend/properties/credentials/properties/certificateIds/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema34.properties.credentials.properties.certificateIds,data:data34};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len5 = data34.length;
for(let i5=0; i5<len5; i5++){
let data35 = data34[i5];
if(typeof data35 !== "string"){
const err68 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificateIds/" + i5,schemaPath:"#/$defs/Backend/properties/credentials/properties/certificateIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.certificateIds.items.type,parentSchema:schema34.properties.credentials.properties.certificateIds.items,data:data35};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificateIds",schemaPath:"#/$defs/Backend/properties/credentials/properties/certificateIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.credentials.properties.certificateIds.type,parentSchema:schema34.properties.credentials.properties.certificateIds,data:data34};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data31.certificate !== undefined){
let data36 = data31.certificate;
if(Array.isArray(data36)){
if(data36.length > 32){
const err70 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificate",schemaPath:"#/$defs/Backend/properties/credentials/properties/certificate/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema34.properties.credentials.properties.certificate,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const len6 = data36.length;
for(let i6=0; i6<len6; i6++){
let data37 = data36[i6];
if(typeof data37 !== "string"){
const err71 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificate/" + i6,schemaPath:"#/$defs/Backend/properties/credentials/properties/certificate/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.certificate.items.type,parentSchema:schema34.properties.credentials.properties.certificate.items,data:data37};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/certificate",schemaPath:"#/$defs/Backend/properties/credentials/properties/certificate/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.credentials.properties.certificate.type,parentSchema:schema34.properties.credentials.properties.certificate,data:data36};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data31.query !== undefined){
let data38 = data31.query;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key11 in data38){
let data39 = data38[key11];
if(Array.isArray(data39)){
const len7 = data39.length;
for(let i7=0; i7<len7; i7++){
let data40 = data39[i7];
if(typeof data40 !== "string"){
const err73 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/query/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/$defs/Backend/properties/credentials/properties/query/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.query.additionalProperties.items.type,parentSchema:schema34.properties.credentials.properties.query.additionalProperties.items,data:data40};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/query/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Backend/properties/credentials/properties/query/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.credentials.properties.query.additionalProperties.type,parentSchema:schema34.properties.credentials.properties.query.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/query",schemaPath:"#/$defs/Backend/properties/credentials/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.credentials.properties.query.type,parentSchema:schema34.properties.credentials.properties.query,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data31.header !== undefined){
let data41 = data31.header;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key12 in data41){
let data42 = data41[key12];
if(Array.isArray(data42)){
const len8 = data42.length;
for(let i8=0; i8<len8; i8++){
let data43 = data42[i8];
if(typeof data43 !== "string"){
const err76 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/header/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i8,schemaPath:"#/$defs/Backend/properties/credentials/properties/header/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.header.additionalProperties.items.type,parentSchema:schema34.properties.credentials.properties.header.additionalProperties.items,data:data43};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/header/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Backend/properties/credentials/properties/header/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.credentials.properties.header.additionalProperties.type,parentSchema:schema34.properties.credentials.properties.header.additionalProperties,data:data42};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/header",schemaPath:"#/$defs/Backend/properties/credentials/properties/header/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.credentials.properties.header.type,parentSchema:schema34.properties.credentials.properties.header,data:data41};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data31.authorization !== undefined){
let data44 = data31.authorization;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.scheme === undefined){
const err79 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema34.properties.credentials.properties.authorization.required,parentSchema:schema34.properties.credentials.properties.authorization,data:data44};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data44.parameter === undefined){
const err80 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/required",keyword:"required",params:{missingProperty: "parameter"},message:"must have required property '"+"parameter"+"'",schema:schema34.properties.credentials.properties.authorization.required,parentSchema:schema34.properties.credentials.properties.authorization,data:data44};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key13 in data44){
if(!((key13 === "scheme") || (key13 === "parameter"))){
const err81 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.credentials.properties.authorization,data:data44};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data44.scheme !== undefined){
let data45 = data44.scheme;
if(typeof data45 === "string"){
if(func2(data45) > 100){
const err82 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization/scheme",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema34.properties.credentials.properties.authorization.properties.scheme,data:data45};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(func2(data45) < 1){
const err83 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization/scheme",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/properties/scheme/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.credentials.properties.authorization.properties.scheme,data:data45};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization/scheme",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.authorization.properties.scheme.type,parentSchema:schema34.properties.credentials.properties.authorization.properties.scheme,data:data45};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data44.parameter !== undefined){
let data46 = data44.parameter;
if(typeof data46 === "string"){
if(func2(data46) > 300){
const err85 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization/parameter",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/properties/parameter/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema34.properties.credentials.properties.authorization.properties.parameter,data:data46};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func2(data46) < 1){
const err86 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization/parameter",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/properties/parameter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.credentials.properties.authorization.properties.parameter,data:data46};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization/parameter",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/properties/parameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials.properties.authorization.properties.parameter.type,parentSchema:schema34.properties.credentials.properties.authorization.properties.parameter,data:data46};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/authorization",schemaPath:"#/$defs/Backend/properties/credentials/properties/authorization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.credentials.properties.authorization.type,parentSchema:schema34.properties.credentials.properties.authorization,data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/$defs/Backend/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.credentials.type,parentSchema:schema34.properties.credentials,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data27.proxy !== undefined){
let data47 = data27.proxy;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.url === undefined){
const err90 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/$defs/Backend/properties/proxy/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema34.properties.proxy.required,parentSchema:schema34.properties.proxy,data:data47};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key14 in data47){
if(!(((key14 === "url") || (key14 === "username")) || (key14 === "password"))){
const err91 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/$defs/Backend/properties/proxy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.proxy,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data47.url !== undefined){
let data48 = data47.url;
if(typeof data48 === "string"){
if(func2(data48) > 2000){
const err92 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/url",schemaPath:"#/$defs/Backend/properties/proxy/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema34.properties.proxy.properties.url,data:data48};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(func2(data48) < 1){
const err93 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/url",schemaPath:"#/$defs/Backend/properties/proxy/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.proxy.properties.url,data:data48};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/url",schemaPath:"#/$defs/Backend/properties/proxy/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.proxy.properties.url.type,parentSchema:schema34.properties.proxy.properties.url,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data47.username !== undefined){
let data49 = data47.username;
if(typeof data49 !== "string"){
const err95 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/username",schemaPath:"#/$defs/Backend/properties/proxy/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.proxy.properties.username.type,parentSchema:schema34.properties.proxy.properties.username,data:data49};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data47.password !== undefined){
let data50 = data47.password;
if(typeof data50 !== "string"){
const err96 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/password",schemaPath:"#/$defs/Backend/properties/proxy/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.proxy.properties.password.type,parentSchema:schema34.properties.proxy.properties.password,data:data50};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/$defs/Backend/properties/proxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.proxy.type,parentSchema:schema34.properties.proxy,data:data47};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data27.tls !== undefined){
let data51 = data27.tls;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key15 in data51){
if(!((key15 === "validateCertificateChain") || (key15 === "validateCertificateName"))){
const err98 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls",schemaPath:"#/$defs/Backend/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.tls,data:data51};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data51.validateCertificateChain !== undefined){
let data52 = data51.validateCertificateChain;
if(typeof data52 !== "boolean"){
const err99 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls/validateCertificateChain",schemaPath:"#/$defs/Backend/properties/tls/properties/validateCertificateChain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.tls.properties.validateCertificateChain.type,parentSchema:schema34.properties.tls.properties.validateCertificateChain,data:data52};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data51.validateCertificateName !== undefined){
let data53 = data51.validateCertificateName;
if(typeof data53 !== "boolean"){
const err100 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls/validateCertificateName",schemaPath:"#/$defs/Backend/properties/tls/properties/validateCertificateName/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.tls.properties.validateCertificateName.type,parentSchema:schema34.properties.tls.properties.validateCertificateName,data:data53};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls",schemaPath:"#/$defs/Backend/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.tls.type,parentSchema:schema34.properties.tls,data:data51};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data27.circuitBreaker !== undefined){
let data54 = data27.circuitBreaker;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key16 in data54){
if(!(key16 === "rules")){
const err102 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker",schemaPath:"#/$defs/Backend/properties/circuitBreaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.circuitBreaker,data:data54};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data54.rules !== undefined){
let data55 = data54.rules;
if(Array.isArray(data55)){
if(data55.length > 15){
const err103 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/maxItems",keyword:"maxItems",params:{limit: 15},message:"must NOT have more than 15 items",schema:15,parentSchema:schema34.properties.circuitBreaker.properties.rules,data:data55};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
const len9 = data55.length;
for(let i9=0; i9<len9; i9++){
let data56 = data55[i9];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.name === undefined){
const err104 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.properties.circuitBreaker.properties.rules.items.required,parentSchema:schema34.properties.circuitBreaker.properties.rules.items,data:data56};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data56.failureCondition === undefined){
const err105 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/required",keyword:"required",params:{missingProperty: "failureCondition"},message:"must have required property '"+"failureCondition"+"'",schema:schema34.properties.circuitBreaker.properties.rules.items.required,parentSchema:schema34.properties.circuitBreaker.properties.rules.items,data:data56};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data56.tripDuration === undefined){
const err106 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/required",keyword:"required",params:{missingProperty: "tripDuration"},message:"must have required property '"+"tripDuration"+"'",schema:schema34.properties.circuitBreaker.properties.rules.items.required,parentSchema:schema34.properties.circuitBreaker.properties.rules.items,data:data56};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key17 in data56){
if(!((((key17 === "name") || (key17 === "failureCondition")) || (key17 === "tripDuration")) || (key17 === "acceptRetryAfter"))){
const err107 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.circuitBreaker.properties.rules.items,data:data56};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data56.name !== undefined){
let data57 = data56.name;
if(typeof data57 !== "string"){
const err108 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/name",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.name.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.name,data:data57};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data56.failureCondition !== undefined){
let data58 = data56.failureCondition;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key18 in data58){
if(!(((((key18 === "count") || (key18 === "percentage")) || (key18 === "interval")) || (key18 === "statusCodeRanges")) || (key18 === "errorReasons"))){
const err109 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition,data:data58};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data58.count !== undefined){
let data59 = data58.count;
if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){
const err110 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/count",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.count.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.count,data:data59};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(typeof data59 == "number"){
if(data59 < 1 || isNaN(data59)){
const err111 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/count",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.count,data:data59};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data58.percentage !== undefined){
let data60 = data58.percentage;
if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){
const err112 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/percentage",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/percentage/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage,data:data60};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(typeof data60 == "number"){
if(data60 > 100 || isNaN(data60)){
const err113 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/percentage",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage,data:data60};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data60 < 1 || isNaN(data60)){
const err114 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/percentage",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage,data:data60};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
if(data58.interval !== undefined){
let data61 = data58.interval;
if(typeof data61 === "string"){
if(!pattern12.test(data61)){
const err115 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/interval",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/interval/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"+"\"",schema:"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.interval,data:data61};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/interval",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.interval.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.interval,data:data61};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data58.statusCodeRanges !== undefined){
let data62 = data58.statusCodeRanges;
if(Array.isArray(data62)){
if(data62.length > 10){
const err117 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges,data:data62};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
const len10 = data62.length;
for(let i10=0; i10<len10; i10++){
let data63 = data62[i10];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key19 in data63){
if(!((key19 === "min") || (key19 === "max"))){
const err118 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items,data:data63};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data63.min !== undefined){
let data64 = data63.min;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err119 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10+"/min",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min,data:data64};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 > 599 || isNaN(data64)){
const err120 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10+"/min",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min,data:data64};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data64 < 200 || isNaN(data64)){
const err121 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10+"/min",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200",schema:200,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min,data:data64};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data63.max !== undefined){
let data65 = data63.max;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
const err122 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10+"/max",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max,data:data65};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(typeof data65 == "number"){
if(data65 > 599 || isNaN(data65)){
const err123 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10+"/max",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max,data:data65};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data65 < 200 || isNaN(data65)){
const err124 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10+"/max",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200",schema:200,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max,data:data65};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
}
else {
const err125 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges/" + i10,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items,data:data63};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/statusCodeRanges",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges,data:data62};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data58.errorReasons !== undefined){
let data66 = data58.errorReasons;
if(Array.isArray(data66)){
if(data66.length > 10){
const err127 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/errorReasons",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons,data:data66};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
const len11 = data66.length;
for(let i11=0; i11<len11; i11++){
let data67 = data66[i11];
if(typeof data67 === "string"){
if(func2(data67) > 200){
const err128 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/errorReasons/" + i11,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.items,data:data67};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/errorReasons/" + i11,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.items.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.items,data:data67};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition/errorReasons",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons,data:data66};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/failureCondition",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/failureCondition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.failureCondition,data:data58};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data56.tripDuration !== undefined){
let data68 = data56.tripDuration;
if(typeof data68 === "string"){
if(!pattern12.test(data68)){
const err132 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/tripDuration",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/tripDuration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"+"\"",schema:"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.tripDuration,data:data68};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/tripDuration",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/tripDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.tripDuration.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.tripDuration,data:data68};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data56.acceptRetryAfter !== undefined){
let data69 = data56.acceptRetryAfter;
if(typeof data69 !== "boolean"){
const err134 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9+"/acceptRetryAfter",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/properties/acceptRetryAfter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.circuitBreaker.properties.rules.items.properties.acceptRetryAfter.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items.properties.acceptRetryAfter,data:data69};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules/" + i9,schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.circuitBreaker.properties.rules.items.type,parentSchema:schema34.properties.circuitBreaker.properties.rules.items,data:data56};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker/rules",schemaPath:"#/$defs/Backend/properties/circuitBreaker/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.circuitBreaker.properties.rules.type,parentSchema:schema34.properties.circuitBreaker.properties.rules,data:data55};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/circuitBreaker",schemaPath:"#/$defs/Backend/properties/circuitBreaker/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.circuitBreaker.type,parentSchema:schema34.properties.circuitBreaker,data:data54};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data27.type !== undefined){
let data70 = data27.type;
if(typeof data70 !== "string"){
const err138 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/Backend/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.type.type,parentSchema:schema34.properties.type,data:data70};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(!((data70 === "Single") || (data70 === "Pool"))){
const err139 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/Backend/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.type.enum,parentSchema:schema34.properties.type,data:data70};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data27.url !== undefined){
let data71 = data27.url;
if(typeof data71 === "string"){
if(func2(data71) > 2000){
const err140 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/$defs/Backend/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema34.properties.url,data:data71};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(func2(data71) < 1){
const err141 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/$defs/Backend/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.url,data:data71};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/$defs/Backend/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.url.type,parentSchema:schema34.properties.url,data:data71};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data27.protocol !== undefined){
let data72 = data27.protocol;
if(typeof data72 !== "string"){
const err143 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/protocol",schemaPath:"#/$defs/Backend/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.protocol.type,parentSchema:schema34.properties.protocol,data:data72};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!((data72 === "http") || (data72 === "soap"))){
const err144 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/protocol",schemaPath:"#/$defs/Backend/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema34.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.protocol.enum,parentSchema:schema34.properties.protocol,data:data72};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data27.serviceFabricCluster !== undefined){
let data73 = data27.serviceFabricCluster;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.managementEndpoints === undefined){
const err145 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/required",keyword:"required",params:{missingProperty: "managementEndpoints"},message:"must have required property '"+"managementEndpoints"+"'",schema:schema34.properties.serviceFabricCluster.required,parentSchema:schema34.properties.serviceFabricCluster,data:data73};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key20 in data73){
if(!(((((((key20 === "clientCertificate") || (key20 === "clientCertificateId")) || (key20 === "clientCertificatethumbprint")) || (key20 === "maxPartitionResolutionRetries")) || (key20 === "managementEndpoints")) || (key20 === "serverCertificateThumbprints")) || (key20 === "serverX509Names"))){
const err146 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.serviceFabricCluster,data:data73};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data73.clientCertificate !== undefined){
let data74 = data73.clientCertificate;
if(typeof data74 !== "string"){
const err147 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/clientCertificate",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/clientCertificate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.clientCertificate.type,parentSchema:schema34.properties.serviceFabricCluster.properties.clientCertificate,data:data74};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data73.clientCertificateId !== undefined){
let data75 = data73.clientCertificateId;
if(typeof data75 !== "string"){
const err148 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/clientCertificateId",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/clientCertificateId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.clientCertificateId.type,parentSchema:schema34.properties.serviceFabricCluster.properties.clientCertificateId,data:data75};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data73.clientCertificatethumbprint !== undefined){
let data76 = data73.clientCertificatethumbprint;
if(typeof data76 !== "string"){
const err149 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/clientCertificatethumbprint",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/clientCertificatethumbprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.clientCertificatethumbprint.type,parentSchema:schema34.properties.serviceFabricCluster.properties.clientCertificatethumbprint,data:data76};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data73.maxPartitionResolutionRetries !== undefined){
let data77 = data73.maxPartitionResolutionRetries;
if(!((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77)))){
const err150 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/maxPartitionResolutionRetries",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/maxPartitionResolutionRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.serviceFabricCluster.properties.maxPartitionResolutionRetries.type,parentSchema:schema34.properties.serviceFabricCluster.properties.maxPartitionResolutionRetries,data:data77};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(typeof data77 == "number"){
if(data77 < 0 || isNaN(data77)){
const err151 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/maxPartitionResolutionRetries",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/maxPartitionResolutionRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.serviceFabricCluster.properties.maxPartitionResolutionRetries,data:data77};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
if(data73.managementEndpoints !== undefined){
let data78 = data73.managementEndpoints;
if(Array.isArray(data78)){
if(data78.length < 1){
const err152 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/managementEndpoints",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/managementEndpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.properties.serviceFabricCluster.properties.managementEndpoints,data:data78};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
const len12 = data78.length;
for(let i12=0; i12<len12; i12++){
let data79 = data78[i12];
if(typeof data79 !== "string"){
const err153 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/managementEndpoints/" + i12,schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/managementEndpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.managementEndpoints.items.type,parentSchema:schema34.properties.serviceFabricCluster.properties.managementEndpoints.items,data:data79};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/managementEndpoints",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/managementEndpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.serviceFabricCluster.properties.managementEndpoints.type,parentSchema:schema34.properties.serviceFabricCluster.properties.managementEndpoints,data:data78};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data73.serverCertificateThumbprints !== undefined){
let data80 = data73.serverCertificateThumbprints;
if(Array.isArray(data80)){
const len13 = data80.length;
for(let i13=0; i13<len13; i13++){
let data81 = data80[i13];
if(typeof data81 !== "string"){
const err155 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverCertificateThumbprints/" + i13,schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverCertificateThumbprints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.serverCertificateThumbprints.items.type,parentSchema:schema34.properties.serviceFabricCluster.properties.serverCertificateThumbprints.items,data:data81};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverCertificateThumbprints",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverCertificateThumbprints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.serviceFabricCluster.properties.serverCertificateThumbprints.type,parentSchema:schema34.properties.serviceFabricCluster.properties.serverCertificateThumbprints,data:data80};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data73.serverX509Names !== undefined){
let data82 = data73.serverX509Names;
if(Array.isArray(data82)){
const len14 = data82.length;
for(let i14=0; i14<len14; i14++){
let data83 = data82[i14];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const key21 in data83){
if(!((key21 === "name") || (key21 === "issuerCertificateThumbprint"))){
const err157 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverX509Names/" + i14,schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverX509Names/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items,data:data83};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data83.name !== undefined){
let data84 = data83.name;
if(typeof data84 !== "string"){
const err158 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverX509Names/" + i14+"/name",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverX509Names/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items.properties.name.type,parentSchema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items.properties.name,data:data84};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data83.issuerCertificateThumbprint !== undefined){
let data85 = data83.issuerCertificateThumbprint;
if(typeof data85 !== "string"){
const err159 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverX509Names/" + i14+"/issuerCertificateThumbprint",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverX509Names/items/properties/issuerCertificateThumbprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items.properties.issuerCertificateThumbprint.type,parentSchema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items.properties.issuerCertificateThumbprint,data:data85};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverX509Names/" + i14,schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverX509Names/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items.type,parentSchema:schema34.properties.serviceFabricCluster.properties.serverX509Names.items,data:data83};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster/serverX509Names",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/properties/serverX509Names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.serviceFabricCluster.properties.serverX509Names.type,parentSchema:schema34.properties.serviceFabricCluster.properties.serverX509Names,data:data82};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/serviceFabricCluster",schemaPath:"#/$defs/Backend/properties/serviceFabricCluster/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.serviceFabricCluster.type,parentSchema:schema34.properties.serviceFabricCluster,data:data73};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data27.pool !== undefined){
let data86 = data27.pool;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.services === undefined){
const err163 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool",schemaPath:"#/$defs/Backend/properties/pool/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'",schema:schema34.properties.pool.required,parentSchema:schema34.properties.pool,data:data86};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key22 in data86){
if(!(key22 === "services")){
const err164 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool",schemaPath:"#/$defs/Backend/properties/pool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.pool,data:data86};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data86.services !== undefined){
let data87 = data86.services;
if(Array.isArray(data87)){
if(data87.length < 1){
const err165 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services",schemaPath:"#/$defs/Backend/properties/pool/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.properties.pool.properties.services,data:data87};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
const len15 = data87.length;
for(let i15=0; i15<len15; i15++){
let data88 = data87[i15];
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.backend === undefined){
const err166 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15,schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/required",keyword:"required",params:{missingProperty: "backend"},message:"must have required property '"+"backend"+"'",schema:schema34.properties.pool.properties.services.items.required,parentSchema:schema34.properties.pool.properties.services.items,data:data88};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
for(const key23 in data88){
if(!(((key23 === "backend") || (key23 === "priority")) || (key23 === "weight"))){
const err167 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15,schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.pool.properties.services.items,data:data88};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data88.backend !== undefined){
let data89 = data88.backend;
if(typeof data89 !== "string"){
const err168 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/backend",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.pool.properties.services.items.properties.backend.type,parentSchema:schema34.properties.pool.properties.services.items.properties.backend,data:data89};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data88.priority !== undefined){
let data90 = data88.priority;
if(!((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90)))){
const err169 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/priority",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.pool.properties.services.items.properties.priority.type,parentSchema:schema34.properties.pool.properties.services.items.properties.priority,data:data90};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(typeof data90 == "number"){
if(data90 > 100 || isNaN(data90)){
const err170 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/priority",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema34.properties.pool.properties.services.items.properties.priority,data:data90};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data90 < 0 || isNaN(data90)){
const err171 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/priority",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.pool.properties.services.items.properties.priority,data:data90};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
if(data88.weight !== undefined){
let data91 = data88.weight;
if(!((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91)))){
const err172 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/weight",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.pool.properties.services.items.properties.weight.type,parentSchema:schema34.properties.pool.properties.services.items.properties.weight,data:data91};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(typeof data91 == "number"){
if(data91 > 100 || isNaN(data91)){
const err173 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/weight",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema34.properties.pool.properties.services.items.properties.weight,data:data91};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data91 < 0 || isNaN(data91)){
const err174 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15+"/weight",schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.pool.properties.services.items.properties.weight,data:data91};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
}
else {
const err175 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services/" + i15,schemaPath:"#/$defs/Backend/properties/pool/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.pool.properties.services.items.type,parentSchema:schema34.properties.pool.properties.services.items,data:data88};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool/services",schemaPath:"#/$defs/Backend/properties/pool/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.pool.properties.services.type,parentSchema:schema34.properties.pool.properties.services,data:data87};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/pool",schemaPath:"#/$defs/Backend/properties/pool/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.pool.type,parentSchema:schema34.properties.pool,data:data86};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data27.ignore !== undefined){
let data92 = data27.ignore;
if(Array.isArray(data92)){
const len16 = data92.length;
for(let i16=0; i16<len16; i16++){
let data93 = data92[i16];
if(typeof data93 === "string"){
if(!pattern10.test(data93)){
const err178 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i16,schemaPath:"#/$defs/Backend/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema34.properties.ignore.items,data:data93};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i16,schemaPath:"#/$defs/Backend/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.ignore.items.type,parentSchema:schema34.properties.ignore.items,data:data93};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore",schemaPath:"#/$defs/Backend/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.ignore.type,parentSchema:schema34.properties.ignore,data:data92};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/backends/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Backend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data27};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.backends.type,parentSchema:schema31.properties.backends,data:data26};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data.apis !== undefined){
let data94 = data.apis;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key24 in data94){
const _errs217 = errors;
if(typeof key24 === "string"){
if(func2(key24) > 256){
const err183 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.apis.propertyNames,data:key24,propertyName:key24};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(func2(key24) < 1){
const err184 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.apis.propertyNames,data:key24,propertyName:key24};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(!pattern7.test(key24)){
const err185 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.apis.propertyNames,data:key24,propertyName:key24};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
var valid61 = _errs217 === errors;
if(!valid61){
const err186 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames",keyword:"propertyNames",params:{propertyName: key24},message:"property name must be valid",schema:schema31.properties.apis.propertyNames,parentSchema:schema31.properties.apis,data:data94};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
for(const key25 in data94){
if(!(validate21(data94[key25], {instancePath:instancePath+"/apis/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data94,parentDataProperty:key25,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err187 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.apis.type,parentSchema:schema31.properties.apis,data:data94};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data.apiVersionSets !== undefined){
let data96 = data.apiVersionSets;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
for(const key26 in data96){
const _errs222 = errors;
if(typeof key26 === "string"){
if(func2(key26) > 80){
const err188 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.apiVersionSets.propertyNames,data:key26,propertyName:key26};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(func2(key26) < 1){
const err189 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.apiVersionSets.propertyNames,data:key26,propertyName:key26};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(!pattern7.test(key26)){
const err190 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.apiVersionSets.propertyNames,data:key26,propertyName:key26};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
var valid63 = _errs222 === errors;
if(!valid63){
const err191 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames",keyword:"propertyNames",params:{propertyName: key26},message:"property name must be valid",schema:schema31.properties.apiVersionSets.propertyNames,parentSchema:schema31.properties.apiVersionSets,data:data96};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
for(const key27 in data96){
let data97 = data96[key27];
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.displayName === undefined){
const err192 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiVersionSet/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema49.required,parentSchema:schema49,data:data97};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(data97.versioningScheme === undefined){
const err193 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiVersionSet/required",keyword:"required",params:{missingProperty: "versioningScheme"},message:"must have required property '"+"versioningScheme"+"'",schema:schema49.required,parentSchema:schema49,data:data97};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
for(const key28 in data97){
if(!(((((key28 === "description") || (key28 === "versionQueryName")) || (key28 === "versionHeaderName")) || (key28 === "displayName")) || (key28 === "versioningScheme"))){
const err194 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiVersionSet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data97};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data97.description !== undefined){
let data98 = data97.description;
if(typeof data98 !== "string"){
const err195 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/ApiVersionSet/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.description.type,parentSchema:schema49.properties.description,data:data98};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data97.versionQueryName !== undefined){
let data99 = data97.versionQueryName;
if(typeof data99 === "string"){
if(func2(data99) > 100){
const err196 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versionQueryName",schemaPath:"#/$defs/ApiVersionSet/properties/versionQueryName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema49.properties.versionQueryName,data:data99};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(func2(data99) < 1){
const err197 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versionQueryName",schemaPath:"#/$defs/ApiVersionSet/properties/versionQueryName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.versionQueryName,data:data99};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versionQueryName",schemaPath:"#/$defs/ApiVersionSet/properties/versionQueryName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.versionQueryName.type,parentSchema:schema49.properties.versionQueryName,data:data99};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data97.versionHeaderName !== undefined){
let data100 = data97.versionHeaderName;
if(typeof data100 === "string"){
if(func2(data100) > 100){
const err199 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versionHeaderName",schemaPath:"#/$defs/ApiVersionSet/properties/versionHeaderName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema49.properties.versionHeaderName,data:data100};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(func2(data100) < 1){
const err200 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versionHeaderName",schemaPath:"#/$defs/ApiVersionSet/properties/versionHeaderName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.versionHeaderName,data:data100};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versionHeaderName",schemaPath:"#/$defs/ApiVersionSet/properties/versionHeaderName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.versionHeaderName.type,parentSchema:schema49.properties.versionHeaderName,data:data100};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data97.displayName !== undefined){
let data101 = data97.displayName;
if(typeof data101 === "string"){
if(func2(data101) > 100){
const err202 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/ApiVersionSet/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema49.properties.displayName,data:data101};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(func2(data101) < 1){
const err203 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/ApiVersionSet/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.displayName,data:data101};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/ApiVersionSet/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.displayName.type,parentSchema:schema49.properties.displayName,data:data101};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data97.versioningScheme !== undefined){
let data102 = data97.versioningScheme;
if(typeof data102 !== "string"){
const err205 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versioningScheme",schemaPath:"#/$defs/ApiVersionSet/properties/versioningScheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.versioningScheme.type,parentSchema:schema49.properties.versioningScheme,data:data102};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!(((data102 === "Segment") || (data102 === "Query")) || (data102 === "Header"))){
const err206 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/versioningScheme",schemaPath:"#/$defs/ApiVersionSet/properties/versioningScheme/enum",keyword:"enum",params:{allowedValues: schema49.properties.versioningScheme.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.versioningScheme.enum,parentSchema:schema49.properties.versioningScheme,data:data102};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/apiVersionSets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ApiVersionSet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data97};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.apiVersionSets.type,parentSchema:schema31.properties.apiVersionSets,data:data96};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data.products !== undefined){
let data103 = data.products;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
for(const key29 in data103){
const _errs240 = errors;
if(typeof key29 === "string"){
if(func2(key29) > 256){
const err209 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.products.propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(func2(key29) < 1){
const err210 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.products.propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(!pattern7.test(key29)){
const err211 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.products.propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
var valid67 = _errs240 === errors;
if(!valid67){
const err212 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames",keyword:"propertyNames",params:{propertyName: key29},message:"property name must be valid",schema:schema31.properties.products.propertyNames,parentSchema:schema31.properties.products,data:data103};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
for(const key30 in data103){
if(!(validate31(data103[key30], {instancePath:instancePath+"/products/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data103,parentDataProperty:key30,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err213 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.products.type,parentSchema:schema31.properties.products,data:data103};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data.policyFragments !== undefined){
let data105 = data.policyFragments;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key31 in data105){
const _errs245 = errors;
if(typeof key31 === "string"){
if(func2(key31) > 80){
const err214 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.policyFragments.propertyNames,data:key31,propertyName:key31};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(func2(key31) < 1){
const err215 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.policyFragments.propertyNames,data:key31,propertyName:key31};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(!pattern27.test(key31)){
const err216 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema31.properties.policyFragments.propertyNames,data:key31,propertyName:key31};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
var valid69 = _errs245 === errors;
if(!valid69){
const err217 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames",keyword:"propertyNames",params:{propertyName: key31},message:"property name must be valid",schema:schema31.properties.policyFragments.propertyNames,parentSchema:schema31.properties.policyFragments,data:data105};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
for(const key32 in data105){
if(!(validate33(data105[key32], {instancePath:instancePath+"/policyFragments/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data105,parentDataProperty:key32,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err218 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.policyFragments.type,parentSchema:schema31.properties.policyFragments,data:data105};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.policy !== undefined){
let data107 = data.policy;
const _errs249 = errors;
let valid71 = false;
let passing0 = null;
const _errs250 = errors;
if(typeof data107 === "string"){
if(func2(data107) < 1){
const err219 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.policy.oneOf[0],data:data107};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.policy.oneOf[0].type,parentSchema:schema31.properties.policy.oneOf[0],data:data107};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
var _valid0 = _errs250 === errors;
if(_valid0){
valid71 = true;
passing0 = 0;
}
const _errs252 = errors;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key33 in data107){
if(!((((key33 === "inbound") || (key33 === "backend")) || (key33 === "outbound")) || (key33 === "on-error"))){
const err221 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data107};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data107.inbound !== undefined){
let data108 = data107.inbound;
if(Array.isArray(data108)){
const len17 = data108.length;
for(let i17=0; i17<len17; i17++){
let data109 = data108[i17];
const _errs259 = errors;
let valid76 = false;
let passing1 = null;
const _errs260 = errors;
if(typeof data109 !== "string"){
const err222 = {instancePath:instancePath+"/policy/inbound/" + i17,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.inbound.items.oneOf[0].type,parentSchema:schema36.properties.inbound.items.oneOf[0],data:data109};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
var _valid1 = _errs260 === errors;
if(_valid1){
valid76 = true;
passing1 = 0;
}
const _errs262 = errors;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(Object.keys(data109).length > 1){
const err223 = {instancePath:instancePath+"/policy/inbound/" + i17,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data109};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(Object.keys(data109).length < 1){
const err224 = {instancePath:instancePath+"/policy/inbound/" + i17,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data109};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
else {
const err225 = {instancePath:instancePath+"/policy/inbound/" + i17,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.inbound.items.oneOf[1].type,parentSchema:schema36.properties.inbound.items.oneOf[1],data:data109};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
var _valid1 = _errs262 === errors;
if(_valid1 && valid76){
valid76 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid76 = true;
passing1 = 1;
}
}
if(!valid76){
const err226 = {instancePath:instancePath+"/policy/inbound/" + i17,schemaPath:"#/$defs/StructuredPolicy/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema36.properties.inbound.items.oneOf,parentSchema:schema36.properties.inbound.items,data:data109};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
else {
errors = _errs259;
if(vErrors !== null){
if(_errs259){
vErrors.length = _errs259;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err227 = {instancePath:instancePath+"/policy/inbound",schemaPath:"#/$defs/StructuredPolicy/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.inbound.type,parentSchema:schema36.properties.inbound,data:data108};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data107.backend !== undefined){
let data110 = data107.backend;
if(Array.isArray(data110)){
const len18 = data110.length;
for(let i18=0; i18<len18; i18++){
let data111 = data110[i18];
const _errs268 = errors;
let valid79 = false;
let passing2 = null;
const _errs269 = errors;
if(typeof data111 !== "string"){
const err228 = {instancePath:instancePath+"/policy/backend/" + i18,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.backend.items.oneOf[0].type,parentSchema:schema36.properties.backend.items.oneOf[0],data:data111};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
var _valid2 = _errs269 === errors;
if(_valid2){
valid79 = true;
passing2 = 0;
}
const _errs271 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(Object.keys(data111).length > 1){
const err229 = {instancePath:instancePath+"/policy/backend/" + i18,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(Object.keys(data111).length < 1){
const err230 = {instancePath:instancePath+"/policy/backend/" + i18,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.backend.items.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/policy/backend/" + i18,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.backend.items.oneOf[1].type,parentSchema:schema36.properties.backend.items.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid2 = _errs271 === errors;
if(_valid2 && valid79){
valid79 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid79 = true;
passing2 = 1;
}
}
if(!valid79){
const err232 = {instancePath:instancePath+"/policy/backend/" + i18,schemaPath:"#/$defs/StructuredPolicy/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema36.properties.backend.items.oneOf,parentSchema:schema36.properties.backend.items,data:data111};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
else {
errors = _errs268;
if(vErrors !== null){
if(_errs268){
vErrors.length = _errs268;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err233 = {instancePath:instancePath+"/policy/backend",schemaPath:"#/$defs/StructuredPolicy/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.backend.type,parentSchema:schema36.properties.backend,data:data110};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data107.outbound !== undefined){
let data112 = data107.outbound;
if(Array.isArray(data112)){
const len19 = data112.length;
for(let i19=0; i19<len19; i19++){
let data113 = data112[i19];
const _errs277 = errors;
let valid82 = false;
let passing3 = null;
const _errs278 = errors;
if(typeof data113 !== "string"){
const err234 = {instancePath:instancePath+"/policy/outbound/" + i19,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.outbound.items.oneOf[0].type,parentSchema:schema36.properties.outbound.items.oneOf[0],data:data113};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
var _valid3 = _errs278 === errors;
if(_valid3){
valid82 = true;
passing3 = 0;
}
const _errs280 = errors;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(Object.keys(data113).length > 1){
const err235 = {instancePath:instancePath+"/policy/outbound/" + i19,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data113};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(Object.keys(data113).length < 1){
const err236 = {instancePath:instancePath+"/policy/outbound/" + i19,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data113};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/policy/outbound/" + i19,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.outbound.items.oneOf[1].type,parentSchema:schema36.properties.outbound.items.oneOf[1],data:data113};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
var _valid3 = _errs280 === errors;
if(_valid3 && valid82){
valid82 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid82 = true;
passing3 = 1;
}
}
if(!valid82){
const err238 = {instancePath:instancePath+"/policy/outbound/" + i19,schemaPath:"#/$defs/StructuredPolicy/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema36.properties.outbound.items.oneOf,parentSchema:schema36.properties.outbound.items,data:data113};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
else {
errors = _errs277;
if(vErrors !== null){
if(_errs277){
vErrors.length = _errs277;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err239 = {instancePath:instancePath+"/policy/outbound",schemaPath:"#/$defs/StructuredPolicy/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.outbound.type,parentSchema:schema36.properties.outbound,data:data112};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data107["on-error"] !== undefined){
let data114 = data107["on-error"];
if(Array.isArray(data114)){
const len20 = data114.length;
for(let i20=0; i20<len20; i20++){
let data115 = data114[i20];
const _errs286 = errors;
let valid85 = false;
let passing4 = null;
const _errs287 = errors;
if(typeof data115 !== "string"){
const err240 = {instancePath:instancePath+"/policy/on-error/" + i20,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties["on-error"].items.oneOf[0].type,parentSchema:schema36.properties["on-error"].items.oneOf[0],data:data115};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
var _valid4 = _errs287 === errors;
if(_valid4){
valid85 = true;
passing4 = 0;
}
const _errs289 = errors;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(Object.keys(data115).length > 1){
const err241 = {instancePath:instancePath+"/policy/on-error/" + i20,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data115};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(Object.keys(data115).length < 1){
const err242 = {instancePath:instancePath+"/policy/on-error/" + i20,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data115};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/policy/on-error/" + i20,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties["on-error"].items.oneOf[1].type,parentSchema:schema36.properties["on-error"].items.oneOf[1],data:data115};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
var _valid4 = _errs289 === errors;
if(_valid4 && valid85){
valid85 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid85 = true;
passing4 = 1;
}
}
if(!valid85){
const err244 = {instancePath:instancePath+"/policy/on-error/" + i20,schemaPath:"#/$defs/StructuredPolicy/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema36.properties["on-error"].items.oneOf,parentSchema:schema36.properties["on-error"].items,data:data115};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
else {
errors = _errs286;
if(vErrors !== null){
if(_errs286){
vErrors.length = _errs286;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err245 = {instancePath:instancePath+"/policy/on-error",schemaPath:"#/$defs/StructuredPolicy/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties["on-error"].type,parentSchema:schema36.properties["on-error"],data:data114};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/StructuredPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data107};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
var _valid0 = _errs252 === errors;
if(_valid0 && valid71){
valid71 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid71 = true;
passing0 = 1;
}
}
if(!valid71){
const err247 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.policy.oneOf,parentSchema:schema31.properties.policy,data:data107};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
else {
errors = _errs249;
if(vErrors !== null){
if(_errs249){
vErrors.length = _errs249;
}
else {
vErrors = null;
}
}
}
}
if(data.gateways !== undefined){
let data116 = data.gateways;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key34 in data116){
const _errs294 = errors;
if(typeof key34 === "string"){
if(func2(key34) > 80){
const err248 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.gateways.propertyNames,data:key34,propertyName:key34};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(func2(key34) < 1){
const err249 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.gateways.propertyNames,data:key34,propertyName:key34};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(!pattern7.test(key34)){
const err250 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.gateways.propertyNames,data:key34,propertyName:key34};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
var valid86 = _errs294 === errors;
if(!valid86){
const err251 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames",keyword:"propertyNames",params:{propertyName: key34},message:"property name must be valid",schema:schema31.properties.gateways.propertyNames,parentSchema:schema31.properties.gateways,data:data116};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
for(const key35 in data116){
let data117 = data116[key35];
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
for(const key36 in data117){
if(!((((((key36 === "description") || (key36 === "location")) || (key36 === "apis")) || (key36 === "hostnames")) || (key36 === "certificateAuthorities")) || (key36 === "ignore"))){
const err252 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data117};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data117.description !== undefined){
let data118 = data117.description;
if(typeof data118 === "string"){
if(func2(data118) > 1000){
const err253 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Gateway/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema55.properties.description,data:data118};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Gateway/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.description.type,parentSchema:schema55.properties.description,data:data118};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data117.location !== undefined){
let data119 = data117.location;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.name === undefined){
const err255 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/Gateway/properties/location/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.properties.location.required,parentSchema:schema55.properties.location,data:data119};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
for(const key37 in data119){
if(!((((key37 === "name") || (key37 === "city")) || (key37 === "district")) || (key37 === "countryOrRegion"))){
const err256 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/Gateway/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.location,data:data119};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data119.name !== undefined){
let data120 = data119.name;
if(typeof data120 === "string"){
if(func2(data120) > 256){
const err257 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/name",schemaPath:"#/$defs/Gateway/properties/location/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.location.properties.name,data:data120};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/name",schemaPath:"#/$defs/Gateway/properties/location/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.location.properties.name.type,parentSchema:schema55.properties.location.properties.name,data:data120};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data119.city !== undefined){
let data121 = data119.city;
if(typeof data121 === "string"){
if(func2(data121) > 256){
const err259 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/city",schemaPath:"#/$defs/Gateway/properties/location/properties/city/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.location.properties.city,data:data121};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/city",schemaPath:"#/$defs/Gateway/properties/location/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.location.properties.city.type,parentSchema:schema55.properties.location.properties.city,data:data121};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data119.district !== undefined){
let data122 = data119.district;
if(typeof data122 === "string"){
if(func2(data122) > 256){
const err261 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/district",schemaPath:"#/$defs/Gateway/properties/location/properties/district/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.location.properties.district,data:data122};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
else {
const err262 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/district",schemaPath:"#/$defs/Gateway/properties/location/properties/district/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.location.properties.district.type,parentSchema:schema55.properties.location.properties.district,data:data122};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data119.countryOrRegion !== undefined){
let data123 = data119.countryOrRegion;
if(typeof data123 === "string"){
if(func2(data123) > 256){
const err263 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/countryOrRegion",schemaPath:"#/$defs/Gateway/properties/location/properties/countryOrRegion/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.location.properties.countryOrRegion,data:data123};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location/countryOrRegion",schemaPath:"#/$defs/Gateway/properties/location/properties/countryOrRegion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.location.properties.countryOrRegion.type,parentSchema:schema55.properties.location.properties.countryOrRegion,data:data123};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/Gateway/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.location.type,parentSchema:schema55.properties.location,data:data119};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data117.apis !== undefined){
let data124 = data117.apis;
if(Array.isArray(data124)){
const len21 = data124.length;
for(let i21=0; i21<len21; i21++){
let data125 = data124[i21];
if(typeof data125 !== "string"){
const err266 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/apis/" + i21,schemaPath:"#/$defs/Gateway/properties/apis/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.apis.items.type,parentSchema:schema55.properties.apis.items,data:data125};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
let i22 = data124.length;
let j0;
if(i22 > 1){
const indices0 = {};
for(;i22--;){
let item0 = data124[i22];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err267 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/apis",schemaPath:"#/$defs/Gateway/properties/apis/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i22+" are identical)",schema:true,parentSchema:schema55.properties.apis,data:data124};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
break;
}
indices0[item0] = i22;
}
}
}
else {
const err268 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/apis",schemaPath:"#/$defs/Gateway/properties/apis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.apis.type,parentSchema:schema55.properties.apis,data:data124};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data117.hostnames !== undefined){
let data126 = data117.hostnames;
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
for(const key38 in data126){
let data127 = data126[key38];
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
if(data127.hostname === undefined){
const err269 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema55.properties.hostnames.additionalProperties.required,parentSchema:schema55.properties.hostnames.additionalProperties,data:data127};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
for(const key39 in data127){
if(!((((((key39 === "hostname") || (key39 === "certificateId")) || (key39 === "negotiateClientCertificate")) || (key39 === "tls10Enabled")) || (key39 === "tls11Enabled")) || (key39 === "http2Enabled"))){
const err270 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.hostnames.additionalProperties,data:data127};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data127.hostname !== undefined){
let data128 = data127.hostname;
if(typeof data128 !== "string"){
const err271 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostname",schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.hostnames.additionalProperties.properties.hostname.type,parentSchema:schema55.properties.hostnames.additionalProperties.properties.hostname,data:data128};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data127.certificateId !== undefined){
let data129 = data127.certificateId;
if(typeof data129 !== "string"){
const err272 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1")+"/certificateId",schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/properties/certificateId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.hostnames.additionalProperties.properties.certificateId.type,parentSchema:schema55.properties.hostnames.additionalProperties.properties.certificateId,data:data129};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data127.negotiateClientCertificate !== undefined){
let data130 = data127.negotiateClientCertificate;
if(typeof data130 !== "boolean"){
const err273 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1")+"/negotiateClientCertificate",schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/properties/negotiateClientCertificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.hostnames.additionalProperties.properties.negotiateClientCertificate.type,parentSchema:schema55.properties.hostnames.additionalProperties.properties.negotiateClientCertificate,data:data130};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data127.tls10Enabled !== undefined){
let data131 = data127.tls10Enabled;
if(typeof data131 !== "boolean"){
const err274 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls10Enabled",schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/properties/tls10Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.hostnames.additionalProperties.properties.tls10Enabled.type,parentSchema:schema55.properties.hostnames.additionalProperties.properties.tls10Enabled,data:data131};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data127.tls11Enabled !== undefined){
let data132 = data127.tls11Enabled;
if(typeof data132 !== "boolean"){
const err275 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls11Enabled",schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/properties/tls11Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.hostnames.additionalProperties.properties.tls11Enabled.type,parentSchema:schema55.properties.hostnames.additionalProperties.properties.tls11Enabled,data:data132};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data127.http2Enabled !== undefined){
let data133 = data127.http2Enabled;
if(typeof data133 !== "boolean"){
const err276 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1")+"/http2Enabled",schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/properties/http2Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.hostnames.additionalProperties.properties.http2Enabled.type,parentSchema:schema55.properties.hostnames.additionalProperties.properties.http2Enabled,data:data133};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
else {
const err277 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/properties/hostnames/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.hostnames.additionalProperties.type,parentSchema:schema55.properties.hostnames.additionalProperties,data:data127};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
else {
const err278 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostnames",schemaPath:"#/$defs/Gateway/properties/hostnames/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.hostnames.type,parentSchema:schema55.properties.hostnames,data:data126};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data117.certificateAuthorities !== undefined){
let data134 = data117.certificateAuthorities;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key40 in data134){
let data135 = data134[key40];
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key41 in data135){
if(!(key41 === "isTrusted")){
const err279 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/certificateAuthorities/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/properties/certificateAuthorities/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.certificateAuthorities.additionalProperties,data:data135};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data135.isTrusted !== undefined){
let data136 = data135.isTrusted;
if(typeof data136 !== "boolean"){
const err280 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/certificateAuthorities/" + key40.replace(/~/g, "~0").replace(/\//g, "~1")+"/isTrusted",schemaPath:"#/$defs/Gateway/properties/certificateAuthorities/additionalProperties/properties/isTrusted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.certificateAuthorities.additionalProperties.properties.isTrusted.type,parentSchema:schema55.properties.certificateAuthorities.additionalProperties.properties.isTrusted,data:data136};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
else {
const err281 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/certificateAuthorities/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/properties/certificateAuthorities/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.certificateAuthorities.additionalProperties.type,parentSchema:schema55.properties.certificateAuthorities.additionalProperties,data:data135};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
else {
const err282 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/certificateAuthorities",schemaPath:"#/$defs/Gateway/properties/certificateAuthorities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.certificateAuthorities.type,parentSchema:schema55.properties.certificateAuthorities,data:data134};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data117.ignore !== undefined){
let data137 = data117.ignore;
if(Array.isArray(data137)){
const len22 = data137.length;
for(let i23=0; i23<len22; i23++){
let data138 = data137[i23];
if(typeof data138 === "string"){
if(!pattern10.test(data138)){
const err283 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i23,schemaPath:"#/$defs/Gateway/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema55.properties.ignore.items,data:data138};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
else {
const err284 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i23,schemaPath:"#/$defs/Gateway/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.ignore.items.type,parentSchema:schema55.properties.ignore.items,data:data138};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
else {
const err285 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore",schemaPath:"#/$defs/Gateway/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.ignore.type,parentSchema:schema55.properties.ignore,data:data137};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
else {
const err286 = {instancePath:instancePath+"/gateways/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Gateway/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data117};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
else {
const err287 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.gateways.type,parentSchema:schema31.properties.gateways,data:data116};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data.tags !== undefined){
let data139 = data.tags;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
for(const key42 in data139){
const _errs349 = errors;
if(typeof key42 === "string"){
if(func2(key42) > 80){
const err288 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.tags.propertyNames,data:key42,propertyName:key42};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if(func2(key42) < 1){
const err289 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.tags.propertyNames,data:key42,propertyName:key42};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(!pattern7.test(key42)){
const err290 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.tags.propertyNames,data:key42,propertyName:key42};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
var valid100 = _errs349 === errors;
if(!valid100){
const err291 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key42},message:"property name must be valid",schema:schema31.properties.tags.propertyNames,parentSchema:schema31.properties.tags,data:data139};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
for(const key43 in data139){
let data140 = data139[key43];
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.displayName === undefined){
const err292 = {instancePath:instancePath+"/tags/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tag/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema56.required,parentSchema:schema56,data:data140};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
for(const key44 in data140){
if(!(key44 === "displayName")){
const err293 = {instancePath:instancePath+"/tags/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data:data140};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data140.displayName !== undefined){
let data141 = data140.displayName;
if(typeof data141 === "string"){
if(func2(data141) > 160){
const err294 = {instancePath:instancePath+"/tags/" + key43.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/Tag/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema56.properties.displayName,data:data141};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(func2(data141) < 1){
const err295 = {instancePath:instancePath+"/tags/" + key43.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/Tag/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.displayName,data:data141};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
else {
const err296 = {instancePath:instancePath+"/tags/" + key43.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/Tag/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.displayName.type,parentSchema:schema56.properties.displayName,data:data141};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/tags/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tag/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data140};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tags.type,parentSchema:schema31.properties.tags,data:data139};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data.groups !== undefined){
let data142 = data.groups;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key45 in data142){
const _errs359 = errors;
if(typeof key45 === "string"){
if(func2(key45) > 256){
const err299 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.groups.propertyNames,data:key45,propertyName:key45};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(func2(key45) < 1){
const err300 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.groups.propertyNames,data:key45,propertyName:key45};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(!pattern7.test(key45)){
const err301 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.groups.propertyNames,data:key45,propertyName:key45};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
var valid104 = _errs359 === errors;
if(!valid104){
const err302 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames",keyword:"propertyNames",params:{propertyName: key45},message:"property name must be valid",schema:schema31.properties.groups.propertyNames,parentSchema:schema31.properties.groups,data:data142};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
for(const key46 in data142){
let data143 = data142[key46];
if(data143 && typeof data143 == "object" && !Array.isArray(data143)){
if(data143.displayName === undefined){
const err303 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema57.required,parentSchema:schema57,data:data143};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
for(const key47 in data143){
if(!((((key47 === "displayName") || (key47 === "description")) || (key47 === "type")) || (key47 === "externalId"))){
const err304 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data143};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data143.displayName !== undefined){
let data144 = data143.displayName;
if(typeof data144 === "string"){
if(func2(data144) > 300){
const err305 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/Group/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema57.properties.displayName,data:data144};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if(func2(data144) < 1){
const err306 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/Group/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.displayName,data:data144};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
else {
const err307 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/displayName",schemaPath:"#/$defs/Group/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.displayName.type,parentSchema:schema57.properties.displayName,data:data144};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data143.description !== undefined){
let data145 = data143.description;
if(typeof data145 !== "string"){
const err308 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Group/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.description.type,parentSchema:schema57.properties.description,data:data145};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data143.type !== undefined){
let data146 = data143.type;
if(typeof data146 !== "string"){
const err309 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/Group/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.type.type,parentSchema:schema57.properties.type,data:data146};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(!((data146 === "custom") || (data146 === "external"))){
const err310 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/Group/properties/type/enum",keyword:"enum",params:{allowedValues: schema57.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.type.enum,parentSchema:schema57.properties.type,data:data146};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data143.externalId !== undefined){
let data147 = data143.externalId;
if(typeof data147 !== "string"){
const err311 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalId",schemaPath:"#/$defs/Group/properties/externalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.externalId.type,parentSchema:schema57.properties.externalId,data:data147};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
}
else {
const err312 = {instancePath:instancePath+"/groups/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Group/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data143};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
}
else {
const err313 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.groups.type,parentSchema:schema31.properties.groups,data:data142};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data.loggers !== undefined){
let data148 = data.loggers;
if(data148 && typeof data148 == "object" && !Array.isArray(data148)){
for(const key48 in data148){
const _errs375 = errors;
if(typeof key48 === "string"){
if(func2(key48) > 256){
const err314 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.loggers.propertyNames,data:key48,propertyName:key48};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if(func2(key48) < 1){
const err315 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.loggers.propertyNames,data:key48,propertyName:key48};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if(!pattern7.test(key48)){
const err316 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.loggers.propertyNames,data:key48,propertyName:key48};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
var valid108 = _errs375 === errors;
if(!valid108){
const err317 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames",keyword:"propertyNames",params:{propertyName: key48},message:"property name must be valid",schema:schema31.properties.loggers.propertyNames,parentSchema:schema31.properties.loggers,data:data148};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
for(const key49 in data148){
let data149 = data148[key49];
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
if(data149.loggerType === undefined){
const err318 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Logger/required",keyword:"required",params:{missingProperty: "loggerType"},message:"must have required property '"+"loggerType"+"'",schema:schema58.required,parentSchema:schema58,data:data149};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
for(const key50 in data149){
if(!((((((key50 === "loggerType") || (key50 === "description")) || (key50 === "credentials")) || (key50 === "isBuffered")) || (key50 === "resourceId")) || (key50 === "ignore"))){
const err319 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Logger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data:data149};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data149.loggerType !== undefined){
let data150 = data149.loggerType;
if(typeof data150 !== "string"){
const err320 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/loggerType",schemaPath:"#/$defs/Logger/properties/loggerType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.loggerType.type,parentSchema:schema58.properties.loggerType,data:data150};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
if(!(((data150 === "azureEventHub") || (data150 === "applicationInsights")) || (data150 === "azureMonitor"))){
const err321 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/loggerType",schemaPath:"#/$defs/Logger/properties/loggerType/enum",keyword:"enum",params:{allowedValues: schema58.properties.loggerType.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.loggerType.enum,parentSchema:schema58.properties.loggerType,data:data150};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data149.description !== undefined){
let data151 = data149.description;
if(typeof data151 === "string"){
if(func2(data151) > 256){
const err322 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Logger/properties/description/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.description,data:data151};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
else {
const err323 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/Logger/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.description.type,parentSchema:schema58.properties.description,data:data151};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data149.credentials !== undefined){
let data152 = data149.credentials;
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
for(const key51 in data152){
let data153 = data152[key51];
if(typeof data153 !== "string"){
const err324 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Logger/properties/credentials/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.credentials.additionalProperties.type,parentSchema:schema58.properties.credentials.additionalProperties,data:data153};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
}
else {
const err325 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials",schemaPath:"#/$defs/Logger/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.credentials.type,parentSchema:schema58.properties.credentials,data:data152};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data149.isBuffered !== undefined){
let data154 = data149.isBuffered;
if(typeof data154 !== "boolean"){
const err326 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/isBuffered",schemaPath:"#/$defs/Logger/properties/isBuffered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.isBuffered.type,parentSchema:schema58.properties.isBuffered,data:data154};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data149.resourceId !== undefined){
let data155 = data149.resourceId;
if(typeof data155 !== "string"){
const err327 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/resourceId",schemaPath:"#/$defs/Logger/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.resourceId.type,parentSchema:schema58.properties.resourceId,data:data155};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data149.ignore !== undefined){
let data156 = data149.ignore;
if(Array.isArray(data156)){
const len23 = data156.length;
for(let i24=0; i24<len23; i24++){
let data157 = data156[i24];
if(typeof data157 === "string"){
if(!pattern10.test(data157)){
const err328 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i24,schemaPath:"#/$defs/Logger/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema58.properties.ignore.items,data:data157};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i24,schemaPath:"#/$defs/Logger/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.ignore.items.type,parentSchema:schema58.properties.ignore.items,data:data157};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
else {
const err330 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore",schemaPath:"#/$defs/Logger/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.ignore.type,parentSchema:schema58.properties.ignore,data:data156};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/loggers/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Logger/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data149};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
}
else {
const err332 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.loggers.type,parentSchema:schema31.properties.loggers,data:data148};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data.diagnostics !== undefined){
let data158 = data.diagnostics;
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
for(const key52 in data158){
const _errs400 = errors;
if(typeof key52 === "string"){
if(func2(key52) > 80){
const err333 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.diagnostics.propertyNames,data:key52,propertyName:key52};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(func2(key52) < 1){
const err334 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.diagnostics.propertyNames,data:key52,propertyName:key52};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if(!pattern21.test(key52)){
const err335 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(applicationinsights|azuremonitor|local)$"},message:"must match pattern \""+"^(applicationinsights|azuremonitor|local)$"+"\"",schema:"^(applicationinsights|azuremonitor|local)$",parentSchema:schema31.properties.diagnostics.propertyNames,data:key52,propertyName:key52};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
var valid115 = _errs400 === errors;
if(!valid115){
const err336 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames",keyword:"propertyNames",params:{propertyName: key52},message:"property name must be valid",schema:schema31.properties.diagnostics.propertyNames,parentSchema:schema31.properties.diagnostics,data:data158};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
for(const key53 in data158){
let data159 = data158[key53];
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
if(data159.logger === undefined){
const err337 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Diagnostic/required",keyword:"required",params:{missingProperty: "logger"},message:"must have required property '"+"logger"+"'",schema:schema48.required,parentSchema:schema48,data:data159};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
for(const key54 in data159){
if(!(func1.call(schema48.properties, key54))){
const err338 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Diagnostic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data159};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data159.alwaysLog !== undefined){
let data160 = data159.alwaysLog;
if(typeof data160 !== "string"){
const err339 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/alwaysLog",schemaPath:"#/$defs/Diagnostic/properties/alwaysLog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.alwaysLog.type,parentSchema:schema48.properties.alwaysLog,data:data160};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(!(data160 === "allErrors")){
const err340 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/alwaysLog",schemaPath:"#/$defs/Diagnostic/properties/alwaysLog/enum",keyword:"enum",params:{allowedValues: schema48.properties.alwaysLog.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.alwaysLog.enum,parentSchema:schema48.properties.alwaysLog,data:data160};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data159.sampling !== undefined){
let data161 = data159.sampling;
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
for(const key55 in data161){
if(!((key55 === "samplingType") || (key55 === "percentage"))){
const err341 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling",schemaPath:"#/$defs/Diagnostic/properties/sampling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.sampling,data:data161};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data161.samplingType !== undefined){
let data162 = data161.samplingType;
if(typeof data162 !== "string"){
const err342 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/samplingType",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/samplingType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.sampling.properties.samplingType.type,parentSchema:schema48.properties.sampling.properties.samplingType,data:data162};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
if(!(data162 === "fixed")){
const err343 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/samplingType",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/samplingType/enum",keyword:"enum",params:{allowedValues: schema48.properties.sampling.properties.samplingType.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.sampling.properties.samplingType.enum,parentSchema:schema48.properties.sampling.properties.samplingType,data:data162};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data161.percentage !== undefined){
let data163 = data161.percentage;
if(typeof data163 == "number"){
if(data163 > 100 || isNaN(data163)){
const err344 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.sampling.properties.percentage,data:data163};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(data163 < 0 || isNaN(data163)){
const err345 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.sampling.properties.percentage,data:data163};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
if(!(formats0.validate(data163))){
const err346 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema48.properties.sampling.properties.percentage,data:data163};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
else {
const err347 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling/percentage",schemaPath:"#/$defs/Diagnostic/properties/sampling/properties/percentage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.sampling.properties.percentage.type,parentSchema:schema48.properties.sampling.properties.percentage,data:data163};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
}
else {
const err348 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampling",schemaPath:"#/$defs/Diagnostic/properties/sampling/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.sampling.type,parentSchema:schema48.properties.sampling,data:data161};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data159.frontend !== undefined){
let data164 = data159.frontend;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
for(const key56 in data164){
if(!((key56 === "request") || (key56 === "response"))){
const err349 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend",schemaPath:"#/$defs/Diagnostic/properties/frontend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend,data:data164};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data164.request !== undefined){
let data165 = data164.request;
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
for(const key57 in data165){
if(!(((key57 === "headers") || (key57 === "body")) || (key57 === "dataMasking"))){
const err350 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request,data:data165};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data165.headers !== undefined){
let data166 = data165.headers;
if(Array.isArray(data166)){
const len24 = data166.length;
for(let i25=0; i25<len24; i25++){
let data167 = data166[i25];
if(typeof data167 !== "string"){
const err351 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/headers/" + i25,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.request.properties.headers.items,data:data167};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
}
else {
const err352 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.request.properties.headers.type,parentSchema:schema48.properties.frontend.properties.request.properties.headers,data:data166};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data165.body !== undefined){
let data168 = data165.body;
if(data168 && typeof data168 == "object" && !Array.isArray(data168)){
for(const key58 in data168){
if(!(key58 === "bytes")){
const err353 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.body,data:data168};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data168.bytes !== undefined){
let data169 = data168.bytes;
if(!((typeof data169 == "number") && (!(data169 % 1) && !isNaN(data169)))){
const err354 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.frontend.properties.request.properties.body.properties.bytes.type,parentSchema:schema48.properties.frontend.properties.request.properties.body.properties.bytes,data:data169};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if(typeof data169 == "number"){
if(data169 > 8192 || isNaN(data169)){
const err355 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.frontend.properties.request.properties.body.properties.bytes,data:data169};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(!(formats2.validate(data169))){
const err356 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.frontend.properties.request.properties.body.properties.bytes,data:data169};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
}
}
else {
const err357 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.body.type,parentSchema:schema48.properties.frontend.properties.request.properties.body,data:data168};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data165.dataMasking !== undefined){
let data170 = data165.dataMasking;
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
for(const key59 in data170){
if(!((key59 === "queryParams") || (key59 === "headers"))){
const err358 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking,data:data170};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data170.queryParams !== undefined){
let data171 = data170.queryParams;
if(Array.isArray(data171)){
const len25 = data171.length;
for(let i26=0; i26<len25; i26++){
let data172 = data171[i26];
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key60 in data172){
if(!((key60 === "value") || (key60 === "mode"))){
const err359 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i26,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items,data:data172};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data172.value !== undefined){
let data173 = data172.value;
if(typeof data173 !== "string"){
const err360 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i26+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value,data:data173};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
if(data172.mode !== undefined){
let data174 = data172.mode;
if(typeof data174 !== "string"){
const err361 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i26+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data174};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if(!((data174 === "Mask") || (data174 === "Hide"))){
const err362 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i26+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data174};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
else {
const err363 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams/" + i26,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items,data:data172};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
}
else {
const err364 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.queryParams,data:data171};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data170.headers !== undefined){
let data175 = data170.headers;
if(Array.isArray(data175)){
const len26 = data175.length;
for(let i27=0; i27<len26; i27++){
let data176 = data175[i27];
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
for(const key61 in data176){
if(!((key61 === "value") || (key61 === "mode"))){
const err365 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i27,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items,data:data176};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data176.value !== undefined){
let data177 = data176.value;
if(typeof data177 !== "string"){
const err366 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i27+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.value,data:data177};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data176.mode !== undefined){
let data178 = data176.mode;
if(typeof data178 !== "string"){
const err367 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i27+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data178};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
if(!((data178 === "Mask") || (data178 === "Hide"))){
const err368 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i27+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data178};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
else {
const err369 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers/" + i27,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.items,data:data176};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
}
else {
const err370 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking.properties.headers,data:data175};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
}
else {
const err371 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.properties.dataMasking.type,parentSchema:schema48.properties.frontend.properties.request.properties.dataMasking,data:data170};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
}
else {
const err372 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/request",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.request.type,parentSchema:schema48.properties.frontend.properties.request,data:data165};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data164.response !== undefined){
let data179 = data164.response;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
for(const key62 in data179){
if(!(((key62 === "headers") || (key62 === "body")) || (key62 === "dataMasking"))){
const err373 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response,data:data179};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data179.headers !== undefined){
let data180 = data179.headers;
if(Array.isArray(data180)){
const len27 = data180.length;
for(let i28=0; i28<len27; i28++){
let data181 = data180[i28];
if(typeof data181 !== "string"){
const err374 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/headers/" + i28,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.response.properties.headers.items,data:data181};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
}
else {
const err375 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.response.properties.headers.type,parentSchema:schema48.properties.frontend.properties.response.properties.headers,data:data180};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data179.body !== undefined){
let data182 = data179.body;
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
for(const key63 in data182){
if(!(key63 === "bytes")){
const err376 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.body,data:data182};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data182.bytes !== undefined){
let data183 = data182.bytes;
if(!((typeof data183 == "number") && (!(data183 % 1) && !isNaN(data183)))){
const err377 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.frontend.properties.response.properties.body.properties.bytes.type,parentSchema:schema48.properties.frontend.properties.response.properties.body.properties.bytes,data:data183};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if(typeof data183 == "number"){
if(data183 > 8192 || isNaN(data183)){
const err378 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.frontend.properties.response.properties.body.properties.bytes,data:data183};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if(!(formats2.validate(data183))){
const err379 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.frontend.properties.response.properties.body.properties.bytes,data:data183};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
}
}
else {
const err380 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/body",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.body.type,parentSchema:schema48.properties.frontend.properties.response.properties.body,data:data182};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data179.dataMasking !== undefined){
let data184 = data179.dataMasking;
if(data184 && typeof data184 == "object" && !Array.isArray(data184)){
for(const key64 in data184){
if(!((key64 === "queryParams") || (key64 === "headers"))){
const err381 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking,data:data184};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data184.queryParams !== undefined){
let data185 = data184.queryParams;
if(Array.isArray(data185)){
const len28 = data185.length;
for(let i29=0; i29<len28; i29++){
let data186 = data185[i29];
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
for(const key65 in data186){
if(!((key65 === "value") || (key65 === "mode"))){
const err382 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i29,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items,data:data186};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data186.value !== undefined){
let data187 = data186.value;
if(typeof data187 !== "string"){
const err383 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i29+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value,data:data187};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data186.mode !== undefined){
let data188 = data186.mode;
if(typeof data188 !== "string"){
const err384 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i29+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data188};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
if(!((data188 === "Mask") || (data188 === "Hide"))){
const err385 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i29+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data188};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
}
else {
const err386 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams/" + i29,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items,data:data186};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
}
else {
const err387 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.queryParams,data:data185};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data184.headers !== undefined){
let data189 = data184.headers;
if(Array.isArray(data189)){
const len29 = data189.length;
for(let i30=0; i30<len29; i30++){
let data190 = data189[i30];
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key66 in data190){
if(!((key66 === "value") || (key66 === "mode"))){
const err388 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i30,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items,data:data190};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data190.value !== undefined){
let data191 = data190.value;
if(typeof data191 !== "string"){
const err389 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i30+"/value",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.value,data:data191};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data190.mode !== undefined){
let data192 = data190.mode;
if(typeof data192 !== "string"){
const err390 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i30+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data192};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
if(!((data192 === "Mask") || (data192 === "Hide"))){
const err391 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i30+"/mode",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data192};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
else {
const err392 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers/" + i30,schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.items,data:data190};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
}
else {
const err393 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking.properties.headers,data:data189};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
}
else {
const err394 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.properties.dataMasking.type,parentSchema:schema48.properties.frontend.properties.response.properties.dataMasking,data:data184};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
}
else {
const err395 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend/response",schemaPath:"#/$defs/Diagnostic/properties/frontend/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.properties.response.type,parentSchema:schema48.properties.frontend.properties.response,data:data179};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
}
else {
const err396 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/frontend",schemaPath:"#/$defs/Diagnostic/properties/frontend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.frontend.type,parentSchema:schema48.properties.frontend,data:data164};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data159.backend !== undefined){
let data193 = data159.backend;
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
for(const key67 in data193){
if(!((key67 === "request") || (key67 === "response"))){
const err397 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend",schemaPath:"#/$defs/Diagnostic/properties/backend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend,data:data193};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data193.request !== undefined){
let data194 = data193.request;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
for(const key68 in data194){
if(!(((key68 === "headers") || (key68 === "body")) || (key68 === "dataMasking"))){
const err398 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request,data:data194};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data194.headers !== undefined){
let data195 = data194.headers;
if(Array.isArray(data195)){
const len30 = data195.length;
for(let i31=0; i31<len30; i31++){
let data196 = data195[i31];
if(typeof data196 !== "string"){
const err399 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/headers/" + i31,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.request.properties.headers.items,data:data196};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
}
else {
const err400 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.request.properties.headers.type,parentSchema:schema48.properties.backend.properties.request.properties.headers,data:data195};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data194.body !== undefined){
let data197 = data194.body;
if(data197 && typeof data197 == "object" && !Array.isArray(data197)){
for(const key69 in data197){
if(!(key69 === "bytes")){
const err401 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.body,data:data197};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data197.bytes !== undefined){
let data198 = data197.bytes;
if(!((typeof data198 == "number") && (!(data198 % 1) && !isNaN(data198)))){
const err402 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.backend.properties.request.properties.body.properties.bytes.type,parentSchema:schema48.properties.backend.properties.request.properties.body.properties.bytes,data:data198};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
if(typeof data198 == "number"){
if(data198 > 8192 || isNaN(data198)){
const err403 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.backend.properties.request.properties.body.properties.bytes,data:data198};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
if(!(formats2.validate(data198))){
const err404 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.backend.properties.request.properties.body.properties.bytes,data:data198};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
}
}
else {
const err405 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.body.type,parentSchema:schema48.properties.backend.properties.request.properties.body,data:data197};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
if(data194.dataMasking !== undefined){
let data199 = data194.dataMasking;
if(data199 && typeof data199 == "object" && !Array.isArray(data199)){
for(const key70 in data199){
if(!((key70 === "queryParams") || (key70 === "headers"))){
const err406 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking,data:data199};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data199.queryParams !== undefined){
let data200 = data199.queryParams;
if(Array.isArray(data200)){
const len31 = data200.length;
for(let i32=0; i32<len31; i32++){
let data201 = data200[i32];
if(data201 && typeof data201 == "object" && !Array.isArray(data201)){
for(const key71 in data201){
if(!((key71 === "value") || (key71 === "mode"))){
const err407 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i32,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items,data:data201};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data201.value !== undefined){
let data202 = data201.value;
if(typeof data202 !== "string"){
const err408 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i32+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value,data:data202};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data201.mode !== undefined){
let data203 = data201.mode;
if(typeof data203 !== "string"){
const err409 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i32+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data203};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if(!((data203 === "Mask") || (data203 === "Hide"))){
const err410 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i32+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data203};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
}
else {
const err411 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams/" + i32,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items,data:data201};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
}
else {
const err412 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.queryParams,data:data200};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
if(data199.headers !== undefined){
let data204 = data199.headers;
if(Array.isArray(data204)){
const len32 = data204.length;
for(let i33=0; i33<len32; i33++){
let data205 = data204[i33];
if(data205 && typeof data205 == "object" && !Array.isArray(data205)){
for(const key72 in data205){
if(!((key72 === "value") || (key72 === "mode"))){
const err413 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i33,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items,data:data205};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data205.value !== undefined){
let data206 = data205.value;
if(typeof data206 !== "string"){
const err414 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i33+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.value,data:data206};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
if(data205.mode !== undefined){
let data207 = data205.mode;
if(typeof data207 !== "string"){
const err415 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i33+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data207};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
if(!((data207 === "Mask") || (data207 === "Hide"))){
const err416 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i33+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data207};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
}
else {
const err417 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers/" + i33,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.items,data:data205};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
}
else {
const err418 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking.properties.headers,data:data204};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
}
else {
const err419 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.properties.dataMasking.type,parentSchema:schema48.properties.backend.properties.request.properties.dataMasking,data:data199};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
}
else {
const err420 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/request",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.request.type,parentSchema:schema48.properties.backend.properties.request,data:data194};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data193.response !== undefined){
let data208 = data193.response;
if(data208 && typeof data208 == "object" && !Array.isArray(data208)){
for(const key73 in data208){
if(!(((key73 === "headers") || (key73 === "body")) || (key73 === "dataMasking"))){
const err421 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response,data:data208};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data208.headers !== undefined){
let data209 = data208.headers;
if(Array.isArray(data209)){
const len33 = data209.length;
for(let i34=0; i34<len33; i34++){
let data210 = data209[i34];
if(typeof data210 !== "string"){
const err422 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/headers/" + i34,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.response.properties.headers.items,data:data210};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
}
else {
const err423 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.response.properties.headers.type,parentSchema:schema48.properties.backend.properties.response.properties.headers,data:data209};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data208.body !== undefined){
let data211 = data208.body;
if(data211 && typeof data211 == "object" && !Array.isArray(data211)){
for(const key74 in data211){
if(!(key74 === "bytes")){
const err424 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.body,data:data211};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data211.bytes !== undefined){
let data212 = data211.bytes;
if(!((typeof data212 == "number") && (!(data212 % 1) && !isNaN(data212)))){
const err425 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.backend.properties.response.properties.body.properties.bytes.type,parentSchema:schema48.properties.backend.properties.response.properties.body.properties.bytes,data:data212};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
if(typeof data212 == "number"){
if(data212 > 8192 || isNaN(data212)){
const err426 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema48.properties.backend.properties.response.properties.body.properties.bytes,data:data212};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if(!(formats2.validate(data212))){
const err427 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body/bytes",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema48.properties.backend.properties.response.properties.body.properties.bytes,data:data212};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
}
}
else {
const err428 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/body",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.body.type,parentSchema:schema48.properties.backend.properties.response.properties.body,data:data211};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data208.dataMasking !== undefined){
let data213 = data208.dataMasking;
if(data213 && typeof data213 == "object" && !Array.isArray(data213)){
for(const key75 in data213){
if(!((key75 === "queryParams") || (key75 === "headers"))){
const err429 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking,data:data213};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data213.queryParams !== undefined){
let data214 = data213.queryParams;
if(Array.isArray(data214)){
const len34 = data214.length;
for(let i35=0; i35<len34; i35++){
let data215 = data214[i35];
if(data215 && typeof data215 == "object" && !Array.isArray(data215)){
for(const key76 in data215){
if(!((key76 === "value") || (key76 === "mode"))){
const err430 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i35,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items,data:data215};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data215.value !== undefined){
let data216 = data215.value;
if(typeof data216 !== "string"){
const err431 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i35+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value,data:data216};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data215.mode !== undefined){
let data217 = data215.mode;
if(typeof data217 !== "string"){
const err432 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i35+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data217};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
if(!((data217 === "Mask") || (data217 === "Hide"))){
const err433 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i35+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data217};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
}
else {
const err434 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams/" + i35,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items,data:data215};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
}
else {
const err435 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/queryParams",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.queryParams,data:data214};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data213.headers !== undefined){
let data218 = data213.headers;
if(Array.isArray(data218)){
const len35 = data218.length;
for(let i36=0; i36<len35; i36++){
let data219 = data218[i36];
if(data219 && typeof data219 == "object" && !Array.isArray(data219)){
for(const key77 in data219){
if(!((key77 === "value") || (key77 === "mode"))){
const err436 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i36,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items,data:data219};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data219.value !== undefined){
let data220 = data219.value;
if(typeof data220 !== "string"){
const err437 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i36+"/value",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.value,data:data220};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data219.mode !== undefined){
let data221 = data219.mode;
if(typeof data221 !== "string"){
const err438 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i36+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data221};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
if(!((data221 === "Mask") || (data221 === "Hide"))){
const err439 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i36+"/mode",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data221};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
}
else {
const err440 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers/" + i36,schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.items,data:data219};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
}
else {
const err441 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking/headers",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking.properties.headers,data:data218};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
}
else {
const err442 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response/dataMasking",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.properties.dataMasking.type,parentSchema:schema48.properties.backend.properties.response.properties.dataMasking,data:data213};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
}
else {
const err443 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend/response",schemaPath:"#/$defs/Diagnostic/properties/backend/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.properties.response.type,parentSchema:schema48.properties.backend.properties.response,data:data208};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
}
else {
const err444 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/backend",schemaPath:"#/$defs/Diagnostic/properties/backend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.backend.type,parentSchema:schema48.properties.backend,data:data193};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
if(data159.logClientIp !== undefined){
let data222 = data159.logClientIp;
if(typeof data222 !== "boolean"){
const err445 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/logClientIp",schemaPath:"#/$defs/Diagnostic/properties/logClientIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.logClientIp.type,parentSchema:schema48.properties.logClientIp,data:data222};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data159.httpCorrelationProtocol !== undefined){
let data223 = data159.httpCorrelationProtocol;
if(typeof data223 !== "string"){
const err446 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/httpCorrelationProtocol",schemaPath:"#/$defs/Diagnostic/properties/httpCorrelationProtocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.httpCorrelationProtocol.type,parentSchema:schema48.properties.httpCorrelationProtocol,data:data223};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
if(!(((data223 === "None") || (data223 === "Legacy")) || (data223 === "W3C"))){
const err447 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/httpCorrelationProtocol",schemaPath:"#/$defs/Diagnostic/properties/httpCorrelationProtocol/enum",keyword:"enum",params:{allowedValues: schema48.properties.httpCorrelationProtocol.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.httpCorrelationProtocol.enum,parentSchema:schema48.properties.httpCorrelationProtocol,data:data223};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data159.verbosity !== undefined){
let data224 = data159.verbosity;
if(typeof data224 !== "string"){
const err448 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/verbosity",schemaPath:"#/$defs/Diagnostic/properties/verbosity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.verbosity.type,parentSchema:schema48.properties.verbosity,data:data224};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
if(!(((data224 === "verbose") || (data224 === "information")) || (data224 === "error"))){
const err449 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/verbosity",schemaPath:"#/$defs/Diagnostic/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema48.properties.verbosity.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.verbosity.enum,parentSchema:schema48.properties.verbosity,data:data224};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
if(data159.operationNameFormat !== undefined){
let data225 = data159.operationNameFormat;
if(typeof data225 !== "string"){
const err450 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/operationNameFormat",schemaPath:"#/$defs/Diagnostic/properties/operationNameFormat/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.operationNameFormat.type,parentSchema:schema48.properties.operationNameFormat,data:data225};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
if(!((data225 === "Name") || (data225 === "Url"))){
const err451 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/operationNameFormat",schemaPath:"#/$defs/Diagnostic/properties/operationNameFormat/enum",keyword:"enum",params:{allowedValues: schema48.properties.operationNameFormat.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.operationNameFormat.enum,parentSchema:schema48.properties.operationNameFormat,data:data225};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data159.metrics !== undefined){
let data226 = data159.metrics;
if(typeof data226 !== "boolean"){
const err452 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/metrics",schemaPath:"#/$defs/Diagnostic/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.metrics.type,parentSchema:schema48.properties.metrics,data:data226};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data159.logger !== undefined){
let data227 = data159.logger;
if(typeof data227 !== "string"){
const err453 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/logger",schemaPath:"#/$defs/Diagnostic/properties/logger/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.logger.type,parentSchema:schema48.properties.logger,data:data227};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
if(data159.ignore !== undefined){
let data228 = data159.ignore;
if(Array.isArray(data228)){
const len36 = data228.length;
for(let i37=0; i37<len36; i37++){
let data229 = data228[i37];
if(typeof data229 === "string"){
if(!pattern10.test(data229)){
const err454 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i37,schemaPath:"#/$defs/Diagnostic/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema48.properties.ignore.items,data:data229};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
else {
const err455 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore/" + i37,schemaPath:"#/$defs/Diagnostic/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.ignore.items.type,parentSchema:schema48.properties.ignore.items,data:data229};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
}
else {
const err456 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignore",schemaPath:"#/$defs/Diagnostic/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.ignore.type,parentSchema:schema48.properties.ignore,data:data228};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
}
else {
const err457 = {instancePath:instancePath+"/diagnostics/" + key53.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Diagnostic/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data159};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
}
else {
const err458 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.diagnostics.type,parentSchema:schema31.properties.diagnostics,data:data158};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data.certificates !== undefined){
let data230 = data.certificates;
if(data230 && typeof data230 == "object" && !Array.isArray(data230)){
for(const key78 in data230){
const _errs571 = errors;
if(typeof key78 === "string"){
if(func2(key78) > 80){
const err459 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.certificates.propertyNames,data:key78,propertyName:key78};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
if(func2(key78) < 1){
const err460 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.certificates.propertyNames,data:key78,propertyName:key78};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(!pattern7.test(key78)){
const err461 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.certificates.propertyNames,data:key78,propertyName:key78};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
var valid168 = _errs571 === errors;
if(!valid168){
const err462 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames",keyword:"propertyNames",params:{propertyName: key78},message:"property name must be valid",schema:schema31.properties.certificates.propertyNames,parentSchema:schema31.properties.certificates,data:data230};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
for(const key79 in data230){
if(!(validate35(data230[key79], {instancePath:instancePath+"/certificates/" + key79.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data230,parentDataProperty:key79,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err463 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.certificates.type,parentSchema:schema31.properties.certificates,data:data230};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data.subscriptions !== undefined){
let data232 = data.subscriptions;
if(data232 && typeof data232 == "object" && !Array.isArray(data232)){
for(const key80 in data232){
const _errs576 = errors;
if(typeof key80 === "string"){
if(func2(key80) > 256){
const err464 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.subscriptions.propertyNames,data:key80,propertyName:key80};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
if(func2(key80) < 1){
const err465 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.subscriptions.propertyNames,data:key80,propertyName:key80};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
if(!pattern7.test(key80)){
const err466 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.subscriptions.propertyNames,data:key80,propertyName:key80};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
var valid170 = _errs576 === errors;
if(!valid170){
const err467 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames",keyword:"propertyNames",params:{propertyName: key80},message:"property name must be valid",schema:schema31.properties.subscriptions.propertyNames,parentSchema:schema31.properties.subscriptions,data:data232};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
for(const key81 in data232){
if(!(validate37(data232[key81], {instancePath:instancePath+"/subscriptions/" + key81.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data232,parentDataProperty:key81,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err468 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.subscriptions.type,parentSchema:schema31.properties.subscriptions,data:data232};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data.authorizationServers !== undefined){
let data234 = data.authorizationServers;
if(data234 && typeof data234 == "object" && !Array.isArray(data234)){
for(const key82 in data234){
const _errs581 = errors;
if(typeof key82 === "string"){
if(func2(key82) > 80){
const err469 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.authorizationServers.propertyNames,data:key82,propertyName:key82};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if(func2(key82) < 1){
const err470 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.authorizationServers.propertyNames,data:key82,propertyName:key82};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
if(!pattern7.test(key82)){
const err471 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.authorizationServers.propertyNames,data:key82,propertyName:key82};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
var valid172 = _errs581 === errors;
if(!valid172){
const err472 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames",keyword:"propertyNames",params:{propertyName: key82},message:"property name must be valid",schema:schema31.properties.authorizationServers.propertyNames,parentSchema:schema31.properties.authorizationServers,data:data234};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
for(const key83 in data234){
if(!(validate39(data234[key83], {instancePath:instancePath+"/authorizationServers/" + key83.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data234,parentDataProperty:key83,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err473 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.authorizationServers.type,parentSchema:schema31.properties.authorizationServers,data:data234};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data.openidConnectProviders !== undefined){
let data236 = data.openidConnectProviders;
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
for(const key84 in data236){
const _errs586 = errors;
if(typeof key84 === "string"){
if(func2(key84) > 256){
const err474 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.openidConnectProviders.propertyNames,data:key84,propertyName:key84};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
if(func2(key84) < 1){
const err475 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.openidConnectProviders.propertyNames,data:key84,propertyName:key84};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
if(!pattern7.test(key84)){
const err476 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema31.properties.openidConnectProviders.propertyNames,data:key84,propertyName:key84};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
var valid174 = _errs586 === errors;
if(!valid174){
const err477 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames",keyword:"propertyNames",params:{propertyName: key84},message:"property name must be valid",schema:schema31.properties.openidConnectProviders.propertyNames,parentSchema:schema31.properties.openidConnectProviders,data:data236};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
for(const key85 in data236){
if(!(validate41(data236[key85], {instancePath:instancePath+"/openidConnectProviders/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data236,parentDataProperty:key85,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err478 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.openidConnectProviders.type,parentSchema:schema31.properties.openidConnectProviders,data:data236};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
if(data.caches !== undefined){
let data238 = data.caches;
if(data238 && typeof data238 == "object" && !Array.isArray(data238)){
for(const key86 in data238){
const _errs591 = errors;
if(typeof key86 === "string"){
if(func2(key86) > 80){
const err479 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.caches.propertyNames,data:key86,propertyName:key86};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
if(func2(key86) < 1){
const err480 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.caches.propertyNames,data:key86,propertyName:key86};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(!pattern27.test(key86)){
const err481 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema31.properties.caches.propertyNames,data:key86,propertyName:key86};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
var valid176 = _errs591 === errors;
if(!valid176){
const err482 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames",keyword:"propertyNames",params:{propertyName: key86},message:"property name must be valid",schema:schema31.properties.caches.propertyNames,parentSchema:schema31.properties.caches,data:data238};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
for(const key87 in data238){
if(!(validate43(data238[key87], {instancePath:instancePath+"/caches/" + key87.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data238,parentDataProperty:key87,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err483 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.caches.type,parentSchema:schema31.properties.caches,data:data238};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
}
else {
const err484 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

