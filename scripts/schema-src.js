// Source of schema/apimc.schema.json. Written as JS so descriptions stay next to
// each property; `npm run gen:types` writes the JSON and the TypeScript types.
"use strict";

const str = (description, extra = {}) => ({ type: "string", description, ...extra });
const bool = (description) => ({ type: "boolean", description });
const int = (description, extra = {}) => ({ type: "integer", description, ...extra });
const arr = (description, items, extra = {}) => ({ type: "array", description, items, ...extra });
const obj = (description, properties, extra = {}) => ({
  type: "object",
  description,
  properties,
  additionalProperties: false,
  ...extra,
});
// Descriptions live on the definitions: a sibling description would make json-schema-to-typescript emit a copy of the type.
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const mapOf = (description, name, namePattern) => ({
  type: "object",
  description,
  propertyNames: namePattern,
  additionalProperties: { $ref: `#/$defs/${name}` },
});

// ARM names are URL path segments: no `/` (it would split the resource id), `\`, `%` or control characters either.
/**
 * A contract property kept as Microsoft states it, with values apimc accepts
 * beyond the contract's enum (scripts/gen-types.js appends them and the note).
 */
const contractEnumPlus = (values, note) => ({ "x-apimc-enum-additions": values, "x-apimc-note": note });
const ARM_NAME_PATTERN = "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$";
const ARM_NAME_80 = { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 80 };

const ignore = arr(
  "Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.",
  { type: "string", pattern: "^APIMC[0-9]{3}$" },
);

// A secret-bearing property APIM does not resolve `{{named value}}` tokens in. A literal string is accepted by
// the schema only so the secrets rule can reject it without echoing the value.
const secret = (description) => ({
  description: `${description} A secret source: \`{ fromParameter: NAME }\` or \`{ fromKeyVault: SECRET_URI }\`; a literal is an error.`,
  anyOf: [{ type: "string", description: "A literal secret: rejected (APIMC173)." }, { $ref: "#/$defs/SecretSource" }],
});

const policyRef = {
  description:
    "A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.",
  oneOf: [
    { type: "string", minLength: 1, description: "Path to a policy XML file, or inline policy XML." },
    { $ref: "#/$defs/StructuredPolicy" },
  ],
};

const policyElementList = (section) =>
  arr(
    `Policy elements of the \`${section}\` section, in order. Each item is \`base\` or a one-key map from element name to its attributes (and \`_\` for child elements or \`text\` for a text body).`,
    {
      oneOf: [
        { type: "string", description: "An element without attributes, for example `base`." },
        {
          type: "object",
          description: "One element: its name mapped to its attributes and children.",
          minProperties: 1,
          maxProperties: 1,
          additionalProperties: true,
        },
      ],
    },
  );

const parameter = obj(
  "A URL template, query or header parameter.",
  {
    name: str("Parameter name."),
    description: str("Parameter description."),
    type: str("Parameter type, for example `string` or `integer`."),
    defaultValue: str("Default parameter value."),
    required: bool("Whether the parameter is required."),
    values: arr("Allowed values.", { type: "string" }),
    schemaId: str("Schema identifier."),
    typeName: str("Type name defined by the schema."),
    examples: {
      type: "object",
      description: "Named examples of the parameter.",
      additionalProperties: obj("One example.", {
        summary: str("Short description."),
        description: str("Long description."),
        value: { description: "Example value (any JSON)." },
        externalValue: str("URL of the example."),
      }),
    },
  },
  { required: ["name", "type"] },
);

const representation = obj(
  "A request or response body representation.",
  {
    contentType: str("Content type, for example `application/json`."),
    schemaId: str("Schema identifier."),
    typeName: str("Type name defined by the schema."),
    examples: {
      type: "object",
      description: "Named examples of the body.",
      additionalProperties: obj("One example.", {
        summary: str("Short description."),
        description: str("Long description."),
        value: { description: "Example value (any JSON)." },
        externalValue: str("URL of the example."),
      }),
    },
    formParameters: arr("Form parameters, for `application/x-www-form-urlencoded` or `multipart/form-data`.", ref("Parameter", "A form parameter.")),
  },
  { required: ["contentType"] },
);

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://apimc.dev/schema/v1/apimc.schema.json",
  title: "ApimcDeclarations",
  description:
    "An apimc declaration set for one Azure API Management instance (format v1). Property names mirror the ARM REST contract of api-version 2024-05-01.",
  type: "object",
  additionalProperties: false,
  // Each map's name rules (propertyNames) come from the kind registry (src/model/kinds), added by gen-types.js.
  properties: {
    $schema: str("JSON Schema reference, for editors."),
    version: { const: 1, description: "Declaration format version. Always 1." },
    include: arr("Glob patterns, relative to this file, of further declaration files merged into this one.", { type: "string", minLength: 1 }),
    service: ref("Service", "The API Management instance these declarations describe."),
    namedValues: mapOf("Named values, keyed by ARM resource name. Policies reference them as `{{displayName}}`.", "NamedValue"),
    backends: mapOf("Backends, keyed by ARM resource name.", "Backend"),
    apis: mapOf("APIs, keyed by ARM resource name (apiId).", "Api"),
    apiVersionSets: mapOf("API version sets, keyed by ARM resource name.", "ApiVersionSet"),
    products: mapOf("Products, keyed by ARM resource name.", "Product"),
    policyFragments: mapOf(
      "Policy fragments, keyed by ARM resource name; policies include them with `<include-fragment fragment-id=\"...\" />`.",
      "PolicyFragment",
    ),
    policy: { ...policyRef, description: `The global (all APIs) policy. ${policyRef.description}` },
    gateways: mapOf("Self-hosted gateways, keyed by ARM resource name.", "Gateway"),
    tags: mapOf("Tags, keyed by ARM resource name. Products, APIs and operations name them in their `tags` lists.", "Tag"),
    groups: mapOf("User groups, keyed by ARM resource name. The built-in `administrators`, `developers` and `guests` need no declaration.", "Group"),
    loggers: mapOf("Loggers (Application Insights, Event Hub, Azure Monitor), keyed by ARM resource name.", "Logger"),
    diagnostics: mapOf("Service-level diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`).", "Diagnostic"),
    certificates: mapOf("Certificates, keyed by ARM resource name. Backends and policies name them.", "Certificate"),
    subscriptions: mapOf("Subscriptions, keyed by ARM resource name.", "Subscription"),
    authorizationServers: mapOf("OAuth 2.0 authorization servers, keyed by ARM resource name.", "AuthorizationServer"),
    openidConnectProviders: mapOf("OpenID Connect providers, keyed by ARM resource name.", "OpenidConnectProvider"),
    caches: mapOf("External caches, keyed by the Azure region they serve (or `default`).", "Cache"),
  },
  $defs: {
    Service: obj(
      "The API Management instance.",
      {
        name: str("Name of the API Management service (the `<name>.azure-api.net` host). The ARM template's `serviceName` parameter defaults to it.", {
          pattern: "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",
          minLength: 1,
          maxLength: 50,
        }),
        resourceGroup: str("Resource group of the service, used by `apimc plan --live` and the deploy script."),
        subscriptionId: str("Subscription id of the service.", { pattern: "^[0-9a-fA-F-]{36}$" }),
        hostnames: arr("Custom gateway hostnames of the managed gateway, used by preflight rules.", { type: "string" }),
        keyVaults: {
          type: "object",
          description:
            "ARM resource ids of the Key Vaults that `fromKeyVault` named values read, keyed by vault name (the first label of the vault host). ARM parameter files need the id to reference a secret.",
          additionalProperties: str("ARM resource id of the vault, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`.", {
            pattern: "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$",
          }),
        },
      },
      { required: ["name"] },
    ),
    NamedValue: obj("A named value. Exactly one of `value`, `keyVault`, `fromKeyVault` or `fromParameter` gives its value.", {
      displayName: str("Name used in policies as `{{displayName}}`; defaults to the map key. Letters, digits, period, dash and underscore only.", {
        pattern: "^[A-Za-z0-9-._]+$",
        minLength: 1,
        maxLength: 256,
      }),
      value: str("Literal, non-secret value (may hold policy expressions). Never put a secret here: use `keyVault`, `fromKeyVault` or `fromParameter`.", {
        maxLength: 4096,
      }),
      secret: bool("Whether APIM encrypts the value. Implied by `keyVault`, `fromKeyVault` and `fromParameter`."),
      tags: arr("Tags for filtering.", { type: "string" }, { maxItems: 32 }),
      keyVault: obj(
        "APIM fetches and refreshes the value from Key Vault itself.",
        {
          secretIdentifier: str("Key Vault secret identifier, `https://<vault>.vault.azure.net/secrets/<name>`. Leave out the version so APIM refreshes it."),
          identityClientId: str("Client id of the user-assigned identity APIM uses to read the secret; omit for the system-assigned identity."),
        },
        { required: ["secretIdentifier"] },
      ),
      fromKeyVault: str("Key Vault secret URI that apimc resolves at deploy time and sends as a secret value."),
      fromParameter: str("Name of a deploy-time parameter (an ARM `secureString` parameter, or a Pulumi secret) that holds the value.", {
        pattern: "^[A-Za-z][A-Za-z0-9_]*$",
      }),
      ignore,
    }),
    Backend: obj("A backend: a single service (`Single`) or a load-balanced pool of backends (`Pool`).", {
      credentials: obj("Credentials APIM sends to the backend. Values may be `{{named value}}` references.", {
        certificates: arr("Names of certificates declared in `certificates` that APIM presents to the backend (become `certificateIds`).", { type: "string" }, { maxItems: 32 }),
        certificateIds: arr("Client certificate ids.", { type: "string" }, { maxItems: 32 }),
        certificate: arr("Client certificate thumbprints (ignored when `certificateIds` is set).", { type: "string" }, { maxItems: 32 }),
        query: { type: "object", description: "Query parameters to add, name to values.", additionalProperties: arr("Values.", { type: "string" }) },
        header: { type: "object", description: "Headers to add, name to values.", additionalProperties: arr("Values.", { type: "string" }) },
        authorization: obj(
          "Authorization header credentials.",
          { scheme: str("Authentication scheme, for example `Bearer`.", { minLength: 1, maxLength: 100 }), parameter: str("Authentication parameter value.", { minLength: 1, maxLength: 300 }) },
          { required: ["scheme", "parameter"] },
        ),
      }),
      proxy: obj(
        "Web proxy between APIM and the backend.",
        {
          url: str("Proxy URL.", { minLength: 1, maxLength: 2000 }),
          username: str("Proxy user name."),
          password: str("Proxy password. Must be a `{{named value}}` reference to a secret named value, never a literal."),
        },
        { required: ["url"] },
      ),
      tls: obj("TLS validation of the backend certificate.", {
        validateCertificateChain: bool("Validate the backend certificate chain. Default true."),
        validateCertificateName: bool("Validate the backend certificate name. Default true."),
      }),
      circuitBreaker: obj("Circuit breaker that stops sending to the backend after failures.", {
        rules: arr(
          "Trip rules (one is supported by APIM today).",
          obj("A trip rule.", {
            name: str("Rule name."),
            failureCondition: obj("When the circuit trips. Give exactly one of `count` and `percentage`.", {
              count: int("Number of failures in `interval` that trips the circuit.", { minimum: 1 }),
              percentage: int("Percentage of failures in `interval` that trips the circuit.", { minimum: 1, maximum: 100 }),
              interval: str("Window in which failures are counted, an ISO 8601 duration such as `PT1M`.", { pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }),
              statusCodeRanges: arr(
                "Status code ranges that count as failures.",
                obj("A status code range.", { min: int("Lowest status code.", { minimum: 200, maximum: 599 }), max: int("Highest status code.", { minimum: 200, maximum: 599 }) }),
                { maxItems: 10 },
              ),
              errorReasons: arr("Error reasons that count as failures.", { type: "string", maxLength: 200 }, { maxItems: 10 }),
            }),
            tripDuration: str("How long the circuit stays open, an ISO 8601 duration such as `PT1M`.", { pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }),
            acceptRetryAfter: bool("Honour the backend's Retry-After header for the trip duration."),
          }, { required: ["name", "failureCondition", "tripDuration"] }),
          { maxItems: 15 },
        ),
      }),
      serviceFabricCluster: obj(
        "Service Fabric cluster backend settings.",
        {
          clientCertificate: str("Name of a certificate declared in `certificates` for the management endpoint (becomes `clientCertificateId`, a full ARM id)."),
          clientCertificateId: str("Client certificate id for the management endpoint."),
          clientCertificatethumbprint: str("Client certificate thumbprint for the management endpoint (ignored when `clientCertificateId` is set)."),
          maxPartitionResolutionRetries: int("Maximum retries while resolving a partition.", { minimum: 0 }),
          managementEndpoints: arr("Cluster management endpoints.", { type: "string" }, { minItems: 1 }),
          serverCertificateThumbprints: arr("Thumbprints of the certificates the cluster management service uses for TLS.", { type: "string" }),
          serverX509Names: arr(
            "Server X509 certificate names.",
            obj("A certificate name.", { name: str("Common name of the certificate."), issuerCertificateThumbprint: str("Thumbprint of the issuer certificate.") }),
          ),
        },
        { required: ["managementEndpoints"] },
      ),
      pool: obj("Pool members (type `Pool` only).", {
        services: arr(
          "Backends in the pool, by name.",
          obj("A pool member.", {
            backend: str("Name of a `Single` backend declared in `backends`."),
            priority: int("Priority: lower numbers are served first. 0–100.", { minimum: 0, maximum: 100 }),
            weight: int("Weight within a priority group. 0–100.", { minimum: 0, maximum: 100 }),
          }, { required: ["backend"] }),
          { minItems: 1 },
        ),
      }, { required: ["services"] }),
      ignore,
    }),
    Parameter: parameter,
    Representation: representation,
    Operation: obj("An API operation.", {
      method: str("HTTP method, for example `GET`.", { pattern: "^[A-Za-z]+$" }),
      templateParameters: arr("Parameters of the URL template.", ref("Parameter", "A template parameter.")),
      request: obj("Request details.", {
        description: str("Request description."),
        queryParameters: arr("Query parameters.", ref("Parameter", "A query parameter.")),
        headers: arr("Headers.", ref("Parameter", "A header.")),
        representations: arr("Body representations.", ref("Representation", "A representation.")),
      }),
      responses: arr(
        "Responses.",
        obj("A response.", {
          statusCode: int("HTTP status code.", { minimum: 100, maximum: 599 }),
          description: str("Response description."),
          headers: arr("Headers.", ref("Parameter", "A header.")),
          representations: arr("Body representations.", ref("Representation", "A representation.")),
        }, { required: ["statusCode"] }),
      ),
      policy: policyRef,
      backend: str("Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in this operation's inbound policy."),
      tags: arr("Names of declared tags on this operation.", { type: "string" }, { uniqueItems: true }),
      ignore,
    }),
    // Every other API property (displayName, type, serviceUrl, contact, license, sourceApiId, ...) comes from
    // Microsoft's contract (scripts/gen-types.js); only apimc's additions and tightenings are written here.
    Api: obj("An API. Operations come from `openapi`/`wsdl`, from `operations`, or both (declared operations refine imported ones of the same name).", {
      // Tighter than the contract: an API needs at least one protocol, each once.
      protocols: arr("Protocols the API is served on.", { type: "string", enum: ["http", "https", "ws", "wss"] }, { minItems: 1, uniqueItems: true }),
      // Azure's own example (ApiManagementCreateApiUsingImportOverrideServiceUrl.json) imports with `swagger-link`,
      // which the contract's enum lacks; Azure accepts it, so apimc does (docs/format.md, "Import formats").
      format: contractEnumPlus(["swagger-link"], "apimc also accepts `swagger-link` (a Swagger 2.0 document at a URL), as Azure's own example writes it."),
      apiVersionSet: str("Name of a version set declared in `apiVersionSets`."),
      openapi: str("Path to an OpenAPI 2.0/3.0/3.1 file (JSON or YAML) whose operations this API imports."),
      wsdl: str("Path to a WSDL file whose operations this API imports (type `soap`)."),
      backend: str("Name of a declared backend; inserts `<set-backend-service backend-id=\"...\" />` after `<base />` in the API's inbound policy."),
      policy: policyRef,
      operations: mapOf("Operations, keyed by ARM resource name (operationId).", "Operation", ARM_NAME_80),
      tags: arr("Names of declared tags on this API.", { type: "string" }, { uniqueItems: true }),
      revisions: mapOf("Non-current revisions of this API, keyed by revision number (`\"4\"`), reachable at `;rev=N`. Each is created from the API (`sourceApiId`), so it starts with the API's operations.", "ApiRevision"),
      schemas: mapOf("Explicit schemas of this API (GraphQL SDL, XSD, JSON schema definitions), keyed by schema id; compiled to `apis/schemas` resources.", "ApiSchema", ARM_NAME_80),
      diagnostics: mapOf("This API's diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`); they override the service-level ones.", "Diagnostic", {
        pattern: "^(applicationinsights|azuremonitor|local)$",
      }),
      authenticationSettings: obj("How the developer portal and test console get tokens for this API.", {
        oAuth2: obj("OAuth 2.0 authorization server settings.", {
          authorizationServer: str("Name of an authorization server declared in `authorizationServers` (becomes `authorizationServerId`)."),
          authorizationServerId: str("Name of the authorization server, as the contract writes it."),
          scope: str("Operations scope."),
        }),
        openid: obj("OpenID Connect settings.", {
          openidProvider: str("Name of a provider declared in `openidConnectProviders` (becomes `openidProviderId`)."),
          openidProviderId: str("Name of the provider, as the contract writes it."),
          bearerTokenSendingMethods: arr("How to send the token to the server.", { type: "string", enum: ["authorizationHeader", "query"] }),
        }),
        oAuth2AuthenticationSettings: arr("OAuth 2.0 settings (several servers).", obj("One server.", { authorizationServerId: str("Name of the authorization server."), scope: str("Operations scope.") })),
        openidAuthenticationSettings: arr("OpenID Connect settings (several providers).", obj("One provider.", {
          openidProviderId: str("Name of the provider."),
          bearerTokenSendingMethods: arr("How to send the token to the server.", { type: "string", enum: ["authorizationHeader", "query"] }),
        })),
      }),
      ignore,
    }),
    // The apiRevision kind: apimc sends only what makes a revision, so the shape is apimc's own (not the contract's).
    ApiRevision: obj("A non-current API revision (an `apis/<api>;rev=N` resource created from the current one with `sourceApiId`). apimc never deletes a revision.", {
      apiRevisionDescription: str("Description of the revision."),
      policy: policyRef,
      operations: mapOf("Operations of this revision, keyed by ARM resource name. The revision starts with a copy of the current revision's operations; those declared here are written to it.", "Operation", ARM_NAME_80),
    }),
    // The apiSchema kind: `document` is apimc's (a file path, or the contract's document inline).
    ApiSchema: obj("An API schema (the contract's SchemaContract).", {
      contentType: str("Media type of the document, for example `application/vnd.ms-azure-apim.graphql.schema`, `application/vnd.ms-azure-apim.xsd+xml`, `application/vnd.oai.openapi.components+json` or `application/vnd.ms-azure-apim.swagger.definitions+json`.", { minLength: 1 }),
      document: {
        description: "The schema document: a path to a file (relative to the file that names it), or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`).",
        oneOf: [
          { type: "string", minLength: 1, description: "Path to the schema file. JSON content types (`...+json`) are parsed: an OpenAPI components file becomes `components`, a Swagger definitions file `definitions`; any other file is sent as `value`." },
          obj("The document inline, as the contract writes it.", {
            value: str("The document text (GraphQL SDL, XSD, WSDL, ...)."),
            definitions: { type: "object", additionalProperties: true, description: "Swagger 2.0 type definitions." },
            components: { type: "object", additionalProperties: true, description: "OpenAPI 3 components." },
          }, { minProperties: 1, maxProperties: 1 }),
        ],
      },
    }, { required: ["contentType", "document"] }),
    // Every property comes from the contract (displayName, versioningScheme, versionQueryName, ...); only what is required is stated here.
    ApiVersionSet: obj("An API version set.", {
    }, { required: ["displayName", "versioningScheme"] }),
    Product: obj("A product: a set of APIs offered with one subscription.", {
      description: str("Product description.", { maxLength: 1000 }),
      state: str("Whether the product is published.", { enum: ["published", "notPublished"] }),
      subscriptionsLimit: int("How many subscriptions a user may have.", { minimum: 0 }),
      apis: arr("Names of declared APIs in this product.", { type: "string" }, { uniqueItems: true }),
      tags: arr("Names of declared tags on this product.", { type: "string" }, { uniqueItems: true }),
      groups: arr("Names of groups that can see this product (declared, or built-in `administrators`, `developers`, `guests`).", { type: "string" }, { uniqueItems: true }),
      policy: policyRef,
      ignore,
    }, { required: ["displayName"] }),
    PolicyFragment: obj("A policy fragment.", {
      description: str("Fragment description.", { maxLength: 1000 }),
      policy: { ...policyRef, description: "The fragment document (`<fragment>...</fragment>`): a path to an XML file or inline XML." },
      ignore,
    }, { required: ["policy"] }),
    Gateway: obj("A self-hosted gateway.", {
      location: obj("Where the gateway runs.", {
        name: str("Location name.", { maxLength: 256 }),
        city: str("City.", { maxLength: 256 }),
        district: str("District, state or province.", { maxLength: 256 }),
        countryOrRegion: str("Country or region.", { maxLength: 256 }),
      }, { required: ["name"] }),
      apis: arr("Names of declared APIs served by this gateway.", { type: "string" }, { uniqueItems: true }),
      hostnames: {
        type: "object",
        description: "Hostname configurations, keyed by ARM resource name.",
        additionalProperties: obj("A hostname configuration.", {
          hostname: str("Hostname; wildcards allowed."),
          certificateId: str("Id of the certificate entity used for TLS."),
          negotiateClientCertificate: bool("Request a client certificate."),
          tls10Enabled: bool("Allow TLS 1.0."),
          tls11Enabled: bool("Allow TLS 1.1."),
          http2Enabled: bool("Allow HTTP/2."),
        }, { required: ["hostname"] }),
      },
      certificateAuthorities: {
        type: "object",
        description: "Certificate authorities the gateway trusts, keyed by certificate name.",
        additionalProperties: obj("A certificate authority.", { isTrusted: bool("Whether the CA is trusted.") }),
      },
      ignore,
    }),
    SecretSource: obj(
      "Where a secret comes from: a deploy-time parameter (an ARM `secureString` parameter or a Pulumi secret), or a Key Vault secret apimc resolves at deploy time. Never a literal.",
      {
        fromParameter: str("Name of a deploy-time parameter that holds the value.", { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }),
        fromKeyVault: str("Key Vault secret URI, `https://<vault>.vault.azure.net/secrets/<name>`, that apimc resolves at deploy time."),
      },
      { minProperties: 1, maxProperties: 1 },
    ),
    // Every property comes from the contract; only what is required is stated here.
    Tag: obj("A tag.", {}, { required: ["displayName"] }),
    Group: obj("A user group.", {
      type: str("Group type; only `custom` groups can be created.", { enum: ["custom", "external"] }),
    }, { required: ["displayName"] }),
    Logger: obj("A logger. Credentials that are secret (`connectionString`, `instrumentationKey`) must be `{{named value}}` references.", {
      credentials: {
        type: "object",
        description: "Logger credentials: `connectionString` or `instrumentationKey` (as `{{named value}}` references) for Application Insights; `name`, `endpointAddress`, `identityClientId` or `connectionString` for Event Hub.",
        additionalProperties: { type: "string" },
      },
      ignore,
    }, { required: ["loggerType"] }),
    Diagnostic: obj("A diagnostic: what APIM logs, and to which logger.", {
      logger: str("Name of a logger declared in `loggers`."),
      ignore,
    }, { required: ["logger"] }),
    Certificate: obj("A certificate: from Key Vault (`keyVault`), or a PFX given as `data` and `password` secret sources.", {
      data: secret("Base64-encoded PFX."),
      password: secret("Password of the PFX."),
      ignore,
    }),
    Subscription: obj("A subscription to a product, an API, or all APIs.", {
      scope: {
        description: "What the subscription grants: `{ product: NAME }`, `{ api: NAME }` or `allApis`.",
        oneOf: [
          { type: "string", enum: ["allApis"], description: "Every API of the instance." },
          obj("A product, by name.", { product: str("Name of a declared product.") }, { required: ["product"] }),
          obj("An API, by name.", { api: str("Name of a declared API.") }, { required: ["api"] }),
        ],
      },
      primaryKey: secret("Primary key; Azure generates one when absent."),
      secondaryKey: secret("Secondary key; Azure generates one when absent."),
      ignore,
    }, { required: ["displayName", "scope"] }),
    AuthorizationServer: obj("An OAuth 2.0 authorization server.", {
      clientSecret: secret("Client secret of the application registered with the server."),
      resourceOwnerPassword: secret("Resource owner password, for the `resourceOwnerPassword` grant."),
      ignore,
    }, { required: ["displayName", "clientRegistrationEndpoint", "authorizationEndpoint", "grantTypes", "clientId"] }),
    OpenidConnectProvider: obj("An OpenID Connect provider.", {
      clientSecret: secret("Client secret of the application registered with the provider."),
      ignore,
    }, { required: ["displayName", "metadataEndpoint", "clientId"] }),
    Cache: obj("An external Redis-compatible cache.", {
      connectionString: secret("Runtime connection string of the cache."),
      ignore,
    }, { required: ["connectionString", "useFromLocation"] }),
    StructuredPolicy: obj("A policy written as YAML. It maps one to one onto policy XML.", {
      inbound: policyElementList("inbound"),
      backend: policyElementList("backend"),
      outbound: policyElementList("outbound"),
      "on-error": policyElementList("on-error"),
    }),
  },
};

module.exports = schema;
