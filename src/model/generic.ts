/**
 * Kinds the registry describes fully, with no hand-written model of their
 * own (tags, groups, loggers, diagnostics, certificates, subscriptions,
 * authorization servers, OpenID Connect providers, caches). Their model is
 * the declaration minus `ignore`; every layer reads the descriptor for
 * references (name -> ARM id) and secret sources.
 */
import { KINDS, kindDescriptor } from "./kinds/registry";
import type { KindDescriptor } from "./kinds/types";
import type { ResourceId } from "./types";

/** Registry kinds built by this module (their descriptor's `hooks.model` is `generic`), in registry order. */
export const GENERIC_KINDS: readonly string[] = KINDS.filter((k) => k.hooks?.model === "generic").map((k) => k.kind);

export interface GenericModel {
  id: ResourceId;
  /** Registry kind. */
  kind: string;
  name: string;
  pointer: string;
  ignore: string[];
  /** The declaration as written (references by name, secret sources as objects), without `ignore`. */
  properties: Record<string, unknown>;
}

/** A secret source as declared: a deploy-time parameter or a Key Vault secret apimc resolves. */
export type SecretSourceDecl = { fromParameter: string } | { fromKeyVault: string };

export function isSecretSource(v: unknown): v is SecretSourceDecl {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.fromParameter === "string" || typeof o.fromKeyVault === "string";
}

export function genericDescriptors(): KindDescriptor[] {
  return KINDS.filter((k) => GENERIC_KINDS.includes(k.kind));
}

function esc(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Every generic resource of the declarations, keyed by id, in registry then name order. */
export function buildGeneric(data: Record<string, unknown>): Record<ResourceId, GenericModel> {
  const out: Record<ResourceId, GenericModel> = {};
  const apis = data.apis;
  for (const d of genericDescriptors()) {
    if (d.declaration.in === "parent" && d.declaration.shape === "map" && d.parent === "api" && apis !== null && typeof apis === "object") {
      // A map under each API (`apis.orders.diagnostics`).
      const key = d.declaration.key;
      for (const api of Object.keys(apis).sort()) {
        const map = ((apis as Record<string, Record<string, unknown>>)[api] ?? {})[key];
        if (map === null || typeof map !== "object") continue;
        for (const name of Object.keys(map).sort()) {
          const decl = (map as Record<string, unknown>)[name];
          if (decl === null || typeof decl !== "object") continue;
          const { ignore, ...properties } = structuredClone(decl) as Record<string, unknown>;
          const id = `apis/${api}/${d.armType.split("/")[1]}/${name}`;
          out[id] = { id, kind: d.kind, name, pointer: `/apis/${esc(api)}/${key}/${esc(name)}`, ignore: Array.isArray(ignore) ? (ignore as string[]) : [], properties };
        }
      }
      continue;
    }
    if (d.declaration.in !== "top") continue;
    const key = d.declaration.key;
    const map = data[key];
    if (map === null || typeof map !== "object") continue;
    for (const name of Object.keys(map).sort()) {
      const decl = (map as Record<string, unknown>)[name];
      if (decl === null || typeof decl !== "object") continue;
      const { ignore, ...properties } = structuredClone(decl) as Record<string, unknown>;
      const id = `${d.armType}/${name}`;
      out[id] = { id, kind: d.kind, name, pointer: `/${key}/${esc(name)}`, ignore: Array.isArray(ignore) ? (ignore as string[]) : [], properties };
    }
  }
  return out;
}

/** Names a generic resource refers to: `[property pointer below the resource, target id]`. */
export function genericReferences(m: GenericModel): Array<{ pointer: string; to: ResourceId }> {
  const out: Array<{ pointer: string; to: ResourceId }> = [];
  for (const rule of kindDescriptor(m.kind).references) {
    const path = rule.property.split("/");
    let at: unknown = m.properties;
    for (const seg of path) at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[seg] : undefined;
    if (typeof at !== "string") continue;
    out.push({ pointer: `/${path.join("/")}`, to: `${kindDescriptor(rule.to).armType}/${at}` });
  }
  return out;
}

/** Secret-sourced top-level properties of a generic resource: `[property, source]`, in registry order. */
export function genericSecrets(m: GenericModel): Array<{ property: string; source: SecretSourceDecl }> {
  const out: Array<{ property: string; source: SecretSourceDecl }> = [];
  for (const rule of kindDescriptor(m.kind).secrets) {
    const v = m.properties[rule.property];
    if (isSecretSource(v)) out.push({ property: rule.property, source: v });
  }
  return out;
}
