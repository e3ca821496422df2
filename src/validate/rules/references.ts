/** Cross-references by name: pool members, product and gateway APIs, version sets and `backend:`. */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { didYouMean } from "../suggest";

export function checkReferences(data: ApimcDeclarations, r: Reporter): void {
  const backends = new Map(entriesOf(data.backends));
  const apis = new Set(entriesOf(data.apis).map(([n]) => n));
  const versionSets = new Set(entriesOf(data.apiVersionSets).map(([n]) => n));

  for (const [name, b] of backends) {
    const services = (b.pool as { services?: unknown } | undefined)?.services;
    if (!Array.isArray(services)) continue;
    services.forEach((m: unknown, i: number) => {
      const member = (m as { backend?: unknown } | null)?.backend;
      if (!isString(member)) return;
      const p = joinPointer("/backends", name, "pool", "services", i, "backend");
      const target = backends.get(member);
      if (!target) {
        r.error(CODES.unknownPoolMember, p, `pool \`${name}\` names backend \`${member}\`, which is not declared${didYouMean(member, [...backends.keys()].filter((k) => k !== name))}`, `declare backend \`${member}\` under \`backends\`, or fix the name`);
      } else if (target.type === "Pool" || target.pool !== undefined || member === name) {
        r.error(CODES.poolMemberNotSingle, p, `pool \`${name}\` names backend \`${member}\`, which is itself a pool`, "pools can only hold Single backends; list that pool's members instead");
      }
    });
  }

  for (const [section, noun, code] of [
    ["products", "product", CODES.productUnknownApi],
    ["gateways", "gateway", CODES.gatewayUnknownApi],
  ] as const) {
    for (const [name, res] of entriesOf(data[section])) {
      if (!Array.isArray(res.apis)) continue;
      res.apis.forEach((api: unknown, i: number) => {
        if (!isString(api) || apis.has(api)) return;
        r.error(code, joinPointer(`/${section}`, name, "apis", i), `${noun} \`${name}\` names API \`${api}\`, which is not declared${didYouMean(api, apis)}`, `declare API \`${api}\` under \`apis\`, or remove it from the list`);
      });
    }
  }

  checkNamedValueTokens(data, r);

  for (const [name, api] of entriesOf(data.apis)) {
    const at = joinPointer("/apis", name);
    if (isString(api.apiVersionSet)) {
      if (!versionSets.has(api.apiVersionSet)) {
        r.error(CODES.unknownVersionSet, `${at}/apiVersionSet`, `API \`${name}\` names version set \`${api.apiVersionSet}\`, which is not declared${didYouMean(api.apiVersionSet, versionSets)}`, `declare it under \`apiVersionSets\` with a displayName and versioningScheme, or fix the name`);
      }
      if (api.apiVersion === undefined) {
        r.error(CODES.versionSetWithoutVersion, `${at}/apiVersionSet`, `API \`${name}\` is in version set \`${api.apiVersionSet}\` but has no \`apiVersion\``, "add `apiVersion: v1` (the version this API answers to)");
      }
    } else if (api.apiVersion !== undefined) {
      r.warning(CODES.versionWithoutVersionSet, `${at}/apiVersion`, `API \`${name}\` sets \`apiVersion\` without an \`apiVersionSet\`, so the version is not used for routing`, "add `apiVersionSet: <name>`, or remove `apiVersion`", { atKey: true });
    }
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

/** `{{display-name}}` tokens in backend credentials and proxy settings must name declared named values. */
function checkNamedValueTokens(data: ApimcDeclarations, r: Reporter): void {
  const byDisplayName = new Map<string, Record<string, unknown>>();
  for (const [key, nv] of entriesOf(data.namedValues)) byDisplayName.set(isString(nv.displayName) ? nv.displayName : key, nv);
  for (const [name, b] of entriesOf(data.backends)) {
    const base = joinPointer("/backends", name);
    for (const [pointer, text] of stringsUnder(b.credentials, `${base}/credentials`).concat(stringsUnder(b.proxy, `${base}/proxy`))) {
      for (const m of text.matchAll(TOKEN)) {
        const token = m[1].trim();
        const nv = byDisplayName.get(token);
        if (!nv) {
          r.error(CODES.unknownNamedValue, pointer, `backend \`${name}\` refers to named value \`{{${token}}}\`, which is not declared${didYouMean(token, byDisplayName.keys())}`, `declare a named value with \`displayName: ${token}\`, or fix the name`);
        } else if (isPlainNamedValue(nv)) {
          const what = secretPlace(pointer);
          if (what) r.warning(CODES.secretFromPlainNamedValue, pointer, `${what} of backend \`${name}\` comes from named value \`${token}\`, which holds a plain \`value\`, so the credential is stored unencrypted and shown in clear`, plainNamedValueFix(token));
        }
      }
    }
  }
}

/** Backend fields that carry a credential: credential headers, query parameters, the authorization parameter, the proxy password. */
function secretPlace(pointer: string): string | undefined {
  if (pointer.endsWith("/proxy/password")) return "proxy password";
  if (/\/credentials\/header\//.test(pointer)) return "credential header";
  if (/\/credentials\/query\//.test(pointer)) return "credential query parameter";
  if (/\/credentials\/authorization\/parameter$/.test(pointer)) return "authorization parameter";
  return undefined;
}

/** A named value whose value is written in the declarations (`value:`), not taken from a secret source. */
export function isPlainNamedValue(nv: Record<string, unknown>): boolean {
  return nv.value !== undefined && nv.keyVault === undefined && nv.fromKeyVault === undefined && nv.fromParameter === undefined;
}

export function plainNamedValueFix(token: string): string {
  return `make named value \`${token}\` a secret: replace its \`value\` with \`fromParameter: <name>\`, \`fromKeyVault: <secret URI>\` or \`keyVault: { secretIdentifier: ... }\`, then rotate the credential it held`;
}

function stringsUnder(value: unknown, pointer: string): Array<[string, string]> {
  if (isString(value)) return [[pointer, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsUnder(v, joinPointer(pointer, i)));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringsUnder(v, joinPointer(pointer, k)));
  return [];
}
