/**
 * Validates ARM request bodies against the APIM REST contract (api-version
 * 2024-05-01) from ../shared/specs/rest, offline. Used by the ARM emulator so
 * every PUT a test makes is checked against what Azure accepts.
 */
import Ajv, { type ValidateFunction } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

const DEFS_REL = "2024-05-01/definitions.json";
const AJV_OPTIONS = { strict: false, allErrors: true, validateFormats: false, validateSchema: false, logger: false } as const;

/** Compiled request validators by contract name. */
type Validators = Record<string, ValidateFunction | undefined>;

function buildRestSpec(sharedDir: string): RestSpec | undefined {
  const specRoot = resolve(sharedDir, "specs/rest");
  if (!existsSync(join(specRoot, DEFS_REL))) return undefined;
  const validators = loadValidators(specRoot);
  return {
    dir: specRoot,
    validateRequestBody(kind, body) {
      const contract = REQUEST_CONTRACTS[kind];
      if (!contract) return [];
      const fn = validators[contract];
      if (!fn) return [`REST spec has no definition ${contract}`];
      if (fn(body)) return [];
      return (fn.errors ?? []).map((e) => `${contract}${e.instancePath || ""} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`);
    },
  };
}

/**
 * The validators of every request contract. Compiling them from the spec (about 2 MB of Swagger) took about 0.3 s
 * of CPU in each test file that starts an ARM emulator, so the compiled code (ajv's standalone output, the same
 * checks and error objects) is kept in node_modules/.cache, named by a hash of the spec files, ajv's version and
 * options: a changed spec or ajv compiles afresh. If the cache cannot be written, the validators compiled here serve.
 */
function loadValidators(specRoot: string): Validators {
  const hash = createHash("sha256").update(`ajv ${(require("ajv/package.json") as { version: string }).version} ${JSON.stringify(AJV_OPTIONS)} ${JSON.stringify(REQUEST_CONTRACTS)}\n`);
  for (const rel of readdirSync(specRoot, { recursive: true }).map(String).filter((f) => f.endsWith(".json")).sort()) {
    hash.update(`${rel}\n`).update(readFileSync(join(specRoot, rel)));
  }
  const cacheFile = join(__dirname, "../../node_modules/.cache/apimc-rest-spec", `${hash.digest("hex").slice(0, 32)}.js`);
  if (existsSync(cacheFile)) return require(cacheFile) as Validators;
  const { ajv, contracts } = compileSpec(specRoot);
  const validators: Validators = {};
  for (const c of contracts) validators[c] = ajv.getSchema(`${BASE}${DEFS_REL}#/definitions/${c}`);
  try {
    const code = standaloneCode(ajv, Object.fromEntries(contracts.map((c) => [c, `${BASE}${DEFS_REL}#/definitions/${c}`])));
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written whole, then renamed: two workers compiling at once never read half a file.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only node_modules: every file compiles, as before.
  }
  return validators;
}

/** Loads definitions.json and the files it refers to into one ajv; `contracts`: the request contracts it defines. */
function compileSpec(specRoot: string): { ajv: Ajv; contracts: string[] } {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const pending = [DEFS_REL];
  const loaded = new Set<string>();
  let defined: Record<string, unknown> = {};
  while (pending.length) {
    const rel = pending.pop() as string;
    if (loaded.has(rel)) continue;
    loaded.add(rel);
    const raw = JSON.parse(readFileSync(join(specRoot, rel), "utf8")) as Record<string, unknown>;
    if (rel === DEFS_REL) defined = (raw.definitions ?? {}) as Record<string, unknown>;
    const doc = rewriteRefs({ definitions: raw.definitions ?? {}, parameters: raw.parameters ?? {} }, rel, specRoot) as Record<string, unknown>;
    for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"https:\/\/rest-spec\.apimc\.local\/([^"#]+)#/g)) {
      if (!loaded.has(ref[1]) && existsSync(join(specRoot, ref[1]))) pending.push(ref[1]);
    }
    ajv.addSchema({ $id: `${BASE}${rel}`, ...doc });
  }
  const contracts = [...new Set(Object.values(REQUEST_CONTRACTS).filter((c): c is string => c !== undefined && c in defined))].sort();
  return { ajv, contracts };
}

/** The shared folder: $APIMC_SHARED, else ../shared next to the project. */
export function sharedDir(): string {
  return process.env.APIMC_SHARED ?? resolve(__dirname, "../../../shared");
}
