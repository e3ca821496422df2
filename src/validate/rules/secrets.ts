/** Secrets never sit in git as literals: that leak is what apimc exists to prevent. */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";

/** A whole-value `{{display-name}}` reference. */
const NAMED_VALUE_REF = /^\{\{[A-Za-z0-9-._]+\}\}$/;

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
