/* Generated from schema/contract.2024-05-01.json by `npm run gen`. Do not edit. */
/** Writable `properties` of each PUT body definition of Microsoft's 2024-05-01 contract. */
export const CONTRACT_WRITABLE: Readonly<Record<string, readonly string[]>> = {
  ApiCreateOrUpdateParameter: ["apiRevision", "apiRevisionDescription", "apiType", "apiVersion", "apiVersionDescription", "apiVersionSet", "apiVersionSetId", "authenticationSettings", "contact", "description", "displayName", "format", "isCurrent", "license", "path", "protocols", "serviceUrl", "sourceApiId", "subscriptionKeyParameterNames", "subscriptionRequired", "termsOfServiceUrl", "translateRequiredQueryParameters", "type", "value", "wsdlSelector"],
  ApiVersionSetContract: ["description", "displayName", "versionHeaderName", "versionQueryName", "versioningScheme"],
  AssociationContract: ["provisioningState"],
  BackendContract: ["circuitBreaker", "credentials", "description", "pool", "properties", "protocol", "proxy", "resourceId", "title", "tls", "type", "url"],
  GatewayCertificateAuthorityContract: ["isTrusted"],
  GatewayContract: ["description", "locationData"],
  GatewayHostnameConfigurationContract: ["certificateId", "hostname", "http2Enabled", "negotiateClientCertificate", "tls10Enabled", "tls11Enabled"],
  NamedValueCreateContract: ["displayName", "keyVault", "secret", "tags", "value"],
  OperationContract: ["description", "displayName", "method", "policies", "request", "responses", "templateParameters", "urlTemplate"],
  PolicyContract: ["format", "value"],
  PolicyFragmentContract: ["description", "format", "value"],
  ProductContract: ["approvalRequired", "description", "displayName", "state", "subscriptionRequired", "subscriptionsLimit", "terms"],
};
