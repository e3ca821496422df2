/**
 * Where a policy holds credentials, so a literal one can be flagged by the
 * linter and masked in diffs and review snapshots. Decided per element:
 *
 * - `authentication-basic@password`, `proxy@password`,
 *   `authentication-certificate@password` and `@body` (a PFX with its key);
 * - the `<value>` bodies of `set-header`/`set-query-parameter` (anywhere,
 *   so also inside `send-request`) whose name looks like a credential:
 *   Authorization, or containing key, secret, token, password, credential, signature
 *   (but not CSRF/XSRF tokens, which are per-session handshakes);
 * - the `<key>` bodies of `<issuer-signing-keys>` and `<decryption-keys>`
 *   (validate-jwt, validate-azure-ad-token): symmetric keys.
 *
 * Not secret: `client-id`, `thumbprint`, `certificate-id`, user names, RSA
 * public key attributes (`n`, `e`), cache keys (`cache-lookup-value@key` is a
 * lookup name). A value holding a `{{named value}}` token or a policy
 * expression is not a literal: the secret lives elsewhere, and it may be shown.
 */
import { SENSITIVE } from "../core/secret";
import type { PolicyElement, PolicyNode, PolicyPosition } from "./types";

const SECRET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  "authentication-basic": ["password"],
  "authentication-certificate": ["password", "body"],
  proxy: ["password"],
};

const NAMED_PARAMETERS: ReadonlySet<string> = new Set(["set-header", "set-query-parameter"]);
const KEY_HOLDERS: ReadonlySet<string> = new Set(["issuer-signing-keys", "decryption-keys"]);
const CREDENTIAL_NAME = /authorization|key|secret|token|password|passwd|credential|signature/i;
/** CSRF tokens are per-session handshakes (`X-CSRF-Token: Fetch`), not stored credentials. */
const NOT_CREDENTIAL_NAME = /csrf|xsrf/i;
const NAMED_VALUE = /\{\{[^{}\s]+\}\}/;

/** A value that would put the credential itself into the policy: not empty, no `{{token}}`, no expression. */
export function isLiteralSecretValue(value: string): boolean {
  const t = value.trim();
  if (t === "") return false;
  if (t.startsWith("@(") || t.startsWith("@{")) return false;
  return !NAMED_VALUE.test(t);
}

export function isSecretAttribute(el: PolicyElement, attribute: string): boolean {
  return SECRET_ATTRIBUTES[el.name]?.includes(attribute) ?? false;
}

/** Whether the element's text body is a credential; `parent` is the enclosing element. */
export function isSecretBody(el: PolicyElement, parent: PolicyElement | undefined): boolean {
  if (!parent) return false;
  if (el.name === "value" && NAMED_PARAMETERS.has(parent.name)) {
    const name = parent.attributes.find((a) => a.name === "name")?.value ?? "";
    return CREDENTIAL_NAME.test(name) && !NOT_CREDENTIAL_NAME.test(name);
  }
  return el.name === "key" && KEY_HOLDERS.has(parent.name);
}

export interface SecretField {
  /** e.g. `authentication-basic@password` or `set-header[Authorization]/value`. */
  label: string;
  pos: PolicyPosition;
}

/** Every literal credential under `root` (inclusive), in document order. */
export function literalSecretFields(root: PolicyElement): SecretField[] {
  const out: SecretField[] = [];
  const walk = (el: PolicyElement, parent: PolicyElement | undefined): void => {
    for (const a of el.attributes) {
      if (isSecretAttribute(el, a.name) && isLiteralSecretValue(a.value)) out.push({ label: `${el.name}@${a.name}`, pos: a.valuePos ?? a.pos });
    }
    if (isSecretBody(el, parent)) {
      const body = bodyText(el);
      // Stryker disable next-line OptionalChaining: a literal body is not empty, so it has a text or CDATA node.
      if (isLiteralSecretValue(body)) out.push({ label: `${parent!.name}${nameOf(parent!)}/${el.name}`, pos: firstBodyNode(el)?.pos ?? el.pos });
    }
    for (const c of el.children) if (c.type === "element") walk(c, el);
  };
  walk(root, undefined);
  return out;
}

export interface SecretToken {
  /** The field, labelled as in `literalSecretFields`. */
  label: string;
  /** The `{{name}}` the field takes its credential from. */
  name: string;
  pos: PolicyPosition;
}

const TOKENS = /\{\{([^{}\s]+)\}\}/g;

/** Every `{{named value}}` a credential field under `root` takes its value from, in document order. */
export function secretFieldTokens(root: PolicyElement): SecretToken[] {
  const out: SecretToken[] = [];
  const walk = (el: PolicyElement, parent: PolicyElement | undefined): void => {
    for (const a of el.attributes) {
      if (!isSecretAttribute(el, a.name)) continue;
      for (const m of a.value.matchAll(TOKENS)) out.push({ label: `${el.name}@${a.name}`, name: m[1], pos: a.valuePos ?? a.pos });
    }
    if (isSecretBody(el, parent)) {
      // Stryker disable next-line OptionalChaining: a body holding a token is not empty, so it has a text or CDATA node.
      for (const m of bodyText(el).matchAll(TOKENS)) out.push({ label: `${parent!.name}${nameOf(parent!)}/${el.name}`, name: m[1], pos: firstBodyNode(el)?.pos ?? el.pos });
    }
    for (const c of el.children) if (c.type === "element") walk(c, el);
  };
  walk(root, undefined);
  return out;
}

/** A copy of `el` whose literal credentials read `(sensitive)`; `{{token}}` and expression values stay. */
export function maskPolicySecrets(el: PolicyElement, parent?: PolicyElement): PolicyElement {
  const attributes = el.attributes.map((a) => (isSecretAttribute(el, a.name) && isLiteralSecretValue(a.value) ? { ...a, value: SENSITIVE } : a));
  let children: PolicyNode[];
  if (isSecretBody(el, parent) && isLiteralSecretValue(bodyText(el))) {
    const first = firstBodyNode(el);
    // Stryker disable next-line OptionalChaining,LogicalOperator: a literal body has a first node; the mask's position is never printed or reported.
    children = [{ type: "text", text: SENSITIVE, pos: first?.pos ?? el.pos }];
  } else children = el.children.map((c) => (c.type === "element" ? maskPolicySecrets(c, el) : c));
  return { ...el, attributes, children };
}

/** A value shown for a changed secret attribute or body: the mask unless it is not a literal. */
export function maskSecretValue(value: string): string {
  return isLiteralSecretValue(value) ? SENSITIVE : value;
}

function bodyText(el: PolicyElement): string {
  let t = "";
  for (const c of el.children) if (c.type === "text" || c.type === "cdata") t += c.text;
  return t;
}

function firstBodyNode(el: PolicyElement): PolicyNode | undefined {
  return el.children.find((c) => c.type === "text" || c.type === "cdata");
}

function nameOf(el: PolicyElement): string {
  const n = el.attributes.find((a) => a.name === "name");
  return n ? `[${n.value}]` : "";
}
