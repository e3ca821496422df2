/** The APIM resource kinds apimc manages, and their ARM paths below the service. */
export type ApimKind =
  | "namedValue"
  | "backend"
  | "api"
  | "operation"
  | "globalPolicy"
  | "apiPolicy"
  | "operationPolicy"
  | "productPolicy"
  | "policyFragment"
  | "product"
  | "productApi"
  | "apiVersionSet"
  | "gateway"
  | "gatewayApi"
  | "gatewayHostname"
  | "gatewayCertificateAuthority"
  | "tag"
  | "group"
  | "certificate"
  | "logger"
  | "diagnostic"
  | "cache"
  | "authorizationServer"
  | "openidConnectProvider"
  | "subscription"
  | "productTag"
  | "productGroup"
  | "apiTag"
  | "apiDiagnostic"
  | "operationTag"
  | "apiSchema"
  | "apiRevision"
  | "apiRelease";

/** `names` are the ARM names from the outermost parent down; policies list their parents only. */
export interface ApimRef {
  kind: ApimKind;
  names: string[];
}

export interface ApimTarget {
  subscriptionId: string;
  resourceGroup: string;
  serviceName: string;
}

/** Path templates below `.../service/{name}`; `*` is a name slot, filled in order. */
export const KIND_PATHS: Readonly<Record<ApimKind, string>> = {
  namedValue: "namedValues/*",
  backend: "backends/*",
  api: "apis/*",
  operation: "apis/*/operations/*",
  globalPolicy: "policies/policy",
  apiPolicy: "apis/*/policies/policy",
  operationPolicy: "apis/*/operations/*/policies/policy",
  productPolicy: "products/*/policies/policy",
  policyFragment: "policyFragments/*",
  product: "products/*",
  productApi: "products/*/apis/*",
  apiVersionSet: "apiVersionSets/*",
  gateway: "gateways/*",
  gatewayApi: "gateways/*/apis/*",
  gatewayHostname: "gateways/*/hostnameConfigurations/*",
  gatewayCertificateAuthority: "gateways/*/certificateAuthorities/*",
  tag: "tags/*",
  group: "groups/*",
  certificate: "certificates/*",
  logger: "loggers/*",
  diagnostic: "diagnostics/*",
  cache: "caches/*",
  authorizationServer: "authorizationServers/*",
  openidConnectProvider: "openidConnectProviders/*",
  subscription: "subscriptions/*",
  productTag: "products/*/tags/*",
  productGroup: "products/*/groups/*",
  apiTag: "apis/*/tags/*",
  apiDiagnostic: "apis/*/diagnostics/*",
  operationTag: "apis/*/operations/*/tags/*",
  apiSchema: "apis/*/schemas/*",
  apiRevision: "apis/*",
  apiRelease: "apis/*/releases/*",
};

export const APIM_KINDS = Object.keys(KIND_PATHS) as ApimKind[];

export function nameCount(kind: ApimKind): number {
  return KIND_PATHS[kind].split("/").filter((s) => s === "*").length;
}

export function serviceId(t: ApimTarget): string {
  return `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.ApiManagement/service/${t.serviceName}`;
}

/** The ARM resource id of `ref` (names are not URL-encoded: ids are for people and errors). */
export function resourceId(t: ApimTarget, ref: ApimRef): string {
  const want = nameCount(ref.kind);
  if (ref.names.length !== want) {
    throw new Error(`${ref.kind} needs ${want} name(s), got ${ref.names.length}: [${ref.names.join(", ")}]`);
  }
  let i = 0;
  const rel = KIND_PATHS[ref.kind]
    .split("/")
    .map((seg) => (seg === "*" ? ref.names[i++] : seg))
    .join("/");
  return `${serviceId(t)}/${rel}`;
}
