/**
 * Validates ARM request bodies against the APIM REST contract (api-version
 * 2024-05-01) from ../shared/specs/rest, offline. Used by the ARM emulator so
 * every PUT a test makes is checked against what Azure accepts.
 */
import Ajv, { type ValidateFunction } from "ajv";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export type RestKind =
  | "namedValue" | "backend" | "api" | "operation" | "globalPolicy" | "apiPolicy" | "operationPolicy" | "productPolicy"
  | "policyFragment" | "product" | "productApi" | "apiVersionSet" | "gateway" | "gatewayApi" | "gatewayHostname"
  | "gatewayCertificateAuthority"
  | "tag" | "group" | "certificate" | "logger" | "diagnostic" | "cache" | "authorizationServer" | "openidConnectProvider" | "subscription"
  | "productTag" | "productGroup" | "apiTag" | "apiDiagnostic" | "operationTag"
  | "apiSchema" | "apiRevision" | "apiRelease";

/** The request contract for each kind's PUT; undefined = PUT has no body to check. */
export const REQUEST_CONTRACTS: Readonly<Record<RestKind, string | undefined>> = {
  namedValue: "NamedValueCreateContract",
  backend: "BackendContract",
  api: "ApiCreateOrUpdateParameter",
  operation: "OperationContract",
  globalPolicy: "PolicyContract",
  apiPolicy: "PolicyContract",
  operationPolicy: "PolicyContract",
  productPolicy: "PolicyContract",
  policyFragment: "PolicyFragmentContract",
  product: "ProductContract",
  productApi: undefined,
  apiVersionSet: "ApiVersionSetContract",
  gateway: "GatewayContract",
  gatewayApi: "AssociationContract",
  gatewayHostname: "GatewayHostnameConfigurationContract",
  gatewayCertificateAuthority: "GatewayCertificateAuthorityContract",
  tag: "TagCreateUpdateParameters",
  group: "GroupCreateParameters",
  certificate: "CertificateCreateOrUpdateParameters",
  logger: "LoggerContract",
  diagnostic: "DiagnosticContract",
  cache: "CacheContract",
  authorizationServer: "AuthorizationServerContract",
  openidConnectProvider: "OpenidConnectProviderContract",
  subscription: "SubscriptionCreateParameters",
  productTag: undefined,
  productGroup: undefined,
  apiTag: undefined,
  apiDiagnostic: "DiagnosticContract",
  operationTag: undefined,
  apiSchema: "SchemaContract",
  // A revision's PUT is an API's: the emulator routes `apis/orders;rev=4` to the `api` pattern, so it is checked
  // against ApiCreateOrUpdateParameter there.
  apiRevision: undefined,
  apiRelease: "ApiReleaseContract",
};

const BASE = "https://rest-spec.apimc.local/";

export interface RestSpec {
  dir: string;
  validateRequestBody(kind: RestKind, body: unknown): string[];
}

/** Keeps refs inside the spec tree: `../../../common-types/...` -> the shared common-types folder. */
function rewriteRefs(node: unknown, fileRel: string, specRoot: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, fileRel, specRoot));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string") {
      const [file, frag = ""] = v.split("#");
      if (file === "") {
        out[k] = v;
      } else {
        const m = /common-types\/resource-management\/(.+)$/.exec(file);
        const target = m ? `common-types/resource-management/${m[1]}` : relative(specRoot, resolve(specRoot, dirname(fileRel), file)).split("\\").join("/");
        out[k] = `${BASE}${target}#${frag}`;
      }
    } else {
      out[k] = rewriteRefs(v, fileRel, specRoot);
    }
  }
  return out;
}

/**
 * Loads `<sharedDir>/specs/rest/2024-05-01/definitions.json` and the files it
 * refers to. Returns undefined when the spec is not there (tests then skip
 * the check silently).
 */
const loadedSpecs = new Map<string, RestSpec | undefined>();

export function loadRestSpec(sharedDir: string): RestSpec | undefined {
  const key = resolve(sharedDir);
  if (!loadedSpecs.has(key)) loadedSpecs.set(key, buildRestSpec(key));
  return loadedSpecs.get(key);
}

function buildRestSpec(sharedDir: string): RestSpec | undefined {
  const specRoot = resolve(sharedDir, "specs/rest");
  const defsRel = "2024-05-01/definitions.json";
  if (!existsSync(join(specRoot, defsRel))) return undefined;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false, logger: false });
  const pending = [defsRel];
  const loaded = new Set<string>();
  while (pending.length) {
    const rel = pending.pop() as string;
    if (loaded.has(rel)) continue;
    loaded.add(rel);
    const raw = JSON.parse(readFileSync(join(specRoot, rel), "utf8")) as Record<string, unknown>;
    const doc = rewriteRefs({ definitions: raw.definitions ?? {}, parameters: raw.parameters ?? {} }, rel, specRoot) as Record<string, unknown>;
    for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"https:\/\/rest-spec\.apimc\.local\/([^"#]+)#/g)) {
      if (!loaded.has(ref[1]) && existsSync(join(specRoot, ref[1]))) pending.push(ref[1]);
    }
    ajv.addSchema({ $id: `${BASE}${rel}`, ...doc });
  }
  const cache = new Map<string, ValidateFunction>();
  return {
    dir: specRoot,
    validateRequestBody(kind, body) {
      const contract = REQUEST_CONTRACTS[kind];
      if (!contract) return [];
      let fn = cache.get(contract);
      if (!fn) {
        const found = ajv.getSchema(`${BASE}${defsRel}#/definitions/${contract}`);
        if (!found) return [`REST spec has no definition ${contract}`];
        fn = found;
        cache.set(contract, fn);
      }
      if (fn(body)) return [];
      return (fn.errors ?? []).map((e) => `${contract}${e.instancePath || ""} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`);
    },
  };
}

/** The shared folder: $APIMC_SHARED, else ../shared next to the project. */
export function sharedDir(): string {
  return process.env.APIMC_SHARED ?? resolve(__dirname, "../../../shared");
}
