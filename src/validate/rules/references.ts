/**
 * Cross-references by name. Which property names which kind comes from the
 * kind registry (each descriptor's `references` with a `check`); what is left
 * here is what the registry cannot say: a pool's members must be Single
 * backends, a version set needs a version, and the `backend:` policy sugar.
 */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { didYouMean } from "../suggest";
import { KINDS, kindDescriptor } from "../../model/kinds/registry";
import type { KindDescriptor } from "../../model/kinds/types";
import { valuesAt } from "../../model/kinds/paths";

/** One declaration of a kind, with where it is written and how a message names it. */
interface Declared {
  name: string;
  decl: Record<string, unknown>;
  pointer: string;
  /** `API \`orders\``, `diagnostic \`applicationinsights\` of API \`orders\``. */
  who: string;
}

/** Every declaration of a kind, from the registry's place for it (a top-level map, or a map in each parent). */
export function declarationsOf(data: ApimcDeclarations, d: KindDescriptor): Declared[] {
  const noun = d.noun ?? d.kind;
  if (d.declaration.in === "top") {
    const key = d.declaration.key;
    return entriesOf((data as unknown as Record<string, unknown>)[key]).map(([name, decl]) => ({ name, decl, pointer: joinPointer(`/${key}`, name), who: `${noun} \`${name}\`` }));
  }
  if (d.declaration.in !== "parent" || d.declaration.shape !== "map" || !d.parent) return [];
  const key = d.declaration.key;
  return declarationsOf(data, kindDescriptor(d.parent)).flatMap((p) =>
    entriesOf(p.decl[key]).map(([name, decl]) => ({ name, decl, pointer: joinPointer(p.pointer, key, name), who: `${noun} \`${name}\` of ${p.who}` })),
  );
}

/** The strings at a registry property path (`pool/services/[]/backend`; `[]` = each item), with their pointers. */
function namesAt(at: unknown, path: string[], pointer: string): Array<[string, string]> {
  if (path.length === 0) return isString(at) ? [[pointer, at]] : [];
  const [head, ...rest] = path;
  if (head === "[]") return Array.isArray(at) ? at.flatMap((item: unknown, i) => namesAt(item, rest, joinPointer(pointer, i))) : [];
  if (at === null || typeof at !== "object" || Array.isArray(at)) return [];
  return namesAt((at as Record<string, unknown>)[head], rest, joinPointer(pointer, head));
}

/**
 * Every reference by name the registry describes (`check`), for every kind:
 * the name must be declared (or be one of the target kind's built-in names).
 * A link written as a list in its owner (`products.x.apis`) is checked on the
 * owner's declaration.
 */
function checkRegistryReferences(data: ApimcDeclarations, r: Reporter): void {
  const known = new Map<string, string[]>();
  const namesOf = (kind: string): string[] => {
    let names = known.get(kind);
    if (!names) {
      const d = kindDescriptor(kind);
      names = [...declarationsOf(data, d).map((x) => x.name), ...(d.builtInNames ?? [])];
      known.set(kind, names);
    }
    return names;
  };
  for (const d of KINDS) {
    const isLink = d.declaration.in === "parent" && d.declaration.shape === "names";
    const holders = isLink ? declarationsOf(data, kindDescriptor(d.parent as string)) : declarationsOf(data, d);
    for (const rule of d.references) {
      if (!rule.check) continue;
      const target = kindDescriptor(rule.to);
      const noun = target.noun ?? target.kind;
      const section = target.declaration.in === "top" ? target.declaration.key : target.kind;
      const list = rule.property.endsWith("[]");
      for (const h of holders) {
        for (const [pointer, name] of namesAt(h.decl, rule.property.split("/"), h.pointer)) {
          const names = namesOf(rule.to);
          if (names.includes(name)) continue;
          // A kind naming its own kind (a pool's members) is never offered itself.
          const candidates = rule.to === d.kind ? names.filter((n) => n !== h.name) : names;
          const who = rule.check.who ? `${rule.check.who} \`${h.name}\`` : h.who;
          const builtIn = target.builtInNames?.length ? ` (the built-in ones are ${target.builtInNames.join(", ")})` : "";
          r.error(
            CODES[rule.check.code as keyof typeof CODES],
            pointer,
            `${who} ${rule.check.verb ?? "names"} ${noun} \`${name}\`, which is not declared${didYouMean(name, candidates)}`,
            `declare ${noun} \`${name}\` under \`${section}\`${builtIn}, or ${list && isLink ? "remove it from the list" : "fix the name"}`,
          );
        }
      }
    }
  }
}

export function checkReferences(data: ApimcDeclarations, r: Reporter): void {
  checkRegistryReferences(data, r);
  const backends = new Map(entriesOf(data.backends));

  // A pool holds Single backends only: a semantic rule on the pool reference, beyond the name being declared.
  for (const [name, b] of backends) {
    const services = (b.pool as { services?: unknown } | undefined)?.services;
    if (!Array.isArray(services)) continue;
    services.forEach((m: unknown, i: number) => {
      const member = (m as { backend?: unknown } | null)?.backend;
      if (!isString(member)) return;
      const target = backends.get(member);
      if (target && (target.type === "Pool" || target.pool !== undefined || member === name)) {
        r.error(CODES.poolMemberNotSingle, joinPointer("/backends", name, "pool", "services", i, "backend"), `pool \`${name}\` names backend \`${member}\`, which is itself a pool`, "pools can only hold Single backends; list that pool's members instead");
      }
    });
  }

  checkNamedValueTokens(data, r);

  // A version set needs the version the API answers to; a version needs a version set to route by.
  for (const [name, api] of entriesOf(data.apis)) {
    const at = joinPointer("/apis", name);
    if (isString(api.apiVersionSet)) {
      if (api.apiVersion === undefined) {
        r.error(CODES.versionSetWithoutVersion, `${at}/apiVersionSet`, `API \`${name}\` is in version set \`${api.apiVersionSet}\` but has no \`apiVersion\``, "add `apiVersion: v1` (the version this API answers to)");
      }
    } else if (api.apiVersion !== undefined) {
      r.warning(CODES.versionWithoutVersionSet, `${at}/apiVersion`, `API \`${name}\` sets \`apiVersion\` without an \`apiVersionSet\`, so the version is not used for routing`, "add `apiVersionSet: <name>`, or remove `apiVersion`", { atKey: true });
    }
    // `backend:` is policy sugar (a `<set-backend-service>` apimc inserts), not a property of the API's contract.
    checkBackendRef(api.backend, `${at}/backend`, `API \`${name}\``, backends, r);
    for (const [op, decl] of entriesOf(api.operations)) {
      checkBackendRef(decl.backend, joinPointer(at, "operations", op, "backend"), `operation \`${op}\` of API \`${name}\``, backends, r);
    }
  }
}

function checkBackendRef(ref: unknown, pointer: string, who: string, backends: Map<string, unknown>, r: Reporter): void {
  if (!isString(ref) || backends.has(ref)) return;
  r.error(CODES.unknownBackend, pointer, `${who} routes to backend \`${ref}\`, which is not declared${didYouMean(ref, backends.keys())}`, `declare backend \`${ref}\` under \`backends\`, or fix the name`);
}

const TOKEN = /\{\{([^{}]+)\}\}/g;

/**
 * `{{display-name}}` tokens where the registry says APIM resolves them (`namedValueTokens`: backend credentials,
 * proxy and URL, logger credentials) must name declared named values; one in a secret-bearing property should
 * come from a secret named value.
 */
function checkNamedValueTokens(data: ApimcDeclarations, r: Reporter): void {
  const byDisplayName = new Map<string, Record<string, unknown>>();
  for (const [key, nv] of entriesOf(data.namedValues)) byDisplayName.set(isString(nv.displayName) ? nv.displayName : key, nv);
  const record = data as unknown as Record<string, unknown>;
  for (const d of KINDS) {
    if (d.declaration.in !== "top" || !d.namedValueTokens) continue;
    // Stryker disable next-line LogicalOperator: the kinds with `namedValueTokens` (backend, logger) have a noun equal to their kind
    const noun = d.noun ?? d.kind;
    for (const [name, decl] of entriesOf(record[d.declaration.key])) {
      const base = joinPointer(`/${d.declaration.key}`, name);
      for (const path of d.namedValueTokens) {
        for (const { value, pointer } of valuesAt(decl, path.split("/"), base)) {
          if (!isString(value)) continue;
          for (const m of value.matchAll(TOKEN)) {
            const token = m[1].trim();
            const nv = byDisplayName.get(token);
            if (!nv) {
              r.error(CODES.unknownNamedValue, pointer, `${noun} \`${name}\` refers to named value \`{{${token}}}\`, which is not declared${didYouMean(token, byDisplayName.keys())}`, `declare a named value with \`displayName: ${token}\`, or fix the name`);
            } else if (isPlainNamedValue(nv)) {
              const what = secretPlace(d, base, pointer);
              if (what) r.warning(CODES.secretFromPlainNamedValue, pointer, `${what} of ${noun} \`${name}\` comes from named value \`${token}\`, which holds a plain \`value\`, so the credential is stored unencrypted and shown in clear`, plainNamedValueFix(token));
            }
          }
        }
      }
    }
  }
}

/** How warnings name the secret-bearing property `pointer` is in (the registry's `literal` rules), if it is in one. */
function secretPlace(d: KindDescriptor, base: string, pointer: string): string | undefined {
  for (const s of d.secrets) {
    const at = joinPointer(base, ...s.property.split("/"));
    if (s.literal && (pointer === at || pointer.startsWith(`${at}/`))) return s.literal.where ?? s.literal.noun;
  }
  return undefined;
}

/** A named value whose value is written in the declarations (`value:`), not taken from a secret source. */
export function isPlainNamedValue(nv: Record<string, unknown>): boolean {
  return nv.value !== undefined && nv.keyVault === undefined && nv.fromKeyVault === undefined && nv.fromParameter === undefined;
}

export function plainNamedValueFix(token: string): string {
  return `make named value \`${token}\` a secret: replace its \`value\` with \`fromParameter: <name>\`, \`fromKeyVault: <secret URI>\` or \`keyVault: { secretIdentifier: ... }\`, then rotate the credential it held`;
}
