/**
 * The issue-12 kinds a self-hosted gateway uses, for `snapshot.json`. Microsoft's self-hosted gateway gets
 * its configuration from the instance it is federated with, and uses, for the APIs assigned to it:
 *   - certificates: client certificates a backend presents (`credentials.certificates`, Service Fabric
 *     `clientCertificate`) and those a policy names (`authentication-certificate certificate-id`);
 *   - diagnostics and their loggers: service-level ones apply to every API, an API's own to that API
 *     (Application Insights, Azure Monitor and Event Hubs logging work from self-hosted gateways);
 *   - caches: the external cache whose `useFromLocation` is the gateway (its ARM name or location name), or
 *     `default`, as the self-hosted gateway falls back to it;
 *   - subscriptions: the gateway validates subscription keys of the served APIs, the products holding them and
 *     all-APIs subscriptions.
 * Authorization servers and OpenID Connect providers configure the developer portal and test console, not the
 * gateway, so they are left out. Every entry is names and non-secret settings only: no certificate data or
 * password, no logger credentials, no cache connection string, no subscription key.
 */
import { listResources, type Model } from "../../model";
import type { GenericModel } from "../../model/generic";
import { closure } from "./sub-model";

export interface SnapshotCertificate {
  name: string;
  source: { keyVault: string } | { parameter: string } | { keyVaultSecret: string };
  /** Resources that reach it: `backends/<name>` or a policy id. */
  referencedBy: string[];
}

export interface SnapshotDiagnostic {
  /** `service`, or the API it belongs to. */
  scope: string;
  name: string;
  logger?: string;
  loggerType?: string;
  settings: Record<string, unknown>;
}

export interface SnapshotKinds {
  certificates?: SnapshotCertificate[];
  diagnostics?: SnapshotDiagnostic[];
  caches?: Array<{ name: string; useFromLocation?: unknown; resourceId?: unknown; description?: unknown }>;
  subscriptions?: Array<{ name: string; scope: unknown; state?: unknown; allowTracing?: unknown }>;
}

function certificateSource(c: GenericModel): SnapshotCertificate["source"] {
  const kv = c.properties.keyVault as { secretIdentifier?: string } | undefined;
  if (kv?.secretIdentifier) return { keyVault: kv.secretIdentifier };
  const data = c.properties.data as { fromParameter?: string; fromKeyVault?: string } | undefined;
  if (data?.fromKeyVault) return { keyVaultSecret: data.fromKeyVault };
  return { parameter: data?.fromParameter ?? "" };
}

/** What the gateway `gatewayName` uses of the registry-only kinds; empty sections are left out. */
export function snapshotKinds(model: Model, gatewayName: string): SnapshotKinds {
  const gateway = model.gateways[gatewayName];
  const generic = model.generic ?? {};
  const apis = new Set(gateway.apis.filter((a) => model.apis[a]));
  const start = listResources(model)
    .map((r) => r.id)
    .filter((id) => id === "policy" || [...apis].some((a) => id === `apis/${a}` || id.startsWith(`apis/${a}/`)));
  const reached = closure(start, (id) => model.graph.dependsOn(id));
  const out: SnapshotKinds = {};

  const certificates: SnapshotCertificate[] = [];
  for (const id of [...reached].filter((x) => x.startsWith("certificates/")).sort()) {
    const c = generic[id];
    if (!c) continue;
    const by = model.graph.edges.filter((e) => e.to === id && reached.has(e.from)).map((e) => e.from);
    certificates.push({ name: c.name, source: certificateSource(c), referencedBy: [...new Set(by)].sort() });
  }
  if (certificates.length) out.certificates = certificates;

  const diagnostics: SnapshotDiagnostic[] = [];
  for (const d of Object.values(generic).filter((r) => r.kind === "diagnostic" || (r.kind === "apiDiagnostic" && apis.has(r.id.split("/")[1])))) {
    const { logger, ...settings } = d.properties;
    const entry: SnapshotDiagnostic = { scope: d.kind === "diagnostic" ? "service" : d.id.split("/")[1], name: d.name, settings };
    if (typeof logger === "string") {
      entry.logger = logger;
      const l = generic[`loggers/${logger}`];
      if (l && typeof l.properties.loggerType === "string") entry.loggerType = l.properties.loggerType;
    }
    diagnostics.push(entry);
  }
  if (diagnostics.length) out.diagnostics = diagnostics.sort((a, b) => (a.scope + a.name < b.scope + b.name ? -1 : 1));

  const here = new Set(["default", gatewayName, ...(gateway.location?.name ? [gateway.location.name] : [])].map((s) => s.toLowerCase()));
  const caches = Object.values(generic)
    .filter((r) => r.kind === "cache" && here.has(String(r.properties.useFromLocation ?? r.name).toLowerCase()))
    .map((r) => tidy({ name: r.name, useFromLocation: r.properties.useFromLocation, resourceId: r.properties.resourceId, description: r.properties.description }));
  if (caches.length) out.caches = caches as SnapshotKinds["caches"];

  const products = new Set(Object.values(model.products).filter((p) => p.apis.some((a) => apis.has(a))).map((p) => p.name));
  const subscriptions = Object.values(generic)
    .filter((r) => r.kind === "subscription" && servesScope(r.properties.scope, apis, products))
    .map((r) => tidy({ name: r.name, scope: r.properties.scope, state: r.properties.state, allowTracing: r.properties.allowTracing }));
  if (subscriptions.length) out.subscriptions = subscriptions as SnapshotKinds["subscriptions"];
  return out;
}

function servesScope(scope: unknown, apis: Set<string>, products: Set<string>): boolean {
  if (scope !== null && typeof scope === "object") {
    const s = scope as { api?: string; product?: string };
    return (s.api !== undefined && apis.has(s.api)) || (s.product !== undefined && products.has(s.product));
  }
  return true;
}

function tidy<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

