/**
 * The kind registry: every APIM resource kind apimc manages, one descriptor
 * per file in this folder. Layers look kinds up here instead of switching on
 * them; docs/adding-a-kind.md says what a new kind needs. This file and the
 * descriptors are plain data, so scripts/gen-*.js load them too.
 */
import { api } from "./api";
import { apiVersionSet } from "./api-version-set";
import { backend } from "./backend";
import { gateway } from "./gateway";
import { gatewayApi } from "./gateway-api";
import { gatewayCertificateAuthority } from "./gateway-certificate-authority";
import { gatewayHostname } from "./gateway-hostname";
import { namedValue } from "./named-value";
import { operation } from "./operation";
import { policy } from "./policy";
import { policyFragment } from "./policy-fragment";
import { product } from "./product";
import { productApi } from "./product-api";
import { authorizationServer } from "./authorization-server";
import { cache } from "./cache";
import { certificate } from "./certificate";
import { diagnostic } from "./diagnostic";
import { group } from "./group";
import { logger } from "./logger";
import { openidConnectProvider } from "./openid-connect-provider";
import { subscription } from "./subscription";
import { tag } from "./tag";
import { apiTag, operationTag, productTag } from "./tag-links";
import { apiDiagnostic } from "./api-diagnostic";
import { productGroup } from "./product-group";
import { apiSchema } from "./api-schema";
import { apiRevision } from "./api-revision";
import { apiRelease } from "./api-release";
import { POLICY_AZURE_KINDS } from "./policy";
import type { KindDescriptor } from "./types";

/**
 * The registry, keyed by kind, in deployment order of their kinds (a kind after the kinds it may refer to).
 * Its keys are the model's `ResourceKind`: a kind registered here is a kind everywhere, type-checked.
 */
export const REGISTRY = {
  namedValue,
  backend,
  policyFragment,
  policy,
  apiVersionSet,
  api,
  operation,
  product,
  productApi,
  gateway,
  gatewayApi,
  gatewayHostname,
  gatewayCertificateAuthority,
  tag,
  group,
  certificate,
  logger,
  diagnostic,
  cache,
  authorizationServer,
  openidConnectProvider,
  subscription,
  productTag,
  productGroup,
  apiTag,
  apiDiagnostic,
  operationTag,
  apiSchema,
  apiRevision,
  apiRelease,
} as const;

/** A registered kind, e.g. `"backend"`. */
export type ResourceKind = keyof typeof REGISTRY;

/** A kind's name when src/state reads it through src/azure: the kind, or a policy's scope (`apiPolicy`). */
export type AzureKind = Exclude<ResourceKind, "policy"> | (typeof POLICY_AZURE_KINDS)[number];

/** In deployment order of their kinds (a kind after the kinds it may refer to). */
export const KINDS: readonly KindDescriptor[] = Object.values(REGISTRY);

// The types above rely on each key naming its descriptor, and on a kind's Azure name being the kind itself.
for (const [key, d] of Object.entries(REGISTRY)) {
  if (d.kind !== key) throw new Error(`registry key ${key} holds the descriptor of ${d.kind}`);
  if (d.kind !== "policy" && (d.azureKinds.length !== 1 || d.azureKinds[0] !== d.kind)) throw new Error(`${d.kind}: azureKinds must be [${d.kind}]`);
}

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));
// A revision shares its ARM type with its API; ids tell them apart by `;rev=` (kindOfId).
const BY_ARM_TYPE = new Map(KINDS.filter((k) => k.kind !== "policy" && k.kind !== "apiRevision").map((k) => [k.armType, k]));
const BY_AZURE_KIND = new Map(KINDS.flatMap((k) => k.azureKinds.map((a) => [a, k] as const)));

export function kindDescriptor(kind: string): KindDescriptor {
  const d = BY_KIND.get(kind);
  if (!d) throw new Error(`unknown resource kind: ${kind}`);
  return d;
}

/** The descriptor behind one of src/azure's kind names (`apiPolicy` -> policy). */
export function kindOfAzureKind(azureKind: string): KindDescriptor {
  const d = BY_AZURE_KIND.get(azureKind);
  if (!d) throw new Error(`unknown Azure kind: ${azureKind}`);
  return d;
}

function isPolicyId(s: string[]): boolean {
  return s[s.length - 1] === "policy" && s.length % 2 === 1;
}

/** The descriptor of an apimc resource id (`apis/orders/operations/get` -> operation). */
export function kindOfId(id: string): KindDescriptor {
  const s = id.split("/");
  if (isPolicyId(s)) return policy;
  if (s.length === 2 && s[0] === "apis" && s[1].includes(";rev=")) return apiRevision;
  const d = BY_ARM_TYPE.get(s.filter((_, i) => i % 2 === 0).join("/"));
  if (!d || s.length % 2 !== 0) throw new Error(`unknown resource id: ${id}`);
  return d;
}

/** src/azure's kind name for an apimc resource id (policies: one per scope). */
export function azureKindOfId(id: string): string {
  const s = id.split("/");
  if (!isPolicyId(s)) return kindOfId(id).azureKinds[0];
  if (s.length === 1) return "globalPolicy";
  const owner = kindOfId(s.slice(0, -1).join("/")).kind;
  // A revision's policy is an API policy at `apis/orders;rev=4/policies/policy`.
  return owner === "apiRevision" ? "apiPolicy" : `${owner}Policy`;
}

/** ARM path templates below the service, one per Azure kind (`*` is a name slot), as src/azure's client takes them. */
export function armPathTable(): Record<string, string> {
  const out: Record<string, string> = {};
  const pathOf = (d: KindDescriptor): string => {
    const own = d.armType.split("/").pop() as string;
    const parent = d.parent ? `${pathOf(kindDescriptor(d.parent))}/` : "";
    return `${parent}${own}/*`;
  };
  for (const d of KINDS) {
    if (d.kind === "policy") {
      for (const a of d.azureKinds) {
        const owner = a === "globalPolicy" ? "" : `${pathOf(kindDescriptor(a.slice(0, -"Policy".length)))}/`;
        out[a] = `${owner}policies/policy`;
      }
    } else {
      out[d.azureKinds[0]] = pathOf(d);
    }
  }
  return out;
}

/** Contract properties apimc accepts verbatim for a kind: the writable ones minus those it replaces with sugar. */
export function acceptedContractKeys(d: KindDescriptor, writable: Readonly<Record<string, readonly string[]>>): string[] {
  if (!d.contract) return [];
  const all = writable[d.contract.definition] ?? [];
  return all.filter((k) => !(k in d.contract!.replaced));
}
