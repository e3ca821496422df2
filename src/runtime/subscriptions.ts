/**
 * Subscription keys for the runtime. A key belongs either to a scope the test
 * file names (`k-retail: { product: retail }`), or to a subscription the
 * declarations hold (`subscriptions:` in apim.yaml). A declared
 * subscription's keys are secrets (`fromParameter`/`fromKeyVault`), so the
 * test file gives their values in one of two ways:
 * - `subscriptions: { <key>: { subscription: <name> } }`: this key is one of
 *   that subscription's keys (works for every source, and for keys Azure
 *   generates);
 * - `parameters: { <parameter>: <value> }`: the value of a `fromParameter`
 *   source, as the deployment would get it; a subscription whose primaryKey
 *   or secondaryKey reads that parameter accepts the value as a key.
 * A declared subscription carries its state: only `active` keys are
 * accepted, as in APIM (APIM creates a subscription without `state` as
 * `submitted`).
 */
import type { Model } from "../model";

export interface SubscriptionScope {
  product?: string;
  api?: string;
  /** All APIs (a service-level subscription). */
  all?: boolean;
  /** The declared subscription the key belongs to. */
  subscription?: string;
  displayName?: string;
  /** APIM's state; only `active` (or no declared subscription) is let through. */
  state?: string;
}

export interface DeclaredSubscription {
  name: string;
  displayName: string;
  scope: SubscriptionScope;
  state: string;
  /** `fromParameter` names of the primary and secondary key, when declared so. */
  keyParameters: string[];
}

export function declaredSubscriptions(model: Model): Record<string, DeclaredSubscription> {
  const out: Record<string, DeclaredSubscription> = {};
  for (const g of Object.values(model.generic ?? {})) {
    if (g.kind !== "subscription") continue;
    const p = g.properties as { displayName?: string; scope?: unknown; state?: string; primaryKey?: unknown; secondaryKey?: unknown };
    const sc = p.scope;
    const scope: SubscriptionScope =
      sc === "allApis" ? { all: true } : sc && typeof sc === "object" && "product" in sc ? { product: String((sc as { product: unknown }).product) } : sc && typeof sc === "object" && "api" in sc ? { api: String((sc as { api: unknown }).api) } : {};
    const keyParameters: string[] = [];
    for (const k of [p.primaryKey, p.secondaryKey]) {
      if (k && typeof k === "object" && typeof (k as { fromParameter?: unknown }).fromParameter === "string") keyParameters.push((k as { fromParameter: string }).fromParameter);
    }
    const state = p.state ?? "submitted";
    out[g.name] = { name: g.name, displayName: p.displayName ?? g.name, scope: { ...scope, subscription: g.name, displayName: p.displayName ?? g.name, state }, state, keyParameters };
  }
  return out;
}

/** Every accepted key and its scope: the test file's own, then the declared subscriptions' parameter keys. */
export function subscriptionKeys(model: Model, given: Record<string, SubscriptionScope>, parameters: Record<string, string>): Record<string, SubscriptionScope> {
  const declared = declaredSubscriptions(model);
  const out: Record<string, SubscriptionScope> = {};
  for (const [key, s] of Object.entries(given)) out[key] = s.subscription && declared[s.subscription] ? declared[s.subscription].scope : s;
  for (const d of Object.values(declared).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    for (const p of d.keyParameters) {
      const v = parameters[p];
      if (v !== undefined && v !== "" && !out[v]) out[v] = d.scope;
    }
  }
  return out;
}

/** The value of a named value during a test or `serve`: given by name or displayName, or through its `fromParameter`, else a plain value. */
export function namedValueLookup(model: Model, namedValues: Record<string, string>, parameters: Record<string, string>): (name: string) => string | undefined {
  const byName = new Map<string, Model["namedValues"][string]>();
  for (const n of Object.values(model.namedValues)) {
    if (!byName.has(n.displayName)) byName.set(n.displayName, n);
    if (!byName.has(n.name)) byName.set(n.name, n);
  }
  return (name) => {
    const nv = byName.get(name);
    const given = namedValues[name] ?? (nv ? (namedValues[nv.name] ?? namedValues[nv.displayName]) : undefined);
    if (given !== undefined) return given;
    if (nv?.source.kind === "fromParameter" && parameters[nv.source.parameter] !== undefined) return parameters[nv.source.parameter];
    return nv && nv.source.kind === "plain" ? nv.source.value : undefined;
  };
}
