/**
 * Live ARM `properties` of one resource -> the apimc declaration of it. The
 * declaration format mirrors the REST contract, so this mostly drops
 * read-only fields and turns ARM ids back into names.
 */
import type { ApimKind } from "../azure/kinds";
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

type Obj = Record<string, unknown>;

/** Shown instead of a secret value the service does not return. */
export const HIDDEN_SECRET = "(sensitive)";

function pick(p: Obj, keys: string[]): Obj {
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

export function backendDeclaration(p: Obj): Backend {
  const out = pick(p, ["type", "url", "protocol", "title", "description", "resourceId", "credentials", "proxy", "tls", "circuitBreaker", "properties", "pool"]) as Obj;
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
  return out as unknown as Backend;
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function apiDeclaration(p: Obj): Api {
  const out = pick(p, ["displayName", "description", "path", "protocols", "serviceUrl", "type", "subscriptionRequired", "subscriptionKeyParameterNames", "apiVersion", "apiRevision", "isCurrent"]);
  const vs = lastSegment(p.apiVersionSetId);
  if (vs) out.apiVersionSet = vs;
  return out as unknown as Api;
}

export function operationDeclaration(p: Obj): Operation {
  return pick(p, ["displayName", "method", "urlTemplate", "description", "templateParameters", "request", "responses"]) as unknown as Operation;
}

export function productDeclaration(p: Obj): Product {
  return pick(p, ["displayName", "description", "terms", "state", "subscriptionRequired", "approvalRequired", "subscriptionsLimit"]) as unknown as Product;
}

export function apiVersionSetDeclaration(p: Obj): ApiVersionSet {
  return pick(p, ["displayName", "description", "versioningScheme", "versionQueryName", "versionHeaderName"]) as unknown as ApiVersionSet;
}

export function policyFragmentDeclaration(p: Obj): PolicyFragment {
  const out = pick(p, ["description"]);
  out.policy = canonicalPolicyText(typeof p.value === "string" ? p.value : "");
  return out as unknown as PolicyFragment;
}

export function gatewayDeclaration(p: Obj): Gateway {
  const out = pick(p, ["description"]);
  if (isObj(p.locationData)) out.location = pick(p.locationData as Obj, ["name", "city", "district", "countryOrRegion"]);
  return out as unknown as Gateway;
}

export function policyText(p: Obj): string {
  return canonicalPolicyText(typeof p.value === "string" ? p.value : "");
}

/** The declaration of one live resource of a top-level kind. */
export function declarationOf(kind: ApimKind, p: Obj): unknown {
  switch (kind) {
    case "namedValue":
      return namedValueDeclaration(p);
    case "backend":
      return backendDeclaration(p);
    case "api":
      return apiDeclaration(p);
    case "operation":
      return operationDeclaration(p);
    case "product":
      return productDeclaration(p);
    case "apiVersionSet":
      return apiVersionSetDeclaration(p);
    case "policyFragment":
      return policyFragmentDeclaration(p);
    case "gateway":
      return gatewayDeclaration(p);
    case "gatewayHostname":
      return pick(p, ["hostname", "certificateId", "negotiateClientCertificate", "tls10Enabled", "tls11Enabled", "http2Enabled"]);
    case "gatewayCertificateAuthority":
      return pick(p, ["isTrusted"]);
    default:
      return policyText(p);
  }
}
