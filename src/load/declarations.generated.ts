/* Generated from schema/apimc.schema.json by `npm run gen`. Do not edit. */

/**
 * An apimc declaration set for one Azure API Management instance (format v1). Property names mirror the ARM REST contract of api-version 2024-05-01.
 */
export interface ApimcDeclarations {
  /**
   * JSON Schema reference, for editors.
   */
  $schema?: string;
  /**
   * Declaration format version. Always 1.
   */
  version?: 1;
  /**
   * Glob patterns, relative to this file, of further declaration files merged into this one.
   */
  include?: string[];
  service?: Service;
  /**
   * Named values, keyed by ARM resource name. Policies reference them as `{{displayName}}`.
   */
  namedValues?: {
    [k: string]: NamedValue;
  };
  /**
   * Backends, keyed by ARM resource name.
   */
  backends?: {
    [k: string]: Backend;
  };
  /**
   * APIs, keyed by ARM resource name (apiId).
   */
  apis?: {
    [k: string]: Api;
  };
  /**
   * API version sets, keyed by ARM resource name.
   */
  apiVersionSets?: {
    [k: string]: ApiVersionSet;
  };
  /**
   * Products, keyed by ARM resource name.
   */
  products?: {
    [k: string]: Product;
  };
  /**
   * Policy fragments, keyed by ARM resource name; policies include them with `<include-fragment fragment-id="..." />`.
   */
  policyFragments?: {
    [k: string]: PolicyFragment;
  };
  /**
   * The global (all APIs) policy. A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.
   */
  policy?: string | StructuredPolicy;
  /**
   * Self-hosted gateways, keyed by ARM resource name.
   */
  gateways?: {
    [k: string]: Gateway;
  };
  /**
   * Tags, keyed by ARM resource name. Products, APIs and operations name them in their `tags` lists.
   */
  tags?: {
    [k: string]: Tag;
  };
  /**
   * User groups, keyed by ARM resource name. The built-in `administrators`, `developers` and `guests` need no declaration.
   */
  groups?: {
    [k: string]: Group;
  };
  /**
   * Loggers (Application Insights, Event Hub, Azure Monitor), keyed by ARM resource name.
   */
  loggers?: {
    [k: string]: Logger;
  };
  /**
   * Service-level diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`).
   */
  diagnostics?: {
    [k: string]: Diagnostic;
  };
  /**
   * Certificates, keyed by ARM resource name. Backends and policies name them.
   */
  certificates?: {
    [k: string]: Certificate;
  };
  /**
   * Subscriptions, keyed by ARM resource name.
   */
  subscriptions?: {
    [k: string]: Subscription;
  };
  /**
   * OAuth 2.0 authorization servers, keyed by ARM resource name.
   */
  authorizationServers?: {
    [k: string]: AuthorizationServer;
  };
  /**
   * OpenID Connect providers, keyed by ARM resource name.
   */
  openidConnectProviders?: {
    [k: string]: OpenidConnectProvider;
  };
  /**
   * External caches, keyed by the Azure region they serve (or `default`).
   */
  caches?: {
    [k: string]: Cache;
  };
}
/**
 * The API Management instance.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Service".
 */
export interface Service {
  /**
   * Name of the API Management service (the `<name>.azure-api.net` host). The ARM template's `serviceName` parameter defaults to it.
   */
  name: string;
  /**
   * Resource group of the service, used by `apimc plan --live` and the deploy script.
   */
  resourceGroup?: string;
  /**
   * Subscription id of the service.
   */
  subscriptionId?: string;
  /**
   * Custom gateway hostnames of the managed gateway, used by preflight rules.
   */
  hostnames?: string[];
  /**
   * ARM resource ids of the Key Vaults that `fromKeyVault` named values read, keyed by vault name (the first label of the vault host). ARM parameter files need the id to reference a secret.
   */
  keyVaults?: {
    /**
     * ARM resource id of the vault, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`.
     */
    [k: string]: string;
  };
}
/**
 * A named value. Exactly one of `value`, `keyVault`, `fromKeyVault` or `fromParameter` gives its value.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "NamedValue".
 */
export interface NamedValue {
  /**
   * Tags for filtering.
   *
   * @maxItems 32
   */
  tags?: string[];
  /**
   * Whether APIM encrypts the value. Implied by `keyVault`, `fromKeyVault` and `fromParameter`.
   */
  secret?: boolean;
  /**
   * Name used in policies as `{{displayName}}`; defaults to the map key. Letters, digits, period, dash and underscore only.
   */
  displayName?: string;
  /**
   * Literal, non-secret value (may hold policy expressions). Never put a secret here: use `keyVault`, `fromKeyVault` or `fromParameter`.
   */
  value?: string;
  /**
   * APIM fetches and refreshes the value from Key Vault itself.
   */
  keyVault?: {
    /**
     * Key Vault secret identifier, `https://<vault>.vault.azure.net/secrets/<name>`. Leave out the version so APIM refreshes it.
     */
    secretIdentifier: string;
    /**
     * Client id of the user-assigned identity APIM uses to read the secret; omit for the system-assigned identity.
     */
    identityClientId?: string;
  };
  /**
   * Key Vault secret URI that apimc resolves at deploy time and sends as a secret value.
   */
  fromKeyVault?: string;
  /**
   * Name of a deploy-time parameter (an ARM `secureString` parameter, or a Pulumi secret) that holds the value.
   */
  fromParameter?: string;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A backend: a single service (`Single`) or a load-balanced pool of backends (`Pool`).
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Backend".
 */
export interface Backend {
  /**
   * Backend Title.
   */
  title?: string;
  /**
   * Backend Description.
   */
  description?: string;
  /**
   * Management Uri of the Resource in External System. This URL can be the Arm Resource Id of Logic Apps, Function Apps or API Apps.
   */
  resourceId?: string;
  /**
   * Credentials APIM sends to the backend. Values may be `{{named value}}` references.
   */
  credentials?: {
    /**
     * Names of certificates declared in `certificates` that APIM presents to the backend (become `certificateIds`).
     *
     * @maxItems 32
     */
    certificates?: string[];
    /**
     * Client certificate ids.
     *
     * @maxItems 32
     */
    certificateIds?: string[];
    /**
     * Client certificate thumbprints (ignored when `certificateIds` is set).
     *
     * @maxItems 32
     */
    certificate?: string[];
    /**
     * Query parameters to add, name to values.
     */
    query?: {
      /**
       * Values.
       */
      [k: string]: string[];
    };
    /**
     * Headers to add, name to values.
     */
    header?: {
      /**
       * Values.
       */
      [k: string]: string[];
    };
    /**
     * Authorization header credentials.
     */
    authorization?: {
      /**
       * Authentication scheme, for example `Bearer`.
       */
      scheme: string;
      /**
       * Authentication parameter value.
       */
      parameter: string;
    };
  };
  /**
   * Web proxy between APIM and the backend.
   */
  proxy?: {
    /**
     * Proxy URL.
     */
    url: string;
    /**
     * Proxy user name.
     */
    username?: string;
    /**
     * Proxy password. Must be a `{{named value}}` reference to a secret named value, never a literal.
     */
    password?: string;
  };
  /**
   * TLS validation of the backend certificate.
   */
  tls?: {
    /**
     * Validate the backend certificate chain. Default true.
     */
    validateCertificateChain?: boolean;
    /**
     * Validate the backend certificate name. Default true.
     */
    validateCertificateName?: boolean;
  };
  /**
   * Circuit breaker that stops sending to the backend after failures.
   */
  circuitBreaker?: {
    /**
     * Trip rules (one is supported by APIM today).
     *
     * @maxItems 15
     *
     * Items: A trip rule.
     */
    rules?: {
      /**
       * Rule name.
       */
      name: string;
      /**
       * When the circuit trips. Give exactly one of `count` and `percentage`.
       */
      failureCondition: {
        /**
         * Number of failures in `interval` that trips the circuit.
         */
        count?: number;
        /**
         * Percentage of failures in `interval` that trips the circuit.
         */
        percentage?: number;
        /**
         * Window in which failures are counted, an ISO 8601 duration such as `PT1M`.
         */
        interval?: string;
        /**
         * Status code ranges that count as failures.
         *
         * @maxItems 10
         *
         * Items: A status code range.
         */
        statusCodeRanges?: {
          /**
           * Lowest status code.
           */
          min?: number;
          /**
           * Highest status code.
           */
          max?: number;
        }[];
        /**
         * Error reasons that count as failures.
         *
         * @maxItems 10
         */
        errorReasons?: string[];
      };
      /**
       * How long the circuit stays open, an ISO 8601 duration such as `PT1M`.
       */
      tripDuration: string;
      /**
       * Honour the backend's Retry-After header for the trip duration.
       */
      acceptRetryAfter?: boolean;
    }[];
  };
  /**
   * Type of the backend. A backend can be either Single or Pool.
   */
  type?: "Single" | "Pool";
  /**
   * Runtime Url of the Backend. Required when backend type is 'Single'.
   */
  url?: string;
  /**
   * Backend communication protocol. Required when backend type is 'Single'.
   */
  protocol?: "http" | "soap";
  /**
   * Service Fabric cluster backend settings.
   */
  serviceFabricCluster?: {
    /**
     * Name of a certificate declared in `certificates` for the management endpoint (becomes `clientCertificateId`, a full ARM id).
     */
    clientCertificate?: string;
    /**
     * Client certificate id for the management endpoint.
     */
    clientCertificateId?: string;
    /**
     * Client certificate thumbprint for the management endpoint (ignored when `clientCertificateId` is set).
     */
    clientCertificatethumbprint?: string;
    /**
     * Maximum retries while resolving a partition.
     */
    maxPartitionResolutionRetries?: number;
    /**
     * Cluster management endpoints.
     *
     * @minItems 1
     */
    managementEndpoints: string[];
    /**
     * Thumbprints of the certificates the cluster management service uses for TLS.
     */
    serverCertificateThumbprints?: string[];
    /**
     * Server X509 certificate names.
     *
     * Items: A certificate name.
     */
    serverX509Names?: {
      /**
       * Common name of the certificate.
       */
      name?: string;
      /**
       * Thumbprint of the issuer certificate.
       */
      issuerCertificateThumbprint?: string;
    }[];
  };
  /**
   * Pool members (type `Pool` only).
   */
  pool?: {
    /**
     * Backends in the pool, by name.
     *
     * @minItems 1
     *
     * Items: A pool member.
     */
    services: {
      /**
       * Name of a `Single` backend declared in `backends`.
       */
      backend: string;
      /**
       * Priority: lower numbers are served first. 0–100.
       */
      priority?: number;
      /**
       * Weight within a priority group. 0–100.
       */
      weight?: number;
    }[];
  };
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * An API. Operations come from `openapi`/`wsdl`, from `operations`, or both (declared operations refine imported ones of the same name).
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Api".
 */
export interface Api {
  /**
   * Description of the API. May include HTML formatting tags.
   */
  description?: string;
  /**
   * How the developer portal and test console get tokens for this API.
   */
  authenticationSettings?: {
    /**
     * OAuth 2.0 authorization server settings.
     */
    oAuth2?: {
      /**
       * Name of an authorization server declared in `authorizationServers` (becomes `authorizationServerId`).
       */
      authorizationServer?: string;
      /**
       * Name of the authorization server, as the contract writes it.
       */
      authorizationServerId?: string;
      /**
       * Operations scope.
       */
      scope?: string;
    };
    /**
     * OpenID Connect settings.
     */
    openid?: {
      /**
       * Name of a provider declared in `openidConnectProviders` (becomes `openidProviderId`).
       */
      openidProvider?: string;
      /**
       * Name of the provider, as the contract writes it.
       */
      openidProviderId?: string;
      /**
       * How to send the token to the server.
       */
      bearerTokenSendingMethods?: ("authorizationHeader" | "query")[];
    };
    /**
     * OAuth 2.0 settings (several servers).
     *
     * Items: One server.
     */
    oAuth2AuthenticationSettings?: {
      /**
       * Name of the authorization server.
       */
      authorizationServerId?: string;
      /**
       * Operations scope.
       */
      scope?: string;
    }[];
    /**
     * OpenID Connect settings (several providers).
     *
     * Items: One provider.
     */
    openidAuthenticationSettings?: {
      /**
       * Name of the provider.
       */
      openidProviderId?: string;
      /**
       * How to send the token to the server.
       */
      bearerTokenSendingMethods?: ("authorizationHeader" | "query")[];
    }[];
  };
  /**
   * Protocols over which API is made available.
   */
  subscriptionKeyParameterNames?: {
    /**
     * Subscription key header name.
     */
    header?: string;
    /**
     * Subscription key query string parameter name.
     */
    query?: string;
  };
  /**
   * Type of API.
   */
  type?: "http" | "soap" | "websocket" | "graphql" | "odata" | "grpc";
  /**
   * Describes the revision of the API. If no value is provided, default revision 1 is created
   */
  apiRevision?: string;
  /**
   * Indicates the version identifier of the API if the API is versioned
   */
  apiVersion?: string;
  /**
   * Indicates if API revision is current api revision.
   */
  isCurrent?: boolean;
  /**
   * Description of the API Revision.
   */
  apiRevisionDescription?: string;
  /**
   * Description of the API Version.
   */
  apiVersionDescription?: string;
  /**
   * Specifies whether an API or Product subscription is required for accessing the API.
   */
  subscriptionRequired?: boolean;
  /**
   *  A URL to the Terms of Service for the API. MUST be in the format of a URL.
   */
  termsOfServiceUrl?: string;
  /**
   * Contact information for the API.
   */
  contact?: {
    /**
     * The identifying name of the contact person/organization
     */
    name?: string;
    /**
     * The URL pointing to the contact information. MUST be in the format of a URL
     */
    url?: string;
    /**
     * The email address of the contact person/organization. MUST be in the format of an email address
     */
    email?: string;
  };
  /**
   * License information for the API.
   */
  license?: {
    /**
     * The license name used for the API
     */
    name?: string;
    /**
     * A URL to the license used for the API. MUST be in the format of a URL
     */
    url?: string;
  };
  /**
   * API identifier of the source API.
   */
  sourceApiId?: string;
  /**
   * API name. Must be 1 to 300 characters long.
   */
  displayName?: string;
  /**
   * Absolute URL of the backend service implementing this API. Cannot be more than 2000 characters long.
   */
  serviceUrl?: string;
  /**
   * Relative URL uniquely identifying this API and all of its resource paths within the API Management service instance. It is appended to the API endpoint base URL specified during the service instance creation to form a public URL for this API.
   */
  path?: string;
  /**
   * Protocols the API is served on.
   *
   * @minItems 1
   */
  protocols?: ("http" | "https" | "ws" | "wss")[];
  /**
   * Content value when Importing an API.
   */
  value?: string;
  /**
   * Format of the Content in which the API is getting imported. New formats can be added in the future. apimc also accepts `swagger-link` (a Swagger 2.0 document at a URL), as Azure's own example writes it.
   */
  format?:
    | "wadl-xml"
    | "wadl-link-json"
    | "swagger-json"
    | "swagger-link-json"
    | "wsdl"
    | "wsdl-link"
    | "openapi"
    | "openapi+json"
    | "openapi-link"
    | "openapi+json-link"
    | "graphql-link"
    | "odata"
    | "odata-link"
    | "grpc"
    | "grpc-link"
    | "swagger-link";
  /**
   * Criteria to limit import of WSDL to a subset of the document.
   */
  wsdlSelector?: {
    /**
     * Name of service to import from WSDL
     */
    wsdlServiceName?: string;
    /**
     * Name of endpoint(port) to import from WSDL
     */
    wsdlEndpointName?: string;
  };
  /**
   * Type of API to create.
   *  * `http` creates a REST API
   *  * `soap` creates a SOAP pass-through API  
   *  * `websocket` creates websocket API
   *  * `graphql` creates GraphQL API.
   *  New types can be added in the future.
   */
  apiType?: "http" | "soap" | "websocket" | "graphql" | "odata" | "grpc";
  /**
   * Strategy of translating required query parameters to template ones. By default has value 'template'. Possible values: 'template', 'query'
   */
  translateRequiredQueryParameters?: "template" | "query";
  /**
   * Name of a version set declared in `apiVersionSets`.
   */
  apiVersionSet?: string;
  /**
   * Path to an OpenAPI 2.0/3.0/3.1 file (JSON or YAML) whose operations this API imports.
   */
  openapi?: string;
  /**
   * Path to a WSDL file whose operations this API imports (type `soap`).
   */
  wsdl?: string;
  /**
   * Name of a declared backend; inserts `<set-backend-service backend-id="..." />` after `<base />` in the API's inbound policy.
   */
  backend?: string;
  /**
   * A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.
   */
  policy?: string | StructuredPolicy;
  /**
   * Operations, keyed by ARM resource name (operationId).
   */
  operations?: {
    [k: string]: Operation;
  };
  /**
   * Names of declared tags on this API.
   */
  tags?: string[];
  /**
   * Non-current revisions of this API, keyed by revision number (`"4"`), reachable at `;rev=N`. Each is created from the API (`sourceApiId`), so it starts with the API's operations.
   */
  revisions?: {
    [k: string]: ApiRevision;
  };
  /**
   * Explicit schemas of this API (GraphQL SDL, XSD, JSON schema definitions), keyed by schema id; compiled to `apis/schemas` resources.
   */
  schemas?: {
    [k: string]: ApiSchema;
  };
  /**
   * This API's diagnostics, keyed by the contract's names (`applicationinsights`, `azuremonitor`); they override the service-level ones.
   */
  diagnostics?: {
    [k: string]: Diagnostic;
  };
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A policy written as YAML. It maps one to one onto policy XML.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "StructuredPolicy".
 */
export interface StructuredPolicy {
  /**
   * Policy elements of the `inbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).
   */
  inbound?: (
    | string
    | {
        [k: string]: unknown;
      }
  )[];
  /**
   * Policy elements of the `backend` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).
   */
  backend?: (
    | string
    | {
        [k: string]: unknown;
      }
  )[];
  /**
   * Policy elements of the `outbound` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).
   */
  outbound?: (
    | string
    | {
        [k: string]: unknown;
      }
  )[];
  /**
   * Policy elements of the `on-error` section, in order. Each item is `base` or a one-key map from element name to its attributes (and `_` for child elements or `text` for a text body).
   */
  "on-error"?: (
    | string
    | {
        [k: string]: unknown;
      }
  )[];
}
/**
 * An API operation.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Operation".
 */
export interface Operation {
  /**
   * Parameters of the URL template.
   */
  templateParameters?: Parameter[];
  /**
   * Description of the operation. May include HTML formatting tags.
   */
  description?: string;
  /**
   * Request details.
   */
  request?: {
    /**
     * Request description.
     */
    description?: string;
    /**
     * Query parameters.
     */
    queryParameters?: Parameter[];
    /**
     * Headers.
     */
    headers?: Parameter[];
    /**
     * Body representations.
     */
    representations?: Representation[];
  };
  /**
   * Responses.
   *
   * Items: A response.
   */
  responses?: {
    /**
     * HTTP status code.
     */
    statusCode: number;
    /**
     * Response description.
     */
    description?: string;
    /**
     * Headers.
     */
    headers?: Parameter[];
    /**
     * Body representations.
     */
    representations?: Representation[];
  }[];
  /**
   * Operation Name.
   */
  displayName?: string;
  /**
   * HTTP method, for example `GET`.
   */
  method?: string;
  /**
   * Relative URL template identifying the target resource for this operation. May include parameters. Example: /customers/{cid}/orders/{oid}/?date={date}
   */
  urlTemplate?: string;
  /**
   * A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.
   */
  policy?: string | StructuredPolicy;
  /**
   * Name of a declared backend; inserts `<set-backend-service backend-id="..." />` after `<base />` in this operation's inbound policy.
   */
  backend?: string;
  /**
   * Names of declared tags on this operation.
   */
  tags?: string[];
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A URL template, query or header parameter.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Parameter".
 */
export interface Parameter {
  /**
   * Parameter name.
   */
  name: string;
  /**
   * Parameter description.
   */
  description?: string;
  /**
   * Parameter type, for example `string` or `integer`.
   */
  type: string;
  /**
   * Default parameter value.
   */
  defaultValue?: string;
  /**
   * Whether the parameter is required.
   */
  required?: boolean;
  /**
   * Allowed values.
   */
  values?: string[];
  /**
   * Schema identifier.
   */
  schemaId?: string;
  /**
   * Type name defined by the schema.
   */
  typeName?: string;
  /**
   * Named examples of the parameter.
   */
  examples?: {
    /**
     * One example.
     */
    [k: string]: {
      /**
       * Short description.
       */
      summary?: string;
      /**
       * Long description.
       */
      description?: string;
      /**
       * Example value (any JSON).
       */
      value?: {
        [k: string]: unknown;
      };
      /**
       * URL of the example.
       */
      externalValue?: string;
    };
  };
}
/**
 * A request or response body representation.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Representation".
 */
export interface Representation {
  /**
   * Content type, for example `application/json`.
   */
  contentType: string;
  /**
   * Schema identifier.
   */
  schemaId?: string;
  /**
   * Type name defined by the schema.
   */
  typeName?: string;
  /**
   * Named examples of the body.
   */
  examples?: {
    /**
     * One example.
     */
    [k: string]: {
      /**
       * Short description.
       */
      summary?: string;
      /**
       * Long description.
       */
      description?: string;
      /**
       * Example value (any JSON).
       */
      value?: {
        [k: string]: unknown;
      };
      /**
       * URL of the example.
       */
      externalValue?: string;
    };
  };
  /**
   * Form parameters, for `application/x-www-form-urlencoded` or `multipart/form-data`.
   */
  formParameters?: Parameter[];
}
/**
 * A non-current API revision (an `apis/<api>;rev=N` resource created from the current one with `sourceApiId`). apimc never deletes a revision.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "ApiRevision".
 */
export interface ApiRevision {
  /**
   * Description of the revision.
   */
  apiRevisionDescription?: string;
  /**
   * A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.
   */
  policy?: string | StructuredPolicy;
  /**
   * Operations of this revision, keyed by ARM resource name. The revision starts with a copy of the current revision's operations; those declared here are written to it.
   */
  operations?: {
    [k: string]: Operation;
  };
}
/**
 * An API schema (the contract's SchemaContract).
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "ApiSchema".
 */
export interface ApiSchema {
  /**
   * Media type of the document, for example `application/vnd.ms-azure-apim.graphql.schema`, `application/vnd.ms-azure-apim.xsd+xml`, `application/vnd.oai.openapi.components+json` or `application/vnd.ms-azure-apim.swagger.definitions+json`.
   */
  contentType: string;
  /**
   * The schema document: a path to a file (relative to the file that names it), or the contract's document inline (`{ value }`, `{ components }` or `{ definitions }`).
   */
  document:
    | string
    | {
        /**
         * The document text (GraphQL SDL, XSD, WSDL, ...).
         */
        value?: string;
        /**
         * Swagger 2.0 type definitions.
         */
        definitions?: {
          [k: string]: unknown;
        };
        /**
         * OpenAPI 3 components.
         */
        components?: {
          [k: string]: unknown;
        };
      };
}
/**
 * A diagnostic: what APIM logs, and to which logger.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Diagnostic".
 */
export interface Diagnostic {
  /**
   * Specifies for what type of messages sampling settings should not apply.
   */
  alwaysLog?: "allErrors";
  /**
   * Sampling settings for Diagnostic.
   */
  sampling?: {
    /**
     * Sampling type.
     */
    samplingType?: "fixed";
    /**
     * Rate of sampling for fixed-rate sampling.
     */
    percentage?: number;
  };
  /**
   * Diagnostic settings for incoming/outgoing HTTP messages to the Gateway.
   */
  frontend?: {
    /**
     * Diagnostic settings for request.
     */
    request?: {
      /**
       * Array of HTTP Headers to log.
       */
      headers?: string[];
      /**
       * Body logging settings.
       */
      body?: {
        /**
         * Number of request body bytes to log.
         */
        bytes?: number;
      };
      /**
       * Data masking settings.
       */
      dataMasking?: {
        /**
         * Masking settings for Url query parameters
         */
        queryParams?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
        /**
         * Masking settings for headers
         */
        headers?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
      };
    };
    /**
     * Diagnostic settings for response.
     */
    response?: {
      /**
       * Array of HTTP Headers to log.
       */
      headers?: string[];
      /**
       * Body logging settings.
       */
      body?: {
        /**
         * Number of request body bytes to log.
         */
        bytes?: number;
      };
      /**
       * Data masking settings.
       */
      dataMasking?: {
        /**
         * Masking settings for Url query parameters
         */
        queryParams?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
        /**
         * Masking settings for headers
         */
        headers?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
      };
    };
  };
  /**
   * Diagnostic settings for incoming/outgoing HTTP messages to the Backend
   */
  backend?: {
    /**
     * Diagnostic settings for request.
     */
    request?: {
      /**
       * Array of HTTP Headers to log.
       */
      headers?: string[];
      /**
       * Body logging settings.
       */
      body?: {
        /**
         * Number of request body bytes to log.
         */
        bytes?: number;
      };
      /**
       * Data masking settings.
       */
      dataMasking?: {
        /**
         * Masking settings for Url query parameters
         */
        queryParams?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
        /**
         * Masking settings for headers
         */
        headers?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
      };
    };
    /**
     * Diagnostic settings for response.
     */
    response?: {
      /**
       * Array of HTTP Headers to log.
       */
      headers?: string[];
      /**
       * Body logging settings.
       */
      body?: {
        /**
         * Number of request body bytes to log.
         */
        bytes?: number;
      };
      /**
       * Data masking settings.
       */
      dataMasking?: {
        /**
         * Masking settings for Url query parameters
         */
        queryParams?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
        /**
         * Masking settings for headers
         */
        headers?: {
          /**
           * The name of an entity to mask (e.g. a name of a header or a query parameter).
           */
          value?: string;
          /**
           * Data masking mode.
           */
          mode?: "Mask" | "Hide";
        }[];
      };
    };
  };
  /**
   * Log the ClientIP. Default is false.
   */
  logClientIp?: boolean;
  /**
   * Sets correlation protocol to use for Application Insights diagnostics.
   */
  httpCorrelationProtocol?: "None" | "Legacy" | "W3C";
  /**
   * The verbosity level applied to traces emitted by trace policies.
   */
  verbosity?: "verbose" | "information" | "error";
  /**
   * The format of the Operation Name for Application Insights telemetries. Default is Name.
   */
  operationNameFormat?: "Name" | "Url";
  /**
   * Emit custom metrics via emit-metric policy. Applicable only to Application Insights diagnostic settings.
   */
  metrics?: boolean;
  /**
   * Name of a logger declared in `loggers`.
   */
  logger: string;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * An API version set.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "ApiVersionSet".
 */
export interface ApiVersionSet {
  /**
   * Description of API Version Set.
   */
  description?: string;
  /**
   * Name of query parameter that indicates the API Version if versioningScheme is set to `query`.
   */
  versionQueryName?: string;
  /**
   * Name of HTTP header parameter that indicates the API Version if versioningScheme is set to `header`.
   */
  versionHeaderName?: string;
  /**
   * Name of API Version Set
   */
  displayName: string;
  /**
   * An value that determines where the API Version identifier will be located in a HTTP request.
   */
  versioningScheme: "Segment" | "Query" | "Header";
}
/**
 * A product: a set of APIs offered with one subscription.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Product".
 */
export interface Product {
  /**
   * Product description.
   */
  description?: string;
  /**
   * Product terms of use. Developers trying to subscribe to the product will be presented and required to accept these terms before they can complete the subscription process.
   */
  terms?: string;
  /**
   * Whether a product subscription is required for accessing APIs included in this product. If true, the product is referred to as "protected" and a valid subscription key is required for a request to an API included in the product to succeed. If false, the product is referred to as "open" and requests to an API included in the product can be made without a subscription key. If property is omitted when creating a new product it's value is assumed to be true.
   */
  subscriptionRequired?: boolean;
  /**
   * whether subscription approval is required. If false, new subscriptions will be approved automatically enabling developers to call the product’s APIs immediately after subscribing. If true, administrators must manually approve the subscription before the developer can any of the product’s APIs. Can be present only if subscriptionRequired property is present and has a value of false.
   */
  approvalRequired?: boolean;
  /**
   * How many subscriptions a user may have.
   */
  subscriptionsLimit?: number;
  /**
   * Whether the product is published.
   */
  state?: "published" | "notPublished";
  /**
   * Product name.
   */
  displayName: string;
  /**
   * Names of declared APIs in this product.
   */
  apis?: string[];
  /**
   * Names of declared tags on this product.
   */
  tags?: string[];
  /**
   * Names of groups that can see this product (declared, or built-in `administrators`, `developers`, `guests`).
   */
  groups?: string[];
  /**
   * A policy document: a path to an XML file (relative to the file that names it), inline XML starting with `<`, or structured YAML with `inbound`, `backend`, `outbound` and `on-error` lists.
   */
  policy?: string | StructuredPolicy;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A policy fragment.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "PolicyFragment".
 */
export interface PolicyFragment {
  /**
   * Fragment description.
   */
  description?: string;
  /**
   * The fragment document (`<fragment>...</fragment>`): a path to an XML file or inline XML.
   */
  policy: string | StructuredPolicy;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A self-hosted gateway.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Gateway".
 */
export interface Gateway {
  /**
   * Gateway description
   */
  description?: string;
  /**
   * Where the gateway runs.
   */
  location?: {
    /**
     * Location name.
     */
    name: string;
    /**
     * City.
     */
    city?: string;
    /**
     * District, state or province.
     */
    district?: string;
    /**
     * Country or region.
     */
    countryOrRegion?: string;
  };
  /**
   * Names of declared APIs served by this gateway.
   */
  apis?: string[];
  /**
   * Hostname configurations, keyed by ARM resource name.
   */
  hostnames?: {
    /**
     * A hostname configuration.
     */
    [k: string]: {
      /**
       * Hostname; wildcards allowed.
       */
      hostname: string;
      /**
       * Id of the certificate entity used for TLS.
       */
      certificateId?: string;
      /**
       * Request a client certificate.
       */
      negotiateClientCertificate?: boolean;
      /**
       * Allow TLS 1.0.
       */
      tls10Enabled?: boolean;
      /**
       * Allow TLS 1.1.
       */
      tls11Enabled?: boolean;
      /**
       * Allow HTTP/2.
       */
      http2Enabled?: boolean;
    };
  };
  /**
   * Certificate authorities the gateway trusts, keyed by certificate name.
   */
  certificateAuthorities?: {
    /**
     * A certificate authority.
     */
    [k: string]: {
      /**
       * Whether the CA is trusted.
       */
      isTrusted?: boolean;
    };
  };
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A tag.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Tag".
 */
export interface Tag {
  /**
   * Tag name.
   */
  displayName: string;
}
/**
 * A user group.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Group".
 */
export interface Group {
  /**
   * Group name.
   */
  displayName: string;
  /**
   * Group description.
   */
  description?: string;
  /**
   * Group type; only `custom` groups can be created.
   */
  type?: "custom" | "external";
  /**
   * Identifier of the external groups, this property contains the id of the group from the external identity provider, e.g. for Azure Active Directory `aad://<tenant>.onmicrosoft.com/groups/<group object id>`; otherwise the value is null.
   */
  externalId?: string;
}
/**
 * A logger. Credentials that are secret (`connectionString`, `instrumentationKey`) must be `{{named value}}` references.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Logger".
 */
export interface Logger {
  /**
   * Logger type.
   */
  loggerType: "azureEventHub" | "applicationInsights" | "azureMonitor";
  /**
   * Logger description.
   */
  description?: string;
  /**
   * Logger credentials: `connectionString` or `instrumentationKey` (as `{{named value}}` references) for Application Insights; `name`, `endpointAddress`, `identityClientId` or `connectionString` for Event Hub.
   */
  credentials?: {
    [k: string]: string;
  };
  /**
   * Whether records are buffered in the logger before publishing. Default is assumed to be true.
   */
  isBuffered?: boolean;
  /**
   * Azure Resource Id of a log target (either Azure Event Hub resource or Azure Application Insights resource).
   */
  resourceId?: string;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * A certificate: from Key Vault (`keyVault`), or a PFX given as `data` and `password` secret sources.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Certificate".
 */
export interface Certificate {
  /**
   * Base64-encoded PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  data?: string | SecretSource;
  /**
   * Password of the PFX. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  password?: string | SecretSource;
  /**
   * KeyVault location details of the certificate.
   */
  keyVault?: {
    /**
     * Key vault secret identifier for fetching secret. Providing a versioned secret will prevent auto-refresh. This requires API Management service to be configured with aka.ms/apimmsi
     */
    secretIdentifier?: string;
    /**
     * Null for SystemAssignedIdentity or Client Id for UserAssignedIdentity , which will be used to access key vault secret.
     */
    identityClientId?: string;
  };
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * Where a secret comes from: a deploy-time parameter (an ARM `secureString` parameter or a Pulumi secret), or a Key Vault secret apimc resolves at deploy time. Never a literal.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "SecretSource".
 */
export interface SecretSource {
  /**
   * Name of a deploy-time parameter that holds the value.
   */
  fromParameter?: string;
  /**
   * Key Vault secret URI, `https://<vault>.vault.azure.net/secrets/<name>`, that apimc resolves at deploy time.
   */
  fromKeyVault?: string;
}
/**
 * A subscription to a product, an API, or all APIs.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Subscription".
 */
export interface Subscription {
  /**
   * User (user id path) for whom subscription is being created in form /users/{userId}
   */
  ownerId?: string;
  /**
   * Subscription name.
   */
  displayName: string;
  /**
   * Primary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  primaryKey?: string | SecretSource;
  /**
   * Secondary key; Azure generates one when absent. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  secondaryKey?: string | SecretSource;
  /**
   * Initial subscription state. If no value is specified, subscription is created with Submitted state. Possible states are * active – the subscription is active, * suspended – the subscription is blocked, and the subscriber cannot call any APIs of the product, * submitted – the subscription request has been made by the developer, but has not yet been approved or rejected, * rejected – the subscription request has been denied by an administrator, * cancelled – the subscription has been cancelled by the developer or administrator, * expired – the subscription reached its expiration date and was deactivated.
   */
  state?: "suspended" | "active" | "expired" | "submitted" | "rejected" | "cancelled";
  /**
   * Determines whether tracing can be enabled
   */
  allowTracing?: boolean;
  /**
   * What the subscription grants: `{ product: NAME }`, `{ api: NAME }` or `allApis`.
   */
  scope:
    | "allApis"
    | {
        /**
         * Name of a declared product.
         */
        product: string;
      }
    | {
        /**
         * Name of a declared API.
         */
        api: string;
      };
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * An OAuth 2.0 authorization server.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "AuthorizationServer".
 */
export interface AuthorizationServer {
  /**
   * Description of the authorization server. Can contain HTML formatting tags.
   */
  description?: string;
  /**
   * HTTP verbs supported by the authorization endpoint. GET must be always present. POST is optional.
   */
  authorizationMethods?: ("HEAD" | "OPTIONS" | "TRACE" | "GET" | "POST" | "PUT" | "PATCH" | "DELETE")[];
  /**
   * Method of authentication supported by the token endpoint of this authorization server. Possible values are Basic and/or Body. When Body is specified, client credentials and other parameters are passed within the request body in the application/x-www-form-urlencoded format.
   */
  clientAuthenticationMethod?: ("Basic" | "Body")[];
  /**
   * Additional parameters required by the token endpoint of this authorization server represented as an array of JSON objects with name and value string properties, i.e. {"name" : "name value", "value": "a value"}.
   *
   * Items: OAuth acquire token request body parameter (www-url-form-encoded).
   */
  tokenBodyParameters?: {
    /**
     * body parameter name.
     */
    name: string;
    /**
     * body parameter value.
     */
    value: string;
  }[];
  /**
   * OAuth token endpoint. Contains absolute URI to entity being referenced.
   */
  tokenEndpoint?: string;
  /**
   * If true, authorization server will include state parameter from the authorization request to its response. Client may use state parameter to raise protocol security.
   */
  supportState?: boolean;
  /**
   * Access token scope that is going to be requested by default. Can be overridden at the API level. Should be provided in the form of a string containing space-delimited values.
   */
  defaultScope?: string;
  /**
   * Specifies the mechanism by which access token is passed to the API.
   */
  bearerTokenSendingMethods?: ("authorizationHeader" | "query")[];
  /**
   * Can be optionally specified when resource owner password grant type is supported by this authorization server. Default resource owner username.
   */
  resourceOwnerUsername?: string;
  /**
   * Resource owner password, for the `resourceOwnerPassword` grant. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  resourceOwnerPassword?: string | SecretSource;
  /**
   * User-friendly authorization server name.
   */
  displayName: string;
  /**
   * If true, the authorization server may be used in the developer portal test console. True by default if no value is provided.
   */
  useInTestConsole?: boolean;
  /**
   * If true, the authorization server will be used in the API documentation in the developer portal. False by default if no value is provided.
   */
  useInApiDocumentation?: boolean;
  /**
   * Optional reference to a page where client or app registration for this authorization server is performed. Contains absolute URL to entity being referenced.
   */
  clientRegistrationEndpoint: string;
  /**
   * OAuth authorization endpoint. See http://tools.ietf.org/html/rfc6749#section-3.2.
   */
  authorizationEndpoint: string;
  /**
   * Form of an authorization grant, which the client uses to request the access token.
   */
  grantTypes: ("authorizationCode" | "implicit" | "resourceOwnerPassword" | "clientCredentials")[];
  /**
   * Client or app id registered with this authorization server.
   */
  clientId: string;
  /**
   * Client secret of the application registered with the server. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  clientSecret?: string | SecretSource;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * An OpenID Connect provider.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "OpenidConnectProvider".
 */
export interface OpenidConnectProvider {
  /**
   * User-friendly OpenID Connect Provider name.
   */
  displayName: string;
  /**
   * User-friendly description of OpenID Connect Provider.
   */
  description?: string;
  /**
   * Metadata endpoint URI.
   */
  metadataEndpoint: string;
  /**
   * Client ID of developer console which is the client application.
   */
  clientId: string;
  /**
   * Client secret of the application registered with the provider. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  clientSecret?: string | SecretSource;
  /**
   * If true, the Open ID Connect provider may be used in the developer portal test console. True by default if no value is provided.
   */
  useInTestConsole?: boolean;
  /**
   * If true, the Open ID Connect provider will be used in the API documentation in the developer portal. False by default if no value is provided.
   */
  useInApiDocumentation?: boolean;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
/**
 * An external Redis-compatible cache.
 *
 * This interface was referenced by `ApimcDeclarations`'s JSON-Schema
 * via the `definition` "Cache".
 */
export interface Cache {
  /**
   * Cache description
   */
  description?: string;
  /**
   * Runtime connection string of the cache. A secret source: `{ fromParameter: NAME }` or `{ fromKeyVault: SECRET_URI }`; a literal is an error.
   */
  connectionString: string | SecretSource;
  /**
   * Location identifier to use cache from (should be either 'default' or valid Azure region identifier)
   */
  useFromLocation: string;
  /**
   * Original uri of entity in external system cache points to
   */
  resourceId?: string;
  /**
   * Preflight rule codes (for example APIMC501) to silence for this resource only. Prefer fixing the cause; keep the list short and explained in a comment.
   */
  ignore?: string[];
}
