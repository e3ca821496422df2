/**
 * `snapshot.json`: what the gateway will serve, per operation, in a stable
 * line-oriented JSON that reviews and `git diff --no-index` can compare.
 * Named values appear with their source; a secret value never does.
 */
import { maskPolicySecrets, printElementText, policyReferences } from "../../policy";
import type { PolicyElement } from "../../policy/types";
import { ids, type Model, type NamedValueModel } from "../../model";
import { descendants, section, type ServedOperation } from "./effective";
import { snapshotKinds, type SnapshotKinds } from "./snapshot-kinds";

export interface SnapshotPolicyElement {
  origin: string;
  xml: string;
}

export type SnapshotNamedValueSource =
  | { kind: "plain"; value?: string }
  | { kind: "keyVault"; secretIdentifier: string; identityClientId?: string }
  | { kind: "fromKeyVault"; uri: string }
  | { kind: "parameter"; parameter: string }
  | { kind: "unresolved" };

export interface SnapshotNamedValue {
  displayName: string;
  name?: string;
  secret: boolean;
  source: SnapshotNamedValueSource;
  /** `policy` and/or `backends/<name>`. */
  referencedBy: string[];
}

export interface SnapshotBackendMember {
  backend: string;
  priority?: number;
  weight?: number;
  url?: string;
  /** The member's circuit breaker, as declared: a reviewer sees each changed trip condition. */
  circuitBreaker?: unknown;
}

export type SnapshotBackend =
  | { kind: "backend"; name: string; type: string; url?: string; protocol?: string; pool?: SnapshotBackendMember[]; conditional: boolean }
  | { kind: "expression"; expression: string; conditional: boolean }
  | { kind: "unresolved"; name: string; conditional: boolean }
  | { kind: "serviceUrl"; url: string }
  | { kind: "none" };

export interface SnapshotOperation {
  api: string;
  operation: string;
  method: string;
  apiPath: string;
  urlTemplate: string;
  apiVersion?: string;
  products: string[];
  policy: Record<string, SnapshotPolicyElement[]>;
  backend: SnapshotBackend;
  namedValues: SnapshotNamedValue[];
}

export interface GatewaySnapshot extends SnapshotKinds {
  service: string;
  gateway: string;
  hostnames: string[];
  operations: SnapshotOperation[];
}

const SECTIONS = ["inbound", "backend", "outbound", "on-error"] as const;

export function buildSnapshot(model: Model, gatewayName: string, served: ServedOperation[]): GatewaySnapshot {
  const gateway = model.gateways[gatewayName];
  return {
    service: model.service.name,
    gateway: gatewayName,
    hostnames: Object.values(gateway.hostnames)
      .map((h) => h.hostname)
      .sort(),
    operations: served.map((s) => snapshotOperation(model, s)),
    // Certificates, diagnostics, caches and subscriptions the gateway uses (names and settings, never secrets).
    ...snapshotKinds(model, gatewayName),
  };
}

function snapshotOperation(model: Model, s: ServedOperation): SnapshotOperation {
  const policy: Record<string, SnapshotPolicyElement[]> = {};
  for (const name of SECTIONS) {
    const el = section(s.effective, name);
    if (!el) continue;
    policy[name] = el.children
      .filter((c): c is PolicyElement => c.type === "element")
      .map((c) => ({ origin: c.origin ?? "", xml: printElementText(maskPolicySecrets(c, el)) }));
  }
  const backend = resolveBackend(model, s);
  const op: SnapshotOperation = {
    api: s.api.name,
    operation: s.operation.name,
    method: s.operation.properties.method,
    apiPath: s.api.properties.path,
    urlTemplate: s.operation.properties.urlTemplate,
    ...(s.api.properties.apiVersion !== undefined ? { apiVersion: s.api.properties.apiVersion } : {}),
    products: s.products,
    policy,
    backend,
    namedValues: referencedNamedValues(model, s, backend),
  };
  return op;
}

/** The last `set-backend-service backend-id` in the effective inbound wins; without one, the API's serviceUrl. */
export function resolveBackend(model: Model, s: ServedOperation): SnapshotBackend {
  const inbound = section(s.effective, "inbound");
  const setters = inbound ? descendants(inbound).filter((e) => e.name === "set-backend-service" && e.attributes.some((a) => a.name === "backend-id")) : [];
  const last = setters[setters.length - 1];
  if (last) {
    const id = last.attributes.find((a) => a.name === "backend-id")!.value;
    const conditional = !inbound!.children.includes(last);
    if (id.startsWith("@")) return { kind: "expression", expression: id, conditional };
    const b = model.backends[id];
    if (!b) return { kind: "unresolved", name: id, conditional };
    return { ...describeBackend(model, id), conditional };
  }
  if (s.api.properties.serviceUrl) return { kind: "serviceUrl", url: s.api.properties.serviceUrl };
  return { kind: "none" };
}

function describeBackend(model: Model, name: string): { kind: "backend"; name: string; type: string; url?: string; protocol?: string; pool?: SnapshotBackendMember[] } {
  const p = model.backends[name].properties;
  const out: { kind: "backend"; name: string; type: string; url?: string; protocol?: string; pool?: SnapshotBackendMember[] } = {
    kind: "backend",
    name,
    type: p.type ?? "Single",
  };
  if (p.url !== undefined) out.url = p.url;
  if (p.protocol !== undefined) out.protocol = p.protocol;
  if (p.pool) {
    out.pool = p.pool.services.map((m) => {
      const member: SnapshotBackendMember = { backend: m.backend };
      if (m.priority !== undefined) member.priority = m.priority;
      if (m.weight !== undefined) member.weight = m.weight;
      const url = model.backends[m.backend]?.properties.url;
      if (url !== undefined) member.url = url;
      const breaker = model.backends[m.backend]?.properties.circuitBreaker;
      if (breaker !== undefined) member.circuitBreaker = breaker;
      return member;
    });
  }
  return out;
}

/** Backends the operation may reach: the resolved one and its pool members. */
export function reachedBackends(model: Model, backend: SnapshotBackend): string[] {
  if (backend.kind !== "backend") return [];
  const out = new Set<string>([backend.name]);
  for (const m of backend.pool ?? []) if (model.backends[m.backend]) out.add(m.backend);
  return [...out].sort();
}

function referencedNamedValues(model: Model, s: ServedOperation, backend: SnapshotBackend): SnapshotNamedValue[] {
  const byDisplayName = new Map<string, NamedValueModel>();
  for (const nv of Object.values(model.namedValues)) byDisplayName.set(nv.displayName, nv);
  const refs = new Map<string, Set<string>>();
  const note = (displayName: string, by: string) => {
    if (!refs.has(displayName)) refs.set(displayName, new Set());
    refs.get(displayName)!.add(by);
  };
  for (const r of policyReferences(s.effective, new Set(byDisplayName.keys()))) if (r.kind === "namedValue") note(r.name, "policy");
  for (const b of reachedBackends(model, backend)) {
    for (const dep of model.graph.dependsOn(ids.backend(b))) {
      if (!dep.startsWith("namedValues/")) continue;
      const nv = model.namedValues[dep.slice("namedValues/".length)];
      if (nv) note(nv.displayName, ids.backend(b));
    }
  }
  return [...refs.keys()].sort().map((displayName) => {
    const nv = byDisplayName.get(displayName);
    const referencedBy = [...refs.get(displayName)!].sort();
    if (!nv) return { displayName, secret: false, source: { kind: "unresolved" }, referencedBy };
    return { displayName, name: nv.name, secret: nv.secret, source: describeSource(nv), referencedBy };
  });
}

export function describeSource(nv: NamedValueModel): SnapshotNamedValueSource {
  const src = nv.source;
  switch (src.kind) {
    case "plain":
      return nv.secret ? { kind: "plain" } : { kind: "plain", value: src.value };
    case "keyVault":
      return src.identityClientId !== undefined
        ? { kind: "keyVault", secretIdentifier: src.secretIdentifier, identityClientId: src.identityClientId }
        : { kind: "keyVault", secretIdentifier: src.secretIdentifier };
    case "fromKeyVault":
      return { kind: "fromKeyVault", uri: src.uri };
    case "fromParameter":
      return { kind: "parameter", parameter: src.parameter };
  }
}
