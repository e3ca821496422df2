// Generated from schema/apimc.schema.json by `npm run gen` (scripts/gen-validator.js). Do not edit.
"use strict";
module.exports = validate52;
module.exports.default = validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://apimc.dev/schema/v1/apimc.schema.json","title":"ApimcDeclarations","description":"An apimc declaration set for one Azure API Management instance (format v1). Property names mirror the ARM REST contract of api-version 2024-05-01.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"JSON Schema reference, for editors."},"version":{"const":1,"description":"Declaration format version. Always 1."},"include":{"type":"array","description":"Glob patterns, relative to this file, of further declaration files merged into this one.","items":{"type":"string","minLength":1}},"service":{"$ref":"#/$defs/Service"},"namedValues":{"type":"object","description":"Named values, keyed by ARM resource name. Policies reference them as `{{displayName}}`.","additionalProperties":{"$ref":"#/$defs/NamedValue"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"backends":{"type":"object","description":"Backends, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Backend"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"apis":{"type":"object","description":"APIs, keyed by ARM resource name (apiId).","additionalProperties":{"$ref":"#/$defs/Api"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"apiVersionSets":{"type":"object","description":"API version sets, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/ApiVersionSet"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"products":{"type":"object","description":"Products, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Product"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"policyFragments":{"type":"object","description":"Policy fragments, keyed by ARM resource name; policies include them with `<include-fragment fragment-id=\"...\" />`.","additionalProperties":{"$ref":"#/$defs/PolicyFragment"},"propertyNames":{"pattern":"^[A-Za-z0-9-]+$","minLength":1,"maxLength":80}},"policy":{"description":"The global (all APIs) policy. A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"gateways":{"type":"object","description":"Self-hosted gateways, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Gateway"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"tags":{"type":"object","description":"Tags, keyed by ARM resource name. Products, APIs and operations name them in their `tags` lists.","additionalProperties":{"$ref":"#/$defs/Tag"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"groups":{"type":"object","description":"User groups, keyed by ARM resource name. The built-in `administrators`, `developers` and `guests` need no declaration.","additionalProperties":{"$ref":"#/$defs/Group"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"loggers":{"type":"object","description":"Loggers (Application Insights, Event Hub, Azure Monitor), keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Logger"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"diagnostics":{"type":"object","description":"Service-level diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`).","additionalProperties":{"$ref":"#/$defs/Diagnostic"},"propertyNames":{"pattern":"^(applicationinsights|azuremonitor|local)$","minLength":1,"maxLength":80}},"certificates":{"type":"object","description":"Certificates, keyed by ARM resource name. Backends and policies name them.","additionalProperties":{"$ref":"#/$defs/Certificate"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"subscriptions":{"type":"object","description":"Subscriptions, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/Subscription"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"authorizationServers":{"type":"object","description":"OAuth 2.0 authorization servers, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/AuthorizationServer"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80}},"openidConnectProviders":{"type":"object","description":"OpenID Connect providers, keyed by ARM resource name.","additionalProperties":{"$ref":"#/$defs/OpenidConnectProvider"},"propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":256}},"caches":{"type":"object","description":"External caches, keyed by the Azure region they serve (or `default`).","additionalProperties":{"$ref":"#/$defs/Cache"},"propertyNames":{"pattern":"^[A-Za-z0-9-]+$","minLength":1,"maxLength":80}}},"$defs":{"Service":{"type":"object","description":"The API Management instance.","properties":{"name":{"type":"string","description":"Name of the API Management service (the `<name>.azure-api.net` host). The ARM template's `serviceName` parameter defaults to it.","pattern":"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","minLength":1,"maxLength":50},"resourceGroup":{"type":"string","description":"Resource group of the service, used by `apimc plan --live` and the deploy script."},"subscriptionId":{"type":"string","description":"Subscription id of the service.","pattern":"^[0-9a-fA-F-]{36}$"},"hostnames":{"type":"array","description":"Custom gateway hostnames of the managed gateway, used by preflight rules.","items":{"type":"string"}},"keyVaults":{"type":"object","description":"ARM resource ids of the Key Vaults that `fromKeyVault` named values read, keyed by vault name (the first label of the vault host). ARM parameter files need the id to reference a secret.","additionalProperties":{"type":"string","description":"ARM resource id of the vault, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`.","pattern":"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"}}},"additionalProperties":false,"required":["name"]},"NamedValue":{"type":"object","description":"A named value. Exactly one of `value`, `keyVault`, `fromKeyVault` or `fromParameter` gives its value.","properties":{"tags":{"type":"array","description":"Tags for filtering.","items":{"type":"string"},"maxItems":32},"secret":{"type":"boolean","description":"Whether APIM encrypts the value. Implied by `keyVault`, `fromKeyVault` and `fromParameter`."},"displayName":{"type":"string","description":"Name used in policies as `{{displayName}}`; defaults to the map key. Letters, digits, period, dash and underscore only.","pattern":"^[A-Za-z0-9-._]+$","minLength":1,"maxLength":256},"value":{"type":"string","description":"Literal, non-secret value (may hold policy expressions). Never put a secret here: use `keyVault`, `fromKeyVault` or `fromParameter`.","maxLength":4096},"keyVault":{"type":"object","description":"APIM fetches and refreshes the value from Key Vault itself.","properties":{"secretIdentifier":{"type":"string","description":"Key Vault secret identifier, `https://<vault>.vault.azure.net/secrets/<name>`. Leave out the version so APIM refreshes it."},"identityClientId":{"type":"string","description":"Client id of the user-assigned identity APIM uses to read the secret; omit for the system-assigned identity."}},"additionalProperties":false,"required":["secretIdentifier"]},"fromKeyVault":{"type":"string","description":"Key Vault secret URI that apimc resolves at deploy time and sends as a secret value."},"fromParameter":{"type":"string","description":"Name of a deploy-time parameter (an ARM `secureString` parameter, or a Pulumi secret) that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Backend":{"type":"object","description":"A backend: a single service (`Single`) or a load-balanced pool of backends (`Pool`).","properties":{"title":{"type":"string","description":"Backend Title.","minLength":1,"maxLength":300},"description":{"type":"string","description":"Backend Description.","minLength":1,"maxLength":2000},"resourceId":{"type":"string","description":"Management Uri of the Resource in External System. This URL can be the Arm Resource Id of Logic Apps, Function Apps or API Apps.","minLength":1,"maxLength":2000},"credentials":{"type":"object","description":"Credentials APIM sends to the backend. Values may be `{{named value}}` references.","properties":{"certificates":{"type":"array","description":"Names of certificates declared in `certificates` that APIM presents to the backend (become `certificateIds`).","items":{"type":"string"},"maxItems":32},"certificateIds":{"type":"array","description":"Client certificate ids.","items":{"type":"string"},"maxItems":32},"certificate":{"type":"array","description":"Client certificate thumbprints (ignored when `certificateIds` is set).","items":{"type":"string"},"maxItems":32},"query":{"type":"object","description":"Query parameters to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"header":{"type":"object","description":"Headers to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"authorization":{"type":"object","description":"Authorization header credentials.","properties":{"scheme":{"type":"string","description":"Authentication scheme, for example `Bearer`.","minLength":1,"maxLength":100},"parameter":{"type":"string","description":"Authentication parameter value.","minLength":1,"maxLength":300}},"additionalProperties":false,"required":["scheme","parameter"]}},"additionalProperties":false},"proxy":{"type":"object","description":"Web proxy between APIM and the backend.","properties":{"url":{"type":"string","description":"Proxy URL.","minLength":1,"maxLength":2000},"username":{"type":"string","description":"Proxy user name."},"password":{"type":"string","description":"Proxy password. Must be a `{{named value}}` reference to a secret named value, never a literal."}},"additionalProperties":false,"required":["url"]},"tls":{"type":"object","description":"TLS validation of the backend certificate.","properties":{"validateCertificateChain":{"type":"boolean","description":"Validate the backend certificate chain. Default true."},"validateCertificateName":{"type":"boolean","description":"Validate the backend certificate name. Default true."}},"additionalProperties":false},"circuitBreaker":{"type":"object","description":"Circuit breaker that stops sending to the backend after failures.","properties":{"rules":{"type":"array","description":"Trip rules (one is supported by APIM today).","items":{"type":"object","description":"A trip rule.","properties":{"name":{"type":"string","description":"Rule name."},"failureCondition":{"type":"object","description":"When the circuit trips. Give exactly one of `count` and `percentage`.","properties":{"count":{"type":"integer","description":"Number of failures in `interval` that trips the circuit.","minimum":1},"percentage":{"type":"integer","description":"Percentage of failures in `interval` that trips the circuit.","minimum":1,"maximum":100},"interval":{"type":"string","description":"Window in which failures are counted, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"statusCodeRanges":{"type":"array","description":"Status code ranges that count as failures.","items":{"type":"object","description":"A status code range.","properties":{"min":{"type":"integer","description":"Lowest status code.","minimum":200,"maximum":599},"max":{"type":"integer","description":"Highest status code.","minimum":200,"maximum":599}},"additionalProperties":false},"maxItems":10},"errorReasons":{"type":"array","description":"Error reasons that count as failures.","items":{"type":"string","maxLength":200},"maxItems":10}},"additionalProperties":false},"tripDuration":{"type":"string","description":"How long the circuit stays open, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"acceptRetryAfter":{"type":"boolean","description":"Honour the backend's Retry-After header for the trip duration."}},"additionalProperties":false,"required":["name","failureCondition","tripDuration"]},"maxItems":15}},"additionalProperties":false},"type":{"type":"string","enum":["Single","Pool"],"description":"Type of the backend. A backend can be either Single or Pool."},"url":{"type":"string","description":"Runtime Url of the Backend. Required when backend type is 'Single'.","minLength":1,"maxLength":2000},"protocol":{"type":"string","enum":["http","soap"],"description":"Backend communication protocol. Required when backend type is 'Single'."},"serviceFabricCluster":{"type":"object","description":"Service Fabric cluster backend settings.","properties":{"clientCertificate":{"type":"string","description":"Name of a certificate declared in `certificates` for the management endpoint (becomes `clientCertificateId`, a full ARM id)."},"clientCertificateId":{"type":"string","description":"Client certificate id for the management endpoint."},"clientCertificatethumbprint":{"type":"string","description":"Client certificate thumbprint for the management endpoint (ignored when `clientCertificateId` is set)."},"maxPartitionResolutionRetries":{"type":"integer","description":"Maximum retries while resolving a partition.","minimum":0},"managementEndpoints":{"type":"array","description":"Cluster management endpoints.","items":{"type":"string"},"minItems":1},"serverCertificateThumbprints":{"type":"array","description":"Thumbprints of the certificates the cluster management service uses for TLS.","items":{"type":"string"}},"serverX509Names":{"type":"array","description":"Server X509 certificate names.","items":{"type":"object","description":"A certificate name.","properties":{"name":{"type":"string","description":"Common name of the certificate."},"issuerCertificateThumbprint":{"type":"string","description":"Thumbprint of the issuer certificate."}},"additionalProperties":false}}},"additionalProperties":false,"required":["managementEndpoints"]},"pool":{"type":"object","description":"Pool members (type `Pool` only).","properties":{"services":{"type":"array","description":"Backends in the pool, by name.","items":{"type":"object","description":"A pool member.","properties":{"backend":{"type":"string","description":"Name of a `Single` backend declared in `backends`."},"priority":{"type":"integer","description":"Priority: lower numbers are served first. 0–100.","minimum":0,"maximum":100},"weight":{"type":"integer","description":"Weight within a priority group. 0–100.","minimum":0,"maximum":100}},"additionalProperties":false,"required":["backend"]},"minItems":1}},"additionalProperties":false,"required":["services"]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Parameter":{"type":"object","description":"A URL template, query or header parameter.","properties":{"name":{"type":"string","description":"Parameter name."},"description":{"type":"string","description":"Parameter description."},"type":{"type":"string","description":"Parameter type, for example `string` or `integer`."},"defaultValue":{"type":"string","description":"Default parameter value."},"required":{"type":"boolean","description":"Whether the parameter is required."},"values":{"type":"array","description":"Allowed values.","items":{"type":"string"}},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the parameter.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}}},"additionalProperties":false,"required":["name","type"]},"Representation":{"type":"object","description":"A request or response body representation.","properties":{"contentType":{"type":"string","description":"Content type, for example `application/json`."},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the body.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}},"formParameters":{"type":"array","description":"Form parameters, for `application/x-www-form-urlencoded` or `multipart/form-data`.","items":{"$ref":"#/$defs/Parameter"}}},"additionalProperties":false,"required":["contentType"]},"Operation":{"type":"object","description":"An API operation.","properties":{"templateParameters":{"type":"array","description":"Parameters of the URL template.","items":{"$ref":"#/$defs/Parameter"}},"description":{"type":"string","description":"Description of the operation. May include HTML formatting tags.","maxLength":1000},"request":{"type":"object","description":"Request details.","properties":{"description":{"type":"string","description":"Request description."},"queryParameters":{"type":"array","description":"Query parameters.","items":{"$ref":"#/$defs/Parameter"}},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false},"responses":{"type":"array","description":"Responses.","items":{"type":"object","description":"A response.","properties":{"statusCode":{"type":"integer","description":"HTTP status code.","minimum":100,"maximum":599},"description":{"type":"string","description":"Response description."},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false,"required":["statusCode"]}},"displayName":{"type":"string","description":"Operation Name.","minLength":1,"maxLength":300},"method":{"type":"string","description":"HTTP method, for example `GET`.","pattern":"^[A-Za-z]+$"},"urlTemplate":{"type":"string","description":"Relative URL template identifying the target resource for this operation. May include parameters. Example: /customers/{cid}/orders/{oid}/?date={date}","minLength":1,"maxLength":1000},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in this operation's inbound policy."},"tags":{"type":"array","description":"Names of declared tags on this operation.","items":{"type":"string"},"uniqueItems":true},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Api":{"type":"object","description":"An API. Operations come from `openapi`/`wsdl`, from `operations`, or both (declared operations refine imported ones of the same name).","properties":{"description":{"type":"string","description":"Description of the API. May include HTML formatting tags."},"authenticationSettings":{"type":"object","description":"How the developer portal and test console get tokens for this API.","properties":{"oAuth2":{"type":"object","description":"OAuth 2.0 authorization server settings.","properties":{"authorizationServer":{"type":"string","description":"Name of an authorization server declared in `authorizationServers` (becomes `authorizationServerId`)."},"authorizationServerId":{"type":"string","description":"Name of the authorization server, as the contract writes it."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false},"openid":{"type":"object","description":"OpenID Connect settings.","properties":{"openidProvider":{"type":"string","description":"Name of a provider declared in `openidConnectProviders` (becomes `openidProviderId`)."},"openidProviderId":{"type":"string","description":"Name of the provider, as the contract writes it."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false},"oAuth2AuthenticationSettings":{"type":"array","description":"OAuth 2.0 settings (several servers).","items":{"type":"object","description":"One server.","properties":{"authorizationServerId":{"type":"string","description":"Name of the authorization server."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false}},"openidAuthenticationSettings":{"type":"array","description":"OpenID Connect settings (several providers).","items":{"type":"object","description":"One provider.","properties":{"openidProviderId":{"type":"string","description":"Name of the provider."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false}}},"additionalProperties":false},"subscriptionKeyParameterNames":{"type":"object","properties":{"header":{"type":"string","description":"Subscription key header name."},"query":{"type":"string","description":"Subscription key query string parameter name."}},"description":"Protocols over which API is made available.","additionalProperties":false},"type":{"type":"string","description":"Type of API.","enum":["http","soap","websocket","graphql","odata","grpc"]},"apiRevision":{"type":"string","description":"Describes the revision of the API. If no value is provided, default revision 1 is created","minLength":1,"maxLength":100},"apiVersion":{"type":"string","description":"Indicates the version identifier of the API if the API is versioned","maxLength":100},"isCurrent":{"type":"boolean","description":"Indicates if API revision is current api revision."},"apiRevisionDescription":{"type":"string","description":"Description of the API Revision.","maxLength":256},"apiVersionDescription":{"type":"string","description":"Description of the API Version.","maxLength":256},"subscriptionRequired":{"type":"boolean","description":"Specifies whether an API or Product subscription is required for accessing the API."},"termsOfServiceUrl":{"type":"string","description":" A URL to the Terms of Service for the API. MUST be in the format of a URL."},"contact":{"type":"object","properties":{"name":{"type":"string","description":"The identifying name of the contact person/organization"},"url":{"type":"string","description":"The URL pointing to the contact information. MUST be in the format of a URL"},"email":{"type":"string","description":"The email address of the contact person/organization. MUST be in the format of an email address"}},"description":"Contact information for the API.","additionalProperties":false},"license":{"type":"object","description":"License information for the API.","properties":{"name":{"type":"string","description":"The license name used for the API"},"url":{"type":"string","description":"A URL to the license used for the API. MUST be in the format of a URL"}},"additionalProperties":false},"sourceApiId":{"type":"string","description":"API identifier of the source API."},"displayName":{"type":"string","description":"API name. Must be 1 to 300 characters long.","minLength":1,"maxLength":300},"serviceUrl":{"type":"string","description":"Absolute URL of the backend service implementing this API. Cannot be more than 2000 characters long.","minLength":0,"maxLength":2000},"path":{"type":"string","description":"Relative URL uniquely identifying this API and all of its resource paths within the API Management service instance. It is appended to the API endpoint base URL specified during the service instance creation to form a public URL for this API.","minLength":0,"maxLength":400},"protocols":{"type":"array","description":"Protocols the API is served on.","items":{"type":"string","enum":["http","https","ws","wss"]},"minItems":1,"uniqueItems":true},"value":{"type":"string","description":"Content value when Importing an API."},"format":{"type":"string","description":"Format of the Content in which the API is getting imported. New formats can be added in the future. apimc also accepts `swagger-link` (a Swagger 2.0 document at a URL), as Azure's own example writes it.","enum":["wadl-xml","wadl-link-json","swagger-json","swagger-link-json","wsdl","wsdl-link","openapi","openapi+json","openapi-link","openapi+json-link","graphql-link","odata","odata-link","grpc","grpc-link","swagger-link"]},"wsdlSelector":{"type":"object","description":"Criteria to limit import of WSDL to a subset of the document.","properties":{"wsdlServiceName":{"type":"string","description":"Name of service to import from WSDL"},"wsdlEndpointName":{"type":"string","description":"Name of endpoint(port) to import from WSDL"}},"additionalProperties":false},"apiType":{"type":"string","description":"Type of API to create. \n * `http` creates a REST API \n * `soap` creates a SOAP pass-through API  \n * `websocket` creates websocket API \n * `graphql` creates GraphQL API. \n New types can be added in the future.","enum":["http","soap","websocket","graphql","odata","grpc"]},"translateRequiredQueryParameters":{"type":"string","description":"Strategy of translating required query parameters to template ones. By default has value 'template'. Possible values: 'template', 'query'","enum":["template","query"]},"apiVersionSet":{"type":"string","description":"Name of a version set declared in `apiVersionSets`."},"openapi":{"type":"string","description":"Path to an OpenAPI 2.0/3.0/3.1 file (JSON or YAML) whose operations this API imports."},"wsdl":{"type":"string","description":"Path to a WSDL file whose operations this API imports (type `soap`)."},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in the API's inbound policy."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations, keyed by ARM resource name (operationId).","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}},"tags":{"type":"array","description":"Names of declared tags on this API.","items":{"type":"string"},"uniqueItems":true},"revisions":{"type":"object","description":"Non-current revisions of this API, keyed by revision number (`\"4\"`), reachable at `;rev=N`. Each is created from the API (`sourceApiId`), so it starts with the API's operations.","additionalProperties":{"$ref":"#/$defs/ApiRevision"}},"schemas":{"type":"object","description":"Explicit schemas of this API (GraphQL SDL, XSD, JSON schema definitions), keyed by schema id; compiled to `apis/schemas` resources.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/ApiSchema"}},"diagnostics":{"type":"object","description":"This API's diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`); they override the service-level ones.","propertyNames":{"pattern":"^(applicationinsights|azuremonitor|local)$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Diagnostic"}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"ApiRevision":{"type":"object","description":"A non-current API revision (an `apis/<api>;rev=N` resource created from the current one with `sourceApiId`). apimc never deletes a revision.","properties":{"apiRevisionDescription":{"type":"string","description":"Description of the revision."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations of this revision, keyed by ARM resource name. The revision starts with a copy of the current revision's operations; those declared here are written to it.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}}},"additionalProperties":false},"ApiSchema":{"type":"object","description":"An API schema (the contract's SchemaContract).","properties":{"contentType":{"type":"string","description":"Media type of the document, for example `application/vnd.ms-azure-apim.graphql.schema`, `application/vnd.ms-azure-apim.xsd+xml`, `application/vnd.oai.openapi.components+json` or `application/vnd.ms-azure-apim.swagger.definitions+json`.","minLength":1},"document":{"description":"The schema document: a path to a file (relative to the file that names it), or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`).","oneOf":[{"type":"string","minLength":1,"description":"Path to the schema file. JSON content types (`...+json`) are parsed: an OpenAPI components file becomes `components`, a Swagger definitions file `definitions`; any other file is sent as `value`."},{"type":"object","description":"The document inline, as the contract writes it.","properties":{"value":{"type":"string","description":"The document text (GraphQL SDL, XSD, WSDL, ...)."},"definitions":{"type":"object","additionalProperties":true,"description":"Swagger 2.0 type definitions."},"components":{"type":"object","additionalProperties":true,"description":"OpenAPI 3 components."}},"additionalProperties":false,"minProperties":1,"maxProperties":1}]}},"additionalProperties":false,"required":["contentType","document"]},"ApiVersionSet":{"type":"object","description":"An API version set.","properties":{"description":{"type":"string","description":"Description of API Version Set."},"versionQueryName":{"type":"string","description":"Name of query parameter that indicates the API Version if versioningScheme is set to `query`.","minLength":1,"maxLength":100},"versionHeaderName":{"type":"string","description":"Name of HTTP header parameter that indicates the API Version if versioningScheme is set to `header`.","minLength":1,"maxLength":100},"displayName":{"type":"string","description":"Name of API Version Set","minLength":1,"maxLength":100},"versioningScheme":{"type":"string","description":"An value that determines where the API Version identifier will be located in a HTTP request.","enum":["Segment","Query","Header"]}},"additionalProperties":false,"required":["displayName","versioningScheme"]},"Product":{"type":"object","description":"A product: a set of APIs offered with one subscription.","properties":{"description":{"type":"string","description":"Product description.","maxLength":1000},"terms":{"type":"string","description":"Product terms of use. Developers trying to subscribe to the product will be presented and required to accept these terms before they can complete the subscription process."},"subscriptionRequired":{"description":"Whether a product subscription is required for accessing APIs included in this product. If true, the product is referred to as \"protected\" and a valid subscription key is required for a request to an API included in the product to succeed. If false, the product is referred to as \"open\" and requests to an API included in the product can be made without a subscription key. If property is omitted when creating a new product it's value is assumed to be true.","type":"boolean"},"approvalRequired":{"description":"whether subscription approval is required. If false, new subscriptions will be approved automatically enabling developers to call the product’s APIs immediately after subscribing. If true, administrators must manually approve the subscription before the developer can any of the product’s APIs. Can be present only if subscriptionRequired property is present and has a value of false.","type":"boolean"},"subscriptionsLimit":{"type":"integer","description":"How many subscriptions a user may have.","minimum":0},"state":{"type":"string","description":"Whether the product is published.","enum":["published","notPublished"]},"displayName":{"type":"string","description":"Product name.","minLength":1,"maxLength":300},"apis":{"type":"array","description":"Names of declared APIs in this product.","items":{"type":"string"},"uniqueItems":true},"tags":{"type":"array","description":"Names of declared tags on this product.","items":{"type":"string"},"uniqueItems":true},"groups":{"type":"array","description":"Names of groups that can see this product (declared, or built-in `administrators`, `developers`, `guests`).","items":{"type":"string"},"uniqueItems":true},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName"]},"PolicyFragment":{"type":"object","description":"A policy fragment.","properties":{"description":{"type":"string","description":"Fragment description.","maxLength":1000},"policy":{"description":"The fragment document (`<fragment>...</fragment>`): a path to an XML file or inline XML.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["policy"]},"Gateway":{"type":"object","description":"A self-hosted gateway.","properties":{"description":{"type":"string","description":"Gateway description","maxLength":1000},"location":{"type":"object","description":"Where the gateway runs.","properties":{"name":{"type":"string","description":"Location name.","maxLength":256},"city":{"type":"string","description":"City.","maxLength":256},"district":{"type":"string","description":"District, state or province.","maxLength":256},"countryOrRegion":{"type":"string","description":"Country or region.","maxLength":256}},"additionalProperties":false,"required":["name"]},"apis":{"type":"array","description":"Names of declared APIs served by this gateway.","items":{"type":"string"},"uniqueItems":true},"hostnames":{"type":"object","description":"Hostname configurations, keyed by ARM resource name.","additionalProperties":{"type":"object","description":"A hostname configuration.","properties":{"hostname":{"type":"string","description":"Hostname; wildcards allowed."},"certificateId":{"type":"string","description":"Id of the certificate entity used for TLS."},"negotiateClientCertificate":{"type":"boolean","description":"Request a client certificate."},"tls10Enabled":{"type":"boolean","description":"Allow TLS 1.0."},"tls11Enabled":{"type":"boolean","description":"Allow TLS 1.1."},"http2Enabled":{"type":"boolean","description":"Allow HTTP/2."}},"additionalProperties":false,"required":["hostname"]}},"certificateAuthorities":{"type":"object","description":"Certificate authorities the gateway trusts, keyed by certificate name.","additionalProperties":{"type":"object","description":"A certificate authority.","properties":{"isTrusted":{"type":"boolean","description":"Whether the CA is trusted."}},"additionalProperties":false}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"SecretSource":{"type":"object","description":"Where a secret comes from: a deploy-time parameter (an ARM `secureString` parameter or a Pulumi secret), or a Key Vault secret apimc resolves at deploy time. Never a literal.","properties":{"fromParameter":{"type":"string","description":"Name of a deploy-time parameter that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"fromKeyVault":{"type":"string","description":"Key Vault secret URI, `https://<vault>.vault.azure.net/secrets/<name>`, that apimc resolves at deploy time."}},"additionalProperties":false,"minProperties":1,"maxProperties":1},"Tag":{"type":"object","description":"A tag.","properties":{"displayName":{"type":"string","description":"Tag name.","maxLength":160,"minLength":1}},"additionalProperties":false,"required":["displayName"]},"Group":{"type":"object","description":"A user group.","properties":{"displayName":{"type":"string","description":"Group name.","maxLength":300,"minLength":1},"description":{"type":"string","description":"Group description."},"type":{"type":"string","description":"Group type; only `custom` groups can be created.","enum":["custom","external"]},"externalId":{"type":"string","description":"Identifier of the external groups, this property contains the id of the group from the external identity provider, e.g. for Azure Active Directory `aad://<tenant>.onmicrosoft.com/groups/<group object id>`; otherwise the value is null."}},"additionalProperties":false,"required":["displayName"]},"Logger":{"type":"object","description":"A logger. Credentials that are secret (`connectionString`, `instrumentationKey`) must be `{{named value}}` references.","properties":{"loggerType":{"type":"string","description":"Logger type.","enum":["azureEventHub","applicationInsights","azureMonitor"]},"description":{"type":"string","description":"Logger description.","maxLength":256},"credentials":{"type":"object","description":"Logger credentials: `connectionString` or `instrumentationKey` (as `{{named value}}` references) for Application Insights; `name`, `endpointAddress`, `identityClientId` or `connectionString` for Event Hub.","additionalProperties":{"type":"string"}},"isBuffered":{"type":"boolean","description":"Whether records are buffered in the logger before publishing. Default is assumed to be true."},"resourceId":{"type":"string","description":"Azure Resource Id of a log target (either Azure Event Hub resource or Azure Application Insights resource)."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["loggerType"]},"Diagnostic":{"type":"object","description":"A diagnostic: what APIM logs, and to which logger.","properties":{"alwaysLog":{"type":"string","enum":["allErrors"],"description":"Specifies for what type of messages sampling settings should not apply."},"sampling":{"type":"object","properties":{"samplingType":{"type":"string","description":"Sampling type.","enum":["fixed"]},"percentage":{"type":"number","format":"double","minimum":0,"maximum":100,"description":"Rate of sampling for fixed-rate sampling."}},"description":"Sampling settings for Diagnostic.","additionalProperties":false},"frontend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Gateway.","additionalProperties":false},"backend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Backend","additionalProperties":false},"logClientIp":{"type":"boolean","description":"Log the ClientIP. Default is false."},"httpCorrelationProtocol":{"type":"string","enum":["None","Legacy","W3C"],"description":"Sets correlation protocol to use for Application Insights diagnostics."},"verbosity":{"type":"string","enum":["verbose","information","error"],"description":"The verbosity level applied to traces emitted by trace policies."},"operationNameFormat":{"type":"string","enum":["Name","Url"],"description":"The format of the Operation Name for Application Insights telemetries. Default is Name."},"metrics":{"type":"boolean","description":"Emit custom metrics via emit-metric policy. Applicable only to Application Insights diagnostic settings."},"logger":{"type":"string","description":"Name of a logger declared in `loggers`."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["logger"]},"Certificate":{"type":"object","description":"A certificate: from Key Vault (`keyVault`), or a PFX given as `data` and `password` secret sources.","properties":{"data":{"description":"Base64-encoded PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"password":{"description":"Password of the PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"keyVault":{"type":"object","properties":{"secretIdentifier":{"type":"string","description":"Key vault secret identifier for fetching secret. Providing a versioned secret will prevent auto-refresh. This requires API Management service to be configured with aka.ms/apimmsi"},"identityClientId":{"type":"string","description":"Null for SystemAssignedIdentity or Client Id for UserAssignedIdentity , which will be used to access key vault secret."}},"description":"KeyVault location details of the certificate.","additionalProperties":false},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false},"Subscription":{"type":"object","description":"A subscription to a product, an API, or all APIs.","properties":{"ownerId":{"type":"string","description":"User (user id path) for whom subscription is being created in form /users/{userId}"},"displayName":{"type":"string","description":"Subscription name.","minLength":1,"maxLength":100},"primaryKey":{"description":"Primary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"secondaryKey":{"description":"Secondary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"state":{"type":"string","description":"Initial subscription state. If no value is specified, subscription is created with Submitted state. Possible states are * active – the subscription is active, * suspended – the subscription is blocked, and the subscriber cannot call any APIs of the product, * submitted – the subscription request has been made by the developer, but has not yet been approved or rejected, * rejected – the subscription request has been denied by an administrator, * cancelled – the subscription has been cancelled by the developer or administrator, * expired – the subscription reached its expiration date and was deactivated.","enum":["suspended","active","expired","submitted","rejected","cancelled"]},"allowTracing":{"type":"boolean","description":"Determines whether tracing can be enabled"},"scope":{"description":"What the subscription grants: `{ product: NAME }`, `{ api: NAME }` or `allApis`.","oneOf":[{"type":"string","enum":["allApis"],"description":"Every API of the instance."},{"type":"object","description":"A product, by name.","properties":{"product":{"type":"string","description":"Name of a declared product."}},"additionalProperties":false,"required":["product"]},{"type":"object","description":"An API, by name.","properties":{"api":{"type":"string","description":"Name of a declared API."}},"additionalProperties":false,"required":["api"]}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","scope"]},"AuthorizationServer":{"type":"object","description":"An OAuth 2.0 authorization server.","properties":{"description":{"type":"string","description":"Description of the authorization server. Can contain HTML formatting tags."},"authorizationMethods":{"type":"array","items":{"type":"string","enum":["HEAD","OPTIONS","TRACE","GET","POST","PUT","PATCH","DELETE"]},"description":"HTTP verbs supported by the authorization endpoint. GET must be always present. POST is optional."},"clientAuthenticationMethod":{"type":"array","items":{"type":"string","enum":["Basic","Body"]},"description":"Method of authentication supported by the token endpoint of this authorization server. Possible values are Basic and/or Body. When Body is specified, client credentials and other parameters are passed within the request body in the application/x-www-form-urlencoded format."},"tokenBodyParameters":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","description":"body parameter name."},"value":{"type":"string","description":"body parameter value."}},"required":["name","value"],"description":"OAuth acquire token request body parameter (www-url-form-encoded).","additionalProperties":false},"description":"Additional parameters required by the token endpoint of this authorization server represented as an array of JSON objects with name and value string properties, i.e. {\"name\" : \"name value\", \"value\": \"a value\"}."},"tokenEndpoint":{"type":"string","description":"OAuth token endpoint. Contains absolute URI to entity being referenced.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"supportState":{"type":"boolean","description":"If true, authorization server will include state parameter from the authorization request to its response. Client may use state parameter to raise protocol security.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"defaultScope":{"type":"string","description":"Access token scope that is going to be requested by default. Can be overridden at the API level. Should be provided in the form of a string containing space-delimited values.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.3"}},"bearerTokenSendingMethods":{"type":"array","items":{"type":"string","enum":["authorizationHeader","query"]},"description":"Specifies the mechanism by which access token is passed to the API. ","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"resourceOwnerUsername":{"type":"string","description":"Can be optionally specified when resource owner password grant type is supported by this authorization server. Default resource owner username."},"resourceOwnerPassword":{"description":"Resource owner password, for the `resourceOwnerPassword` grant. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"displayName":{"type":"string","description":"User-friendly authorization server name.","minLength":1,"maxLength":50},"useInTestConsole":{"type":"boolean","description":"If true, the authorization server may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the authorization server will be used in the API documentation in the developer portal. False by default if no value is provided."},"clientRegistrationEndpoint":{"type":"string","description":"Optional reference to a page where client or app registration for this authorization server is performed. Contains absolute URL to entity being referenced."},"authorizationEndpoint":{"type":"string","description":"OAuth authorization endpoint. See http://tools.ietf.org/html/rfc6749#section-3.2."},"grantTypes":{"type":"array","items":{"type":"string","enum":["authorizationCode","implicit","resourceOwnerPassword","clientCredentials"]},"description":"Form of an authorization grant, which the client uses to request the access token.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"clientId":{"type":"string","description":"Client or app id registered with this authorization server."},"clientSecret":{"description":"Client secret of the application registered with the server. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","clientRegistrationEndpoint","authorizationEndpoint","grantTypes","clientId"]},"OpenidConnectProvider":{"type":"object","description":"An OpenID Connect provider.","properties":{"displayName":{"type":"string","description":"User-friendly OpenID Connect Provider name.","maxLength":50},"description":{"type":"string","description":"User-friendly description of OpenID Connect Provider."},"metadataEndpoint":{"type":"string","description":"Metadata endpoint URI."},"clientId":{"type":"string","description":"Client ID of developer console which is the client application."},"clientSecret":{"description":"Client secret of the application registered with the provider. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useInTestConsole":{"type":"boolean","description":"If true, the Open ID Connect provider may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the Open ID Connect provider will be used in the API documentation in the developer portal. False by default if no value is provided."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","metadataEndpoint","clientId"]},"Cache":{"type":"object","description":"An external Redis-compatible cache.","properties":{"description":{"type":"string","description":"Cache description","maxLength":2000},"connectionString":{"description":"Runtime connection string of the cache. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useFromLocation":{"type":"string","description":"Location identifier to use cache from (should be either 'default' or valid Azure region identifier)","maxLength":256},"resourceId":{"type":"string","description":"Original uri of entity in external system cache points to","maxLength":2000},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["connectionString","useFromLocation"]},"StructuredPolicy":{"type":"object","description":"A policy written as YAML. It maps one to one onto policy XML.","properties":{"inbound":{"type":"array","description":"Policy elements of the `inbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"backend":{"type":"array","description":"Policy elements of the `backend` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"outbound":{"type":"array","description":"Policy elements of the `outbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"on-error":{"type":"array","description":"Policy elements of the `on-error` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}}},"additionalProperties":false}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema20 = {"type":"object","description":"The API Management instance.","properties":{"name":{"type":"string","description":"Name of the API Management service (the `<name>.azure-api.net` host). The ARM template's `serviceName` parameter defaults to it.","pattern":"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","minLength":1,"maxLength":50},"resourceGroup":{"type":"string","description":"Resource group of the service, used by `apimc plan --live` and the deploy script."},"subscriptionId":{"type":"string","description":"Subscription id of the service.","pattern":"^[0-9a-fA-F-]{36}$"},"hostnames":{"type":"array","description":"Custom gateway hostnames of the managed gateway, used by preflight rules.","items":{"type":"string"}},"keyVaults":{"type":"object","description":"ARM resource ids of the Key Vaults that `fromKeyVault` named values read, keyed by vault name (the first label of the vault host). ARM parameter files need the id to reference a secret.","additionalProperties":{"type":"string","description":"ARM resource id of the vault, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`.","pattern":"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"}}},"additionalProperties":false,"required":["name"]};
const pattern3 = new RegExp("^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$", "u");
const pattern4 = new RegExp("^[0-9a-fA-F-]{36}$", "u");
const pattern5 = new RegExp("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$", "u");

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "resourceGroup")) || (key0 === "subscriptionId")) || (key0 === "hostnames")) || (key0 === "keyVaults"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 50){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern3.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"},message:"must match pattern \""+"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"+"\"",schema:"^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",parentSchema:schema20.properties.name,data:data0};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.name.type,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.resourceGroup !== undefined){
let data1 = data.resourceGroup;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/resourceGroup",schemaPath:"#/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.resourceGroup.type,parentSchema:schema20.properties.resourceGroup,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.subscriptionId !== undefined){
let data2 = data.subscriptionId;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/subscriptionId",schemaPath:"#/properties/subscriptionId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F-]{36}$"},message:"must match pattern \""+"^[0-9a-fA-F-]{36}$"+"\"",schema:"^[0-9a-fA-F-]{36}$",parentSchema:schema20.properties.subscriptionId,data:data2};
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
const err8 = {instancePath:instancePath+"/subscriptionId",schemaPath:"#/properties/subscriptionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.subscriptionId.type,parentSchema:schema20.properties.subscriptionId,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hostnames !== undefined){
let data3 = data.hostnames;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/hostnames/" + i0,schemaPath:"#/properties/hostnames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.hostnames.items.type,parentSchema:schema20.properties.hostnames.items,data:data4};
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
const err10 = {instancePath:instancePath+"/hostnames",schemaPath:"#/properties/hostnames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.hostnames.type,parentSchema:schema20.properties.hostnames,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.keyVaults !== undefined){
let data5 = data.keyVaults;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err11 = {instancePath:instancePath+"/keyVaults/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/keyVaults/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"},message:"must match pattern \""+"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$"+"\"",schema:"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$",parentSchema:schema20.properties.keyVaults.additionalProperties,data:data6};
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
const err12 = {instancePath:instancePath+"/keyVaults/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/keyVaults/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.keyVaults.additionalProperties.type,parentSchema:schema20.properties.keyVaults.additionalProperties,data:data6};
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
const err13 = {instancePath:instancePath+"/keyVaults",schemaPath:"#/properties/keyVaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.keyVaults.type,parentSchema:schema20.properties.keyVaults,data:data5};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema21 = {"type":"object","description":"A named value. Exactly one of `value`, `keyVault`, `fromKeyVault` or `fromParameter` gives its value.","properties":{"tags":{"type":"array","description":"Tags for filtering.","items":{"type":"string"},"maxItems":32},"secret":{"type":"boolean","description":"Whether APIM encrypts the value. Implied by `keyVault`, `fromKeyVault` and `fromParameter`."},"displayName":{"type":"string","description":"Name used in policies as `{{displayName}}`; defaults to the map key. Letters, digits, period, dash and underscore only.","pattern":"^[A-Za-z0-9-._]+$","minLength":1,"maxLength":256},"value":{"type":"string","description":"Literal, non-secret value (may hold policy expressions). Never put a secret here: use `keyVault`, `fromKeyVault` or `fromParameter`.","maxLength":4096},"keyVault":{"type":"object","description":"APIM fetches and refreshes the value from Key Vault itself.","properties":{"secretIdentifier":{"type":"string","description":"Key Vault secret identifier, `https://<vault>.vault.azure.net/secrets/<name>`. Leave out the version so APIM refreshes it."},"identityClientId":{"type":"string","description":"Client id of the user-assigned identity APIM uses to read the secret; omit for the system-assigned identity."}},"additionalProperties":false,"required":["secretIdentifier"]},"fromKeyVault":{"type":"string","description":"Key Vault secret URI that apimc resolves at deploy time and sends as a secret value."},"fromParameter":{"type":"string","description":"Name of a deploy-time parameter (an ARM `secureString` parameter, or a Pulumi secret) that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const pattern7 = new RegExp("^[A-Za-z0-9-._]+$", "u");
const pattern8 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
const pattern9 = new RegExp("^APIMC[0-9]{3}$", "u");

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "tags") || (key0 === "secret")) || (key0 === "displayName")) || (key0 === "value")) || (key0 === "keyVault")) || (key0 === "fromKeyVault")) || (key0 === "fromParameter")) || (key0 === "ignore"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.tags !== undefined){
let data0 = data.tags;
if(Array.isArray(data0)){
if(data0.length > 32){
const err1 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema21.properties.tags,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.tags.items.type,parentSchema:schema21.properties.tags.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.tags.type,parentSchema:schema21.properties.tags,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.secret !== undefined){
let data2 = data.secret;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.secret.type,parentSchema:schema21.properties.secret,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.displayName !== undefined){
let data3 = data.displayName;
if(typeof data3 === "string"){
if(func2(data3) > 256){
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema21.properties.displayName,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data3) < 1){
const err6 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.displayName,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data3)){
const err7 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-._]+$"},message:"must match pattern \""+"^[A-Za-z0-9-._]+$"+"\"",schema:"^[A-Za-z0-9-._]+$",parentSchema:schema21.properties.displayName,data:data3};
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
const err8 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.displayName.type,parentSchema:schema21.properties.displayName,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.value !== undefined){
let data4 = data.value;
if(typeof data4 === "string"){
if(func2(data4) > 4096){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema21.properties.value,data:data4};
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
const err10 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.value.type,parentSchema:schema21.properties.value,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.keyVault !== undefined){
let data5 = data.keyVault;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.secretIdentifier === undefined){
const err11 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/required",keyword:"required",params:{missingProperty: "secretIdentifier"},message:"must have required property '"+"secretIdentifier"+"'",schema:schema21.properties.keyVault.required,parentSchema:schema21.properties.keyVault,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "secretIdentifier") || (key1 === "identityClientId"))){
const err12 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.keyVault,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.secretIdentifier !== undefined){
let data6 = data5.secretIdentifier;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/keyVault/secretIdentifier",schemaPath:"#/properties/keyVault/properties/secretIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.keyVault.properties.secretIdentifier.type,parentSchema:schema21.properties.keyVault.properties.secretIdentifier,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.identityClientId !== undefined){
let data7 = data5.identityClientId;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/keyVault/identityClientId",schemaPath:"#/properties/keyVault/properties/identityClientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.keyVault.properties.identityClientId.type,parentSchema:schema21.properties.keyVault.properties.identityClientId,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.keyVault.type,parentSchema:schema21.properties.keyVault,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.fromKeyVault !== undefined){
let data8 = data.fromKeyVault;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/fromKeyVault",schemaPath:"#/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.fromKeyVault.type,parentSchema:schema21.properties.fromKeyVault,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.fromParameter !== undefined){
let data9 = data.fromParameter;
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
const err17 = {instancePath:instancePath+"/fromParameter",schemaPath:"#/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema21.properties.fromParameter,data:data9};
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
const err18 = {instancePath:instancePath+"/fromParameter",schemaPath:"#/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.fromParameter.type,parentSchema:schema21.properties.fromParameter,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.ignore !== undefined){
let data10 = data.ignore;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err19 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema21.properties.ignore.items,data:data11};
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
const err20 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ignore.items.type,parentSchema:schema21.properties.ignore.items,data:data11};
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
const err21 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.ignore.type,parentSchema:schema21.properties.ignore,data:data10};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema22 = {"type":"object","description":"A backend: a single service (`Single`) or a load-balanced pool of backends (`Pool`).","properties":{"title":{"type":"string","description":"Backend Title.","minLength":1,"maxLength":300},"description":{"type":"string","description":"Backend Description.","minLength":1,"maxLength":2000},"resourceId":{"type":"string","description":"Management Uri of the Resource in External System. This URL can be the Arm Resource Id of Logic Apps, Function Apps or API Apps.","minLength":1,"maxLength":2000},"credentials":{"type":"object","description":"Credentials APIM sends to the backend. Values may be `{{named value}}` references.","properties":{"certificates":{"type":"array","description":"Names of certificates declared in `certificates` that APIM presents to the backend (become `certificateIds`).","items":{"type":"string"},"maxItems":32},"certificateIds":{"type":"array","description":"Client certificate ids.","items":{"type":"string"},"maxItems":32},"certificate":{"type":"array","description":"Client certificate thumbprints (ignored when `certificateIds` is set).","items":{"type":"string"},"maxItems":32},"query":{"type":"object","description":"Query parameters to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"header":{"type":"object","description":"Headers to add, name to values.","additionalProperties":{"type":"array","description":"Values.","items":{"type":"string"}}},"authorization":{"type":"object","description":"Authorization header credentials.","properties":{"scheme":{"type":"string","description":"Authentication scheme, for example `Bearer`.","minLength":1,"maxLength":100},"parameter":{"type":"string","description":"Authentication parameter value.","minLength":1,"maxLength":300}},"additionalProperties":false,"required":["scheme","parameter"]}},"additionalProperties":false},"proxy":{"type":"object","description":"Web proxy between APIM and the backend.","properties":{"url":{"type":"string","description":"Proxy URL.","minLength":1,"maxLength":2000},"username":{"type":"string","description":"Proxy user name."},"password":{"type":"string","description":"Proxy password. Must be a `{{named value}}` reference to a secret named value, never a literal."}},"additionalProperties":false,"required":["url"]},"tls":{"type":"object","description":"TLS validation of the backend certificate.","properties":{"validateCertificateChain":{"type":"boolean","description":"Validate the backend certificate chain. Default true."},"validateCertificateName":{"type":"boolean","description":"Validate the backend certificate name. Default true."}},"additionalProperties":false},"circuitBreaker":{"type":"object","description":"Circuit breaker that stops sending to the backend after failures.","properties":{"rules":{"type":"array","description":"Trip rules (one is supported by APIM today).","items":{"type":"object","description":"A trip rule.","properties":{"name":{"type":"string","description":"Rule name."},"failureCondition":{"type":"object","description":"When the circuit trips. Give exactly one of `count` and `percentage`.","properties":{"count":{"type":"integer","description":"Number of failures in `interval` that trips the circuit.","minimum":1},"percentage":{"type":"integer","description":"Percentage of failures in `interval` that trips the circuit.","minimum":1,"maximum":100},"interval":{"type":"string","description":"Window in which failures are counted, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"statusCodeRanges":{"type":"array","description":"Status code ranges that count as failures.","items":{"type":"object","description":"A status code range.","properties":{"min":{"type":"integer","description":"Lowest status code.","minimum":200,"maximum":599},"max":{"type":"integer","description":"Highest status code.","minimum":200,"maximum":599}},"additionalProperties":false},"maxItems":10},"errorReasons":{"type":"array","description":"Error reasons that count as failures.","items":{"type":"string","maxLength":200},"maxItems":10}},"additionalProperties":false},"tripDuration":{"type":"string","description":"How long the circuit stays open, an ISO 8601 duration such as `PT1M`.","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},"acceptRetryAfter":{"type":"boolean","description":"Honour the backend's Retry-After header for the trip duration."}},"additionalProperties":false,"required":["name","failureCondition","tripDuration"]},"maxItems":15}},"additionalProperties":false},"type":{"type":"string","enum":["Single","Pool"],"description":"Type of the backend. A backend can be either Single or Pool."},"url":{"type":"string","description":"Runtime Url of the Backend. Required when backend type is 'Single'.","minLength":1,"maxLength":2000},"protocol":{"type":"string","enum":["http","soap"],"description":"Backend communication protocol. Required when backend type is 'Single'."},"serviceFabricCluster":{"type":"object","description":"Service Fabric cluster backend settings.","properties":{"clientCertificate":{"type":"string","description":"Name of a certificate declared in `certificates` for the management endpoint (becomes `clientCertificateId`, a full ARM id)."},"clientCertificateId":{"type":"string","description":"Client certificate id for the management endpoint."},"clientCertificatethumbprint":{"type":"string","description":"Client certificate thumbprint for the management endpoint (ignored when `clientCertificateId` is set)."},"maxPartitionResolutionRetries":{"type":"integer","description":"Maximum retries while resolving a partition.","minimum":0},"managementEndpoints":{"type":"array","description":"Cluster management endpoints.","items":{"type":"string"},"minItems":1},"serverCertificateThumbprints":{"type":"array","description":"Thumbprints of the certificates the cluster management service uses for TLS.","items":{"type":"string"}},"serverX509Names":{"type":"array","description":"Server X509 certificate names.","items":{"type":"object","description":"A certificate name.","properties":{"name":{"type":"string","description":"Common name of the certificate."},"issuerCertificateThumbprint":{"type":"string","description":"Thumbprint of the issuer certificate."}},"additionalProperties":false}}},"additionalProperties":false,"required":["managementEndpoints"]},"pool":{"type":"object","description":"Pool members (type `Pool` only).","properties":{"services":{"type":"array","description":"Backends in the pool, by name.","items":{"type":"object","description":"A pool member.","properties":{"backend":{"type":"string","description":"Name of a `Single` backend declared in `backends`."},"priority":{"type":"integer","description":"Priority: lower numbers are served first. 0–100.","minimum":0,"maximum":100},"weight":{"type":"integer","description":"Weight within a priority group. 0–100.","minimum":0,"maximum":100}},"additionalProperties":false,"required":["backend"]},"minItems":1}},"additionalProperties":false,"required":["services"]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const pattern11 = new RegExp("^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "u");

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema22.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 300){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema22.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.title,data:data0};
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
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.title.type,parentSchema:schema22.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 2000){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema22.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.description,data:data1};
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
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.description.type,parentSchema:schema22.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.resourceId !== undefined){
let data2 = data.resourceId;
if(typeof data2 === "string"){
if(func2(data2) > 2000){
const err7 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema22.properties.resourceId,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.resourceId,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.resourceId.type,parentSchema:schema22.properties.resourceId,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.credentials !== undefined){
let data3 = data.credentials;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((((key1 === "certificates") || (key1 === "certificateIds")) || (key1 === "certificate")) || (key1 === "query")) || (key1 === "header")) || (key1 === "authorization"))){
const err10 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.credentials,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.certificates !== undefined){
let data4 = data3.certificates;
if(Array.isArray(data4)){
if(data4.length > 32){
const err11 = {instancePath:instancePath+"/credentials/certificates",schemaPath:"#/properties/credentials/properties/certificates/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema22.properties.credentials.properties.certificates,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/credentials/certificates/" + i0,schemaPath:"#/properties/credentials/properties/certificates/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.certificates.items.type,parentSchema:schema22.properties.credentials.properties.certificates.items,data:data5};
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
const err13 = {instancePath:instancePath+"/credentials/certificates",schemaPath:"#/properties/credentials/properties/certificates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.credentials.properties.certificates.type,parentSchema:schema22.properties.credentials.properties.certificates,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.certificateIds !== undefined){
let data6 = data3.certificateIds;
if(Array.isArray(data6)){
if(data6.length > 32){
const err14 = {instancePath:instancePath+"/credentials/certificateIds",schemaPath:"#/properties/credentials/properties/certificateIds/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema22.properties.credentials.properties.certificateIds,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/credentials/certificateIds/" + i1,schemaPath:"#/properties/credentials/properties/certificateIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.certificateIds.items.type,parentSchema:schema22.properties.credentials.properties.certificateIds.items,data:data7};
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
const err16 = {instancePath:instancePath+"/credentials/certificateIds",schemaPath:"#/properties/credentials/properties/certificateIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.credentials.properties.certificateIds.type,parentSchema:schema22.properties.credentials.properties.certificateIds,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.certificate !== undefined){
let data8 = data3.certificate;
if(Array.isArray(data8)){
if(data8.length > 32){
const err17 = {instancePath:instancePath+"/credentials/certificate",schemaPath:"#/properties/credentials/properties/certificate/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema22.properties.credentials.properties.certificate,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/credentials/certificate/" + i2,schemaPath:"#/properties/credentials/properties/certificate/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.certificate.items.type,parentSchema:schema22.properties.credentials.properties.certificate.items,data:data9};
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
const err19 = {instancePath:instancePath+"/credentials/certificate",schemaPath:"#/properties/credentials/properties/certificate/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.credentials.properties.certificate.type,parentSchema:schema22.properties.credentials.properties.certificate,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.query !== undefined){
let data10 = data3.query;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
let data11 = data10[key2];
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 !== "string"){
const err20 = {instancePath:instancePath+"/credentials/query/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/credentials/properties/query/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.query.additionalProperties.items.type,parentSchema:schema22.properties.credentials.properties.query.additionalProperties.items,data:data12};
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
const err21 = {instancePath:instancePath+"/credentials/query/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/credentials/properties/query/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.credentials.properties.query.additionalProperties.type,parentSchema:schema22.properties.credentials.properties.query.additionalProperties,data:data11};
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
const err22 = {instancePath:instancePath+"/credentials/query",schemaPath:"#/properties/credentials/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.credentials.properties.query.type,parentSchema:schema22.properties.credentials.properties.query,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3.header !== undefined){
let data13 = data3.header;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
let data15 = data14[i4];
if(typeof data15 !== "string"){
const err23 = {instancePath:instancePath+"/credentials/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/credentials/properties/header/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.header.additionalProperties.items.type,parentSchema:schema22.properties.credentials.properties.header.additionalProperties.items,data:data15};
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
const err24 = {instancePath:instancePath+"/credentials/header/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/credentials/properties/header/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.credentials.properties.header.additionalProperties.type,parentSchema:schema22.properties.credentials.properties.header.additionalProperties,data:data14};
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
const err25 = {instancePath:instancePath+"/credentials/header",schemaPath:"#/properties/credentials/properties/header/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.credentials.properties.header.type,parentSchema:schema22.properties.credentials.properties.header,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.authorization !== undefined){
let data16 = data3.authorization;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.scheme === undefined){
const err26 = {instancePath:instancePath+"/credentials/authorization",schemaPath:"#/properties/credentials/properties/authorization/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema22.properties.credentials.properties.authorization.required,parentSchema:schema22.properties.credentials.properties.authorization,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data16.parameter === undefined){
const err27 = {instancePath:instancePath+"/credentials/authorization",schemaPath:"#/properties/credentials/properties/authorization/required",keyword:"required",params:{missingProperty: "parameter"},message:"must have required property '"+"parameter"+"'",schema:schema22.properties.credentials.properties.authorization.required,parentSchema:schema22.properties.credentials.properties.authorization,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key4 in data16){
if(!((key4 === "scheme") || (key4 === "parameter"))){
const err28 = {instancePath:instancePath+"/credentials/authorization",schemaPath:"#/properties/credentials/properties/authorization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.credentials.properties.authorization,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.scheme !== undefined){
let data17 = data16.scheme;
if(typeof data17 === "string"){
if(func2(data17) > 100){
const err29 = {instancePath:instancePath+"/credentials/authorization/scheme",schemaPath:"#/properties/credentials/properties/authorization/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema22.properties.credentials.properties.authorization.properties.scheme,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data17) < 1){
const err30 = {instancePath:instancePath+"/credentials/authorization/scheme",schemaPath:"#/properties/credentials/properties/authorization/properties/scheme/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.credentials.properties.authorization.properties.scheme,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/credentials/authorization/scheme",schemaPath:"#/properties/credentials/properties/authorization/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.authorization.properties.scheme.type,parentSchema:schema22.properties.credentials.properties.authorization.properties.scheme,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.parameter !== undefined){
let data18 = data16.parameter;
if(typeof data18 === "string"){
if(func2(data18) > 300){
const err32 = {instancePath:instancePath+"/credentials/authorization/parameter",schemaPath:"#/properties/credentials/properties/authorization/properties/parameter/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema22.properties.credentials.properties.authorization.properties.parameter,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data18) < 1){
const err33 = {instancePath:instancePath+"/credentials/authorization/parameter",schemaPath:"#/properties/credentials/properties/authorization/properties/parameter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.credentials.properties.authorization.properties.parameter,data:data18};
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
const err34 = {instancePath:instancePath+"/credentials/authorization/parameter",schemaPath:"#/properties/credentials/properties/authorization/properties/parameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials.properties.authorization.properties.parameter.type,parentSchema:schema22.properties.credentials.properties.authorization.properties.parameter,data:data18};
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
const err35 = {instancePath:instancePath+"/credentials/authorization",schemaPath:"#/properties/credentials/properties/authorization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.credentials.properties.authorization.type,parentSchema:schema22.properties.credentials.properties.authorization,data:data16};
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
const err36 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.credentials.type,parentSchema:schema22.properties.credentials,data:data3};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.proxy !== undefined){
let data19 = data.proxy;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.url === undefined){
const err37 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema22.properties.proxy.required,parentSchema:schema22.properties.proxy,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key5 in data19){
if(!(((key5 === "url") || (key5 === "username")) || (key5 === "password"))){
const err38 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.proxy,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.url !== undefined){
let data20 = data19.url;
if(typeof data20 === "string"){
if(func2(data20) > 2000){
const err39 = {instancePath:instancePath+"/proxy/url",schemaPath:"#/properties/proxy/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema22.properties.proxy.properties.url,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data20) < 1){
const err40 = {instancePath:instancePath+"/proxy/url",schemaPath:"#/properties/proxy/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.proxy.properties.url,data:data20};
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
const err41 = {instancePath:instancePath+"/proxy/url",schemaPath:"#/properties/proxy/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.proxy.properties.url.type,parentSchema:schema22.properties.proxy.properties.url,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data19.username !== undefined){
let data21 = data19.username;
if(typeof data21 !== "string"){
const err42 = {instancePath:instancePath+"/proxy/username",schemaPath:"#/properties/proxy/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.proxy.properties.username.type,parentSchema:schema22.properties.proxy.properties.username,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data19.password !== undefined){
let data22 = data19.password;
if(typeof data22 !== "string"){
const err43 = {instancePath:instancePath+"/proxy/password",schemaPath:"#/properties/proxy/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.proxy.properties.password.type,parentSchema:schema22.properties.proxy.properties.password,data:data22};
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
const err44 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.proxy.type,parentSchema:schema22.properties.proxy,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.tls !== undefined){
let data23 = data.tls;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key6 in data23){
if(!((key6 === "validateCertificateChain") || (key6 === "validateCertificateName"))){
const err45 = {instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.tls,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data23.validateCertificateChain !== undefined){
let data24 = data23.validateCertificateChain;
if(typeof data24 !== "boolean"){
const err46 = {instancePath:instancePath+"/tls/validateCertificateChain",schemaPath:"#/properties/tls/properties/validateCertificateChain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.tls.properties.validateCertificateChain.type,parentSchema:schema22.properties.tls.properties.validateCertificateChain,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data23.validateCertificateName !== undefined){
let data25 = data23.validateCertificateName;
if(typeof data25 !== "boolean"){
const err47 = {instancePath:instancePath+"/tls/validateCertificateName",schemaPath:"#/properties/tls/properties/validateCertificateName/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.tls.properties.validateCertificateName.type,parentSchema:schema22.properties.tls.properties.validateCertificateName,data:data25};
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
const err48 = {instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.tls.type,parentSchema:schema22.properties.tls,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.circuitBreaker !== undefined){
let data26 = data.circuitBreaker;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key7 in data26){
if(!(key7 === "rules")){
const err49 = {instancePath:instancePath+"/circuitBreaker",schemaPath:"#/properties/circuitBreaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.circuitBreaker,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data26.rules !== undefined){
let data27 = data26.rules;
if(Array.isArray(data27)){
if(data27.length > 15){
const err50 = {instancePath:instancePath+"/circuitBreaker/rules",schemaPath:"#/properties/circuitBreaker/properties/rules/maxItems",keyword:"maxItems",params:{limit: 15},message:"must NOT have more than 15 items",schema:15,parentSchema:schema22.properties.circuitBreaker.properties.rules,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len5 = data27.length;
for(let i5=0; i5<len5; i5++){
let data28 = data27[i5];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err51 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5,schemaPath:"#/properties/circuitBreaker/properties/rules/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema22.properties.circuitBreaker.properties.rules.items.required,parentSchema:schema22.properties.circuitBreaker.properties.rules.items,data:data28};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data28.failureCondition === undefined){
const err52 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5,schemaPath:"#/properties/circuitBreaker/properties/rules/items/required",keyword:"required",params:{missingProperty: "failureCondition"},message:"must have required property '"+"failureCondition"+"'",schema:schema22.properties.circuitBreaker.properties.rules.items.required,parentSchema:schema22.properties.circuitBreaker.properties.rules.items,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data28.tripDuration === undefined){
const err53 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5,schemaPath:"#/properties/circuitBreaker/properties/rules/items/required",keyword:"required",params:{missingProperty: "tripDuration"},message:"must have required property '"+"tripDuration"+"'",schema:schema22.properties.circuitBreaker.properties.rules.items.required,parentSchema:schema22.properties.circuitBreaker.properties.rules.items,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key8 in data28){
if(!((((key8 === "name") || (key8 === "failureCondition")) || (key8 === "tripDuration")) || (key8 === "acceptRetryAfter"))){
const err54 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5,schemaPath:"#/properties/circuitBreaker/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.circuitBreaker.properties.rules.items,data:data28};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data28.name !== undefined){
let data29 = data28.name;
if(typeof data29 !== "string"){
const err55 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/name",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.name.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.name,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data28.failureCondition !== undefined){
let data30 = data28.failureCondition;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key9 in data30){
if(!(((((key9 === "count") || (key9 === "percentage")) || (key9 === "interval")) || (key9 === "statusCodeRanges")) || (key9 === "errorReasons"))){
const err56 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data30.count !== undefined){
let data31 = data30.count;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err57 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/count",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.count.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.count,data:data31};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data31 == "number"){
if(data31 < 1 || isNaN(data31)){
const err58 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/count",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.count,data:data31};
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
if(data30.percentage !== undefined){
let data32 = data30.percentage;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
const err59 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/percentage",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/percentage/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage,data:data32};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data32 == "number"){
if(data32 > 100 || isNaN(data32)){
const err60 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/percentage",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err61 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/percentage",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.percentage,data:data32};
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
if(data30.interval !== undefined){
let data33 = data30.interval;
if(typeof data33 === "string"){
if(!pattern11.test(data33)){
const err62 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/interval",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/interval/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"+"\"",schema:"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.interval,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/interval",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.interval.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.interval,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data30.statusCodeRanges !== undefined){
let data34 = data30.statusCodeRanges;
if(Array.isArray(data34)){
if(data34.length > 10){
const err64 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
let data35 = data34[i6];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key10 in data35){
if(!((key10 === "min") || (key10 === "max"))){
const err65 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6,schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data35.min !== undefined){
let data36 = data35.min;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err66 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6+"/min",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min,data:data36};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data36 == "number"){
if(data36 > 599 || isNaN(data36)){
const err67 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6+"/min",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min,data:data36};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data36 < 200 || isNaN(data36)){
const err68 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6+"/min",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200",schema:200,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.min,data:data36};
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
if(data35.max !== undefined){
let data37 = data35.max;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err69 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6+"/max",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max,data:data37};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(typeof data37 == "number"){
if(data37 > 599 || isNaN(data37)){
const err70 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6+"/max",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max,data:data37};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data37 < 200 || isNaN(data37)){
const err71 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6+"/max",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200",schema:200,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.properties.max,data:data37};
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
}
else {
const err72 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges/" + i6,schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.items,data:data35};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/statusCodeRanges",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/statusCodeRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.statusCodeRanges,data:data34};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data30.errorReasons !== undefined){
let data38 = data30.errorReasons;
if(Array.isArray(data38)){
if(data38.length > 10){
const err74 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/errorReasons",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
const len7 = data38.length;
for(let i7=0; i7<len7; i7++){
let data39 = data38[i7];
if(typeof data39 === "string"){
if(func2(data39) > 200){
const err75 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/errorReasons/" + i7,schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.items,data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/errorReasons/" + i7,schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.items.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.items,data:data39};
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
const err77 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition/errorReasons",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/properties/errorReasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.properties.errorReasons,data:data38};
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
const err78 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/failureCondition",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/failureCondition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.failureCondition,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data28.tripDuration !== undefined){
let data40 = data28.tripDuration;
if(typeof data40 === "string"){
if(!pattern11.test(data40)){
const err79 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/tripDuration",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/tripDuration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"+"\"",schema:"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.tripDuration,data:data40};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/tripDuration",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/tripDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.tripDuration.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.tripDuration,data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data28.acceptRetryAfter !== undefined){
let data41 = data28.acceptRetryAfter;
if(typeof data41 !== "boolean"){
const err81 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5+"/acceptRetryAfter",schemaPath:"#/properties/circuitBreaker/properties/rules/items/properties/acceptRetryAfter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.circuitBreaker.properties.rules.items.properties.acceptRetryAfter.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items.properties.acceptRetryAfter,data:data41};
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
const err82 = {instancePath:instancePath+"/circuitBreaker/rules/" + i5,schemaPath:"#/properties/circuitBreaker/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.circuitBreaker.properties.rules.items.type,parentSchema:schema22.properties.circuitBreaker.properties.rules.items,data:data28};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/circuitBreaker/rules",schemaPath:"#/properties/circuitBreaker/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.circuitBreaker.properties.rules.type,parentSchema:schema22.properties.circuitBreaker.properties.rules,data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/circuitBreaker",schemaPath:"#/properties/circuitBreaker/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.circuitBreaker.type,parentSchema:schema22.properties.circuitBreaker,data:data26};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.type !== undefined){
let data42 = data.type;
if(typeof data42 !== "string"){
const err85 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.type.type,parentSchema:schema22.properties.type,data:data42};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!((data42 === "Single") || (data42 === "Pool"))){
const err86 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema22.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.type.enum,parentSchema:schema22.properties.type,data:data42};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.url !== undefined){
let data43 = data.url;
if(typeof data43 === "string"){
if(func2(data43) > 2000){
const err87 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema22.properties.url,data:data43};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(func2(data43) < 1){
const err88 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.url,data:data43};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.url.type,parentSchema:schema22.properties.url,data:data43};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.protocol !== undefined){
let data44 = data.protocol;
if(typeof data44 !== "string"){
const err90 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.protocol.type,parentSchema:schema22.properties.protocol,data:data44};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!((data44 === "http") || (data44 === "soap"))){
const err91 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema22.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.protocol.enum,parentSchema:schema22.properties.protocol,data:data44};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.serviceFabricCluster !== undefined){
let data45 = data.serviceFabricCluster;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.managementEndpoints === undefined){
const err92 = {instancePath:instancePath+"/serviceFabricCluster",schemaPath:"#/properties/serviceFabricCluster/required",keyword:"required",params:{missingProperty: "managementEndpoints"},message:"must have required property '"+"managementEndpoints"+"'",schema:schema22.properties.serviceFabricCluster.required,parentSchema:schema22.properties.serviceFabricCluster,data:data45};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key11 in data45){
if(!(((((((key11 === "clientCertificate") || (key11 === "clientCertificateId")) || (key11 === "clientCertificatethumbprint")) || (key11 === "maxPartitionResolutionRetries")) || (key11 === "managementEndpoints")) || (key11 === "serverCertificateThumbprints")) || (key11 === "serverX509Names"))){
const err93 = {instancePath:instancePath+"/serviceFabricCluster",schemaPath:"#/properties/serviceFabricCluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.serviceFabricCluster,data:data45};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data45.clientCertificate !== undefined){
let data46 = data45.clientCertificate;
if(typeof data46 !== "string"){
const err94 = {instancePath:instancePath+"/serviceFabricCluster/clientCertificate",schemaPath:"#/properties/serviceFabricCluster/properties/clientCertificate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.clientCertificate.type,parentSchema:schema22.properties.serviceFabricCluster.properties.clientCertificate,data:data46};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data45.clientCertificateId !== undefined){
let data47 = data45.clientCertificateId;
if(typeof data47 !== "string"){
const err95 = {instancePath:instancePath+"/serviceFabricCluster/clientCertificateId",schemaPath:"#/properties/serviceFabricCluster/properties/clientCertificateId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.clientCertificateId.type,parentSchema:schema22.properties.serviceFabricCluster.properties.clientCertificateId,data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data45.clientCertificatethumbprint !== undefined){
let data48 = data45.clientCertificatethumbprint;
if(typeof data48 !== "string"){
const err96 = {instancePath:instancePath+"/serviceFabricCluster/clientCertificatethumbprint",schemaPath:"#/properties/serviceFabricCluster/properties/clientCertificatethumbprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.clientCertificatethumbprint.type,parentSchema:schema22.properties.serviceFabricCluster.properties.clientCertificatethumbprint,data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data45.maxPartitionResolutionRetries !== undefined){
let data49 = data45.maxPartitionResolutionRetries;
if(!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))){
const err97 = {instancePath:instancePath+"/serviceFabricCluster/maxPartitionResolutionRetries",schemaPath:"#/properties/serviceFabricCluster/properties/maxPartitionResolutionRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.serviceFabricCluster.properties.maxPartitionResolutionRetries.type,parentSchema:schema22.properties.serviceFabricCluster.properties.maxPartitionResolutionRetries,data:data49};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(typeof data49 == "number"){
if(data49 < 0 || isNaN(data49)){
const err98 = {instancePath:instancePath+"/serviceFabricCluster/maxPartitionResolutionRetries",schemaPath:"#/properties/serviceFabricCluster/properties/maxPartitionResolutionRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.serviceFabricCluster.properties.maxPartitionResolutionRetries,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
if(data45.managementEndpoints !== undefined){
let data50 = data45.managementEndpoints;
if(Array.isArray(data50)){
if(data50.length < 1){
const err99 = {instancePath:instancePath+"/serviceFabricCluster/managementEndpoints",schemaPath:"#/properties/serviceFabricCluster/properties/managementEndpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.properties.serviceFabricCluster.properties.managementEndpoints,data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const len8 = data50.length;
for(let i8=0; i8<len8; i8++){
let data51 = data50[i8];
if(typeof data51 !== "string"){
const err100 = {instancePath:instancePath+"/serviceFabricCluster/managementEndpoints/" + i8,schemaPath:"#/properties/serviceFabricCluster/properties/managementEndpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.managementEndpoints.items.type,parentSchema:schema22.properties.serviceFabricCluster.properties.managementEndpoints.items,data:data51};
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
const err101 = {instancePath:instancePath+"/serviceFabricCluster/managementEndpoints",schemaPath:"#/properties/serviceFabricCluster/properties/managementEndpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.serviceFabricCluster.properties.managementEndpoints.type,parentSchema:schema22.properties.serviceFabricCluster.properties.managementEndpoints,data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data45.serverCertificateThumbprints !== undefined){
let data52 = data45.serverCertificateThumbprints;
if(Array.isArray(data52)){
const len9 = data52.length;
for(let i9=0; i9<len9; i9++){
let data53 = data52[i9];
if(typeof data53 !== "string"){
const err102 = {instancePath:instancePath+"/serviceFabricCluster/serverCertificateThumbprints/" + i9,schemaPath:"#/properties/serviceFabricCluster/properties/serverCertificateThumbprints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.serverCertificateThumbprints.items.type,parentSchema:schema22.properties.serviceFabricCluster.properties.serverCertificateThumbprints.items,data:data53};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/serviceFabricCluster/serverCertificateThumbprints",schemaPath:"#/properties/serviceFabricCluster/properties/serverCertificateThumbprints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.serviceFabricCluster.properties.serverCertificateThumbprints.type,parentSchema:schema22.properties.serviceFabricCluster.properties.serverCertificateThumbprints,data:data52};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data45.serverX509Names !== undefined){
let data54 = data45.serverX509Names;
if(Array.isArray(data54)){
const len10 = data54.length;
for(let i10=0; i10<len10; i10++){
let data55 = data54[i10];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key12 in data55){
if(!((key12 === "name") || (key12 === "issuerCertificateThumbprint"))){
const err104 = {instancePath:instancePath+"/serviceFabricCluster/serverX509Names/" + i10,schemaPath:"#/properties/serviceFabricCluster/properties/serverX509Names/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items,data:data55};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data55.name !== undefined){
let data56 = data55.name;
if(typeof data56 !== "string"){
const err105 = {instancePath:instancePath+"/serviceFabricCluster/serverX509Names/" + i10+"/name",schemaPath:"#/properties/serviceFabricCluster/properties/serverX509Names/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items.properties.name.type,parentSchema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items.properties.name,data:data56};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data55.issuerCertificateThumbprint !== undefined){
let data57 = data55.issuerCertificateThumbprint;
if(typeof data57 !== "string"){
const err106 = {instancePath:instancePath+"/serviceFabricCluster/serverX509Names/" + i10+"/issuerCertificateThumbprint",schemaPath:"#/properties/serviceFabricCluster/properties/serverX509Names/items/properties/issuerCertificateThumbprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items.properties.issuerCertificateThumbprint.type,parentSchema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items.properties.issuerCertificateThumbprint,data:data57};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/serviceFabricCluster/serverX509Names/" + i10,schemaPath:"#/properties/serviceFabricCluster/properties/serverX509Names/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items.type,parentSchema:schema22.properties.serviceFabricCluster.properties.serverX509Names.items,data:data55};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/serviceFabricCluster/serverX509Names",schemaPath:"#/properties/serviceFabricCluster/properties/serverX509Names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.serviceFabricCluster.properties.serverX509Names.type,parentSchema:schema22.properties.serviceFabricCluster.properties.serverX509Names,data:data54};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/serviceFabricCluster",schemaPath:"#/properties/serviceFabricCluster/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.serviceFabricCluster.type,parentSchema:schema22.properties.serviceFabricCluster,data:data45};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.pool !== undefined){
let data58 = data.pool;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.services === undefined){
const err110 = {instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'",schema:schema22.properties.pool.required,parentSchema:schema22.properties.pool,data:data58};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key13 in data58){
if(!(key13 === "services")){
const err111 = {instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.pool,data:data58};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data58.services !== undefined){
let data59 = data58.services;
if(Array.isArray(data59)){
if(data59.length < 1){
const err112 = {instancePath:instancePath+"/pool/services",schemaPath:"#/properties/pool/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.properties.pool.properties.services,data:data59};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
const len11 = data59.length;
for(let i11=0; i11<len11; i11++){
let data60 = data59[i11];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.backend === undefined){
const err113 = {instancePath:instancePath+"/pool/services/" + i11,schemaPath:"#/properties/pool/properties/services/items/required",keyword:"required",params:{missingProperty: "backend"},message:"must have required property '"+"backend"+"'",schema:schema22.properties.pool.properties.services.items.required,parentSchema:schema22.properties.pool.properties.services.items,data:data60};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key14 in data60){
if(!(((key14 === "backend") || (key14 === "priority")) || (key14 === "weight"))){
const err114 = {instancePath:instancePath+"/pool/services/" + i11,schemaPath:"#/properties/pool/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.pool.properties.services.items,data:data60};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data60.backend !== undefined){
let data61 = data60.backend;
if(typeof data61 !== "string"){
const err115 = {instancePath:instancePath+"/pool/services/" + i11+"/backend",schemaPath:"#/properties/pool/properties/services/items/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.pool.properties.services.items.properties.backend.type,parentSchema:schema22.properties.pool.properties.services.items.properties.backend,data:data61};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data60.priority !== undefined){
let data62 = data60.priority;
if(!((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62)))){
const err116 = {instancePath:instancePath+"/pool/services/" + i11+"/priority",schemaPath:"#/properties/pool/properties/services/items/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.pool.properties.services.items.properties.priority.type,parentSchema:schema22.properties.pool.properties.services.items.properties.priority,data:data62};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(typeof data62 == "number"){
if(data62 > 100 || isNaN(data62)){
const err117 = {instancePath:instancePath+"/pool/services/" + i11+"/priority",schemaPath:"#/properties/pool/properties/services/items/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema22.properties.pool.properties.services.items.properties.priority,data:data62};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data62 < 0 || isNaN(data62)){
const err118 = {instancePath:instancePath+"/pool/services/" + i11+"/priority",schemaPath:"#/properties/pool/properties/services/items/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.pool.properties.services.items.properties.priority,data:data62};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
if(data60.weight !== undefined){
let data63 = data60.weight;
if(!((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63)))){
const err119 = {instancePath:instancePath+"/pool/services/" + i11+"/weight",schemaPath:"#/properties/pool/properties/services/items/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.pool.properties.services.items.properties.weight.type,parentSchema:schema22.properties.pool.properties.services.items.properties.weight,data:data63};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(typeof data63 == "number"){
if(data63 > 100 || isNaN(data63)){
const err120 = {instancePath:instancePath+"/pool/services/" + i11+"/weight",schemaPath:"#/properties/pool/properties/services/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema22.properties.pool.properties.services.items.properties.weight,data:data63};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data63 < 0 || isNaN(data63)){
const err121 = {instancePath:instancePath+"/pool/services/" + i11+"/weight",schemaPath:"#/properties/pool/properties/services/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.pool.properties.services.items.properties.weight,data:data63};
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
}
else {
const err122 = {instancePath:instancePath+"/pool/services/" + i11,schemaPath:"#/properties/pool/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.pool.properties.services.items.type,parentSchema:schema22.properties.pool.properties.services.items,data:data60};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/pool/services",schemaPath:"#/properties/pool/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.pool.properties.services.type,parentSchema:schema22.properties.pool.properties.services,data:data59};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.pool.type,parentSchema:schema22.properties.pool,data:data58};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.ignore !== undefined){
let data64 = data.ignore;
if(Array.isArray(data64)){
const len12 = data64.length;
for(let i12=0; i12<len12; i12++){
let data65 = data64[i12];
if(typeof data65 === "string"){
if(!pattern9.test(data65)){
const err125 = {instancePath:instancePath+"/ignore/" + i12,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema22.properties.ignore.items,data:data65};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/ignore/" + i12,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ignore.items.type,parentSchema:schema22.properties.ignore.items,data:data65};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.ignore.type,parentSchema:schema22.properties.ignore,data:data64};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":"object","description":"An API. Operations come from `openapi`/`wsdl`, from `operations`, or both (declared operations refine imported ones of the same name).","properties":{"description":{"type":"string","description":"Description of the API. May include HTML formatting tags."},"authenticationSettings":{"type":"object","description":"How the developer portal and test console get tokens for this API.","properties":{"oAuth2":{"type":"object","description":"OAuth 2.0 authorization server settings.","properties":{"authorizationServer":{"type":"string","description":"Name of an authorization server declared in `authorizationServers` (becomes `authorizationServerId`)."},"authorizationServerId":{"type":"string","description":"Name of the authorization server, as the contract writes it."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false},"openid":{"type":"object","description":"OpenID Connect settings.","properties":{"openidProvider":{"type":"string","description":"Name of a provider declared in `openidConnectProviders` (becomes `openidProviderId`)."},"openidProviderId":{"type":"string","description":"Name of the provider, as the contract writes it."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false},"oAuth2AuthenticationSettings":{"type":"array","description":"OAuth 2.0 settings (several servers).","items":{"type":"object","description":"One server.","properties":{"authorizationServerId":{"type":"string","description":"Name of the authorization server."},"scope":{"type":"string","description":"Operations scope."}},"additionalProperties":false}},"openidAuthenticationSettings":{"type":"array","description":"OpenID Connect settings (several providers).","items":{"type":"object","description":"One provider.","properties":{"openidProviderId":{"type":"string","description":"Name of the provider."},"bearerTokenSendingMethods":{"type":"array","description":"How to send the token to the server.","items":{"type":"string","enum":["authorizationHeader","query"]}}},"additionalProperties":false}}},"additionalProperties":false},"subscriptionKeyParameterNames":{"type":"object","properties":{"header":{"type":"string","description":"Subscription key header name."},"query":{"type":"string","description":"Subscription key query string parameter name."}},"description":"Protocols over which API is made available.","additionalProperties":false},"type":{"type":"string","description":"Type of API.","enum":["http","soap","websocket","graphql","odata","grpc"]},"apiRevision":{"type":"string","description":"Describes the revision of the API. If no value is provided, default revision 1 is created","minLength":1,"maxLength":100},"apiVersion":{"type":"string","description":"Indicates the version identifier of the API if the API is versioned","maxLength":100},"isCurrent":{"type":"boolean","description":"Indicates if API revision is current api revision."},"apiRevisionDescription":{"type":"string","description":"Description of the API Revision.","maxLength":256},"apiVersionDescription":{"type":"string","description":"Description of the API Version.","maxLength":256},"subscriptionRequired":{"type":"boolean","description":"Specifies whether an API or Product subscription is required for accessing the API."},"termsOfServiceUrl":{"type":"string","description":" A URL to the Terms of Service for the API. MUST be in the format of a URL."},"contact":{"type":"object","properties":{"name":{"type":"string","description":"The identifying name of the contact person/organization"},"url":{"type":"string","description":"The URL pointing to the contact information. MUST be in the format of a URL"},"email":{"type":"string","description":"The email address of the contact person/organization. MUST be in the format of an email address"}},"description":"Contact information for the API.","additionalProperties":false},"license":{"type":"object","description":"License information for the API.","properties":{"name":{"type":"string","description":"The license name used for the API"},"url":{"type":"string","description":"A URL to the license used for the API. MUST be in the format of a URL"}},"additionalProperties":false},"sourceApiId":{"type":"string","description":"API identifier of the source API."},"displayName":{"type":"string","description":"API name. Must be 1 to 300 characters long.","minLength":1,"maxLength":300},"serviceUrl":{"type":"string","description":"Absolute URL of the backend service implementing this API. Cannot be more than 2000 characters long.","minLength":0,"maxLength":2000},"path":{"type":"string","description":"Relative URL uniquely identifying this API and all of its resource paths within the API Management service instance. It is appended to the API endpoint base URL specified during the service instance creation to form a public URL for this API.","minLength":0,"maxLength":400},"protocols":{"type":"array","description":"Protocols the API is served on.","items":{"type":"string","enum":["http","https","ws","wss"]},"minItems":1,"uniqueItems":true},"value":{"type":"string","description":"Content value when Importing an API."},"format":{"type":"string","description":"Format of the Content in which the API is getting imported. New formats can be added in the future. apimc also accepts `swagger-link` (a Swagger 2.0 document at a URL), as Azure's own example writes it.","enum":["wadl-xml","wadl-link-json","swagger-json","swagger-link-json","wsdl","wsdl-link","openapi","openapi+json","openapi-link","openapi+json-link","graphql-link","odata","odata-link","grpc","grpc-link","swagger-link"]},"wsdlSelector":{"type":"object","description":"Criteria to limit import of WSDL to a subset of the document.","properties":{"wsdlServiceName":{"type":"string","description":"Name of service to import from WSDL"},"wsdlEndpointName":{"type":"string","description":"Name of endpoint(port) to import from WSDL"}},"additionalProperties":false},"apiType":{"type":"string","description":"Type of API to create. \n * `http` creates a REST API \n * `soap` creates a SOAP pass-through API  \n * `websocket` creates websocket API \n * `graphql` creates GraphQL API. \n New types can be added in the future.","enum":["http","soap","websocket","graphql","odata","grpc"]},"translateRequiredQueryParameters":{"type":"string","description":"Strategy of translating required query parameters to template ones. By default has value 'template'. Possible values: 'template', 'query'","enum":["template","query"]},"apiVersionSet":{"type":"string","description":"Name of a version set declared in `apiVersionSets`."},"openapi":{"type":"string","description":"Path to an OpenAPI 2.0/3.0/3.1 file (JSON or YAML) whose operations this API imports."},"wsdl":{"type":"string","description":"Path to a WSDL file whose operations this API imports (type `soap`)."},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in the API's inbound policy."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations, keyed by ARM resource name (operationId).","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}},"tags":{"type":"array","description":"Names of declared tags on this API.","items":{"type":"string"},"uniqueItems":true},"revisions":{"type":"object","description":"Non-current revisions of this API, keyed by revision number (`\"4\"`), reachable at `;rev=N`. Each is created from the API (`sourceApiId`), so it starts with the API's operations.","additionalProperties":{"$ref":"#/$defs/ApiRevision"}},"schemas":{"type":"object","description":"Explicit schemas of this API (GraphQL SDL, XSD, JSON schema definitions), keyed by schema id; compiled to `apis/schemas` resources.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/ApiSchema"}},"diagnostics":{"type":"object","description":"This API's diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`); they override the service-level ones.","propertyNames":{"pattern":"^(applicationinsights|azuremonitor|local)$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Diagnostic"}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema24 = {"type":"object","description":"A policy written as YAML. It maps one to one onto policy XML.","properties":{"inbound":{"type":"array","description":"Policy elements of the `inbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"backend":{"type":"array","description":"Policy elements of the `backend` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"outbound":{"type":"array","description":"Policy elements of the `outbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}},"on-error":{"type":"array","description":"Policy elements of the `on-error` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).","items":{"oneOf":[{"type":"string","description":"An element without attributes, for example `base`."},{"type":"object","description":"One element: its name mapped to its attributes and children.","minProperties":1,"maxProperties":1,"additionalProperties":true}]}}},"additionalProperties":false};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "inbound") || (key0 === "backend")) || (key0 === "outbound")) || (key0 === "on-error"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.inbound !== undefined){
let data0 = data.inbound;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs5 = errors;
let valid3 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/inbound/" + i0,schemaPath:"#/properties/inbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.inbound.items.oneOf[0].type,parentSchema:schema24.properties.inbound.items.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 1){
const err2 = {instancePath:instancePath+"/inbound/" + i0,schemaPath:"#/properties/inbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema24.properties.inbound.items.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err3 = {instancePath:instancePath+"/inbound/" + i0,schemaPath:"#/properties/inbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema24.properties.inbound.items.oneOf[1],data:data1};
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
const err4 = {instancePath:instancePath+"/inbound/" + i0,schemaPath:"#/properties/inbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.inbound.items.oneOf[1].type,parentSchema:schema24.properties.inbound.items.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err5 = {instancePath:instancePath+"/inbound/" + i0,schemaPath:"#/properties/inbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema24.properties.inbound.items.oneOf,parentSchema:schema24.properties.inbound.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
}
else {
const err6 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.inbound.type,parentSchema:schema24.properties.inbound,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.backend !== undefined){
let data2 = data.backend;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs14 = errors;
let valid6 = false;
let passing1 = null;
const _errs15 = errors;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/backend/" + i1,schemaPath:"#/properties/backend/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.backend.items.oneOf[0].type,parentSchema:schema24.properties.backend.items.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs17 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err8 = {instancePath:instancePath+"/backend/" + i1,schemaPath:"#/properties/backend/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema24.properties.backend.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err9 = {instancePath:instancePath+"/backend/" + i1,schemaPath:"#/properties/backend/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema24.properties.backend.items.oneOf[1],data:data3};
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
const err10 = {instancePath:instancePath+"/backend/" + i1,schemaPath:"#/properties/backend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.backend.items.oneOf[1].type,parentSchema:schema24.properties.backend.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs17 === errors;
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
const err11 = {instancePath:instancePath+"/backend/" + i1,schemaPath:"#/properties/backend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema24.properties.backend.items.oneOf,parentSchema:schema24.properties.backend.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.backend.type,parentSchema:schema24.properties.backend,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.outbound !== undefined){
let data4 = data.outbound;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
const _errs23 = errors;
let valid9 = false;
let passing2 = null;
const _errs24 = errors;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/outbound/" + i2,schemaPath:"#/properties/outbound/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.outbound.items.oneOf[0].type,parentSchema:schema24.properties.outbound.items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs24 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs26 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length > 1){
const err14 = {instancePath:instancePath+"/outbound/" + i2,schemaPath:"#/properties/outbound/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema24.properties.outbound.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(Object.keys(data5).length < 1){
const err15 = {instancePath:instancePath+"/outbound/" + i2,schemaPath:"#/properties/outbound/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema24.properties.outbound.items.oneOf[1],data:data5};
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
const err16 = {instancePath:instancePath+"/outbound/" + i2,schemaPath:"#/properties/outbound/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.outbound.items.oneOf[1].type,parentSchema:schema24.properties.outbound.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs26 === errors;
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
const err17 = {instancePath:instancePath+"/outbound/" + i2,schemaPath:"#/properties/outbound/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema24.properties.outbound.items.oneOf,parentSchema:schema24.properties.outbound.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/outbound",schemaPath:"#/properties/outbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.outbound.type,parentSchema:schema24.properties.outbound,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data["on-error"] !== undefined){
let data6 = data["on-error"];
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
const _errs32 = errors;
let valid12 = false;
let passing3 = null;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/on-error/" + i3,schemaPath:"#/properties/on-error/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties["on-error"].items.oneOf[0].type,parentSchema:schema24.properties["on-error"].items.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs33 === errors;
if(_valid3){
valid12 = true;
passing3 = 0;
}
const _errs35 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 1){
const err20 = {instancePath:instancePath+"/on-error/" + i3,schemaPath:"#/properties/on-error/items/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema24.properties["on-error"].items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(Object.keys(data7).length < 1){
const err21 = {instancePath:instancePath+"/on-error/" + i3,schemaPath:"#/properties/on-error/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema24.properties["on-error"].items.oneOf[1],data:data7};
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
const err22 = {instancePath:instancePath+"/on-error/" + i3,schemaPath:"#/properties/on-error/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties["on-error"].items.oneOf[1].type,parentSchema:schema24.properties["on-error"].items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs35 === errors;
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
const err23 = {instancePath:instancePath+"/on-error/" + i3,schemaPath:"#/properties/on-error/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema24.properties["on-error"].items.oneOf,parentSchema:schema24.properties["on-error"].items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/on-error",schemaPath:"#/properties/on-error/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties["on-error"].type,parentSchema:schema24.properties["on-error"],data:data6};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema25 = {"type":"object","description":"An API operation.","properties":{"templateParameters":{"type":"array","description":"Parameters of the URL template.","items":{"$ref":"#/$defs/Parameter"}},"description":{"type":"string","description":"Description of the operation. May include HTML formatting tags.","maxLength":1000},"request":{"type":"object","description":"Request details.","properties":{"description":{"type":"string","description":"Request description."},"queryParameters":{"type":"array","description":"Query parameters.","items":{"$ref":"#/$defs/Parameter"}},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false},"responses":{"type":"array","description":"Responses.","items":{"type":"object","description":"A response.","properties":{"statusCode":{"type":"integer","description":"HTTP status code.","minimum":100,"maximum":599},"description":{"type":"string","description":"Response description."},"headers":{"type":"array","description":"Headers.","items":{"$ref":"#/$defs/Parameter"}},"representations":{"type":"array","description":"Body representations.","items":{"$ref":"#/$defs/Representation"}}},"additionalProperties":false,"required":["statusCode"]}},"displayName":{"type":"string","description":"Operation Name.","minLength":1,"maxLength":300},"method":{"type":"string","description":"HTTP method, for example `GET`.","pattern":"^[A-Za-z]+$"},"urlTemplate":{"type":"string","description":"Relative URL template identifying the target resource for this operation. May include parameters. Example: /customers/{cid}/orders/{oid}/?date={date}","minLength":1,"maxLength":1000},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"backend":{"type":"string","description":"Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in this operation's inbound policy."},"tags":{"type":"array","description":"Names of declared tags on this operation.","items":{"type":"string"},"uniqueItems":true},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema26 = {"type":"object","description":"A URL template, query or header parameter.","properties":{"name":{"type":"string","description":"Parameter name."},"description":{"type":"string","description":"Parameter description."},"type":{"type":"string","description":"Parameter type, for example `string` or `integer`."},"defaultValue":{"type":"string","description":"Default parameter value."},"required":{"type":"boolean","description":"Whether the parameter is required."},"values":{"type":"array","description":"Allowed values.","items":{"type":"string"}},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the parameter.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}}},"additionalProperties":false,"required":["name","type"]};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema26.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.name.type,parentSchema:schema26.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.description.type,parentSchema:schema26.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.type.type,parentSchema:schema26.properties.type,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.defaultValue !== undefined){
let data3 = data.defaultValue;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/defaultValue",schemaPath:"#/properties/defaultValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.defaultValue.type,parentSchema:schema26.properties.defaultValue,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.required !== undefined){
let data4 = data.required;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.required.type,parentSchema:schema26.properties.required,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.values !== undefined){
let data5 = data.values;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.values.items.type,parentSchema:schema26.properties.values.items,data:data6};
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
const err9 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.values.type,parentSchema:schema26.properties.values,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schemaId !== undefined){
let data7 = data.schemaId;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/schemaId",schemaPath:"#/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.schemaId.type,parentSchema:schema26.properties.schemaId,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.typeName !== undefined){
let data8 = data.typeName;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/typeName",schemaPath:"#/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.typeName.type,parentSchema:schema26.properties.typeName,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.examples !== undefined){
let data9 = data.examples;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
let data10 = data9[key1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!((((key2 === "summary") || (key2 === "description")) || (key2 === "value")) || (key2 === "externalValue"))){
const err12 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26.properties.examples.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.summary !== undefined){
let data11 = data10.summary;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema26.properties.examples.additionalProperties.properties.summary,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data10.description !== undefined){
let data12 = data10.description;
if(typeof data12 !== "string"){
const err14 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.examples.additionalProperties.properties.description.type,parentSchema:schema26.properties.examples.additionalProperties.properties.description,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.externalValue !== undefined){
let data13 = data10.externalValue;
if(typeof data13 !== "string"){
const err15 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema26.properties.examples.additionalProperties.properties.externalValue,data:data13};
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
const err16 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.properties.examples.additionalProperties.type,parentSchema:schema26.properties.examples.additionalProperties,data:data10};
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
const err17 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.properties.examples.type,parentSchema:schema26.properties.examples,data:data9};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"type":"object","description":"A request or response body representation.","properties":{"contentType":{"type":"string","description":"Content type, for example `application/json`."},"schemaId":{"type":"string","description":"Schema identifier."},"typeName":{"type":"string","description":"Type name defined by the schema."},"examples":{"type":"object","description":"Named examples of the body.","additionalProperties":{"type":"object","description":"One example.","properties":{"summary":{"type":"string","description":"Short description."},"description":{"type":"string","description":"Long description."},"value":{"description":"Example value (any JSON)."},"externalValue":{"type":"string","description":"URL of the example."}},"additionalProperties":false}},"formParameters":{"type":"array","description":"Form parameters, for `application/x-www-form-urlencoded` or `multipart/form-data`.","items":{"$ref":"#/$defs/Parameter"}}},"additionalProperties":false,"required":["contentType"]};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contentType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contentType"},message:"must have required property '"+"contentType"+"'",schema:schema27.required,parentSchema:schema27,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
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
const err2 = {instancePath:instancePath+"/contentType",schemaPath:"#/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.contentType.type,parentSchema:schema27.properties.contentType,data:data0};
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
const err3 = {instancePath:instancePath+"/schemaId",schemaPath:"#/properties/schemaId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.schemaId.type,parentSchema:schema27.properties.schemaId,data:data1};
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
const err4 = {instancePath:instancePath+"/typeName",schemaPath:"#/properties/typeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.typeName.type,parentSchema:schema27.properties.typeName,data:data2};
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
const err5 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema27.properties.examples.additionalProperties,data:data4};
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
const err6 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/summary",schemaPath:"#/properties/examples/additionalProperties/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.examples.additionalProperties.properties.summary.type,parentSchema:schema27.properties.examples.additionalProperties.properties.summary,data:data5};
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
const err7 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/examples/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.examples.additionalProperties.properties.description.type,parentSchema:schema27.properties.examples.additionalProperties.properties.description,data:data6};
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
const err8 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/externalValue",schemaPath:"#/properties/examples/additionalProperties/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.examples.additionalProperties.properties.externalValue.type,parentSchema:schema27.properties.examples.additionalProperties.properties.externalValue,data:data7};
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
const err9 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.examples.additionalProperties.type,parentSchema:schema27.properties.examples.additionalProperties,data:data4};
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
const err10 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.examples.type,parentSchema:schema27.properties.examples,data:data3};
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
if(!(validate63(data8[i0], {instancePath:instancePath+"/formParameters/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/formParameters",schemaPath:"#/properties/formParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.formParameters.type,parentSchema:schema27.properties.formParameters,data:data8};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern16 = new RegExp("^[A-Za-z]+$", "u");

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema25.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
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
if(!(validate63(data0[i0], {instancePath:instancePath+"/templateParameters/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/templateParameters",schemaPath:"#/properties/templateParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.templateParameters.type,parentSchema:schema25.properties.templateParameters,data:data0};
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
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema25.properties.description,data:data2};
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
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.request !== undefined){
let data3 = data.request;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((key1 === "description") || (key1 === "queryParameters")) || (key1 === "headers")) || (key1 === "representations"))){
const err4 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.request,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.description !== undefined){
let data4 = data3.description;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/request/description",schemaPath:"#/properties/request/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.request.properties.description.type,parentSchema:schema25.properties.request.properties.description,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.queryParameters !== undefined){
let data5 = data3.queryParameters;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate63(data5[i1], {instancePath:instancePath+"/request/queryParameters/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/request/queryParameters",schemaPath:"#/properties/request/properties/queryParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.request.properties.queryParameters.type,parentSchema:schema25.properties.request.properties.queryParameters,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.headers !== undefined){
let data7 = data3.headers;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate63(data7[i2], {instancePath:instancePath+"/request/headers/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/request/headers",schemaPath:"#/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.request.properties.headers.type,parentSchema:schema25.properties.request.properties.headers,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.representations !== undefined){
let data9 = data3.representations;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate67(data9[i3], {instancePath:instancePath+"/request/representations/" + i3,parentData:data9,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/request/representations",schemaPath:"#/properties/request/properties/representations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.request.properties.representations.type,parentSchema:schema25.properties.request.properties.representations,data:data9};
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
const err9 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.request.type,parentSchema:schema25.properties.request,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.responses !== undefined){
let data11 = data.responses;
if(Array.isArray(data11)){
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
let data12 = data11[i4];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.statusCode === undefined){
const err10 = {instancePath:instancePath+"/responses/" + i4,schemaPath:"#/properties/responses/items/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'",schema:schema25.properties.responses.items.required,parentSchema:schema25.properties.responses.items,data:data12};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data12){
if(!((((key2 === "statusCode") || (key2 === "description")) || (key2 === "headers")) || (key2 === "representations"))){
const err11 = {instancePath:instancePath+"/responses/" + i4,schemaPath:"#/properties/responses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.responses.items,data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data12.statusCode !== undefined){
let data13 = data12.statusCode;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err12 = {instancePath:instancePath+"/responses/" + i4+"/statusCode",schemaPath:"#/properties/responses/items/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.responses.items.properties.statusCode.type,parentSchema:schema25.properties.responses.items.properties.statusCode,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 599 || isNaN(data13)){
const err13 = {instancePath:instancePath+"/responses/" + i4+"/statusCode",schemaPath:"#/properties/responses/items/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema25.properties.responses.items.properties.statusCode,data:data13};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data13 < 100 || isNaN(data13)){
const err14 = {instancePath:instancePath+"/responses/" + i4+"/statusCode",schemaPath:"#/properties/responses/items/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema25.properties.responses.items.properties.statusCode,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data12.description !== undefined){
let data14 = data12.description;
if(typeof data14 !== "string"){
const err15 = {instancePath:instancePath+"/responses/" + i4+"/description",schemaPath:"#/properties/responses/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.responses.items.properties.description.type,parentSchema:schema25.properties.responses.items.properties.description,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.headers !== undefined){
let data15 = data12.headers;
if(Array.isArray(data15)){
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
if(!(validate63(data15[i5], {instancePath:instancePath+"/responses/" + i4+"/headers/" + i5,parentData:data15,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/responses/" + i4+"/headers",schemaPath:"#/properties/responses/items/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.responses.items.properties.headers.type,parentSchema:schema25.properties.responses.items.properties.headers,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.representations !== undefined){
let data17 = data12.representations;
if(Array.isArray(data17)){
const len6 = data17.length;
for(let i6=0; i6<len6; i6++){
if(!(validate67(data17[i6], {instancePath:instancePath+"/responses/" + i4+"/representations/" + i6,parentData:data17,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/responses/" + i4+"/representations",schemaPath:"#/properties/responses/items/properties/representations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.responses.items.properties.representations.type,parentSchema:schema25.properties.responses.items.properties.representations,data:data17};
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
const err18 = {instancePath:instancePath+"/responses/" + i4,schemaPath:"#/properties/responses/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.responses.items.type,parentSchema:schema25.properties.responses.items,data:data12};
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
const err19 = {instancePath:instancePath+"/responses",schemaPath:"#/properties/responses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.responses.type,parentSchema:schema25.properties.responses,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.displayName !== undefined){
let data19 = data.displayName;
if(typeof data19 === "string"){
if(func2(data19) > 300){
const err20 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema25.properties.displayName,data:data19};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data19) < 1){
const err21 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.displayName,data:data19};
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
const err22 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.displayName.type,parentSchema:schema25.properties.displayName,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.method !== undefined){
let data20 = data.method;
if(typeof data20 === "string"){
if(!pattern16.test(data20)){
const err23 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\"",schema:"^[A-Za-z]+$",parentSchema:schema25.properties.method,data:data20};
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
const err24 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.method.type,parentSchema:schema25.properties.method,data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.urlTemplate !== undefined){
let data21 = data.urlTemplate;
if(typeof data21 === "string"){
if(func2(data21) > 1000){
const err25 = {instancePath:instancePath+"/urlTemplate",schemaPath:"#/properties/urlTemplate/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema25.properties.urlTemplate,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data21) < 1){
const err26 = {instancePath:instancePath+"/urlTemplate",schemaPath:"#/properties/urlTemplate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.urlTemplate,data:data21};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/urlTemplate",schemaPath:"#/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.urlTemplate.type,parentSchema:schema25.properties.urlTemplate,data:data21};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.policy !== undefined){
let data22 = data.policy;
const _errs43 = errors;
let valid17 = false;
let passing0 = null;
const _errs44 = errors;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err28 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.policy.oneOf[0],data:data22};
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
const err29 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.policy.oneOf[0].type,parentSchema:schema25.properties.policy.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0){
valid17 = true;
passing0 = 0;
}
const _errs46 = errors;
if(!(validate60(data22, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid0 = _errs46 === errors;
if(_valid0 && valid17){
valid17 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid17 = true;
passing0 = 1;
}
}
if(!valid17){
const err30 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema25.properties.policy.oneOf,parentSchema:schema25.properties.policy,data:data22};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
if(data.backend !== undefined){
let data23 = data.backend;
if(typeof data23 !== "string"){
const err31 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.backend.type,parentSchema:schema25.properties.backend,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.tags !== undefined){
let data24 = data.tags;
if(Array.isArray(data24)){
const len7 = data24.length;
for(let i7=0; i7<len7; i7++){
let data25 = data24[i7];
if(typeof data25 !== "string"){
const err32 = {instancePath:instancePath+"/tags/" + i7,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.tags.items.type,parentSchema:schema25.properties.tags.items,data:data25};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i8 = data24.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data24[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)",schema:true,parentSchema:schema25.properties.tags,data:data24};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.tags.type,parentSchema:schema25.properties.tags,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.ignore !== undefined){
let data26 = data.ignore;
if(Array.isArray(data26)){
const len8 = data26.length;
for(let i9=0; i9<len8; i9++){
let data27 = data26[i9];
if(typeof data27 === "string"){
if(!pattern9.test(data27)){
const err35 = {instancePath:instancePath+"/ignore/" + i9,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema25.properties.ignore.items,data:data27};
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
const err36 = {instancePath:instancePath+"/ignore/" + i9,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.ignore.items.type,parentSchema:schema25.properties.ignore.items,data:data27};
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
const err37 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.ignore.type,parentSchema:schema25.properties.ignore,data:data26};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema28 = {"type":"object","description":"A non-current API revision (an `apis/<api>;rev=N` resource created from the current one with `sourceApiId`). apimc never deletes a revision.","properties":{"apiRevisionDescription":{"type":"string","description":"Description of the revision."},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"operations":{"type":"object","description":"Operations of this revision, keyed by ARM resource name. The revision starts with a copy of the current revision's operations; those declared here are written to it.","propertyNames":{"pattern":"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$","minLength":1,"maxLength":80},"additionalProperties":{"$ref":"#/$defs/Operation"}}},"additionalProperties":false};
const pattern6 = new RegExp("^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$", "u");

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "apiRevisionDescription") || (key0 === "policy")) || (key0 === "operations"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
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
const err1 = {instancePath:instancePath+"/apiRevisionDescription",schemaPath:"#/properties/apiRevisionDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.apiRevisionDescription.type,parentSchema:schema28.properties.apiRevisionDescription,data:data0};
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
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.policy.oneOf[0],data:data1};
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
const err3 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.policy.oneOf[0].type,parentSchema:schema28.properties.policy.oneOf[0],data:data1};
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
if(!(validate60(data1, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
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
const err4 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema28.properties.policy.oneOf,parentSchema:schema28.properties.policy,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
let data2 = data.operations;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs11 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 80){
const err5 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema28.properties.operations.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(key1) < 1){
const err6 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.operations.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(key1)){
const err7 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema28.properties.operations.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
const err8 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema28.properties.operations.propertyNames,parentSchema:schema28.properties.operations,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data2){
if(!(validate62(data2[key2], {instancePath:instancePath+"/operations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.operations.type,parentSchema:schema28.properties.operations,data:data2};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema29 = {"type":"object","description":"An API schema (the contract's SchemaContract).","properties":{"contentType":{"type":"string","description":"Media type of the document, for example `application/vnd.ms-azure-apim.graphql.schema`, `application/vnd.ms-azure-apim.xsd+xml`, `application/vnd.oai.openapi.components+json` or `application/vnd.ms-azure-apim.swagger.definitions+json`.","minLength":1},"document":{"description":"The schema document: a path to a file (relative to the file that names it), or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`).","oneOf":[{"type":"string","minLength":1,"description":"Path to the schema file. JSON content types (`...+json`) are parsed: an OpenAPI components file becomes `components`, a Swagger definitions file `definitions`; any other file is sent as `value`."},{"type":"object","description":"The document inline, as the contract writes it.","properties":{"value":{"type":"string","description":"The document text (GraphQL SDL, XSD, WSDL, ...)."},"definitions":{"type":"object","additionalProperties":true,"description":"Swagger 2.0 type definitions."},"components":{"type":"object","additionalProperties":true,"description":"OpenAPI 3 components."}},"additionalProperties":false,"minProperties":1,"maxProperties":1}]}},"additionalProperties":false,"required":["contentType","document"]};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contentType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contentType"},message:"must have required property '"+"contentType"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.document === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "contentType") || (key0 === "document"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.contentType !== undefined){
let data0 = data.contentType;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/contentType",schemaPath:"#/properties/contentType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.contentType,data:data0};
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
const err4 = {instancePath:instancePath+"/contentType",schemaPath:"#/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.contentType.type,parentSchema:schema29.properties.contentType,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.document !== undefined){
let data1 = data.document;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.document.oneOf[0],data:data1};
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
const err6 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.document.oneOf[0].type,parentSchema:schema29.properties.document.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(Object.keys(data1).length > 1){
const err7 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema29.properties.document.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err8 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema29.properties.document.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "value") || (key1 === "definitions")) || (key1 === "components"))){
const err9 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.document.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.value !== undefined){
let data2 = data1.value;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/document/value",schemaPath:"#/properties/document/oneOf/1/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.document.oneOf[1].properties.value.type,parentSchema:schema29.properties.document.oneOf[1].properties.value,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.definitions !== undefined){
let data3 = data1.definitions;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err11 = {instancePath:instancePath+"/document/definitions",schemaPath:"#/properties/document/oneOf/1/properties/definitions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.document.oneOf[1].properties.definitions.type,parentSchema:schema29.properties.document.oneOf[1].properties.definitions,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.components !== undefined){
let data4 = data1.components;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
const err12 = {instancePath:instancePath+"/document/components",schemaPath:"#/properties/document/oneOf/1/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.document.oneOf[1].properties.components.type,parentSchema:schema29.properties.document.oneOf[1].properties.components,data:data4};
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
const err13 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.document.oneOf[1].type,parentSchema:schema29.properties.document.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema29.properties.document.oneOf,parentSchema:schema29.properties.document,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema30 = {"type":"object","description":"A diagnostic: what APIM logs, and to which logger.","properties":{"alwaysLog":{"type":"string","enum":["allErrors"],"description":"Specifies for what type of messages sampling settings should not apply."},"sampling":{"type":"object","properties":{"samplingType":{"type":"string","description":"Sampling type.","enum":["fixed"]},"percentage":{"type":"number","format":"double","minimum":0,"maximum":100,"description":"Rate of sampling for fixed-rate sampling."}},"description":"Sampling settings for Diagnostic.","additionalProperties":false},"frontend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Gateway.","additionalProperties":false},"backend":{"type":"object","properties":{"request":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for request.","additionalProperties":false},"response":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"},"description":"Array of HTTP Headers to log."},"body":{"type":"object","properties":{"bytes":{"type":"integer","format":"int32","maximum":8192,"description":"Number of request body bytes to log."}},"description":"Body logging settings.","additionalProperties":false},"dataMasking":{"type":"object","properties":{"queryParams":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for Url query parameters"},"headers":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string","description":"The name of an entity to mask (e.g. a name of a header or a query parameter)."},"mode":{"type":"string","enum":["Mask","Hide"],"description":"Data masking mode."}},"additionalProperties":false},"description":"Masking settings for headers"}},"description":"Data masking settings.","additionalProperties":false}},"description":"Diagnostic settings for response.","additionalProperties":false}},"description":"Diagnostic settings for incoming/outgoing HTTP messages to the Backend","additionalProperties":false},"logClientIp":{"type":"boolean","description":"Log the ClientIP. Default is false."},"httpCorrelationProtocol":{"type":"string","enum":["None","Legacy","W3C"],"description":"Sets correlation protocol to use for Application Insights diagnostics."},"verbosity":{"type":"string","enum":["verbose","information","error"],"description":"The verbosity level applied to traces emitted by trace policies."},"operationNameFormat":{"type":"string","enum":["Name","Url"],"description":"The format of the Operation Name for Application Insights telemetries. Default is Name."},"metrics":{"type":"boolean","description":"Emit custom metrics via emit-metric policy. Applicable only to Application Insights diagnostic settings."},"logger":{"type":"string","description":"Name of a logger declared in `loggers`."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["logger"]};
const formats0 = require("ajv-formats/dist/formats").fullFormats.double;
const formats2 = require("ajv-formats/dist/formats").fullFormats.int32;

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.logger === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "logger"},message:"must have required property '"+"logger"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema30.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.alwaysLog !== undefined){
let data0 = data.alwaysLog;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/alwaysLog",schemaPath:"#/properties/alwaysLog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.alwaysLog.type,parentSchema:schema30.properties.alwaysLog,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "allErrors")){
const err3 = {instancePath:instancePath+"/alwaysLog",schemaPath:"#/properties/alwaysLog/enum",keyword:"enum",params:{allowedValues: schema30.properties.alwaysLog.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.alwaysLog.enum,parentSchema:schema30.properties.alwaysLog,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sampling !== undefined){
let data1 = data.sampling;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "samplingType") || (key1 === "percentage"))){
const err4 = {instancePath:instancePath+"/sampling",schemaPath:"#/properties/sampling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.sampling,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.samplingType !== undefined){
let data2 = data1.samplingType;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/sampling/samplingType",schemaPath:"#/properties/sampling/properties/samplingType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.sampling.properties.samplingType.type,parentSchema:schema30.properties.sampling.properties.samplingType,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data2 === "fixed")){
const err6 = {instancePath:instancePath+"/sampling/samplingType",schemaPath:"#/properties/sampling/properties/samplingType/enum",keyword:"enum",params:{allowedValues: schema30.properties.sampling.properties.samplingType.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.sampling.properties.samplingType.enum,parentSchema:schema30.properties.sampling.properties.samplingType,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.percentage !== undefined){
let data3 = data1.percentage;
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/sampling/percentage",schemaPath:"#/properties/sampling/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema30.properties.sampling.properties.percentage,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/sampling/percentage",schemaPath:"#/properties/sampling/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.sampling.properties.percentage,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data3))){
const err9 = {instancePath:instancePath+"/sampling/percentage",schemaPath:"#/properties/sampling/properties/percentage/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema30.properties.sampling.properties.percentage,data:data3};
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
const err10 = {instancePath:instancePath+"/sampling/percentage",schemaPath:"#/properties/sampling/properties/percentage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.sampling.properties.percentage.type,parentSchema:schema30.properties.sampling.properties.percentage,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/sampling",schemaPath:"#/properties/sampling/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.sampling.type,parentSchema:schema30.properties.sampling,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.frontend !== undefined){
let data4 = data.frontend;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "request") || (key2 === "response"))){
const err12 = {instancePath:instancePath+"/frontend",schemaPath:"#/properties/frontend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.request !== undefined){
let data5 = data4.request;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(((key3 === "headers") || (key3 === "body")) || (key3 === "dataMasking"))){
const err13 = {instancePath:instancePath+"/frontend/request",schemaPath:"#/properties/frontend/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.request,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.headers !== undefined){
let data6 = data5.headers;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/frontend/request/headers/" + i0,schemaPath:"#/properties/frontend/properties/request/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.request.properties.headers.items.type,parentSchema:schema30.properties.frontend.properties.request.properties.headers.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/frontend/request/headers",schemaPath:"#/properties/frontend/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.frontend.properties.request.properties.headers.type,parentSchema:schema30.properties.frontend.properties.request.properties.headers,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.body !== undefined){
let data8 = data5.body;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(!(key4 === "bytes")){
const err16 = {instancePath:instancePath+"/frontend/request/body",schemaPath:"#/properties/frontend/properties/request/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.request.properties.body,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.bytes !== undefined){
let data9 = data8.bytes;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err17 = {instancePath:instancePath+"/frontend/request/body/bytes",schemaPath:"#/properties/frontend/properties/request/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.frontend.properties.request.properties.body.properties.bytes.type,parentSchema:schema30.properties.frontend.properties.request.properties.body.properties.bytes,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 8192 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/frontend/request/body/bytes",schemaPath:"#/properties/frontend/properties/request/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema30.properties.frontend.properties.request.properties.body.properties.bytes,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats2.validate(data9))){
const err19 = {instancePath:instancePath+"/frontend/request/body/bytes",schemaPath:"#/properties/frontend/properties/request/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema30.properties.frontend.properties.request.properties.body.properties.bytes,data:data9};
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
}
else {
const err20 = {instancePath:instancePath+"/frontend/request/body",schemaPath:"#/properties/frontend/properties/request/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.request.properties.body.type,parentSchema:schema30.properties.frontend.properties.request.properties.body,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.dataMasking !== undefined){
let data10 = data5.dataMasking;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key5 in data10){
if(!((key5 === "queryParams") || (key5 === "headers"))){
const err21 = {instancePath:instancePath+"/frontend/request/dataMasking",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.queryParams !== undefined){
let data11 = data10.queryParams;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key6 in data12){
if(!((key6 === "value") || (key6 === "mode"))){
const err22 = {instancePath:instancePath+"/frontend/request/dataMasking/queryParams/" + i1,schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.value !== undefined){
let data13 = data12.value;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/frontend/request/dataMasking/queryParams/" + i1+"/value",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.mode !== undefined){
let data14 = data12.mode;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/frontend/request/dataMasking/queryParams/" + i1+"/mode",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data14 === "Mask") || (data14 === "Hide"))){
const err25 = {instancePath:instancePath+"/frontend/request/dataMasking/queryParams/" + i1+"/mode",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data14};
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
const err26 = {instancePath:instancePath+"/frontend/request/dataMasking/queryParams/" + i1,schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.items,data:data12};
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
const err27 = {instancePath:instancePath+"/frontend/request/dataMasking/queryParams",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.queryParams,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.headers !== undefined){
let data15 = data10.headers;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key7 in data16){
if(!((key7 === "value") || (key7 === "mode"))){
const err28 = {instancePath:instancePath+"/frontend/request/dataMasking/headers/" + i2,schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.value !== undefined){
let data17 = data16.value;
if(typeof data17 !== "string"){
const err29 = {instancePath:instancePath+"/frontend/request/dataMasking/headers/" + i2+"/value",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.value,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.mode !== undefined){
let data18 = data16.mode;
if(typeof data18 !== "string"){
const err30 = {instancePath:instancePath+"/frontend/request/dataMasking/headers/" + i2+"/mode",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((data18 === "Mask") || (data18 === "Hide"))){
const err31 = {instancePath:instancePath+"/frontend/request/dataMasking/headers/" + i2+"/mode",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/frontend/request/dataMasking/headers/" + i2,schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.items,data:data16};
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
const err33 = {instancePath:instancePath+"/frontend/request/dataMasking/headers",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking.properties.headers,data:data15};
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
const err34 = {instancePath:instancePath+"/frontend/request/dataMasking",schemaPath:"#/properties/frontend/properties/request/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.request.properties.dataMasking.type,parentSchema:schema30.properties.frontend.properties.request.properties.dataMasking,data:data10};
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
const err35 = {instancePath:instancePath+"/frontend/request",schemaPath:"#/properties/frontend/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.request.type,parentSchema:schema30.properties.frontend.properties.request,data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data4.response !== undefined){
let data19 = data4.response;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key8 in data19){
if(!(((key8 === "headers") || (key8 === "body")) || (key8 === "dataMasking"))){
const err36 = {instancePath:instancePath+"/frontend/response",schemaPath:"#/properties/frontend/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.response,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data19.headers !== undefined){
let data20 = data19.headers;
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
let data21 = data20[i3];
if(typeof data21 !== "string"){
const err37 = {instancePath:instancePath+"/frontend/response/headers/" + i3,schemaPath:"#/properties/frontend/properties/response/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.response.properties.headers.items.type,parentSchema:schema30.properties.frontend.properties.response.properties.headers.items,data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/frontend/response/headers",schemaPath:"#/properties/frontend/properties/response/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.frontend.properties.response.properties.headers.type,parentSchema:schema30.properties.frontend.properties.response.properties.headers,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.body !== undefined){
let data22 = data19.body;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key9 in data22){
if(!(key9 === "bytes")){
const err39 = {instancePath:instancePath+"/frontend/response/body",schemaPath:"#/properties/frontend/properties/response/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.response.properties.body,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data22.bytes !== undefined){
let data23 = data22.bytes;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err40 = {instancePath:instancePath+"/frontend/response/body/bytes",schemaPath:"#/properties/frontend/properties/response/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.frontend.properties.response.properties.body.properties.bytes.type,parentSchema:schema30.properties.frontend.properties.response.properties.body.properties.bytes,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 > 8192 || isNaN(data23)){
const err41 = {instancePath:instancePath+"/frontend/response/body/bytes",schemaPath:"#/properties/frontend/properties/response/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema30.properties.frontend.properties.response.properties.body.properties.bytes,data:data23};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!(formats2.validate(data23))){
const err42 = {instancePath:instancePath+"/frontend/response/body/bytes",schemaPath:"#/properties/frontend/properties/response/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema30.properties.frontend.properties.response.properties.body.properties.bytes,data:data23};
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
}
else {
const err43 = {instancePath:instancePath+"/frontend/response/body",schemaPath:"#/properties/frontend/properties/response/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.response.properties.body.type,parentSchema:schema30.properties.frontend.properties.response.properties.body,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data19.dataMasking !== undefined){
let data24 = data19.dataMasking;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key10 in data24){
if(!((key10 === "queryParams") || (key10 === "headers"))){
const err44 = {instancePath:instancePath+"/frontend/response/dataMasking",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking,data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data24.queryParams !== undefined){
let data25 = data24.queryParams;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i4=0; i4<len4; i4++){
let data26 = data25[i4];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key11 in data26){
if(!((key11 === "value") || (key11 === "mode"))){
const err45 = {instancePath:instancePath+"/frontend/response/dataMasking/queryParams/" + i4,schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items,data:data26};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data26.value !== undefined){
let data27 = data26.value;
if(typeof data27 !== "string"){
const err46 = {instancePath:instancePath+"/frontend/response/dataMasking/queryParams/" + i4+"/value",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value,data:data27};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data26.mode !== undefined){
let data28 = data26.mode;
if(typeof data28 !== "string"){
const err47 = {instancePath:instancePath+"/frontend/response/dataMasking/queryParams/" + i4+"/mode",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data28};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data28 === "Mask") || (data28 === "Hide"))){
const err48 = {instancePath:instancePath+"/frontend/response/dataMasking/queryParams/" + i4+"/mode",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data28};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/frontend/response/dataMasking/queryParams/" + i4,schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.items,data:data26};
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
const err50 = {instancePath:instancePath+"/frontend/response/dataMasking/queryParams",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.queryParams,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data24.headers !== undefined){
let data29 = data24.headers;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key12 in data30){
if(!((key12 === "value") || (key12 === "mode"))){
const err51 = {instancePath:instancePath+"/frontend/response/dataMasking/headers/" + i5,schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data30.value !== undefined){
let data31 = data30.value;
if(typeof data31 !== "string"){
const err52 = {instancePath:instancePath+"/frontend/response/dataMasking/headers/" + i5+"/value",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.value,data:data31};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data30.mode !== undefined){
let data32 = data30.mode;
if(typeof data32 !== "string"){
const err53 = {instancePath:instancePath+"/frontend/response/dataMasking/headers/" + i5+"/mode",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data32};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!((data32 === "Mask") || (data32 === "Hide"))){
const err54 = {instancePath:instancePath+"/frontend/response/dataMasking/headers/" + i5+"/mode",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data32};
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
const err55 = {instancePath:instancePath+"/frontend/response/dataMasking/headers/" + i5,schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.items,data:data30};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/frontend/response/dataMasking/headers",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking.properties.headers,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/frontend/response/dataMasking",schemaPath:"#/properties/frontend/properties/response/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.response.properties.dataMasking.type,parentSchema:schema30.properties.frontend.properties.response.properties.dataMasking,data:data24};
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
const err58 = {instancePath:instancePath+"/frontend/response",schemaPath:"#/properties/frontend/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.properties.response.type,parentSchema:schema30.properties.frontend.properties.response,data:data19};
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
const err59 = {instancePath:instancePath+"/frontend",schemaPath:"#/properties/frontend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.frontend.type,parentSchema:schema30.properties.frontend,data:data4};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.backend !== undefined){
let data33 = data.backend;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key13 in data33){
if(!((key13 === "request") || (key13 === "response"))){
const err60 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend,data:data33};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data33.request !== undefined){
let data34 = data33.request;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key14 in data34){
if(!(((key14 === "headers") || (key14 === "body")) || (key14 === "dataMasking"))){
const err61 = {instancePath:instancePath+"/backend/request",schemaPath:"#/properties/backend/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.request,data:data34};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data34.headers !== undefined){
let data35 = data34.headers;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i6=0; i6<len6; i6++){
let data36 = data35[i6];
if(typeof data36 !== "string"){
const err62 = {instancePath:instancePath+"/backend/request/headers/" + i6,schemaPath:"#/properties/backend/properties/request/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.request.properties.headers.items.type,parentSchema:schema30.properties.backend.properties.request.properties.headers.items,data:data36};
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
const err63 = {instancePath:instancePath+"/backend/request/headers",schemaPath:"#/properties/backend/properties/request/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.backend.properties.request.properties.headers.type,parentSchema:schema30.properties.backend.properties.request.properties.headers,data:data35};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data34.body !== undefined){
let data37 = data34.body;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key15 in data37){
if(!(key15 === "bytes")){
const err64 = {instancePath:instancePath+"/backend/request/body",schemaPath:"#/properties/backend/properties/request/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.request.properties.body,data:data37};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data37.bytes !== undefined){
let data38 = data37.bytes;
if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){
const err65 = {instancePath:instancePath+"/backend/request/body/bytes",schemaPath:"#/properties/backend/properties/request/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.backend.properties.request.properties.body.properties.bytes.type,parentSchema:schema30.properties.backend.properties.request.properties.body.properties.bytes,data:data38};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(typeof data38 == "number"){
if(data38 > 8192 || isNaN(data38)){
const err66 = {instancePath:instancePath+"/backend/request/body/bytes",schemaPath:"#/properties/backend/properties/request/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema30.properties.backend.properties.request.properties.body.properties.bytes,data:data38};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!(formats2.validate(data38))){
const err67 = {instancePath:instancePath+"/backend/request/body/bytes",schemaPath:"#/properties/backend/properties/request/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema30.properties.backend.properties.request.properties.body.properties.bytes,data:data38};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
}
else {
const err68 = {instancePath:instancePath+"/backend/request/body",schemaPath:"#/properties/backend/properties/request/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.request.properties.body.type,parentSchema:schema30.properties.backend.properties.request.properties.body,data:data37};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data34.dataMasking !== undefined){
let data39 = data34.dataMasking;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key16 in data39){
if(!((key16 === "queryParams") || (key16 === "headers"))){
const err69 = {instancePath:instancePath+"/backend/request/dataMasking",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking,data:data39};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data39.queryParams !== undefined){
let data40 = data39.queryParams;
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i7=0; i7<len7; i7++){
let data41 = data40[i7];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key17 in data41){
if(!((key17 === "value") || (key17 === "mode"))){
const err70 = {instancePath:instancePath+"/backend/request/dataMasking/queryParams/" + i7,schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items,data:data41};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data41.value !== undefined){
let data42 = data41.value;
if(typeof data42 !== "string"){
const err71 = {instancePath:instancePath+"/backend/request/dataMasking/queryParams/" + i7+"/value",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.value,data:data42};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data41.mode !== undefined){
let data43 = data41.mode;
if(typeof data43 !== "string"){
const err72 = {instancePath:instancePath+"/backend/request/dataMasking/queryParams/" + i7+"/mode",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data43};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!((data43 === "Mask") || (data43 === "Hide"))){
const err73 = {instancePath:instancePath+"/backend/request/dataMasking/queryParams/" + i7+"/mode",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.properties.mode,data:data43};
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
const err74 = {instancePath:instancePath+"/backend/request/dataMasking/queryParams/" + i7,schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.items,data:data41};
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
const err75 = {instancePath:instancePath+"/backend/request/dataMasking/queryParams",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.queryParams,data:data40};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data39.headers !== undefined){
let data44 = data39.headers;
if(Array.isArray(data44)){
const len8 = data44.length;
for(let i8=0; i8<len8; i8++){
let data45 = data44[i8];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key18 in data45){
if(!((key18 === "value") || (key18 === "mode"))){
const err76 = {instancePath:instancePath+"/backend/request/dataMasking/headers/" + i8,schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items,data:data45};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data45.value !== undefined){
let data46 = data45.value;
if(typeof data46 !== "string"){
const err77 = {instancePath:instancePath+"/backend/request/dataMasking/headers/" + i8+"/value",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.value,data:data46};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data45.mode !== undefined){
let data47 = data45.mode;
if(typeof data47 !== "string"){
const err78 = {instancePath:instancePath+"/backend/request/dataMasking/headers/" + i8+"/mode",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data47};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((data47 === "Mask") || (data47 === "Hide"))){
const err79 = {instancePath:instancePath+"/backend/request/dataMasking/headers/" + i8+"/mode",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.properties.mode,data:data47};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/backend/request/dataMasking/headers/" + i8,schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.items,data:data45};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/backend/request/dataMasking/headers",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking.properties.headers,data:data44};
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
const err82 = {instancePath:instancePath+"/backend/request/dataMasking",schemaPath:"#/properties/backend/properties/request/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.request.properties.dataMasking.type,parentSchema:schema30.properties.backend.properties.request.properties.dataMasking,data:data39};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/backend/request",schemaPath:"#/properties/backend/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.request.type,parentSchema:schema30.properties.backend.properties.request,data:data34};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data33.response !== undefined){
let data48 = data33.response;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key19 in data48){
if(!(((key19 === "headers") || (key19 === "body")) || (key19 === "dataMasking"))){
const err84 = {instancePath:instancePath+"/backend/response",schemaPath:"#/properties/backend/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.response,data:data48};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data48.headers !== undefined){
let data49 = data48.headers;
if(Array.isArray(data49)){
const len9 = data49.length;
for(let i9=0; i9<len9; i9++){
let data50 = data49[i9];
if(typeof data50 !== "string"){
const err85 = {instancePath:instancePath+"/backend/response/headers/" + i9,schemaPath:"#/properties/backend/properties/response/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.response.properties.headers.items.type,parentSchema:schema30.properties.backend.properties.response.properties.headers.items,data:data50};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/backend/response/headers",schemaPath:"#/properties/backend/properties/response/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.backend.properties.response.properties.headers.type,parentSchema:schema30.properties.backend.properties.response.properties.headers,data:data49};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data48.body !== undefined){
let data51 = data48.body;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key20 in data51){
if(!(key20 === "bytes")){
const err87 = {instancePath:instancePath+"/backend/response/body",schemaPath:"#/properties/backend/properties/response/properties/body/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.response.properties.body,data:data51};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data51.bytes !== undefined){
let data52 = data51.bytes;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err88 = {instancePath:instancePath+"/backend/response/body/bytes",schemaPath:"#/properties/backend/properties/response/properties/body/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.backend.properties.response.properties.body.properties.bytes.type,parentSchema:schema30.properties.backend.properties.response.properties.body.properties.bytes,data:data52};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(typeof data52 == "number"){
if(data52 > 8192 || isNaN(data52)){
const err89 = {instancePath:instancePath+"/backend/response/body/bytes",schemaPath:"#/properties/backend/properties/response/properties/body/properties/bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema30.properties.backend.properties.response.properties.body.properties.bytes,data:data52};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!(formats2.validate(data52))){
const err90 = {instancePath:instancePath+"/backend/response/body/bytes",schemaPath:"#/properties/backend/properties/response/properties/body/properties/bytes/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema30.properties.backend.properties.response.properties.body.properties.bytes,data:data52};
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
}
else {
const err91 = {instancePath:instancePath+"/backend/response/body",schemaPath:"#/properties/backend/properties/response/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.response.properties.body.type,parentSchema:schema30.properties.backend.properties.response.properties.body,data:data51};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data48.dataMasking !== undefined){
let data53 = data48.dataMasking;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key21 in data53){
if(!((key21 === "queryParams") || (key21 === "headers"))){
const err92 = {instancePath:instancePath+"/backend/response/dataMasking",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking,data:data53};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data53.queryParams !== undefined){
let data54 = data53.queryParams;
if(Array.isArray(data54)){
const len10 = data54.length;
for(let i10=0; i10<len10; i10++){
let data55 = data54[i10];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key22 in data55){
if(!((key22 === "value") || (key22 === "mode"))){
const err93 = {instancePath:instancePath+"/backend/response/dataMasking/queryParams/" + i10,schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items,data:data55};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data55.value !== undefined){
let data56 = data55.value;
if(typeof data56 !== "string"){
const err94 = {instancePath:instancePath+"/backend/response/dataMasking/queryParams/" + i10+"/value",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.value,data:data56};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data55.mode !== undefined){
let data57 = data55.mode;
if(typeof data57 !== "string"){
const err95 = {instancePath:instancePath+"/backend/response/dataMasking/queryParams/" + i10+"/mode",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data57};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((data57 === "Mask") || (data57 === "Hide"))){
const err96 = {instancePath:instancePath+"/backend/response/dataMasking/queryParams/" + i10+"/mode",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode.enum,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.properties.mode,data:data57};
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
const err97 = {instancePath:instancePath+"/backend/response/dataMasking/queryParams/" + i10,schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/queryParams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.items,data:data55};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/backend/response/dataMasking/queryParams",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/queryParams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.queryParams,data:data54};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data53.headers !== undefined){
let data58 = data53.headers;
if(Array.isArray(data58)){
const len11 = data58.length;
for(let i11=0; i11<len11; i11++){
let data59 = data58[i11];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key23 in data59){
if(!((key23 === "value") || (key23 === "mode"))){
const err99 = {instancePath:instancePath+"/backend/response/dataMasking/headers/" + i11,schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items,data:data59};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data59.value !== undefined){
let data60 = data59.value;
if(typeof data60 !== "string"){
const err100 = {instancePath:instancePath+"/backend/response/dataMasking/headers/" + i11+"/value",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.value.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.value,data:data60};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data59.mode !== undefined){
let data61 = data59.mode;
if(typeof data61 !== "string"){
const err101 = {instancePath:instancePath+"/backend/response/dataMasking/headers/" + i11+"/mode",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data61};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!((data61 === "Mask") || (data61 === "Hide"))){
const err102 = {instancePath:instancePath+"/backend/response/dataMasking/headers/" + i11+"/mode",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/headers/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode.enum,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.properties.mode,data:data61};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/backend/response/dataMasking/headers/" + i11,schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/headers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.items,data:data59};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/backend/response/dataMasking/headers",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking.properties.headers,data:data58};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/backend/response/dataMasking",schemaPath:"#/properties/backend/properties/response/properties/dataMasking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.response.properties.dataMasking.type,parentSchema:schema30.properties.backend.properties.response.properties.dataMasking,data:data53};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/backend/response",schemaPath:"#/properties/backend/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.properties.response.type,parentSchema:schema30.properties.backend.properties.response,data:data48};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.backend.type,parentSchema:schema30.properties.backend,data:data33};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.logClientIp !== undefined){
let data62 = data.logClientIp;
if(typeof data62 !== "boolean"){
const err108 = {instancePath:instancePath+"/logClientIp",schemaPath:"#/properties/logClientIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.logClientIp.type,parentSchema:schema30.properties.logClientIp,data:data62};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.httpCorrelationProtocol !== undefined){
let data63 = data.httpCorrelationProtocol;
if(typeof data63 !== "string"){
const err109 = {instancePath:instancePath+"/httpCorrelationProtocol",schemaPath:"#/properties/httpCorrelationProtocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.httpCorrelationProtocol.type,parentSchema:schema30.properties.httpCorrelationProtocol,data:data63};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!(((data63 === "None") || (data63 === "Legacy")) || (data63 === "W3C"))){
const err110 = {instancePath:instancePath+"/httpCorrelationProtocol",schemaPath:"#/properties/httpCorrelationProtocol/enum",keyword:"enum",params:{allowedValues: schema30.properties.httpCorrelationProtocol.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.httpCorrelationProtocol.enum,parentSchema:schema30.properties.httpCorrelationProtocol,data:data63};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.verbosity !== undefined){
let data64 = data.verbosity;
if(typeof data64 !== "string"){
const err111 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.verbosity.type,parentSchema:schema30.properties.verbosity,data:data64};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(!(((data64 === "verbose") || (data64 === "information")) || (data64 === "error"))){
const err112 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema30.properties.verbosity.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.verbosity.enum,parentSchema:schema30.properties.verbosity,data:data64};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.operationNameFormat !== undefined){
let data65 = data.operationNameFormat;
if(typeof data65 !== "string"){
const err113 = {instancePath:instancePath+"/operationNameFormat",schemaPath:"#/properties/operationNameFormat/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.operationNameFormat.type,parentSchema:schema30.properties.operationNameFormat,data:data65};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!((data65 === "Name") || (data65 === "Url"))){
const err114 = {instancePath:instancePath+"/operationNameFormat",schemaPath:"#/properties/operationNameFormat/enum",keyword:"enum",params:{allowedValues: schema30.properties.operationNameFormat.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.operationNameFormat.enum,parentSchema:schema30.properties.operationNameFormat,data:data65};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.metrics !== undefined){
let data66 = data.metrics;
if(typeof data66 !== "boolean"){
const err115 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.metrics.type,parentSchema:schema30.properties.metrics,data:data66};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.logger !== undefined){
let data67 = data.logger;
if(typeof data67 !== "string"){
const err116 = {instancePath:instancePath+"/logger",schemaPath:"#/properties/logger/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.logger.type,parentSchema:schema30.properties.logger,data:data67};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.ignore !== undefined){
let data68 = data.ignore;
if(Array.isArray(data68)){
const len12 = data68.length;
for(let i12=0; i12<len12; i12++){
let data69 = data68[i12];
if(typeof data69 === "string"){
if(!pattern9.test(data69)){
const err117 = {instancePath:instancePath+"/ignore/" + i12,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema30.properties.ignore.items,data:data69};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/ignore/" + i12,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.ignore.items.type,parentSchema:schema30.properties.ignore.items,data:data69};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.ignore.type,parentSchema:schema30.properties.ignore,data:data68};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern20 = new RegExp("^(applicationinsights|azuremonitor|local)$", "u");

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema23.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
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
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.description.type,parentSchema:schema23.properties.description,data:data0};
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
const err2 = {instancePath:instancePath+"/authenticationSettings",schemaPath:"#/properties/authenticationSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.authenticationSettings,data:data1};
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
const err3 = {instancePath:instancePath+"/authenticationSettings/oAuth2",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2,data:data2};
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
const err4 = {instancePath:instancePath+"/authenticationSettings/oAuth2/authorizationServer",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/properties/authorizationServer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.oAuth2.properties.authorizationServer.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2.properties.authorizationServer,data:data3};
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
const err5 = {instancePath:instancePath+"/authenticationSettings/oAuth2/authorizationServerId",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/properties/authorizationServerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.oAuth2.properties.authorizationServerId.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2.properties.authorizationServerId,data:data4};
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
const err6 = {instancePath:instancePath+"/authenticationSettings/oAuth2/scope",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.oAuth2.properties.scope.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2.properties.scope,data:data5};
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
const err7 = {instancePath:instancePath+"/authenticationSettings/oAuth2",schemaPath:"#/properties/authenticationSettings/properties/oAuth2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.authenticationSettings.properties.oAuth2.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2,data:data2};
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
const err8 = {instancePath:instancePath+"/authenticationSettings/openid",schemaPath:"#/properties/authenticationSettings/properties/openid/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.authenticationSettings.properties.openid,data:data6};
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
const err9 = {instancePath:instancePath+"/authenticationSettings/openid/openidProvider",schemaPath:"#/properties/authenticationSettings/properties/openid/properties/openidProvider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.openid.properties.openidProvider.type,parentSchema:schema23.properties.authenticationSettings.properties.openid.properties.openidProvider,data:data7};
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
const err10 = {instancePath:instancePath+"/authenticationSettings/openid/openidProviderId",schemaPath:"#/properties/authenticationSettings/properties/openid/properties/openidProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.openid.properties.openidProviderId.type,parentSchema:schema23.properties.authenticationSettings.properties.openid.properties.openidProviderId,data:data8};
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
const err11 = {instancePath:instancePath+"/authenticationSettings/openid/bearerTokenSendingMethods/" + i0,schemaPath:"#/properties/authenticationSettings/properties/openid/properties/bearerTokenSendingMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items.type,parentSchema:schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data10 === "authorizationHeader") || (data10 === "query"))){
const err12 = {instancePath:instancePath+"/authenticationSettings/openid/bearerTokenSendingMethods/" + i0,schemaPath:"#/properties/authenticationSettings/properties/openid/properties/bearerTokenSendingMethods/items/enum",keyword:"enum",params:{allowedValues: schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items.enum,parentSchema:schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.items,data:data10};
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
const err13 = {instancePath:instancePath+"/authenticationSettings/openid/bearerTokenSendingMethods",schemaPath:"#/properties/authenticationSettings/properties/openid/properties/bearerTokenSendingMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods.type,parentSchema:schema23.properties.authenticationSettings.properties.openid.properties.bearerTokenSendingMethods,data:data9};
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
const err14 = {instancePath:instancePath+"/authenticationSettings/openid",schemaPath:"#/properties/authenticationSettings/properties/openid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.authenticationSettings.properties.openid.type,parentSchema:schema23.properties.authenticationSettings.properties.openid,data:data6};
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
const err15 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1,schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items,data:data12};
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
const err16 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1+"/authorizationServerId",schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/properties/authorizationServerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.authorizationServerId.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.authorizationServerId,data:data13};
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
const err17 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1+"/scope",schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.scope.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.properties.scope,data:data14};
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
const err18 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings/" + i1,schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.items,data:data12};
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
const err19 = {instancePath:instancePath+"/authenticationSettings/oAuth2AuthenticationSettings",schemaPath:"#/properties/authenticationSettings/properties/oAuth2AuthenticationSettings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings.type,parentSchema:schema23.properties.authenticationSettings.properties.oAuth2AuthenticationSettings,data:data11};
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
const err20 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items,data:data16};
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
const err21 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/openidProviderId",schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/openidProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.openidProviderId.type,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.openidProviderId,data:data17};
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
const err22 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/bearerTokenSendingMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items.type,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data19 === "authorizationHeader") || (data19 === "query"))){
const err23 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/bearerTokenSendingMethods/items/enum",keyword:"enum",params:{allowedValues: schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items.enum,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.items,data:data19};
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
const err24 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2+"/bearerTokenSendingMethods",schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/properties/bearerTokenSendingMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods.type,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.properties.bearerTokenSendingMethods,data:data18};
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
const err25 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings/" + i2,schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items.type,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.items,data:data16};
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
const err26 = {instancePath:instancePath+"/authenticationSettings/openidAuthenticationSettings",schemaPath:"#/properties/authenticationSettings/properties/openidAuthenticationSettings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings.type,parentSchema:schema23.properties.authenticationSettings.properties.openidAuthenticationSettings,data:data15};
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
const err27 = {instancePath:instancePath+"/authenticationSettings",schemaPath:"#/properties/authenticationSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.authenticationSettings.type,parentSchema:schema23.properties.authenticationSettings,data:data1};
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
const err28 = {instancePath:instancePath+"/subscriptionKeyParameterNames",schemaPath:"#/properties/subscriptionKeyParameterNames/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.subscriptionKeyParameterNames,data:data20};
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
const err29 = {instancePath:instancePath+"/subscriptionKeyParameterNames/header",schemaPath:"#/properties/subscriptionKeyParameterNames/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.subscriptionKeyParameterNames.properties.header.type,parentSchema:schema23.properties.subscriptionKeyParameterNames.properties.header,data:data21};
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
const err30 = {instancePath:instancePath+"/subscriptionKeyParameterNames/query",schemaPath:"#/properties/subscriptionKeyParameterNames/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.subscriptionKeyParameterNames.properties.query.type,parentSchema:schema23.properties.subscriptionKeyParameterNames.properties.query,data:data22};
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
const err31 = {instancePath:instancePath+"/subscriptionKeyParameterNames",schemaPath:"#/properties/subscriptionKeyParameterNames/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.subscriptionKeyParameterNames.type,parentSchema:schema23.properties.subscriptionKeyParameterNames,data:data20};
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
const err32 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.type.type,parentSchema:schema23.properties.type,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((((data23 === "http") || (data23 === "soap")) || (data23 === "websocket")) || (data23 === "graphql")) || (data23 === "odata")) || (data23 === "grpc"))){
const err33 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema23.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.type.enum,parentSchema:schema23.properties.type,data:data23};
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
const err34 = {instancePath:instancePath+"/apiRevision",schemaPath:"#/properties/apiRevision/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema23.properties.apiRevision,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data24) < 1){
const err35 = {instancePath:instancePath+"/apiRevision",schemaPath:"#/properties/apiRevision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.apiRevision,data:data24};
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
const err36 = {instancePath:instancePath+"/apiRevision",schemaPath:"#/properties/apiRevision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiRevision.type,parentSchema:schema23.properties.apiRevision,data:data24};
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
const err37 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema23.properties.apiVersion,data:data25};
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
const err38 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiVersion.type,parentSchema:schema23.properties.apiVersion,data:data25};
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
const err39 = {instancePath:instancePath+"/isCurrent",schemaPath:"#/properties/isCurrent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.isCurrent.type,parentSchema:schema23.properties.isCurrent,data:data26};
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
const err40 = {instancePath:instancePath+"/apiRevisionDescription",schemaPath:"#/properties/apiRevisionDescription/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema23.properties.apiRevisionDescription,data:data27};
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
const err41 = {instancePath:instancePath+"/apiRevisionDescription",schemaPath:"#/properties/apiRevisionDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiRevisionDescription.type,parentSchema:schema23.properties.apiRevisionDescription,data:data27};
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
const err42 = {instancePath:instancePath+"/apiVersionDescription",schemaPath:"#/properties/apiVersionDescription/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema23.properties.apiVersionDescription,data:data28};
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
const err43 = {instancePath:instancePath+"/apiVersionDescription",schemaPath:"#/properties/apiVersionDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiVersionDescription.type,parentSchema:schema23.properties.apiVersionDescription,data:data28};
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
const err44 = {instancePath:instancePath+"/subscriptionRequired",schemaPath:"#/properties/subscriptionRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.subscriptionRequired.type,parentSchema:schema23.properties.subscriptionRequired,data:data29};
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
const err45 = {instancePath:instancePath+"/termsOfServiceUrl",schemaPath:"#/properties/termsOfServiceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.termsOfServiceUrl.type,parentSchema:schema23.properties.termsOfServiceUrl,data:data30};
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
const err46 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.contact,data:data31};
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
const err47 = {instancePath:instancePath+"/contact/name",schemaPath:"#/properties/contact/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.contact.properties.name.type,parentSchema:schema23.properties.contact.properties.name,data:data32};
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
const err48 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.contact.properties.url.type,parentSchema:schema23.properties.contact.properties.url,data:data33};
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
const err49 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.contact.properties.email.type,parentSchema:schema23.properties.contact.properties.email,data:data34};
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
const err50 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.contact.type,parentSchema:schema23.properties.contact,data:data31};
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
const err51 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.license,data:data35};
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
const err52 = {instancePath:instancePath+"/license/name",schemaPath:"#/properties/license/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.license.properties.name.type,parentSchema:schema23.properties.license.properties.name,data:data36};
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
const err53 = {instancePath:instancePath+"/license/url",schemaPath:"#/properties/license/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.license.properties.url.type,parentSchema:schema23.properties.license.properties.url,data:data37};
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
const err54 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.license.type,parentSchema:schema23.properties.license,data:data35};
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
const err55 = {instancePath:instancePath+"/sourceApiId",schemaPath:"#/properties/sourceApiId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.sourceApiId.type,parentSchema:schema23.properties.sourceApiId,data:data38};
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
const err56 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema23.properties.displayName,data:data39};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data39) < 1){
const err57 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.displayName,data:data39};
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
const err58 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.displayName.type,parentSchema:schema23.properties.displayName,data:data39};
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
const err59 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema23.properties.serviceUrl,data:data40};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data40) < 0){
const err60 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters",schema:0,parentSchema:schema23.properties.serviceUrl,data:data40};
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
const err61 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.serviceUrl.type,parentSchema:schema23.properties.serviceUrl,data:data40};
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
const err62 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema23.properties.path,data:data41};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data41) < 0){
const err63 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters",schema:0,parentSchema:schema23.properties.path,data:data41};
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
const err64 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.path.type,parentSchema:schema23.properties.path,data:data41};
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
const err65 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema23.properties.protocols,data:data42};
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
const err66 = {instancePath:instancePath+"/protocols/" + i4,schemaPath:"#/properties/protocols/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.protocols.items.type,parentSchema:schema23.properties.protocols.items,data:data43};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((((data43 === "http") || (data43 === "https")) || (data43 === "ws")) || (data43 === "wss"))){
const err67 = {instancePath:instancePath+"/protocols/" + i4,schemaPath:"#/properties/protocols/items/enum",keyword:"enum",params:{allowedValues: schema23.properties.protocols.items.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.protocols.items.enum,parentSchema:schema23.properties.protocols.items,data:data43};
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
const err68 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)",schema:true,parentSchema:schema23.properties.protocols,data:data42};
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
const err69 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.protocols.type,parentSchema:schema23.properties.protocols,data:data42};
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
const err70 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.value.type,parentSchema:schema23.properties.value,data:data44};
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
const err71 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.format.type,parentSchema:schema23.properties.format,data:data45};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!((((((((((((((((data45 === "wadl-xml") || (data45 === "wadl-link-json")) || (data45 === "swagger-json")) || (data45 === "swagger-link-json")) || (data45 === "wsdl")) || (data45 === "wsdl-link")) || (data45 === "openapi")) || (data45 === "openapi+json")) || (data45 === "openapi-link")) || (data45 === "openapi+json-link")) || (data45 === "graphql-link")) || (data45 === "odata")) || (data45 === "odata-link")) || (data45 === "grpc")) || (data45 === "grpc-link")) || (data45 === "swagger-link"))){
const err72 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema23.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.format.enum,parentSchema:schema23.properties.format,data:data45};
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
const err73 = {instancePath:instancePath+"/wsdlSelector",schemaPath:"#/properties/wsdlSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.wsdlSelector,data:data46};
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
const err74 = {instancePath:instancePath+"/wsdlSelector/wsdlServiceName",schemaPath:"#/properties/wsdlSelector/properties/wsdlServiceName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.wsdlSelector.properties.wsdlServiceName.type,parentSchema:schema23.properties.wsdlSelector.properties.wsdlServiceName,data:data47};
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
const err75 = {instancePath:instancePath+"/wsdlSelector/wsdlEndpointName",schemaPath:"#/properties/wsdlSelector/properties/wsdlEndpointName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.wsdlSelector.properties.wsdlEndpointName.type,parentSchema:schema23.properties.wsdlSelector.properties.wsdlEndpointName,data:data48};
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
const err76 = {instancePath:instancePath+"/wsdlSelector",schemaPath:"#/properties/wsdlSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.wsdlSelector.type,parentSchema:schema23.properties.wsdlSelector,data:data46};
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
const err77 = {instancePath:instancePath+"/apiType",schemaPath:"#/properties/apiType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiType.type,parentSchema:schema23.properties.apiType,data:data49};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!((((((data49 === "http") || (data49 === "soap")) || (data49 === "websocket")) || (data49 === "graphql")) || (data49 === "odata")) || (data49 === "grpc"))){
const err78 = {instancePath:instancePath+"/apiType",schemaPath:"#/properties/apiType/enum",keyword:"enum",params:{allowedValues: schema23.properties.apiType.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.apiType.enum,parentSchema:schema23.properties.apiType,data:data49};
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
const err79 = {instancePath:instancePath+"/translateRequiredQueryParameters",schemaPath:"#/properties/translateRequiredQueryParameters/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.translateRequiredQueryParameters.type,parentSchema:schema23.properties.translateRequiredQueryParameters,data:data50};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!((data50 === "template") || (data50 === "query"))){
const err80 = {instancePath:instancePath+"/translateRequiredQueryParameters",schemaPath:"#/properties/translateRequiredQueryParameters/enum",keyword:"enum",params:{allowedValues: schema23.properties.translateRequiredQueryParameters.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.translateRequiredQueryParameters.enum,parentSchema:schema23.properties.translateRequiredQueryParameters,data:data50};
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
const err81 = {instancePath:instancePath+"/apiVersionSet",schemaPath:"#/properties/apiVersionSet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiVersionSet.type,parentSchema:schema23.properties.apiVersionSet,data:data51};
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
const err82 = {instancePath:instancePath+"/openapi",schemaPath:"#/properties/openapi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.openapi.type,parentSchema:schema23.properties.openapi,data:data52};
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
const err83 = {instancePath:instancePath+"/wsdl",schemaPath:"#/properties/wsdl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.wsdl.type,parentSchema:schema23.properties.wsdl,data:data53};
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
const err84 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.backend.type,parentSchema:schema23.properties.backend,data:data54};
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
const err85 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.policy.oneOf[0],data:data55};
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
const err86 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.policy.oneOf[0].type,parentSchema:schema23.properties.policy.oneOf[0],data:data55};
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
if(!(validate60(data55, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
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
const err87 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema23.properties.policy.oneOf,parentSchema:schema23.properties.policy,data:data55};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
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
let data56 = data.operations;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key10 in data56){
const _errs128 = errors;
if(typeof key10 === "string"){
if(func2(key10) > 80){
const err88 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema23.properties.operations.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(func2(key10) < 1){
const err89 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.operations.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!pattern6.test(key10)){
const err90 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema23.properties.operations.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var valid22 = _errs128 === errors;
if(!valid22){
const err91 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema23.properties.operations.propertyNames,parentSchema:schema23.properties.operations,data:data56};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
for(const key11 in data56){
if(!(validate62(data56[key11], {instancePath:instancePath+"/operations/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data56,parentDataProperty:key11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err92 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.operations.type,parentSchema:schema23.properties.operations,data:data56};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.tags !== undefined){
let data58 = data.tags;
if(Array.isArray(data58)){
const len5 = data58.length;
for(let i6=0; i6<len5; i6++){
let data59 = data58[i6];
if(typeof data59 !== "string"){
const err93 = {instancePath:instancePath+"/tags/" + i6,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.tags.items.type,parentSchema:schema23.properties.tags.items,data:data59};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
let i7 = data58.length;
let j1;
if(i7 > 1){
const indices1 = {};
for(;i7--;){
let item1 = data58[i7];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err94 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i7+" are identical)",schema:true,parentSchema:schema23.properties.tags,data:data58};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
break;
}
indices1[item1] = i7;
}
}
}
else {
const err95 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.tags.type,parentSchema:schema23.properties.tags,data:data58};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.revisions !== undefined){
let data60 = data.revisions;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key12 in data60){
if(!(validate74(data60[key12], {instancePath:instancePath+"/revisions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data60,parentDataProperty:key12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
}
else {
const err96 = {instancePath:instancePath+"/revisions",schemaPath:"#/properties/revisions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.revisions.type,parentSchema:schema23.properties.revisions,data:data60};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.schemas !== undefined){
let data62 = data.schemas;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
for(const key13 in data62){
const _errs141 = errors;
if(typeof key13 === "string"){
if(func2(key13) > 80){
const err97 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema23.properties.schemas.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(func2(key13) < 1){
const err98 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.schemas.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!pattern6.test(key13)){
const err99 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema23.properties.schemas.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
var valid28 = _errs141 === errors;
if(!valid28){
const err100 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid",schema:schema23.properties.schemas.propertyNames,parentSchema:schema23.properties.schemas,data:data62};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
for(const key14 in data62){
if(!(validate78(data62[key14], {instancePath:instancePath+"/schemas/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data62,parentDataProperty:key14,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err101 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.schemas.type,parentSchema:schema23.properties.schemas,data:data62};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.diagnostics !== undefined){
let data64 = data.diagnostics;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key15 in data64){
const _errs146 = errors;
if(typeof key15 === "string"){
if(func2(key15) > 80){
const err102 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema23.properties.diagnostics.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(func2(key15) < 1){
const err103 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.diagnostics.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!pattern20.test(key15)){
const err104 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(applicationinsights|azuremonitor|local)$"},message:"must match pattern \""+"^(applicationinsights|azuremonitor|local)$"+"\"",schema:"^(applicationinsights|azuremonitor|local)$",parentSchema:schema23.properties.diagnostics.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var valid30 = _errs146 === errors;
if(!valid30){
const err105 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema23.properties.diagnostics.propertyNames,parentSchema:schema23.properties.diagnostics,data:data64};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
for(const key16 in data64){
if(!(validate80(data64[key16], {instancePath:instancePath+"/diagnostics/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data64,parentDataProperty:key16,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err106 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.diagnostics.type,parentSchema:schema23.properties.diagnostics,data:data64};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.ignore !== undefined){
let data66 = data.ignore;
if(Array.isArray(data66)){
const len6 = data66.length;
for(let i8=0; i8<len6; i8++){
let data67 = data66[i8];
if(typeof data67 === "string"){
if(!pattern9.test(data67)){
const err107 = {instancePath:instancePath+"/ignore/" + i8,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema23.properties.ignore.items,data:data67};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/ignore/" + i8,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.ignore.items.type,parentSchema:schema23.properties.ignore.items,data:data67};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.ignore.type,parentSchema:schema23.properties.ignore,data:data66};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema31 = {"type":"object","description":"An API version set.","properties":{"description":{"type":"string","description":"Description of API Version Set."},"versionQueryName":{"type":"string","description":"Name of query parameter that indicates the API Version if versioningScheme is set to `query`.","minLength":1,"maxLength":100},"versionHeaderName":{"type":"string","description":"Name of HTTP header parameter that indicates the API Version if versioningScheme is set to `header`.","minLength":1,"maxLength":100},"displayName":{"type":"string","description":"Name of API Version Set","minLength":1,"maxLength":100},"versioningScheme":{"type":"string","description":"An value that determines where the API Version identifier will be located in a HTTP request.","enum":["Segment","Query","Header"]}},"additionalProperties":false,"required":["displayName","versioningScheme"]};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.versioningScheme === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versioningScheme"},message:"must have required property '"+"versioningScheme"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "description") || (key0 === "versionQueryName")) || (key0 === "versionHeaderName")) || (key0 === "displayName")) || (key0 === "versioningScheme"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.versionQueryName !== undefined){
let data1 = data.versionQueryName;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err4 = {instancePath:instancePath+"/versionQueryName",schemaPath:"#/properties/versionQueryName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.versionQueryName,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/versionQueryName",schemaPath:"#/properties/versionQueryName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.versionQueryName,data:data1};
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
const err6 = {instancePath:instancePath+"/versionQueryName",schemaPath:"#/properties/versionQueryName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.versionQueryName.type,parentSchema:schema31.properties.versionQueryName,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.versionHeaderName !== undefined){
let data2 = data.versionHeaderName;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err7 = {instancePath:instancePath+"/versionHeaderName",schemaPath:"#/properties/versionHeaderName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.versionHeaderName,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/versionHeaderName",schemaPath:"#/properties/versionHeaderName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.versionHeaderName,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/versionHeaderName",schemaPath:"#/properties/versionHeaderName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.versionHeaderName.type,parentSchema:schema31.properties.versionHeaderName,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.displayName !== undefined){
let data3 = data.displayName;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err10 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.displayName,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.displayName,data:data3};
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
const err12 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.displayName.type,parentSchema:schema31.properties.displayName,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.versioningScheme !== undefined){
let data4 = data.versioningScheme;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/versioningScheme",schemaPath:"#/properties/versioningScheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.versioningScheme.type,parentSchema:schema31.properties.versioningScheme,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((data4 === "Segment") || (data4 === "Query")) || (data4 === "Header"))){
const err14 = {instancePath:instancePath+"/versioningScheme",schemaPath:"#/properties/versioningScheme/enum",keyword:"enum",params:{allowedValues: schema31.properties.versioningScheme.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.versioningScheme.enum,parentSchema:schema31.properties.versioningScheme,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = {"type":"object","description":"A product: a set of APIs offered with one subscription.","properties":{"description":{"type":"string","description":"Product description.","maxLength":1000},"terms":{"type":"string","description":"Product terms of use. Developers trying to subscribe to the product will be presented and required to accept these terms before they can complete the subscription process."},"subscriptionRequired":{"description":"Whether a product subscription is required for accessing APIs included in this product. If true, the product is referred to as \"protected\" and a valid subscription key is required for a request to an API included in the product to succeed. If false, the product is referred to as \"open\" and requests to an API included in the product can be made without a subscription key. If property is omitted when creating a new product it's value is assumed to be true.","type":"boolean"},"approvalRequired":{"description":"whether subscription approval is required. If false, new subscriptions will be approved automatically enabling developers to call the product’s APIs immediately after subscribing. If true, administrators must manually approve the subscription before the developer can any of the product’s APIs. Can be present only if subscriptionRequired property is present and has a value of false.","type":"boolean"},"subscriptionsLimit":{"type":"integer","description":"How many subscriptions a user may have.","minimum":0},"state":{"type":"string","description":"Whether the product is published.","enum":["published","notPublished"]},"displayName":{"type":"string","description":"Product name.","minLength":1,"maxLength":300},"apis":{"type":"array","description":"Names of declared APIs in this product.","items":{"type":"string"},"uniqueItems":true},"tags":{"type":"array","description":"Names of declared tags on this product.","items":{"type":"string"},"uniqueItems":true},"groups":{"type":"array","description":"Names of groups that can see this product (declared, or built-in `administrators`, `developers`, `guests`).","items":{"type":"string"},"uniqueItems":true},"policy":{"description":"A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName"]};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
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
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32.properties.description,data:data0};
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
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data0};
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
const err4 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.terms.type,parentSchema:schema32.properties.terms,data:data1};
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
const err5 = {instancePath:instancePath+"/subscriptionRequired",schemaPath:"#/properties/subscriptionRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.subscriptionRequired.type,parentSchema:schema32.properties.subscriptionRequired,data:data2};
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
const err6 = {instancePath:instancePath+"/approvalRequired",schemaPath:"#/properties/approvalRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.approvalRequired.type,parentSchema:schema32.properties.approvalRequired,data:data3};
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
const err7 = {instancePath:instancePath+"/subscriptionsLimit",schemaPath:"#/properties/subscriptionsLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.subscriptionsLimit.type,parentSchema:schema32.properties.subscriptionsLimit,data:data4};
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
const err8 = {instancePath:instancePath+"/subscriptionsLimit",schemaPath:"#/properties/subscriptionsLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.subscriptionsLimit,data:data4};
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
const err9 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.state.type,parentSchema:schema32.properties.state,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data5 === "published") || (data5 === "notPublished"))){
const err10 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema32.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.state.enum,parentSchema:schema32.properties.state,data:data5};
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
const err11 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.displayName,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data6) < 1){
const err12 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.displayName,data:data6};
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
const err13 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.displayName.type,parentSchema:schema32.properties.displayName,data:data6};
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
const err14 = {instancePath:instancePath+"/apis/" + i0,schemaPath:"#/properties/apis/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.apis.items.type,parentSchema:schema32.properties.apis.items,data:data8};
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
const err15 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema32.properties.apis,data:data7};
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
const err16 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.apis.type,parentSchema:schema32.properties.apis,data:data7};
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
const err17 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.tags.items.type,parentSchema:schema32.properties.tags.items,data:data10};
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
const err18 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema32.properties.tags,data:data9};
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
const err19 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.tags.type,parentSchema:schema32.properties.tags,data:data9};
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
const err20 = {instancePath:instancePath+"/groups/" + i4,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.groups.items.type,parentSchema:schema32.properties.groups.items,data:data12};
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
const err21 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema32.properties.groups,data:data11};
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
const err22 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.groups.type,parentSchema:schema32.properties.groups,data:data11};
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
const err23 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.policy.oneOf[0],data:data13};
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
const err24 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.policy.oneOf[0].type,parentSchema:schema32.properties.policy.oneOf[0],data:data13};
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
if(!(validate60(data13, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
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
const err25 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema32.properties.policy.oneOf,parentSchema:schema32.properties.policy,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
let data14 = data.ignore;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i6=0; i6<len3; i6++){
let data15 = data14[i6];
if(typeof data15 === "string"){
if(!pattern9.test(data15)){
const err26 = {instancePath:instancePath+"/ignore/" + i6,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema32.properties.ignore.items,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/ignore/" + i6,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ignore.items.type,parentSchema:schema32.properties.ignore.items,data:data15};
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
const err28 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.ignore.type,parentSchema:schema32.properties.ignore,data:data14};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema33 = {"type":"object","description":"A policy fragment.","properties":{"description":{"type":"string","description":"Fragment description.","maxLength":1000},"policy":{"description":"The fragment document (`<fragment>...</fragment>`): a path to an XML file or inline XML.","oneOf":[{"type":"string","minLength":1,"description":"Path to a policy XML file, or inline policy XML."},{"$ref":"#/$defs/StructuredPolicy"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["policy"]};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policy === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema33.required,parentSchema:schema33,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
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
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema33.properties.description,data:data0};
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
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data0};
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
const err4 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.policy.oneOf[0],data:data1};
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
const err5 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.policy.oneOf[0].type,parentSchema:schema33.properties.policy.oneOf[0],data:data1};
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
if(!(validate60(data1, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
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
const err6 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema33.properties.policy.oneOf,parentSchema:schema33.properties.policy,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
let data2 = data.ignore;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err7 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema33.properties.ignore.items,data:data3};
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
const err8 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.ignore.items.type,parentSchema:schema33.properties.ignore.items,data:data3};
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
const err9 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.ignore.type,parentSchema:schema33.properties.ignore,data:data2};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","description":"A self-hosted gateway.","properties":{"description":{"type":"string","description":"Gateway description","maxLength":1000},"location":{"type":"object","description":"Where the gateway runs.","properties":{"name":{"type":"string","description":"Location name.","maxLength":256},"city":{"type":"string","description":"City.","maxLength":256},"district":{"type":"string","description":"District, state or province.","maxLength":256},"countryOrRegion":{"type":"string","description":"Country or region.","maxLength":256}},"additionalProperties":false,"required":["name"]},"apis":{"type":"array","description":"Names of declared APIs served by this gateway.","items":{"type":"string"},"uniqueItems":true},"hostnames":{"type":"object","description":"Hostname configurations, keyed by ARM resource name.","additionalProperties":{"type":"object","description":"A hostname configuration.","properties":{"hostname":{"type":"string","description":"Hostname; wildcards allowed."},"certificateId":{"type":"string","description":"Id of the certificate entity used for TLS."},"negotiateClientCertificate":{"type":"boolean","description":"Request a client certificate."},"tls10Enabled":{"type":"boolean","description":"Allow TLS 1.0."},"tls11Enabled":{"type":"boolean","description":"Allow TLS 1.1."},"http2Enabled":{"type":"boolean","description":"Allow HTTP/2."}},"additionalProperties":false,"required":["hostname"]}},"certificateAuthorities":{"type":"object","description":"Certificate authorities the gateway trusts, keyed by certificate name.","additionalProperties":{"type":"object","description":"A certificate authority.","properties":{"isTrusted":{"type":"boolean","description":"Whether the CA is trusted."}},"additionalProperties":false}},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "description") || (key0 === "location")) || (key0 === "apis")) || (key0 === "hostnames")) || (key0 === "certificateAuthorities")) || (key0 === "ignore"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
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
if(typeof data0 === "string"){
if(func2(data0) > 1000){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema34.properties.description,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.location !== undefined){
let data1 = data.location;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err3 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.properties.location.required,parentSchema:schema34.properties.location,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "city")) || (key1 === "district")) || (key1 === "countryOrRegion"))){
const err4 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.location,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err5 = {instancePath:instancePath+"/location/name",schemaPath:"#/properties/location/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema34.properties.location.properties.name,data:data2};
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
const err6 = {instancePath:instancePath+"/location/name",schemaPath:"#/properties/location/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.location.properties.name.type,parentSchema:schema34.properties.location.properties.name,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.city !== undefined){
let data3 = data1.city;
if(typeof data3 === "string"){
if(func2(data3) > 256){
const err7 = {instancePath:instancePath+"/location/city",schemaPath:"#/properties/location/properties/city/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema34.properties.location.properties.city,data:data3};
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
const err8 = {instancePath:instancePath+"/location/city",schemaPath:"#/properties/location/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.location.properties.city.type,parentSchema:schema34.properties.location.properties.city,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.district !== undefined){
let data4 = data1.district;
if(typeof data4 === "string"){
if(func2(data4) > 256){
const err9 = {instancePath:instancePath+"/location/district",schemaPath:"#/properties/location/properties/district/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema34.properties.location.properties.district,data:data4};
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
const err10 = {instancePath:instancePath+"/location/district",schemaPath:"#/properties/location/properties/district/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.location.properties.district.type,parentSchema:schema34.properties.location.properties.district,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.countryOrRegion !== undefined){
let data5 = data1.countryOrRegion;
if(typeof data5 === "string"){
if(func2(data5) > 256){
const err11 = {instancePath:instancePath+"/location/countryOrRegion",schemaPath:"#/properties/location/properties/countryOrRegion/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema34.properties.location.properties.countryOrRegion,data:data5};
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
const err12 = {instancePath:instancePath+"/location/countryOrRegion",schemaPath:"#/properties/location/properties/countryOrRegion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.location.properties.countryOrRegion.type,parentSchema:schema34.properties.location.properties.countryOrRegion,data:data5};
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
const err13 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.location.type,parentSchema:schema34.properties.location,data:data1};
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
let data6 = data.apis;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/apis/" + i0,schemaPath:"#/properties/apis/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.apis.items.type,parentSchema:schema34.properties.apis.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema34.properties.apis,data:data6};
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
const err16 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.apis.type,parentSchema:schema34.properties.apis,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.hostnames !== undefined){
let data8 = data.hostnames;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
let data9 = data8[key2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.hostname === undefined){
const err17 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/hostnames/additionalProperties/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema34.properties.hostnames.additionalProperties.required,parentSchema:schema34.properties.hostnames.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data9){
if(!((((((key3 === "hostname") || (key3 === "certificateId")) || (key3 === "negotiateClientCertificate")) || (key3 === "tls10Enabled")) || (key3 === "tls11Enabled")) || (key3 === "http2Enabled"))){
const err18 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/hostnames/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.hostnames.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.hostname !== undefined){
let data10 = data9.hostname;
if(typeof data10 !== "string"){
const err19 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostname",schemaPath:"#/properties/hostnames/additionalProperties/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.hostnames.additionalProperties.properties.hostname.type,parentSchema:schema34.properties.hostnames.additionalProperties.properties.hostname,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.certificateId !== undefined){
let data11 = data9.certificateId;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/certificateId",schemaPath:"#/properties/hostnames/additionalProperties/properties/certificateId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.hostnames.additionalProperties.properties.certificateId.type,parentSchema:schema34.properties.hostnames.additionalProperties.properties.certificateId,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.negotiateClientCertificate !== undefined){
let data12 = data9.negotiateClientCertificate;
if(typeof data12 !== "boolean"){
const err21 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/negotiateClientCertificate",schemaPath:"#/properties/hostnames/additionalProperties/properties/negotiateClientCertificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.hostnames.additionalProperties.properties.negotiateClientCertificate.type,parentSchema:schema34.properties.hostnames.additionalProperties.properties.negotiateClientCertificate,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.tls10Enabled !== undefined){
let data13 = data9.tls10Enabled;
if(typeof data13 !== "boolean"){
const err22 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls10Enabled",schemaPath:"#/properties/hostnames/additionalProperties/properties/tls10Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.hostnames.additionalProperties.properties.tls10Enabled.type,parentSchema:schema34.properties.hostnames.additionalProperties.properties.tls10Enabled,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.tls11Enabled !== undefined){
let data14 = data9.tls11Enabled;
if(typeof data14 !== "boolean"){
const err23 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tls11Enabled",schemaPath:"#/properties/hostnames/additionalProperties/properties/tls11Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.hostnames.additionalProperties.properties.tls11Enabled.type,parentSchema:schema34.properties.hostnames.additionalProperties.properties.tls11Enabled,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.http2Enabled !== undefined){
let data15 = data9.http2Enabled;
if(typeof data15 !== "boolean"){
const err24 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/http2Enabled",schemaPath:"#/properties/hostnames/additionalProperties/properties/http2Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.hostnames.additionalProperties.properties.http2Enabled.type,parentSchema:schema34.properties.hostnames.additionalProperties.properties.http2Enabled,data:data15};
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
const err25 = {instancePath:instancePath+"/hostnames/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/hostnames/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.hostnames.additionalProperties.type,parentSchema:schema34.properties.hostnames.additionalProperties,data:data9};
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
const err26 = {instancePath:instancePath+"/hostnames",schemaPath:"#/properties/hostnames/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.hostnames.type,parentSchema:schema34.properties.hostnames,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.certificateAuthorities !== undefined){
let data16 = data.certificateAuthorities;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
let data17 = data16[key4];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key5 in data17){
if(!(key5 === "isTrusted")){
const err27 = {instancePath:instancePath+"/certificateAuthorities/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/certificateAuthorities/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.certificateAuthorities.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data17.isTrusted !== undefined){
let data18 = data17.isTrusted;
if(typeof data18 !== "boolean"){
const err28 = {instancePath:instancePath+"/certificateAuthorities/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/isTrusted",schemaPath:"#/properties/certificateAuthorities/additionalProperties/properties/isTrusted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.certificateAuthorities.additionalProperties.properties.isTrusted.type,parentSchema:schema34.properties.certificateAuthorities.additionalProperties.properties.isTrusted,data:data18};
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
const err29 = {instancePath:instancePath+"/certificateAuthorities/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/certificateAuthorities/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.certificateAuthorities.additionalProperties.type,parentSchema:schema34.properties.certificateAuthorities.additionalProperties,data:data17};
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
const err30 = {instancePath:instancePath+"/certificateAuthorities",schemaPath:"#/properties/certificateAuthorities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.certificateAuthorities.type,parentSchema:schema34.properties.certificateAuthorities,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.ignore !== undefined){
let data19 = data.ignore;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i2=0; i2<len1; i2++){
let data20 = data19[i2];
if(typeof data20 === "string"){
if(!pattern9.test(data20)){
const err31 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema34.properties.ignore.items,data:data20};
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
const err32 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.ignore.items.type,parentSchema:schema34.properties.ignore.items,data:data20};
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
const err33 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.ignore.type,parentSchema:schema34.properties.ignore,data:data19};
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
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","description":"A tag.","properties":{"displayName":{"type":"string","description":"Tag name.","maxLength":160,"minLength":1}},"additionalProperties":false,"required":["displayName"]};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "displayName")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.displayName !== undefined){
let data0 = data.displayName;
if(typeof data0 === "string"){
if(func2(data0) > 160){
const err2 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema35.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.displayName,data:data0};
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
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.displayName.type,parentSchema:schema35.properties.displayName,data:data0};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","description":"A user group.","properties":{"displayName":{"type":"string","description":"Group name.","maxLength":300,"minLength":1},"description":{"type":"string","description":"Group description."},"type":{"type":"string","description":"Group type; only `custom` groups can be created.","enum":["custom","external"]},"externalId":{"type":"string","description":"Identifier of the external groups, this property contains the id of the group from the external identity provider, e.g. for Azure Active Directory `aad://<tenant>.onmicrosoft.com/groups/<group object id>`; otherwise the value is null."}},"additionalProperties":false,"required":["displayName"]};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "displayName") || (key0 === "description")) || (key0 === "type")) || (key0 === "externalId"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.displayName !== undefined){
let data0 = data.displayName;
if(typeof data0 === "string"){
if(func2(data0) > 300){
const err2 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema36.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.displayName,data:data0};
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
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.displayName.type,parentSchema:schema36.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.description.type,parentSchema:schema36.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.type.type,parentSchema:schema36.properties.type,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "custom") || (data2 === "external"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.type.enum,parentSchema:schema36.properties.type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.externalId !== undefined){
let data3 = data.externalId;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/externalId",schemaPath:"#/properties/externalId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.externalId.type,parentSchema:schema36.properties.externalId,data:data3};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","description":"A logger. Credentials that are secret (`connectionString`, `instrumentationKey`) must be `{{named value}}` references.","properties":{"loggerType":{"type":"string","description":"Logger type.","enum":["azureEventHub","applicationInsights","azureMonitor"]},"description":{"type":"string","description":"Logger description.","maxLength":256},"credentials":{"type":"object","description":"Logger credentials: `connectionString` or `instrumentationKey` (as `{{named value}}` references) for Application Insights; `name`, `endpointAddress`, `identityClientId` or `connectionString` for Event Hub.","additionalProperties":{"type":"string"}},"isBuffered":{"type":"boolean","description":"Whether records are buffered in the logger before publishing. Default is assumed to be true."},"resourceId":{"type":"string","description":"Azure Resource Id of a log target (either Azure Event Hub resource or Azure Application Insights resource)."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["loggerType"]};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.loggerType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "loggerType"},message:"must have required property '"+"loggerType"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "loggerType") || (key0 === "description")) || (key0 === "credentials")) || (key0 === "isBuffered")) || (key0 === "resourceId")) || (key0 === "ignore"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.loggerType !== undefined){
let data0 = data.loggerType;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/loggerType",schemaPath:"#/properties/loggerType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.loggerType.type,parentSchema:schema37.properties.loggerType,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "azureEventHub") || (data0 === "applicationInsights")) || (data0 === "azureMonitor"))){
const err3 = {instancePath:instancePath+"/loggerType",schemaPath:"#/properties/loggerType/enum",keyword:"enum",params:{allowedValues: schema37.properties.loggerType.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.loggerType.enum,parentSchema:schema37.properties.loggerType,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 256){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema37.properties.description,data:data1};
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
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.credentials !== undefined){
let data2 = data.credentials;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/credentials/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/credentials/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.credentials.additionalProperties.type,parentSchema:schema37.properties.credentials.additionalProperties,data:data3};
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
const err7 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.credentials.type,parentSchema:schema37.properties.credentials,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.isBuffered !== undefined){
let data4 = data.isBuffered;
if(typeof data4 !== "boolean"){
const err8 = {instancePath:instancePath+"/isBuffered",schemaPath:"#/properties/isBuffered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.isBuffered.type,parentSchema:schema37.properties.isBuffered,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.resourceId !== undefined){
let data5 = data.resourceId;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.resourceId.type,parentSchema:schema37.properties.resourceId,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(!pattern9.test(data7)){
const err10 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema37.properties.ignore.items,data:data7};
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
const err11 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.ignore.items.type,parentSchema:schema37.properties.ignore.items,data:data7};
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
const err12 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.ignore.type,parentSchema:schema37.properties.ignore,data:data6};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","description":"A certificate: from Key Vault (`keyVault`), or a PFX given as `data` and `password` secret sources.","properties":{"data":{"description":"Base64-encoded PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"password":{"description":"Password of the PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"keyVault":{"type":"object","properties":{"secretIdentifier":{"type":"string","description":"Key vault secret identifier for fetching secret. Providing a versioned secret will prevent auto-refresh. This requires API Management service to be configured with aka.ms/apimmsi"},"identityClientId":{"type":"string","description":"Null for SystemAssignedIdentity or Client Id for UserAssignedIdentity , which will be used to access key vault secret."}},"description":"KeyVault location details of the certificate.","additionalProperties":false},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false};
const schema39 = {"type":"object","description":"Where a secret comes from: a deploy-time parameter (an ARM `secureString` parameter or a Pulumi secret), or a Key Vault secret apimc resolves at deploy time. Never a literal.","properties":{"fromParameter":{"type":"string","description":"Name of a deploy-time parameter that holds the value.","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"fromKeyVault":{"type":"string","description":"Key Vault secret URI, `https://<vault>.vault.azure.net/secrets/<name>`, that apimc resolves at deploy time."}},"additionalProperties":false,"minProperties":1,"maxProperties":1};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "fromParameter") || (key0 === "fromKeyVault"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fromParameter !== undefined){
let data0 = data.fromParameter;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/fromParameter",schemaPath:"#/properties/fromParameter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema39.properties.fromParameter,data:data0};
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
const err4 = {instancePath:instancePath+"/fromParameter",schemaPath:"#/properties/fromParameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.fromParameter.type,parentSchema:schema39.properties.fromParameter,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fromKeyVault !== undefined){
let data1 = data.fromKeyVault;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/fromKeyVault",schemaPath:"#/properties/fromKeyVault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.fromKeyVault.type,parentSchema:schema39.properties.fromKeyVault,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "data") || (key0 === "password")) || (key0 === "keyVault")) || (key0 === "ignore"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
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
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.data.anyOf[0].type,parentSchema:schema38.properties.data.anyOf[0],data:data0};
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
if(!(validate102(data0, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.data.anyOf,parentSchema:schema38.properties.data,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
let data1 = data.password;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.password.anyOf[0].type,parentSchema:schema38.properties.password.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(!(validate102(data1, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err4 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.password.anyOf,parentSchema:schema38.properties.password,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.keyVault !== undefined){
let data2 = data.keyVault;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "secretIdentifier") || (key1 === "identityClientId"))){
const err5 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.keyVault,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.secretIdentifier !== undefined){
let data3 = data2.secretIdentifier;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/keyVault/secretIdentifier",schemaPath:"#/properties/keyVault/properties/secretIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.keyVault.properties.secretIdentifier.type,parentSchema:schema38.properties.keyVault.properties.secretIdentifier,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.identityClientId !== undefined){
let data4 = data2.identityClientId;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/keyVault/identityClientId",schemaPath:"#/properties/keyVault/properties/identityClientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.keyVault.properties.identityClientId.type,parentSchema:schema38.properties.keyVault.properties.identityClientId,data:data4};
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
const err8 = {instancePath:instancePath+"/keyVault",schemaPath:"#/properties/keyVault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.keyVault.type,parentSchema:schema38.properties.keyVault,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ignore !== undefined){
let data5 = data.ignore;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
const err9 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema38.properties.ignore.items,data:data6};
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
const err10 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.ignore.items.type,parentSchema:schema38.properties.ignore.items,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.ignore.type,parentSchema:schema38.properties.ignore,data:data5};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","description":"A subscription to a product, an API, or all APIs.","properties":{"ownerId":{"type":"string","description":"User (user id path) for whom subscription is being created in form /users/{userId}"},"displayName":{"type":"string","description":"Subscription name.","minLength":1,"maxLength":100},"primaryKey":{"description":"Primary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"secondaryKey":{"description":"Secondary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"state":{"type":"string","description":"Initial subscription state. If no value is specified, subscription is created with Submitted state. Possible states are * active – the subscription is active, * suspended – the subscription is blocked, and the subscriber cannot call any APIs of the product, * submitted – the subscription request has been made by the developer, but has not yet been approved or rejected, * rejected – the subscription request has been denied by an administrator, * cancelled – the subscription has been cancelled by the developer or administrator, * expired – the subscription reached its expiration date and was deactivated.","enum":["suspended","active","expired","submitted","rejected","cancelled"]},"allowTracing":{"type":"boolean","description":"Determines whether tracing can be enabled"},"scope":{"description":"What the subscription grants: `{ product: NAME }`, `{ api: NAME }` or `allApis`.","oneOf":[{"type":"string","enum":["allApis"],"description":"Every API of the instance."},{"type":"object","description":"A product, by name.","properties":{"product":{"type":"string","description":"Name of a declared product."}},"additionalProperties":false,"required":["product"]},{"type":"object","description":"An API, by name.","properties":{"api":{"type":"string","description":"Name of a declared API."}},"additionalProperties":false,"required":["api"]}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","scope"]};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scope === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema40.required,parentSchema:schema40,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
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
const err3 = {instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.ownerId.type,parentSchema:schema40.properties.ownerId,data:data0};
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
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema40.properties.displayName,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.displayName,data:data1};
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
const err6 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.displayName.type,parentSchema:schema40.properties.displayName,data:data1};
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
const err7 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.primaryKey.anyOf[0].type,parentSchema:schema40.properties.primaryKey.anyOf[0],data:data2};
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
if(!(validate102(data2, {instancePath:instancePath+"/primaryKey",parentData:data,parentDataProperty:"primaryKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.properties.primaryKey.anyOf,parentSchema:schema40.properties.primaryKey,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
let data3 = data.secondaryKey;
const _errs12 = errors;
let valid2 = false;
const _errs13 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/properties/secondaryKey/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.secondaryKey.anyOf[0].type,parentSchema:schema40.properties.secondaryKey.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
const _errs15 = errors;
if(!(validate102(data3, {instancePath:instancePath+"/secondaryKey",parentData:data,parentDataProperty:"secondaryKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err10 = {instancePath:instancePath+"/secondaryKey",schemaPath:"#/properties/secondaryKey/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.properties.secondaryKey.anyOf,parentSchema:schema40.properties.secondaryKey,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.state !== undefined){
let data4 = data.state;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.state.type,parentSchema:schema40.properties.state,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((data4 === "suspended") || (data4 === "active")) || (data4 === "expired")) || (data4 === "submitted")) || (data4 === "rejected")) || (data4 === "cancelled"))){
const err12 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema40.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.state.enum,parentSchema:schema40.properties.state,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.allowTracing !== undefined){
let data5 = data.allowTracing;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/allowTracing",schemaPath:"#/properties/allowTracing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.allowTracing.type,parentSchema:schema40.properties.allowTracing,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.scope !== undefined){
let data6 = data.scope;
const _errs21 = errors;
let valid3 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.scope.oneOf[0].type,parentSchema:schema40.properties.scope.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(data6 === "allApis")){
const err15 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema40.properties.scope.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema40.properties.scope.oneOf[0].enum,parentSchema:schema40.properties.scope.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs22 === errors;
if(_valid2){
valid3 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.product === undefined){
const err16 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/1/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema40.properties.scope.oneOf[1].required,parentSchema:schema40.properties.scope.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "product")){
const err17 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema40.properties.scope.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.product !== undefined){
let data7 = data6.product;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/oneOf/1/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.scope.oneOf[1].properties.product.type,parentSchema:schema40.properties.scope.oneOf[1].properties.product,data:data7};
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
const err19 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.scope.oneOf[1].type,parentSchema:schema40.properties.scope.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs24 === errors;
if(_valid2 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid2){
valid3 = true;
passing0 = 1;
var props2 = true;
}
const _errs29 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.api === undefined){
const err20 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/2/required",keyword:"required",params:{missingProperty: "api"},message:"must have required property '"+"api"+"'",schema:schema40.properties.scope.oneOf[2].required,parentSchema:schema40.properties.scope.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data6){
if(!(key2 === "api")){
const err21 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema40.properties.scope.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.api !== undefined){
let data8 = data6.api;
if(typeof data8 !== "string"){
const err22 = {instancePath:instancePath+"/scope/api",schemaPath:"#/properties/scope/oneOf/2/properties/api/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.scope.oneOf[2].properties.api.type,parentSchema:schema40.properties.scope.oneOf[2].properties.api,data:data8};
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
const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.scope.oneOf[2].type,parentSchema:schema40.properties.scope.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs29 === errors;
if(_valid2 && valid3){
valid3 = false;
passing0 = [passing0, 2];
}
else {
if(_valid2){
valid3 = true;
passing0 = 2;
if(props2 !== true){
props2 = true;
}
}
}
}
if(!valid3){
const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema40.properties.scope.oneOf,parentSchema:schema40.properties.scope,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data9 = data.ignore;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern9.test(data10)){
const err25 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema40.properties.ignore.items,data:data10};
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
const err26 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.ignore.items.type,parentSchema:schema40.properties.ignore.items,data:data10};
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
const err27 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.ignore.type,parentSchema:schema40.properties.ignore,data:data9};
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
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","description":"An OAuth 2.0 authorization server.","properties":{"description":{"type":"string","description":"Description of the authorization server. Can contain HTML formatting tags."},"authorizationMethods":{"type":"array","items":{"type":"string","enum":["HEAD","OPTIONS","TRACE","GET","POST","PUT","PATCH","DELETE"]},"description":"HTTP verbs supported by the authorization endpoint. GET must be always present. POST is optional."},"clientAuthenticationMethod":{"type":"array","items":{"type":"string","enum":["Basic","Body"]},"description":"Method of authentication supported by the token endpoint of this authorization server. Possible values are Basic and/or Body. When Body is specified, client credentials and other parameters are passed within the request body in the application/x-www-form-urlencoded format."},"tokenBodyParameters":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","description":"body parameter name."},"value":{"type":"string","description":"body parameter value."}},"required":["name","value"],"description":"OAuth acquire token request body parameter (www-url-form-encoded).","additionalProperties":false},"description":"Additional parameters required by the token endpoint of this authorization server represented as an array of JSON objects with name and value string properties, i.e. {\"name\" : \"name value\", \"value\": \"a value\"}."},"tokenEndpoint":{"type":"string","description":"OAuth token endpoint. Contains absolute URI to entity being referenced.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"supportState":{"type":"boolean","description":"If true, authorization server will include state parameter from the authorization request to its response. Client may use state parameter to raise protocol security.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.1"}},"defaultScope":{"type":"string","description":"Access token scope that is going to be requested by default. Can be overridden at the API level. Should be provided in the form of a string containing space-delimited values.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-3.3"}},"bearerTokenSendingMethods":{"type":"array","items":{"type":"string","enum":["authorizationHeader","query"]},"description":"Specifies the mechanism by which access token is passed to the API. ","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"resourceOwnerUsername":{"type":"string","description":"Can be optionally specified when resource owner password grant type is supported by this authorization server. Default resource owner username."},"resourceOwnerPassword":{"description":"Resource owner password, for the `resourceOwnerPassword` grant. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"displayName":{"type":"string","description":"User-friendly authorization server name.","minLength":1,"maxLength":50},"useInTestConsole":{"type":"boolean","description":"If true, the authorization server may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the authorization server will be used in the API documentation in the developer portal. False by default if no value is provided."},"clientRegistrationEndpoint":{"type":"string","description":"Optional reference to a page where client or app registration for this authorization server is performed. Contains absolute URL to entity being referenced."},"authorizationEndpoint":{"type":"string","description":"OAuth authorization endpoint. See http://tools.ietf.org/html/rfc6749#section-3.2."},"grantTypes":{"type":"array","items":{"type":"string","enum":["authorizationCode","implicit","resourceOwnerPassword","clientCredentials"]},"description":"Form of an authorization grant, which the client uses to request the access token.","externalDocs":{"url":"http://tools.ietf.org/html/rfc6749#section-4"}},"clientId":{"type":"string","description":"Client or app id registered with this authorization server."},"clientSecret":{"description":"Client secret of the application registered with the server. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","clientRegistrationEndpoint","authorizationEndpoint","grantTypes","clientId"]};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientRegistrationEndpoint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientRegistrationEndpoint"},message:"must have required property '"+"clientRegistrationEndpoint"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationEndpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationEndpoint"},message:"must have required property '"+"authorizationEndpoint"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.grantTypes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grantTypes"},message:"must have required property '"+"grantTypes"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.clientId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema41.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
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
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.description.type,parentSchema:schema41.properties.description,data:data0};
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
const err7 = {instancePath:instancePath+"/authorizationMethods/" + i0,schemaPath:"#/properties/authorizationMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.authorizationMethods.items.type,parentSchema:schema41.properties.authorizationMethods.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((data2 === "HEAD") || (data2 === "OPTIONS")) || (data2 === "TRACE")) || (data2 === "GET")) || (data2 === "POST")) || (data2 === "PUT")) || (data2 === "PATCH")) || (data2 === "DELETE"))){
const err8 = {instancePath:instancePath+"/authorizationMethods/" + i0,schemaPath:"#/properties/authorizationMethods/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.authorizationMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.authorizationMethods.items.enum,parentSchema:schema41.properties.authorizationMethods.items,data:data2};
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
const err9 = {instancePath:instancePath+"/authorizationMethods",schemaPath:"#/properties/authorizationMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.authorizationMethods.type,parentSchema:schema41.properties.authorizationMethods,data:data1};
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
const err10 = {instancePath:instancePath+"/clientAuthenticationMethod/" + i1,schemaPath:"#/properties/clientAuthenticationMethod/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.clientAuthenticationMethod.items.type,parentSchema:schema41.properties.clientAuthenticationMethod.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data4 === "Basic") || (data4 === "Body"))){
const err11 = {instancePath:instancePath+"/clientAuthenticationMethod/" + i1,schemaPath:"#/properties/clientAuthenticationMethod/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.clientAuthenticationMethod.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.clientAuthenticationMethod.items.enum,parentSchema:schema41.properties.clientAuthenticationMethod.items,data:data4};
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
const err12 = {instancePath:instancePath+"/clientAuthenticationMethod",schemaPath:"#/properties/clientAuthenticationMethod/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.clientAuthenticationMethod.type,parentSchema:schema41.properties.clientAuthenticationMethod,data:data3};
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
const err13 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema41.properties.tokenBodyParameters.items.required,parentSchema:schema41.properties.tokenBodyParameters.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.value === undefined){
const err14 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema41.properties.tokenBodyParameters.items.required,parentSchema:schema41.properties.tokenBodyParameters.items,data:data6};
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
const err15 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.tokenBodyParameters.items,data:data6};
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
const err16 = {instancePath:instancePath+"/tokenBodyParameters/" + i2+"/name",schemaPath:"#/properties/tokenBodyParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.tokenBodyParameters.items.properties.name.type,parentSchema:schema41.properties.tokenBodyParameters.items.properties.name,data:data7};
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
const err17 = {instancePath:instancePath+"/tokenBodyParameters/" + i2+"/value",schemaPath:"#/properties/tokenBodyParameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.tokenBodyParameters.items.properties.value.type,parentSchema:schema41.properties.tokenBodyParameters.items.properties.value,data:data8};
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
const err18 = {instancePath:instancePath+"/tokenBodyParameters/" + i2,schemaPath:"#/properties/tokenBodyParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.tokenBodyParameters.items.type,parentSchema:schema41.properties.tokenBodyParameters.items,data:data6};
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
const err19 = {instancePath:instancePath+"/tokenBodyParameters",schemaPath:"#/properties/tokenBodyParameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.tokenBodyParameters.type,parentSchema:schema41.properties.tokenBodyParameters,data:data5};
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
const err20 = {instancePath:instancePath+"/tokenEndpoint",schemaPath:"#/properties/tokenEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.tokenEndpoint.type,parentSchema:schema41.properties.tokenEndpoint,data:data9};
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
const err21 = {instancePath:instancePath+"/supportState",schemaPath:"#/properties/supportState/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.supportState.type,parentSchema:schema41.properties.supportState,data:data10};
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
const err22 = {instancePath:instancePath+"/defaultScope",schemaPath:"#/properties/defaultScope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.defaultScope.type,parentSchema:schema41.properties.defaultScope,data:data11};
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
const err23 = {instancePath:instancePath+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/bearerTokenSendingMethods/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.bearerTokenSendingMethods.items.type,parentSchema:schema41.properties.bearerTokenSendingMethods.items,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data13 === "authorizationHeader") || (data13 === "query"))){
const err24 = {instancePath:instancePath+"/bearerTokenSendingMethods/" + i3,schemaPath:"#/properties/bearerTokenSendingMethods/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.bearerTokenSendingMethods.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.bearerTokenSendingMethods.items.enum,parentSchema:schema41.properties.bearerTokenSendingMethods.items,data:data13};
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
const err25 = {instancePath:instancePath+"/bearerTokenSendingMethods",schemaPath:"#/properties/bearerTokenSendingMethods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.bearerTokenSendingMethods.type,parentSchema:schema41.properties.bearerTokenSendingMethods,data:data12};
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
const err26 = {instancePath:instancePath+"/resourceOwnerUsername",schemaPath:"#/properties/resourceOwnerUsername/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.resourceOwnerUsername.type,parentSchema:schema41.properties.resourceOwnerUsername,data:data14};
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
const err27 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/properties/resourceOwnerPassword/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.resourceOwnerPassword.anyOf[0].type,parentSchema:schema41.properties.resourceOwnerPassword.anyOf[0],data:data15};
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
if(!(validate102(data15, {instancePath:instancePath+"/resourceOwnerPassword",parentData:data,parentDataProperty:"resourceOwnerPassword",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs37 === errors;
valid10 = valid10 || _valid0;
if(!valid10){
const err28 = {instancePath:instancePath+"/resourceOwnerPassword",schemaPath:"#/properties/resourceOwnerPassword/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.resourceOwnerPassword.anyOf,parentSchema:schema41.properties.resourceOwnerPassword,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
let data16 = data.displayName;
if(typeof data16 === "string"){
if(func2(data16) > 50){
const err29 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema41.properties.displayName,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data16) < 1){
const err30 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.displayName,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.displayName.type,parentSchema:schema41.properties.displayName,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.useInTestConsole !== undefined){
let data17 = data.useInTestConsole;
if(typeof data17 !== "boolean"){
const err32 = {instancePath:instancePath+"/useInTestConsole",schemaPath:"#/properties/useInTestConsole/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.useInTestConsole.type,parentSchema:schema41.properties.useInTestConsole,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.useInApiDocumentation !== undefined){
let data18 = data.useInApiDocumentation;
if(typeof data18 !== "boolean"){
const err33 = {instancePath:instancePath+"/useInApiDocumentation",schemaPath:"#/properties/useInApiDocumentation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.useInApiDocumentation.type,parentSchema:schema41.properties.useInApiDocumentation,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.clientRegistrationEndpoint !== undefined){
let data19 = data.clientRegistrationEndpoint;
if(typeof data19 !== "string"){
const err34 = {instancePath:instancePath+"/clientRegistrationEndpoint",schemaPath:"#/properties/clientRegistrationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.clientRegistrationEndpoint.type,parentSchema:schema41.properties.clientRegistrationEndpoint,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.authorizationEndpoint !== undefined){
let data20 = data.authorizationEndpoint;
if(typeof data20 !== "string"){
const err35 = {instancePath:instancePath+"/authorizationEndpoint",schemaPath:"#/properties/authorizationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.authorizationEndpoint.type,parentSchema:schema41.properties.authorizationEndpoint,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.grantTypes !== undefined){
let data21 = data.grantTypes;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
let data22 = data21[i4];
if(typeof data22 !== "string"){
const err36 = {instancePath:instancePath+"/grantTypes/" + i4,schemaPath:"#/properties/grantTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.grantTypes.items.type,parentSchema:schema41.properties.grantTypes.items,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((((data22 === "authorizationCode") || (data22 === "implicit")) || (data22 === "resourceOwnerPassword")) || (data22 === "clientCredentials"))){
const err37 = {instancePath:instancePath+"/grantTypes/" + i4,schemaPath:"#/properties/grantTypes/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.grantTypes.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.grantTypes.items.enum,parentSchema:schema41.properties.grantTypes.items,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/grantTypes",schemaPath:"#/properties/grantTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.grantTypes.type,parentSchema:schema41.properties.grantTypes,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.clientId !== undefined){
let data23 = data.clientId;
if(typeof data23 !== "string"){
const err39 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.clientId.type,parentSchema:schema41.properties.clientId,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data24 = data.clientSecret;
const _errs55 = errors;
let valid13 = false;
const _errs56 = errors;
if(typeof data24 !== "string"){
const err40 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.clientSecret.anyOf[0].type,parentSchema:schema41.properties.clientSecret.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs56 === errors;
valid13 = valid13 || _valid1;
const _errs58 = errors;
if(!(validate102(data24, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid1 = _errs58 === errors;
valid13 = valid13 || _valid1;
if(!valid13){
const err41 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.clientSecret.anyOf,parentSchema:schema41.properties.clientSecret,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data25 = data.ignore;
if(Array.isArray(data25)){
const len5 = data25.length;
for(let i5=0; i5<len5; i5++){
let data26 = data25[i5];
if(typeof data26 === "string"){
if(!pattern9.test(data26)){
const err42 = {instancePath:instancePath+"/ignore/" + i5,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema41.properties.ignore.items,data:data26};
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
const err43 = {instancePath:instancePath+"/ignore/" + i5,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.ignore.items.type,parentSchema:schema41.properties.ignore.items,data:data26};
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
const err44 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.ignore.type,parentSchema:schema41.properties.ignore,data:data25};
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
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","description":"An OpenID Connect provider.","properties":{"displayName":{"type":"string","description":"User-friendly OpenID Connect Provider name.","maxLength":50},"description":{"type":"string","description":"User-friendly description of OpenID Connect Provider."},"metadataEndpoint":{"type":"string","description":"Metadata endpoint URI."},"clientId":{"type":"string","description":"Client ID of developer console which is the client application."},"clientSecret":{"description":"Client secret of the application registered with the provider. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useInTestConsole":{"type":"boolean","description":"If true, the Open ID Connect provider may be used in the developer portal test console. True by default if no value is provided."},"useInApiDocumentation":{"type":"boolean","description":"If true, the Open ID Connect provider will be used in the API documentation in the developer portal. False by default if no value is provided."},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["displayName","metadataEndpoint","clientId"]};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "displayName"},message:"must have required property '"+"displayName"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadataEndpoint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadataEndpoint"},message:"must have required property '"+"metadataEndpoint"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'",schema:schema42.required,parentSchema:schema42,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
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
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema42.properties.displayName,data:data0};
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
const err5 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.displayName.type,parentSchema:schema42.properties.displayName,data:data0};
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
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.description.type,parentSchema:schema42.properties.description,data:data1};
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
const err7 = {instancePath:instancePath+"/metadataEndpoint",schemaPath:"#/properties/metadataEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.metadataEndpoint.type,parentSchema:schema42.properties.metadataEndpoint,data:data2};
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
const err8 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.clientId.type,parentSchema:schema42.properties.clientId,data:data3};
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
const err9 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.clientSecret.anyOf[0].type,parentSchema:schema42.properties.clientSecret.anyOf[0],data:data4};
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
if(!(validate102(data4, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err10 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema42.properties.clientSecret.anyOf,parentSchema:schema42.properties.clientSecret,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
let data5 = data.useInTestConsole;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/useInTestConsole",schemaPath:"#/properties/useInTestConsole/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.useInTestConsole.type,parentSchema:schema42.properties.useInTestConsole,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.useInApiDocumentation !== undefined){
let data6 = data.useInApiDocumentation;
if(typeof data6 !== "boolean"){
const err12 = {instancePath:instancePath+"/useInApiDocumentation",schemaPath:"#/properties/useInApiDocumentation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.useInApiDocumentation.type,parentSchema:schema42.properties.useInApiDocumentation,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ignore !== undefined){
let data7 = data.ignore;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err13 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema42.properties.ignore.items,data:data8};
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
const err14 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.ignore.items.type,parentSchema:schema42.properties.ignore.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.ignore.type,parentSchema:schema42.properties.ignore,data:data7};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","description":"An external Redis-compatible cache.","properties":{"description":{"type":"string","description":"Cache description","maxLength":2000},"connectionString":{"description":"Runtime connection string of the cache. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.","anyOf":[{"type":"string","description":"A literal secret: rejected (APIMC173)."},{"$ref":"#/$defs/SecretSource"}]},"useFromLocation":{"type":"string","description":"Location identifier to use cache from (should be either 'default' or valid Azure region identifier)","maxLength":256},"resourceId":{"type":"string","description":"Original uri of entity in external system cache points to","maxLength":2000},"ignore":{"type":"array","description":"Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.","items":{"type":"string","pattern":"^APIMC[0-9]{3}$"}}},"additionalProperties":false,"required":["connectionString","useFromLocation"]};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectionString === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionString"},message:"must have required property '"+"connectionString"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.useFromLocation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "useFromLocation"},message:"must have required property '"+"useFromLocation"+"'",schema:schema43.required,parentSchema:schema43,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
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
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema43.properties.description,data:data0};
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
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.description.type,parentSchema:schema43.properties.description,data:data0};
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
const err5 = {instancePath:instancePath+"/connectionString",schemaPath:"#/properties/connectionString/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.connectionString.anyOf[0].type,parentSchema:schema43.properties.connectionString.anyOf[0],data:data1};
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
if(!(validate102(data1, {instancePath:instancePath+"/connectionString",parentData:data,parentDataProperty:"connectionString",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/connectionString",schemaPath:"#/properties/connectionString/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema43.properties.connectionString.anyOf,parentSchema:schema43.properties.connectionString,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
let data2 = data.useFromLocation;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err7 = {instancePath:instancePath+"/useFromLocation",schemaPath:"#/properties/useFromLocation/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema43.properties.useFromLocation,data:data2};
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
const err8 = {instancePath:instancePath+"/useFromLocation",schemaPath:"#/properties/useFromLocation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.useFromLocation.type,parentSchema:schema43.properties.useFromLocation,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.resourceId !== undefined){
let data3 = data.resourceId;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err9 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema43.properties.resourceId,data:data3};
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
const err10 = {instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.resourceId.type,parentSchema:schema43.properties.resourceId,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ignore !== undefined){
let data4 = data.ignore;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err11 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "^APIMC[0-9]{3}$"},message:"must match pattern \""+"^APIMC[0-9]{3}$"+"\"",schema:"^APIMC[0-9]{3}$",parentSchema:schema43.properties.ignore.items,data:data5};
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
const err12 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.ignore.items.type,parentSchema:schema43.properties.ignore.items,data:data5};
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
const err13 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.ignore.type,parentSchema:schema43.properties.ignore,data:data4};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern26 = new RegExp("^[A-Za-z0-9-]+$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://apimc.dev/schema/v1/apimc.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema19.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
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
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.$schema.type,parentSchema:schema19.properties.$schema,data:data0};
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
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema19.properties.version,data:data1};
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
const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.include.items,data:data3};
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
const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.include.items.type,parentSchema:schema19.properties.include.items,data:data3};
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
const err5 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.include.type,parentSchema:schema19.properties.include,data:data2};
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
if(!(validate53(data.service, {instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.namedValues !== undefined){
let data5 = data.namedValues;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs12 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 256){
const err6 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.namedValues.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(key1) < 1){
const err7 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.namedValues.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern6.test(key1)){
const err8 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.namedValues.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err9 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema19.properties.namedValues.propertyNames,parentSchema:schema19.properties.namedValues,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data5){
if(!(validate55(data5[key2], {instancePath:instancePath+"/namedValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/namedValues",schemaPath:"#/properties/namedValues/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.namedValues.type,parentSchema:schema19.properties.namedValues,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.backends !== undefined){
let data7 = data.backends;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
const _errs17 = errors;
if(typeof key3 === "string"){
if(func2(key3) > 80){
const err11 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.backends.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(key3) < 1){
const err12 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.backends.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern6.test(key3)){
const err13 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.backends.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid5 = _errs17 === errors;
if(!valid5){
const err14 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema19.properties.backends.propertyNames,parentSchema:schema19.properties.backends,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key4 in data7){
if(!(validate57(data7[key4], {instancePath:instancePath+"/backends/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.backends.type,parentSchema:schema19.properties.backends,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.apis !== undefined){
let data9 = data.apis;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key5 in data9){
const _errs22 = errors;
if(typeof key5 === "string"){
if(func2(key5) > 256){
const err16 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.apis.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(key5) < 1){
const err17 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.apis.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern6.test(key5)){
const err18 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.apis.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid7 = _errs22 === errors;
if(!valid7){
const err19 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema19.properties.apis.propertyNames,parentSchema:schema19.properties.apis,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key6 in data9){
if(!(validate59(data9[key6], {instancePath:instancePath+"/apis/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/apis",schemaPath:"#/properties/apis/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.apis.type,parentSchema:schema19.properties.apis,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.apiVersionSets !== undefined){
let data11 = data.apiVersionSets;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key7 in data11){
const _errs27 = errors;
if(typeof key7 === "string"){
if(func2(key7) > 80){
const err21 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.apiVersionSets.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(key7) < 1){
const err22 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.apiVersionSets.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern6.test(key7)){
const err23 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.apiVersionSets.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid9 = _errs27 === errors;
if(!valid9){
const err24 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema19.properties.apiVersionSets.propertyNames,parentSchema:schema19.properties.apiVersionSets,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key8 in data11){
if(!(validate83(data11[key8], {instancePath:instancePath+"/apiVersionSets/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/apiVersionSets",schemaPath:"#/properties/apiVersionSets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.apiVersionSets.type,parentSchema:schema19.properties.apiVersionSets,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.products !== undefined){
let data13 = data.products;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key9 in data13){
const _errs32 = errors;
if(typeof key9 === "string"){
if(func2(key9) > 256){
const err26 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.products.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(key9) < 1){
const err27 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.products.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern6.test(key9)){
const err28 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.products.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid11 = _errs32 === errors;
if(!valid11){
const err29 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema19.properties.products.propertyNames,parentSchema:schema19.properties.products,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key10 in data13){
if(!(validate85(data13[key10], {instancePath:instancePath+"/products/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.products.type,parentSchema:schema19.properties.products,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.policyFragments !== undefined){
let data15 = data.policyFragments;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key11 in data15){
const _errs37 = errors;
if(typeof key11 === "string"){
if(func2(key11) > 80){
const err31 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.policyFragments.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(key11) < 1){
const err32 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.policyFragments.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern26.test(key11)){
const err33 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema19.properties.policyFragments.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid13 = _errs37 === errors;
if(!valid13){
const err34 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema19.properties.policyFragments.propertyNames,parentSchema:schema19.properties.policyFragments,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key12 in data15){
if(!(validate88(data15[key12], {instancePath:instancePath+"/policyFragments/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data15,parentDataProperty:key12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/policyFragments",schemaPath:"#/properties/policyFragments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.policyFragments.type,parentSchema:schema19.properties.policyFragments,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
const _errs41 = errors;
let valid15 = false;
let passing0 = null;
const _errs42 = errors;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err36 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.policy.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.policy.oneOf[0].type,parentSchema:schema19.properties.policy.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs42 === errors;
if(_valid0){
valid15 = true;
passing0 = 0;
}
const _errs44 = errors;
if(!(validate60(data17, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid15 = true;
passing0 = 1;
}
}
if(!valid15){
const err38 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema19.properties.policy.oneOf,parentSchema:schema19.properties.policy,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.gateways !== undefined){
let data18 = data.gateways;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key13 in data18){
const _errs47 = errors;
if(typeof key13 === "string"){
if(func2(key13) > 80){
const err39 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.gateways.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(key13) < 1){
const err40 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.gateways.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern6.test(key13)){
const err41 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.gateways.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var valid16 = _errs47 === errors;
if(!valid16){
const err42 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid",schema:schema19.properties.gateways.propertyNames,parentSchema:schema19.properties.gateways,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key14 in data18){
if(!(validate92(data18[key14], {instancePath:instancePath+"/gateways/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data18,parentDataProperty:key14,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.gateways.type,parentSchema:schema19.properties.gateways,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.tags !== undefined){
let data20 = data.tags;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key15 in data20){
const _errs52 = errors;
if(typeof key15 === "string"){
if(func2(key15) > 80){
const err44 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.tags.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(key15) < 1){
const err45 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.tags.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern6.test(key15)){
const err46 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.tags.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var valid18 = _errs52 === errors;
if(!valid18){
const err47 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema19.properties.tags.propertyNames,parentSchema:schema19.properties.tags,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
for(const key16 in data20){
if(!(validate94(data20[key16], {instancePath:instancePath+"/tags/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data20,parentDataProperty:key16,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.tags.type,parentSchema:schema19.properties.tags,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.groups !== undefined){
let data22 = data.groups;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key17 in data22){
const _errs57 = errors;
if(typeof key17 === "string"){
if(func2(key17) > 256){
const err49 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.groups.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func2(key17) < 1){
const err50 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.groups.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern6.test(key17)){
const err51 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.groups.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
var valid20 = _errs57 === errors;
if(!valid20){
const err52 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema19.properties.groups.propertyNames,parentSchema:schema19.properties.groups,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
for(const key18 in data22){
if(!(validate96(data22[key18], {instancePath:instancePath+"/groups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data22,parentDataProperty:key18,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
const err53 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.groups.type,parentSchema:schema19.properties.groups,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.loggers !== undefined){
let data24 = data.loggers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key19 in data24){
const _errs62 = errors;
if(typeof key19 === "string"){
if(func2(key19) > 256){
const err54 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.loggers.propertyNames,data:key19,propertyName:key19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func2(key19) < 1){
const err55 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.loggers.propertyNames,data:key19,propertyName:key19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern6.test(key19)){
const err56 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.loggers.propertyNames,data:key19,propertyName:key19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var valid22 = _errs62 === errors;
if(!valid22){
const err57 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/propertyNames",keyword:"propertyNames",params:{propertyName: key19},message:"property name must be valid",schema:schema19.properties.loggers.propertyNames,parentSchema:schema19.properties.loggers,data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
for(const key20 in data24){
if(!(validate98(data24[key20], {instancePath:instancePath+"/loggers/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data24,parentDataProperty:key20,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err58 = {instancePath:instancePath+"/loggers",schemaPath:"#/properties/loggers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.loggers.type,parentSchema:schema19.properties.loggers,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.diagnostics !== undefined){
let data26 = data.diagnostics;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key21 in data26){
const _errs67 = errors;
if(typeof key21 === "string"){
if(func2(key21) > 80){
const err59 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.diagnostics.propertyNames,data:key21,propertyName:key21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(key21) < 1){
const err60 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.diagnostics.propertyNames,data:key21,propertyName:key21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern20.test(key21)){
const err61 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(applicationinsights|azuremonitor|local)$"},message:"must match pattern \""+"^(applicationinsights|azuremonitor|local)$"+"\"",schema:"^(applicationinsights|azuremonitor|local)$",parentSchema:schema19.properties.diagnostics.propertyNames,data:key21,propertyName:key21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var valid24 = _errs67 === errors;
if(!valid24){
const err62 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/propertyNames",keyword:"propertyNames",params:{propertyName: key21},message:"property name must be valid",schema:schema19.properties.diagnostics.propertyNames,parentSchema:schema19.properties.diagnostics,data:data26};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
for(const key22 in data26){
if(!(validate80(data26[key22], {instancePath:instancePath+"/diagnostics/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data26,parentDataProperty:key22,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err63 = {instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.diagnostics.type,parentSchema:schema19.properties.diagnostics,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.certificates !== undefined){
let data28 = data.certificates;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key23 in data28){
const _errs72 = errors;
if(typeof key23 === "string"){
if(func2(key23) > 80){
const err64 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.certificates.propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(func2(key23) < 1){
const err65 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.certificates.propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!pattern6.test(key23)){
const err66 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.certificates.propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
var valid26 = _errs72 === errors;
if(!valid26){
const err67 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/propertyNames",keyword:"propertyNames",params:{propertyName: key23},message:"property name must be valid",schema:schema19.properties.certificates.propertyNames,parentSchema:schema19.properties.certificates,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
for(const key24 in data28){
if(!(validate101(data28[key24], {instancePath:instancePath+"/certificates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data28,parentDataProperty:key24,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.certificates.type,parentSchema:schema19.properties.certificates,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.subscriptions !== undefined){
let data30 = data.subscriptions;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key25 in data30){
const _errs77 = errors;
if(typeof key25 === "string"){
if(func2(key25) > 256){
const err69 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.subscriptions.propertyNames,data:key25,propertyName:key25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func2(key25) < 1){
const err70 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.subscriptions.propertyNames,data:key25,propertyName:key25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!pattern6.test(key25)){
const err71 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.subscriptions.propertyNames,data:key25,propertyName:key25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var valid28 = _errs77 === errors;
if(!valid28){
const err72 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/propertyNames",keyword:"propertyNames",params:{propertyName: key25},message:"property name must be valid",schema:schema19.properties.subscriptions.propertyNames,parentSchema:schema19.properties.subscriptions,data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
for(const key26 in data30){
if(!(validate106(data30[key26], {instancePath:instancePath+"/subscriptions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data30,parentDataProperty:key26,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
}
else {
const err73 = {instancePath:instancePath+"/subscriptions",schemaPath:"#/properties/subscriptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.subscriptions.type,parentSchema:schema19.properties.subscriptions,data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.authorizationServers !== undefined){
let data32 = data.authorizationServers;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key27 in data32){
const _errs82 = errors;
if(typeof key27 === "string"){
if(func2(key27) > 80){
const err74 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.authorizationServers.propertyNames,data:key27,propertyName:key27};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func2(key27) < 1){
const err75 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.authorizationServers.propertyNames,data:key27,propertyName:key27};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern6.test(key27)){
const err76 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.authorizationServers.propertyNames,data:key27,propertyName:key27};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
var valid30 = _errs82 === errors;
if(!valid30){
const err77 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/propertyNames",keyword:"propertyNames",params:{propertyName: key27},message:"property name must be valid",schema:schema19.properties.authorizationServers.propertyNames,parentSchema:schema19.properties.authorizationServers,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
for(const key28 in data32){
if(!(validate110(data32[key28], {instancePath:instancePath+"/authorizationServers/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data32,parentDataProperty:key28,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
}
else {
const err78 = {instancePath:instancePath+"/authorizationServers",schemaPath:"#/properties/authorizationServers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.authorizationServers.type,parentSchema:schema19.properties.authorizationServers,data:data32};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.openidConnectProviders !== undefined){
let data34 = data.openidConnectProviders;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key29 in data34){
const _errs87 = errors;
if(typeof key29 === "string"){
if(func2(key29) > 256){
const err79 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.openidConnectProviders.propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(func2(key29) < 1){
const err80 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.openidConnectProviders.propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!pattern6.test(key29)){
const err81 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"},message:"must match pattern \""+"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$"+"\"",schema:"^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$",parentSchema:schema19.properties.openidConnectProviders.propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var valid32 = _errs87 === errors;
if(!valid32){
const err82 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/propertyNames",keyword:"propertyNames",params:{propertyName: key29},message:"property name must be valid",schema:schema19.properties.openidConnectProviders.propertyNames,parentSchema:schema19.properties.openidConnectProviders,data:data34};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
for(const key30 in data34){
if(!(validate114(data34[key30], {instancePath:instancePath+"/openidConnectProviders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data34,parentDataProperty:key30,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
}
}
else {
const err83 = {instancePath:instancePath+"/openidConnectProviders",schemaPath:"#/properties/openidConnectProviders/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.openidConnectProviders.type,parentSchema:schema19.properties.openidConnectProviders,data:data34};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.caches !== undefined){
let data36 = data.caches;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key31 in data36){
const _errs92 = errors;
if(typeof key31 === "string"){
if(func2(key31) > 80){
const err84 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema19.properties.caches.propertyNames,data:key31,propertyName:key31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(func2(key31) < 1){
const err85 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.caches.propertyNames,data:key31,propertyName:key31};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!pattern26.test(key31)){
const err86 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema19.properties.caches.propertyNames,data:key31,propertyName:key31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var valid34 = _errs92 === errors;
if(!valid34){
const err87 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/propertyNames",keyword:"propertyNames",params:{propertyName: key31},message:"property name must be valid",schema:schema19.properties.caches.propertyNames,parentSchema:schema19.properties.caches,data:data36};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
for(const key32 in data36){
if(!(validate117(data36[key32], {instancePath:instancePath+"/caches/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data36,parentDataProperty:key32,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
}
else {
const err88 = {instancePath:instancePath+"/caches",schemaPath:"#/properties/caches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.caches.type,parentSchema:schema19.properties.caches,data:data36};
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
const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

