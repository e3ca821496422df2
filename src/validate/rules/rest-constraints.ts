/** REST-contract rules the schema cannot say plainly: backend kinds, breaker conditions, Key Vault URIs, named-value sources. */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { isSecretUri, secretUriProblem } from "../key-vault-uri";
import { entriesOf, isString, type Reporter } from "../reporter";

export function checkRestConstraints(data: ApimcDeclarations, r: Reporter): void {
  for (const [name, backend] of entriesOf(data.backends)) checkBackend(name, backend, r);
  for (const [name, nv] of entriesOf(data.namedValues)) checkNamedValue(name, nv, r);
  for (const [name, api] of entriesOf(data.apis)) {
    if (api.openapi !== undefined && api.wsdl !== undefined) {
      r.error(CODES.openapiAndWsdl, `/apis/${esc(name)}/wsdl`, `API \`${name}\` sets both \`openapi\` and \`wsdl\``, "keep one: an API imports its operations from one definition", { atKey: true });
    }
    checkDefinitionSource(name, api, r);
  }
}

/** What Azure needs to build a gRPC or OData API: the definition it parses (apimc parses neither .proto nor EDMX). */
const DEFINITION_FORMATS: Readonly<Record<string, { formats: string[]; what: string }>> = {
  grpc: { formats: ["grpc", "grpc-link"], what: "the .proto file" },
  odata: { formats: ["odata", "odata-link"], what: "the OData metadata document ($metadata)" },
};

function checkDefinitionSource(name: string, api: NonNullable<ApimcDeclarations["apis"]>[string], r: Reporter): void {
  const need = api.type !== undefined ? DEFINITION_FORMATS[api.type] : undefined;
  if (!need || api.sourceApiId !== undefined) return;
  if (api.operations && Object.keys(api.operations).length > 0) return;
  if (api.format !== undefined && need.formats.includes(api.format) && api.value !== undefined) return;
  r.error(
    CODES.definitionlessApi,
    `/apis/${esc(name)}/type`,
    `API \`${name}\` is of type \`${api.type}\` but neither gives ${need.what} nor declares operations`,
    `add \`format: ${need.formats[1]}\` with \`value: <URL of ${need.what}>\`, or \`format: ${need.formats[0]}\` with its text in \`value\`; Azure builds the operations from it`,
  );
}

function esc(s: string): string {
  return joinPointer("", s).slice(1);
}

function checkBackend(name: string, b: Record<string, unknown>, r: Reporter): void {
  const at = `/backends/${esc(name)}`;
  const type = b.type === "Pool" ? "Pool" : b.type === "Single" || b.type === undefined ? "Single" : undefined;
  if (type === "Single") {
    if (b.pool !== undefined) {
      const hint = b.type === undefined ? "add `type: Pool` to make this backend a pool" : "set `type: Pool`, or remove `pool`";
      r.error(CODES.poolOnSingle, `${at}/pool`, `backend \`${name}\` has \`pool\` but is not of type \`Pool\``, hint, { atKey: true });
    } else {
      if (b.url === undefined) r.error(CODES.singleWithoutUrl, at, `backend \`${name}\` (type Single) has no \`url\``, "add `url: https://...`, the runtime URL APIM forwards requests to", { atKey: true });
      if (b.protocol === undefined) r.error(CODES.singleWithoutProtocol, at, `backend \`${name}\` (type Single) has no \`protocol\``, "add `protocol: http` (or `soap` for SOAP pass-through)", { atKey: true });
    }
  } else if (type === "Pool") {
    for (const key of ["url", "protocol"] as const) {
      if (b[key] !== undefined) {
        r.error(CODES.poolWithUrlOrProtocol, `${at}/${key}`, `backend \`${name}\` is a Pool and must not set \`${key}\``, `remove \`${key}\`; a pool sends traffic to the \`url\` of its member backends`, { atKey: true });
      }
    }
    const pool = b.pool as { services?: unknown } | undefined;
    if (pool === undefined) r.error(CODES.poolWithoutMembers, at, `backend \`${name}\` is a Pool without \`pool.services\``, "add `pool: { services: [ { backend: <single backend name>, priority: 1, weight: 50 } ] }`", { atKey: true });
  }
  const rules = (b.circuitBreaker as { rules?: unknown } | undefined)?.rules;
  if (Array.isArray(rules)) {
    rules.forEach((rule: unknown, i: number) => {
      if (rule === null || typeof rule !== "object") return;
      const fc = (rule as { failureCondition?: unknown }).failureCondition;
      if (fc === null || typeof fc !== "object") return;
      const cond = fc as Record<string, unknown>;
      const p = `${at}/circuitBreaker/rules/${i}/failureCondition`;
      if (cond.count !== undefined && cond.percentage !== undefined) {
        r.error(CODES.breakerBothConditions, `${p}/percentage`, `circuit breaker rule ${i} of backend \`${name}\` sets both \`count\` and \`percentage\``, "keep one: `count` trips after N failures, `percentage` after a share of failures", { atKey: true });
      } else if (cond.count === undefined && cond.percentage === undefined) {
        r.error(CODES.breakerNoCondition, p, `circuit breaker rule ${i} of backend \`${name}\` sets neither \`count\` nor \`percentage\``, "add `count: 5` (failures) or `percentage: 50` to the failure condition", { atKey: true });
      }
      const ranges = cond.statusCodeRanges;
      if (Array.isArray(ranges)) {
        ranges.forEach((range: unknown, j: number) => {
          const rg = range as { min?: unknown; max?: unknown } | null;
          if (rg && typeof rg.min === "number" && typeof rg.max === "number" && rg.min > rg.max) {
            r.error(CODES.badStatusRange, `${p}/statusCodeRanges/${j}/min`, `status code range ${rg.min}–${rg.max} of backend \`${name}\` runs backwards`, "make `min` less than or equal to `max`");
          }
        });
      }
    });
  }
}

const SOURCES = ["value", "keyVault", "fromKeyVault", "fromParameter"] as const;

function checkNamedValue(name: string, nv: Record<string, unknown>, r: Reporter): void {
  const at = `/namedValues/${esc(name)}`;
  const given = SOURCES.filter((s) => nv[s] !== undefined);
  if (given.length === 0) {
    r.error(CODES.namedValueNoSource, at, `named value \`${name}\` has no value`, "give exactly one of `value` (plain text), `keyVault: { secretIdentifier }`, `fromKeyVault: <secret URI>` or `fromParameter: <name>`", { atKey: true });
  } else if (given.length > 1) {
    const extra = given[1];
    r.error(CODES.namedValueManySources, `${at}/${extra}`, `named value \`${name}\` sets both \`${given[0]}\` and \`${extra}\`; a named value takes exactly one source`, `keep one of ${given.map((g) => `\`${g}\``).join(" and ")}`, { atKey: true });
  }
  if (isString(nv.value) && nv.value.trim() === "" && nv.secret !== true) {
    r.error(CODES.emptyNamedValue, `${at}/value`, `named value \`${name}\` has an empty value`, "APIM rejects empty or blank values; write the value, or remove the named value");
  }
  const kv = nv.keyVault as { secretIdentifier?: unknown } | undefined;
  if (kv && isString(kv.secretIdentifier)) checkSecretUri(name, kv.secretIdentifier, `${at}/keyVault/secretIdentifier`, "keyVault.secretIdentifier", r);
  if (isString(nv.fromKeyVault)) checkSecretUri(name, nv.fromKeyVault, `${at}/fromKeyVault`, "fromKeyVault", r);
}

function checkSecretUri(name: string, uri: string, pointer: string, prop: string, r: Reporter): void {
  if (isSecretUri(uri)) return;
  r.error(
    CODES.badSecretUri,
    pointer,
    `${prop} of named value \`${name}\` is not a Key Vault secret URI: ${secretUriProblem(uri)}`,
    "write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
  );
}
