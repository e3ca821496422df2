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
   * Collection of authentication settings included into this API.
   */
  authenticationSettings?: {
    /**
     * OAuth2 Authentication settings
     */
    oAuth2?: {
      /**
       * OAuth authorization server identifier.
       */
      authorizationServerId?: string;
      /**
       * operations scope.
       */
      scope?: string;
    };
    /**
     * OpenID Connect Authentication Settings
     */
    openid?: {
      /**
       * OAuth authorization server identifier.
       */
      openidProviderId?: string;
      /**
       * How to send token to the server.
       *
       * Items: Form of an authorization grant, which the client uses to request the access token.
       */
      bearerTokenSendingMethods?: ("authorizationHeader" | "query")[];
    };
    /**
     * Collection of OAuth2 authentication settings included into this API.
     *
     * Items: API OAuth2 Authentication settings details.
     */
    oAuth2AuthenticationSettings?: {
      /**
       * OAuth authorization server identifier.
       */
      authorizationServerId?: string;
      /**
       * operations scope.
       */
      scope?: string;
    }[];
    /**
     * Collection of Open ID Connect authentication settings included into this API.
     *
     * Items: API OAuth2 Authentication settings details.
     */
    openidAuthenticationSettings?: {
      /**
       * OAuth authorization server identifier.
       */
      openidProviderId?: string;
      /**
       * How to send token to the server.
       *
       * Items: Form of an authorization grant, which the client uses to request the access token.
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
   * Format of the Content in which the API is getting imported. New formats can be added in the future
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
    | "grpc-link";
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
   * Tags.
   */
  tags?: string[];
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
