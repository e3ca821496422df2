/**
 * References and secrets of the kinds built from the registry alone:
 * diagnostics name loggers, subscriptions name products or APIs, products
 * name tags and groups, APIs name tags, OpenID Connect providers and
 * authorization servers. Secret-bearing properties APIM does not resolve
 * `{{named value}}` tokens in take a secret source, never a literal.
 */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { didYouMean } from "../suggest";

const NAMED_VALUE_REF = /^\s*\{\{[A-Za-z0-9-._]+\}\}\s*$/;
/** Logger credentials that are secrets; the others (an Event Hub's name, endpoint, identity) are not. */
const SECRET_LOGGER_CREDENTIALS = ["connectionString", "instrumentationKey"];

/**
 * The registry's secret-source properties per section. Validation may not
 * import the model (DESIGN §2), so the table is written here and a unit test
 * pins it to the registry's `secrets`.
 */
export const SECRET_SOURCE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  certificates: ["data", "password"],
  subscriptions: ["primaryKey", "secondaryKey"],
  authorizationServers: ["clientSecret", "resourceOwnerPassword"],
  openidConnectProviders: ["clientSecret"],
  caches: ["connectionString"],
};

/** Top-level sections of the kinds built from the registry alone (pinned to the registry by a unit test). */
export const REGISTRY_SECTIONS: readonly string[] = [
  "tags",
  "groups",
  "certificates",
  "loggers",
  "diagnostics",
  "caches",
  "authorizationServers",
  "openidConnectProviders",
  "subscriptions",
];

/** Groups every instance has; products name them without a declaration (pinned to the registry by a unit test). */
export const BUILT_IN_GROUPS: readonly string[] = ["administrators", "developers", "guests"];

function names(map: unknown): Set<string> {
  return new Set(entriesOf(map).map(([n]) => n));
}

export function checkRegistryKinds(data: ApimcDeclarations, r: Reporter): void {
  const loggers = names(data.loggers);
  const products = names(data.products);
  const apis = names(data.apis);
  const tags = names(data.tags);
  const groups = new Set([...names(data.groups), ...BUILT_IN_GROUPS]);
  const oidc = names(data.openidConnectProviders);
  const authServers = names(data.authorizationServers);

  const checkLogger = (d: Record<string, unknown>, at: string, who: string) => {
    const logger = d.logger;
    if (isString(logger) && !loggers.has(logger)) {
      r.error(CODES.unknownLogger, `${at}/logger`, `${who} names logger \`${logger}\`, which is not declared${didYouMean(logger, loggers)}`, `declare logger \`${logger}\` under \`loggers\`, or fix the name`);
    }
  };
  for (const [name, d] of entriesOf(data.diagnostics)) checkLogger(d, joinPointer("/diagnostics", name), `diagnostic \`${name}\``);
  for (const [api, a] of entriesOf(data.apis)) {
    for (const [name, d] of entriesOf(a.diagnostics)) checkLogger(d, joinPointer("/apis", api, "diagnostics", name), `diagnostic \`${name}\` of API \`${api}\``);
  }

  for (const [name, s] of entriesOf(data.subscriptions)) {
    const scope = s.scope;
    if (scope === null || typeof scope !== "object") continue;
    for (const [key, known, section] of [["product", products, "products"], ["api", apis, "apis"]] as const) {
      const target = (scope as Record<string, unknown>)[key];
      if (isString(target) && !known.has(target)) {
        r.error(CODES.unknownSubscriptionScope, joinPointer("/subscriptions", name, "scope", key), `subscription \`${name}\` is scoped to ${key === "api" ? "API" : key} \`${target}\`, which is not declared${didYouMean(target, known)}`, `declare it under \`${section}\`, or fix the name`);
      }
    }
  }

  const checkNames = (list: unknown, at: string, who: string, known: Set<string>, noun: string, code: string, fix: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((v: unknown, i) => {
      if (isString(v) && !known.has(v)) r.error(code, joinPointer(at, i), `${who} names ${noun} \`${v}\`, which is not declared${didYouMean(v, known)}`, fix);
    });
  };
  for (const [name, p] of entriesOf(data.products)) {
    const at = joinPointer("/products", name);
    checkNames(p.tags, `${at}/tags`, `product \`${name}\``, tags, "tag", CODES.unknownTag, "declare the tag under `tags`, or fix the name");
    checkNames(p.groups, `${at}/groups`, `product \`${name}\``, groups, "group", CODES.unknownGroup, "declare the group under `groups` (the built-in ones are administrators, developers and guests), or fix the name");
  }
  for (const [name, a] of entriesOf(data.apis)) {
    const at = joinPointer("/apis", name);
    checkNames(a.tags, `${at}/tags`, `API \`${name}\``, tags, "tag", CODES.unknownTag, "declare the tag under `tags`, or fix the name");
    for (const [op, o] of entriesOf(a.operations)) {
      checkNames(o.tags, joinPointer(at, "operations", op, "tags"), `operation \`${op}\` of API \`${name}\``, tags, "tag", CODES.unknownTag, "declare the tag under `tags`, or fix the name");
    }
    const auth = a.authenticationSettings;
    if (auth !== null && typeof auth === "object") {
      const refs = [
        ["openid", "openidProviderId", oidc, "OpenID Connect provider", "openidConnectProviders"],
        ["oAuth2", "authorizationServerId", authServers, "authorization server", "authorizationServers"],
      ] as const;
      for (const [block, key, known, noun, section] of refs) {
        const inner = (auth as Record<string, unknown>)[block];
        const o = inner !== null && typeof inner === "object" ? (inner as Record<string, unknown>) : {};
        // Only the sugar is a checked reference; the contract's own `...Id` key is sent as written, like `certificateIds`.
        const prop = key.slice(0, -"Id".length);
        const target = o[prop];
        if (isString(target) && !known.has(target)) {
          r.error(CODES.unknownAuthorizationProvider, joinPointer(at, "authenticationSettings", block, prop), `API \`${name}\` names ${noun} \`${target}\`, which is not declared${didYouMean(target, known)}`, `declare it under \`${section}\`, or fix the name`);
        }
      }
    }
  }

  const certificates = names(data.certificates);
  for (const [name, b] of entriesOf(data.backends)) {
    const at = joinPointer("/backends", name);
    const credentials = b.credentials as Record<string, unknown> | undefined;
    checkNames(credentials?.certificates, `${at}/credentials/certificates`, `backend \`${name}\``, certificates, "certificate", CODES.unknownCertificate, "declare the certificate under `certificates`, or fix the name");
    const sfc = b.serviceFabricCluster as Record<string, unknown> | undefined;
    const cert = sfc?.clientCertificate;
    if (isString(cert) && !certificates.has(cert)) {
      r.error(CODES.unknownCertificate, `${at}/serviceFabricCluster/clientCertificate`, `backend \`${name}\` names certificate \`${cert}\`, which is not declared${didYouMean(cert, certificates)}`, "declare the certificate under `certificates`, or fix the name");
    }
  }

  checkSecretSources(data, r);
}

function checkSecretSources(data: ApimcDeclarations, r: Reporter): void {
  const record = data as unknown as Record<string, unknown>;
  for (const [section, properties] of Object.entries(SECRET_SOURCE_PROPERTIES)) {
    for (const [name, decl] of entriesOf(record[section])) {
      for (const property of properties) {
        const v = decl[property];
        if (!isString(v)) continue;
        // Never echo the value: it is a secret written where it must not be.
        r.error(
          CODES.literalSecretSource,
          joinPointer(`/${section}`, name, property),
          `\`${property}\` of ${NOUN[section]} \`${name}\` is a literal; secrets must not be written in the file`,
          `write \`${property}: { fromParameter: ${paramHint(name, property)} }\` (a secure deploy parameter) or \`${property}: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }\`; then rotate the exposed secret`,
        );
      }
    }
  }
  for (const [name, l] of entriesOf(data.loggers)) {
    const c = l.credentials;
    if (c === null || typeof c !== "object") continue;
    for (const key of SECRET_LOGGER_CREDENTIALS) {
      const v = (c as Record<string, unknown>)[key];
      if (isString(v) && !NAMED_VALUE_REF.test(v)) {
        r.error(
          CODES.literalLoggerCredential,
          joinPointer("/loggers", name, "credentials", key),
          `\`credentials.${key}\` of logger \`${name}\` is a literal; it must be a \`{{named value}}\` reference`,
          `declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. \`namedValues: { ${name}-${key.toLowerCase()}: { displayName: ${name}-${key.toLowerCase()}, fromParameter: ${paramHint(name, key)} } }\`, and write \`${key}: "{{${name}-${key.toLowerCase()}}}"\`; then rotate the exposed secret`,
        );
      }
    }
  }
}

const NOUN: Record<string, string> = {
  certificates: "certificate",
  subscriptions: "subscription",
  authorizationServers: "authorization server",
  openidConnectProviders: "OpenID Connect provider",
  caches: "cache",
};

function paramHint(name: string, property: string): string {
  const camel = name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""));
  return `${camel}${property[0].toUpperCase()}${property.slice(1)}`.replace(/^[^A-Za-z]+/, "p");
}
