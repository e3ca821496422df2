/**
 * Live ARM `properties` of one resource -> the apimc declaration of it. The
 * declaration format mirrors the REST contract, so this mostly drops
 * read-only fields and turns ARM ids back into names.
 */
import type { ApimKind } from "./resources";
import type { buildModel } from "../model/build-model";

/** The declaration types, reached through the model's input so state does not depend on the loader. */
export type Declarations = Parameters<typeof buildModel>[0]["data"];
type Section<K extends "namedValues" | "backends" | "apis" | "products" | "apiVersionSets" | "policyFragments" | "gateways"> = NonNullable<Declarations[K]>[string];
type NamedValue = Section<"namedValues">;
type Backend = Section<"backends">;
type Api = Section<"apis">;
type Operation = NonNullable<Api["operations"]>[string];
type Product = Section<"products">;
type ApiVersionSet = Section<"apiVersionSets">;
type PolicyFragment = Section<"policyFragments">;
type Gateway = Section<"gateways">;
import { canonicalPolicyText, dropNulls } from "./normalise";
import { contractKeys, dropReadBackDefaults, writableKeys } from "../model/kinds/apply";
import { kindDescriptor, kindOfAzureKind } from "../model/kinds/registry";
import type { KindDescriptor } from "../model/kinds/types";

type Obj = Record<string, unknown>;

/** Shown instead of a secret value the service does not return. */
export const HIDDEN_SECRET = "(sensitive)";

function pick(p: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of keys) if (p[k] !== undefined && p[k] !== null) out[k] = p[k];
  return dropNulls(out) as Obj;
}

/** Last segment of an ARM id (`.../backends/orders` -> `orders`). */
export function lastSegment(id: unknown): string | undefined {
  if (typeof id !== "string" || id === "") return undefined;
  const s = id.split("/").filter(Boolean);
  return s[s.length - 1];
}

export function namedValueDeclaration(p: Obj): NamedValue {
  const out: Obj = pick(p, ["displayName", "tags"]);
  if (p.secret === true) out.secret = true;
  const kv = p.keyVault as Obj | undefined;
  if (kv && typeof kv.secretIdentifier === "string") {
    out.keyVault = pick(kv, ["secretIdentifier", "identityClientId"]);
    delete out.secret;
  } else if (typeof p.value === "string") {
    out.value = p.value;
  } else {
    out.value = HIDDEN_SECRET;
  }
  return out as unknown as NamedValue;
}

/** `body`: a PUT body on its own (an ARM template resource, a REST example), whose certificates are not declared beside it. */
export function backendDeclaration(p: Obj, body = false): Backend {
  const out = pick(p, writableKeys("backend")) as Obj;
  const services = (out.pool as { services?: Obj[] } | undefined)?.services;
  if (services) {
    out.pool = {
      ...(out.pool as Obj),
      services: services.map((s) => {
        const { id, ...rest } = s;
        return { backend: lastSegment(id) ?? "", ...rest };
      }),
    };
  }
  if (isObj(out.properties)) {
    const sfc = (out.properties as Obj).serviceFabricCluster;
    delete out.properties;
    if (sfc) out.serviceFabricCluster = sfc;
  }
  // Certificates of this instance by name, as declared (`clientCertificate: NAME`, `credentials.certificates: [NAME]`):
  // an extracted instance declares them too.
  if (body) return out as unknown as Backend;
  const sfc = out.serviceFabricCluster as Obj | undefined;
  const clientCertificate = certificateName(sfc?.clientCertificateId);
  if (sfc && clientCertificate !== undefined) {
    const { clientCertificateId: _id, ...rest } = sfc;
    out.serviceFabricCluster = { clientCertificate, ...rest };
  }
  const credentials = out.credentials as Obj | undefined;
  const ids = Array.isArray(credentials?.certificateIds) ? (credentials.certificateIds as unknown[]) : [];
  if (credentials && ids.length && ids.every((id) => certificateName(id) !== undefined)) {
    const { certificateIds: _ids, ...rest } = credentials;
    out.credentials = { ...rest, certificates: ids.map((id) => certificateName(id)!) };
  }
  return out as unknown as Backend;
}

/** The name in an APIM certificate's ARM id (`.../service/x/certificates/NAME`); undefined for anything else (a thumbprint). */
function certificateName(id: unknown): string | undefined {
  if (typeof id !== "string") return undefined;
  const m = /\/providers\/Microsoft\.ApiManagement\/service\/[^/]+\/certificates\/([^/]+)$/i.exec(id);
  return m?.[1];
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The contract properties the registry accepts verbatim, minus write-only ones (a GET never returns them). */
function contractPart(kind: string, p: Obj, requestBody = false): Obj {
  const d = kindDescriptor(kind);
  return pick(p, contractKeys(kind).filter((k) => requestBody || !d.writeOnly.includes(k)));
}

export function apiDeclaration(p: Obj, requestBody = false): Api {
  const out = contractPart("api", p, requestBody);
  const vs = lastSegment(p.apiVersionSetId);
  if (vs) out.apiVersionSet = vs;
  return out as unknown as Api;
}

export function operationDeclaration(p: Obj): Operation {
  return contractPart("operation", p) as unknown as Operation;
}

export function productDeclaration(p: Obj): Product {
  return contractPart("product", p) as unknown as Product;
}

export function apiVersionSetDeclaration(p: Obj): ApiVersionSet {
  return contractPart("apiVersionSet", p) as unknown as ApiVersionSet;
}

export function policyFragmentDeclaration(p: Obj): PolicyFragment {
  const out = contractPart("policyFragment", p);
  out.policy = canonicalPolicyText(typeof p.value === "string" ? p.value : "");
  return out as unknown as PolicyFragment;
}

export function gatewayDeclaration(p: Obj): Gateway {
  const out = contractPart("gateway", p);
  if (isObj(p.locationData)) out.location = pick(p.locationData as Obj, ["name", "city", "district", "countryOrRegion"]);
  return out as unknown as Gateway;
}

export function policyText(p: Obj): string {
  return canonicalPolicyText(typeof p.value === "string" ? p.value : "");
}

/** A diagnostic names its logger (`logger: appinsights`) instead of giving its ARM id. */
export function diagnosticDeclaration(p: Obj): Obj {
  const out = contractPart("diagnostic", p);
  const logger = lastSegment(p.loggerId);
  if (logger) out.logger = logger;
  return out;
}

/** A subscription's scope, a relative (`/products/x`) or full ARM path, as `{ product }`, `{ api }` or `allApis`. */
export function subscriptionDeclaration(p: Obj): Obj {
  const out = contractPart("subscription", p);
  const scope = typeof p.scope === "string" ? p.scope : "";
  const m = /\/(products|apis)\/([^/]+)\/?$/i.exec(scope);
  if (m) out.scope = m[1].toLowerCase() === "products" ? { product: m[2] } : { api: m[2] };
  else out.scope = "allApis";
  return out;
}

/** An API schema: its content type and the one document part Azure filled (`value`, `components` or `definitions`). */
export function apiSchemaDeclaration(p: Obj): Obj {
  const out = contractPart("apiSchema", p);
  const doc = isObj(p.document) ? (dropNulls(p.document) as Obj) : {};
  out.document = pick(doc, ["value", "components", "definitions"]);
  return out;
}

type ReadBackHook = NonNullable<NonNullable<KindDescriptor["hooks"]>["readBack"]>;

/** The registry's `readBack` hooks (KindHooks says why each exists); a kind without one is its accepted contract part. */
const READ_BACK: Readonly<Record<ReadBackHook, (p: Obj, requestBody: boolean) => unknown>> = {
  namedValue: namedValueDeclaration,
  backend: backendDeclaration,
  api: apiDeclaration,
  policy: policyText,
  policyFragment: policyFragmentDeclaration,
  gateway: gatewayDeclaration,
  diagnostic: diagnosticDeclaration,
  subscription: subscriptionDeclaration,
  apiSchema: apiSchemaDeclaration,
};

function convert(d: KindDescriptor, p: Obj, requestBody: boolean): unknown {
  const hook = d.hooks?.readBack;
  return hook ? READ_BACK[hook](p, requestBody) : contractPart(d.kind, p, requestBody);
}

/**
 * The declaration of one live resource. Values Azure fills in by default
 * (the registry's `readBackDefaults`) are dropped, so they compare equal to
 * a declaration that leaves them out.
 */
export function declarationOf(kind: ApimKind, p: Obj): unknown {
  const d = kindOfAzureKind(kind);
  const out = convert(d, p, false);
  return isObj(out) ? dropReadBackDefaults(d.kind, out) : out;
}

/**
 * The declaration of a PUT body (an ARM template resource, a REST example):
 * like `declarationOf`, but write-only properties such as an API's import
 * `format`/`value` are kept, and nothing is dropped as a read-back default.
 */
export function declarationOfBody(kind: ApimKind, p: Obj): unknown {
  return convert(kindOfAzureKind(kind), p, true);
}
