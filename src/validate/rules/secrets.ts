/** Secrets never sit in git as literals: that leak is what apimc exists to prevent. */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { KINDS } from "../../model/kinds/registry";
import { valuesAt } from "../../model/kinds/paths";
import type { SecretRule } from "../../model/kinds/types";

/** A whole-value `{{display-name}}` reference. */
const NAMED_VALUE_REF = /^\{\{[A-Za-z0-9-._]+\}\}$/;
/** A `{{display-name}}` token anywhere in a value (`Bearer {{token}}`). */
const NAMED_VALUE_TOKEN = /\{\{[A-Za-z0-9-._]+\}\}/;

const credentialHint = (example: string): string =>
  "declare a secret named value, e.g. `namedValues: { orders-token: { displayName: orders-token, secret: true, fromParameter: ordersToken } }` (or `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }`), " +
  `and reference it here, e.g. ${example}; then rotate the exposed secret`;

export function checkSecrets(data: ApimcDeclarations, r: Reporter): void {
  for (const [name, nv] of entriesOf(data.namedValues)) {
    if (nv.secret === true && nv.value !== undefined) {
      r.error(
        CODES.literalSecret,
        joinPointer("/namedValues", name, "value"),
        `named value \`${name}\` is secret but its value is written in the file`,
        "remove `value` and give the secret one of: `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }` (APIM reads Key Vault), `fromKeyVault: <secret URI>` (apimc reads Key Vault at deploy time) or `fromParameter: <name>` (a secure deploy parameter); then rotate the exposed secret",
      );
    }
  }
  checkLiteralReferences(data, r);
}

/** Top-level kinds whose secret-bearing properties take a `{{named value}}` reference (the registry's `literal` rules). */
const TOKEN_SECRETS = KINDS.flatMap((d) => {
  const section = d.declaration.in === "top" ? d.declaration.key : undefined;
  return section === undefined ? [] : d.secrets.flatMap((s) => (s.literal ? [{ d, section, property: s.property, literal: s.literal }] : []));
});

type Literal = NonNullable<SecretRule["literal"]>;

/** The message and fix of each literal code; `key` is the map key the value sits under (a header's name). */
const LITERAL_WORDS: Readonly<Record<string, (w: { l: Literal; key?: string; owner: string; name: string; property: string }) => [string, string]>> = {
  literalBackendCredential: ({ l, key, owner, name }) => [
    key !== undefined
      ? `${l.noun} \`${key}\` of ${owner} \`${name}\` holds a literal value; credentials must be \`{{named value}}\` references`
      : `${l.noun} of ${owner} \`${name}\` is a literal; credentials must be \`{{named value}}\` references`,
    // Stryker disable next-line StringLiteral: every literalBackendCredential rule of the registry gives its example
    credentialHint(l.example ?? '`"{{orders-token}}"`'),
  ],
  literalProxyPassword: ({ l, owner, name, property }) => [
    `${l.noun} of ${owner} \`${name}\` is a literal; secrets must not be written in the file`,
    `declare a secret named value (keyVault, fromKeyVault or fromParameter) and write \`${lastOf(property)}: "{{its-display-name}}"\``,
  ],
  literalLoggerCredential: ({ l, owner, name, property }) => {
    const key = lastOf(property);
    const nv = `${name}-${key.toLowerCase()}`;
    return [
      `${l.noun} of ${owner} \`${name}\` is a literal; it must be a \`{{named value}}\` reference`,
      `declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. \`namedValues: { ${nv}: { displayName: ${nv}, fromParameter: ${paramHint(name, key)} } }\`, and write \`${key}: "{{${nv}}}"\`; then rotate the exposed secret`,
    ];
  },
};

/** Secret-bearing properties that take a `{{named value}}` reference must carry one, never a literal. */
function checkLiteralReferences(data: ApimcDeclarations, r: Reporter): void {
  const record = data as unknown as Record<string, unknown>;
  for (const { d, section, property, literal } of TOKEN_SECRETS) {
    const words = LITERAL_WORDS[literal.code];
    for (const [name, decl] of entriesOf(record[section])) {
      const base = joinPointer(`/${section}`, name, ...property.split("/"));
      const where = literal.values ? literal.values.split("/") : [];
      for (const found of valuesAt(valueAt(decl, property), where, base)) {
        if (!isString(found.value)) continue;
        const ok = literal.token === "whole" ? NAMED_VALUE_REF.test(found.value.trim()) : NAMED_VALUE_TOKEN.test(found.value);
        if (ok) continue;
        // The map key the value sits under (a header's name), when the rule's values are below a map.
        const key = where[0] === "*" ? unescapeSegment(found.pointer.slice(base.length + 1).split("/")[0]) : undefined;
        // Never echo the value: it is a secret written where it must not be.
        // Stryker disable next-line LogicalOperator: the kinds with a literal rule (backend, logger) have a noun equal to their kind
        const [message, fix] = words({ l: literal, key, owner: d.noun ?? d.kind, name, property });
        r.error(CODES[literal.code as keyof typeof CODES], found.pointer, message, fix);
      }
    }
  }
}

function valueAt(v: unknown, path: string): unknown {
  // Stryker disable next-line StringLiteral: only the value is used, never the pointer built from this base
  return valuesAt(v, path.split("/"), "")[0]?.value;
}

function lastOf(property: string): string {
  return property.split("/").pop() as string;
}

function unescapeSegment(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

function paramHint(name: string, property: string): string {
  const camel = name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""));
  return `${camel}${property[0].toUpperCase()}${property.slice(1)}`.replace(/^[^A-Za-z]+/, "p");
}
