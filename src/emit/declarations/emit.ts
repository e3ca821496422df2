/**
 * Model -> a declaration set (`apim.yaml` plus one canonical XML file per
 * policy) that loads back into the same model. Pure and deterministic: maps
 * are written in sorted name order and the same model gives the same bytes.
 * Secret values are never written: a secret named value whose value apimc
 * cannot know becomes a deploy-time parameter the user supplies.
 */
import { stringify } from "yaml";
import type { Model, NamedValueModel, PolicyModel } from "../../model/types";
import { genericDescriptors, genericSecrets } from "../../model/generic";
import { uniqueParameterNames } from "./parameter-names";
import { policyPaths } from "./policy-paths";

/** Where editors find the declaration schema, by default its published `$id`. */
export const DECLARATION_SCHEMA_URL = "https://apimc.dev/schema/v1/apimc.schema.json";

export interface EmitDeclarationsOptions {
  /** The `$schema` reference written in the yaml-language-server comment (default DECLARATION_SCHEMA_URL). */
  schema?: string;
}

/** A deploy-time parameter the extracted set needs, because the secret's value was not read. */
export interface ExtractedParameter {
  parameter: string;
  /** The named value that takes it (absent for a registry kind's secret source). */
  namedValue?: string;
  /** The resource whose secret it supplies (`namedValues/billing-token`, `certificates/legacy-root`). */
  resource: string;
  /** The property it supplies (`value` for a named value, `data`, `clientSecret`, `connectionString`...). */
  property: string;
}

export interface DeclarationOutput {
  /** Relative path -> content: `apim.yaml` and `policies/**.xml`. */
  files: Record<string, string>;
  /** Parameters to supply at deploy time, sorted by parameter name. */
  parameters: ExtractedParameter[];
}

type Obj = Record<string, unknown>;

/** Keys shown first, for reading; the rest follow in name order, links and children last. */
const LEADING = ["name", "displayName", "description", "type", "method", "urlTemplate", "path"];
const TRAILING = ["policy", "apis", "hostnames", "operations"];

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Deep copy with keys in a stable order and empty lists/maps dropped (ARM does not tell them from absent). */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => tidy(v)).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (isObj(value)) {
    const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const out: Obj = {};
    for (const k of keys) {
      const v = tidy(value[k]);
      if (v !== undefined) out[k] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === null ? undefined : value;
}

function rank(key: string): number {
  const lead = LEADING.indexOf(key);
  if (lead >= 0) return lead - LEADING.length;
  const trail = TRAILING.indexOf(key);
  return trail >= 0 ? trail + 1 : 0;
}

function byName<T>(map: Record<string, T>, f: (name: string, item: T) => Obj): Obj | undefined {
  const names = Object.keys(map).sort();
  if (!names.length) return undefined;
  const out: Obj = {};
  for (const n of names) out[n] = tidy(f(n, map[n])) ?? {};
  return out;
}

function policyFile(files: Record<string, string>, path: string, policy: PolicyModel | undefined): string | undefined {
  if (!policy) return undefined;
  files[path] = policy.xml.endsWith("\n") ? policy.xml : `${policy.xml}\n`;
  return path;
}

function namedValueBody(nv: NamedValueModel, parameters: Map<string, string>): Obj {
  const out: Obj = { displayName: nv.displayName };
  if (nv.tags?.length) out.tags = [...nv.tags].sort();
  const s = nv.source;
  switch (s.kind) {
    case "plain":
      // The value of a secret is never read or written, only where to get it.
      if (nv.secret) out.fromParameter = parameters.get(nv.name);
      else out.value = s.value;
      break;
    case "keyVault":
      out.keyVault = { secretIdentifier: s.secretIdentifier, ...(s.identityClientId !== undefined ? { identityClientId: s.identityClientId } : {}) };
      break;
    case "fromKeyVault":
      out.fromKeyVault = s.uri;
      break;
    case "fromParameter":
      out.fromParameter = s.parameter;
      break;
  }
  return out;
}

/** Top-level section of each kind built from the registry alone. */
const GENERIC_SECTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  genericDescriptors().flatMap((d) => (d.declaration.in === "top" ? [[d.kind, d.declaration.key]] : [])),
);

/** An API's diagnostics, by name, as declared. */
function apiDiagnostics(model: Model, api: string): Obj | undefined {
  const prefix = `apis/${api}/diagnostics/`;
  const found = Object.values(model.generic ?? {}).filter((r) => r.id.startsWith(prefix));
  if (!found.length) return undefined;
  return Object.fromEntries(found.map((r) => [r.name, structuredClone(r.properties)]));
}

/** The declaration set of `model`. */
export function emitDeclarations(model: Model, opts: EmitDeclarationsOptions = {}): DeclarationOutput {
  const files: Record<string, string> = {};
  const needsParameter = Object.keys(model.namedValues)
    .sort()
    .filter((n) => model.namedValues[n].secret && model.namedValues[n].source.kind === "plain");
  const generated = uniqueParameterNames(needsParameter);

  const svc = model.service;
  const service = tidy(
    {
      name: svc.name,
      resourceGroup: svc.resourceGroup,
      subscriptionId: svc.subscriptionId,
      hostnames: [...svc.hostnames].sort(),
      keyVaults: svc.keyVaults,
    },
  );
  const doc: Obj = { version: 1, service };

  const sections: Array<[string, Obj | undefined]> = [
    ["namedValues", byName(model.namedValues, (_n, nv) => namedValueBody(nv, generated))],
    [
      "backends",
      byName(model.backends, (_n, b) => {
        const p = structuredClone(b.properties) as Obj;
        const pool = p.pool as { services?: Array<{ backend: string }> } | undefined;
        // Members are identified by the backend they name; their order carries no meaning.
        if (pool?.services) pool.services = [...pool.services].sort((x, y) => (x.backend < y.backend ? -1 : x.backend > y.backend ? 1 : 0));
        return p;
      }),
    ],
    ["apiVersionSets", byName(model.apiVersionSets, (_n, v) => structuredClone(v.properties) as unknown as Obj)],
    [
      "policyFragments",
      byName(model.policyFragments, (n, f) => ({ description: f.description, policy: policyFile(files, policyPaths.fragment(n), f.policy) })),
    ],
    [
      "apis",
      byName(model.apis, (n, a) => ({
        ...structuredClone(a.properties),
        tags: a.tags,
        diagnostics: apiDiagnostics(model, n),
        policy: policyFile(files, policyPaths.api(n), a.policy),
        operations: byName(a.operations, (o, op) => ({
          ...structuredClone(op.properties),
          tags: op.tags,
          policy: policyFile(files, policyPaths.operation(n, o), op.policy),
        })),
        schemas: byName(Object.fromEntries(Object.entries(a.schemas ?? {}).filter(([, sc]) => !sc.imported)), (_s, sc) => ({ contentType: sc.contentType, document: structuredClone(sc.document) })),
        // Non-current revisions only: the current one is the API itself (`apiRevision`).
        revisions: byName(Object.fromEntries(Object.entries(a.revisions ?? {}).filter(([, r]) => !r.current)), (k, r) => ({
          apiRevisionDescription: r.apiRevisionDescription,
          policy: policyFile(files, policyPaths.revision(n, k), r.policy),
          operations: byName(r.operations, (o, op) => ({ ...structuredClone(op.properties), policy: policyFile(files, policyPaths.revisionOperation(n, k, o), op.policy) })),
        })),
      })),
    ],
    [
      "products",
      byName(model.products, (n, p) => ({
        ...structuredClone(p.properties),
        apis: [...p.apis].sort(),
        tags: p.tags,
        groups: p.groups,
        policy: policyFile(files, policyPaths.product(n), p.policy),
      })),
    ],
    [
      "gateways",
      byName(model.gateways, (_n, g) => ({
        description: g.description,
        location: g.location,
        apis: [...g.apis].sort(),
        hostnames: g.hostnames,
        certificateAuthorities: g.certificateAuthorities,
      })),
    ],
  ];
  // Kinds built from the registry alone: their model is their declaration (secrets as sources, never values).
  const generic: Record<string, Record<string, Obj>> = {};
  for (const r of Object.values(model.generic ?? {})) {
    const section = GENERIC_SECTIONS[r.kind];
    // API diagnostics are written under their API.
    if (section === undefined) continue;
    (generic[section] ??= {})[r.name] = structuredClone(r.properties);
  }
  for (const section of Object.keys(generic).sort()) sections.push([section, byName(generic[section], (_n, p) => p)]);
  const global = policyFile(files, policyPaths.global(), model.policy);
  if (global) doc.policy = global;
  for (const [key, value] of sections) if (value) doc[key] = value;

  const schema = opts.schema ?? DECLARATION_SCHEMA_URL;
  const header = [`# yaml-language-server: $schema=${schema}`, `# Extracted from API Management service ${svc.name} by \`apimc extract\`.`].join("\n");
  files["apim.yaml"] = `${header}\n${stringify(doc, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false })}`;

  const parameters: ExtractedParameter[] = needsParameter.map((n) => ({ parameter: generated.get(n)!, namedValue: n, resource: `namedValues/${n}`, property: "value" }));
  for (const n of Object.keys(model.namedValues).sort()) {
    const s = model.namedValues[n].source;
    if (s.kind === "fromParameter") parameters.push({ parameter: s.parameter, namedValue: n, resource: `namedValues/${n}`, property: "value" });
  }
  // Every other secret source written as `fromParameter` (certificate data and password, subscription keys, client
  // secrets, a cache's connection string...): the user supplies each of these too. Names only, never a value.
  for (const r of Object.values(model.generic ?? {})) {
    for (const { property, source } of genericSecrets(r)) {
      if ("fromParameter" in source) parameters.push({ parameter: source.fromParameter, resource: r.id, property });
    }
  }
  parameters.sort((a, b) => (a.parameter < b.parameter ? -1 : a.parameter > b.parameter ? 1 : 0) || (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
  return { files, parameters };
}
