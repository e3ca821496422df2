/** Secrets never sit in git as literals: that leak is what apimc exists to prevent. */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";

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
  for (const [name, b] of entriesOf(data.backends)) {
    checkCredentials(name, b.credentials, r);
    const password = (b.proxy as { password?: unknown } | undefined)?.password;
    if (isString(password) && !NAMED_VALUE_REF.test(password.trim())) {
      r.error(
        CODES.literalProxyPassword,
        joinPointer("/backends", name, "proxy", "password"),
        `proxy password of backend \`${name}\` is a literal; secrets must not be written in the file`,
        "declare a secret named value (keyVault, fromKeyVault or fromParameter) and write `password: \"{{its-display-name}}\"`",
      );
    }
  }
}

/** Header and query values and the Authorization parameter go to the backend verbatim, so each must carry a `{{named value}}`. */
function checkCredentials(backend: string, credentials: unknown, r: Reporter): void {
  if (credentials === null || typeof credentials !== "object") return;
  const c = credentials as Record<string, unknown>;
  const base = joinPointer("/backends", backend, "credentials");
  const kinds = [
    ["header", "header", '`"Bearer {{orders-token}}"`'],
    ["query", "query parameter", '`"{{orders-token}}"`'],
  ] as const;
  for (const [kind, noun, example] of kinds) {
    for (const [key, values] of Object.entries(isMap(c[kind]) ? c[kind] : {})) {
      if (!Array.isArray(values)) continue;
      values.forEach((v: unknown, i) => {
        if (isString(v) && !NAMED_VALUE_TOKEN.test(v)) {
          r.error(CODES.literalBackendCredential, joinPointer(base, kind, key, i), `${noun} \`${key}\` of backend \`${backend}\` holds a literal value; credentials must be \`{{named value}}\` references`, credentialHint(example));
        }
      });
    }
  }
  const auth = c.authorization;
  const parameter = isMap(auth) ? auth.parameter : undefined;
  if (isString(parameter) && !NAMED_VALUE_TOKEN.test(parameter)) {
    r.error(CODES.literalBackendCredential, joinPointer(base, "authorization", "parameter"), `authorization parameter of backend \`${backend}\` is a literal; credentials must be \`{{named value}}\` references`, credentialHint('`parameter: "{{orders-token}}"`'));
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
