/**
 * Rules on attribute values: typed attributes (enumerations, integers,
 * booleans, from the XSD table in attribute-values.generated.ts) and literal
 * credentials in secret-bearing attributes and bodies (see secrets.ts).
 * Expressions `@(...)`/`@{...}` and values holding `{{named value}}` tokens are
 * decided at run time, so they are not checked.
 */
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { POLICY_ATTRIBUTE_VALUES, type PolicyValueKind } from "./attribute-values.generated";
import { CODES } from "./codes";
import { literalSecretFields } from "./secrets";
import type { PolicyDocument, PolicyElement } from "./types";

const NAMED_VALUE = /\{\{[^{}\s]+\}\}/;

export function lintPolicyValues(doc: PolicyDocument, pointer: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (el: PolicyElement): void => {
    const kinds = POLICY_ATTRIBUTE_VALUES[el.name];
    if (kinds) {
      for (const a of el.attributes) {
        const kind = kinds[a.name];
        if (!kind || !checkable(a.value) || fits(a.value.trim(), kind)) continue;
        const at = a.valuePos ?? a.pos;
        if (a.value.includes("{{")) {
          // A named-value token with a typo (`{{ttl}]`): APIM substitutes named values before it reads the value,
          // so the type is not ours to judge; the broken token is what the user must fix.
          out.push(makeDiagnostic(CODES.brokenNamedValueToken, "warning", `<${el.name}> attribute "${a.name}" holds "${a.value}", which looks like a named-value reference with a typo; APIM only substitutes {{name}}.`, { file: doc.file, line: at.line, col: at.col }, pointer, "Close the reference with `}}` (for example {{cache-ttl}}), or write a literal value."));
          continue;
        }
        out.push(
          makeDiagnostic(CODES.invalidAttributeValue, "error", `<${el.name}> attribute "${a.name}" must be ${describe(kind)}, not "${a.value}".`, { file: doc.file, line: at.line, col: at.col }, pointer, `Write ${a.name}="${example(kind)}", or use a policy expression @(...) computed at run time.`),
        );
      }
    }
    for (const c of el.children) if (c.type === "element") walk(c);
  };
  walk(doc.root);
  for (const f of literalSecretFields(doc.root)) {
    out.push(
      makeDiagnostic(
        CODES.literalSecret,
        "warning",
        `${f.label} holds a literal credential; it would be stored and shown in clear in the policy.`,
        { file: doc.file, line: f.pos.line, col: f.pos.col },
        pointer,
        "Declare a secret named value (e.g. `namedValues: { backend-password: { displayName: backend-password, secret: true, fromParameter: backendPassword } }` or a keyVault one) and write `{{backend-password}}` here instead; then rotate the exposed secret.",
      ),
    );
  }
  return out;
}

function checkable(value: string): boolean {
  const t = value.trim();
  return !t.startsWith("@(") && !t.startsWith("@{") && !NAMED_VALUE.test(t);
}

function fits(v: string, kind: PolicyValueKind): boolean {
  if (typeof kind !== "string") return kind.some((k) => k.toLowerCase() === v.toLowerCase());
  switch (kind) {
    case "bool":
      return /^(true|false|1|0)$/i.test(v);
    // Stryker disable all: no attribute of the generated XSD table is "int" today (counts are uint or posint), so no policy reaches this case.
    case "int":
      return /^[+-]?\d+$/.test(v);
    // Stryker restore all
    case "uint":
      return /^\+?\d+$/.test(v);
    case "posint":
      return /^\+?\d+$/.test(v) && /[1-9]/.test(v);
    case "number":
      return v !== "" && Number.isFinite(Number(v));
  }
}

function describe(kind: PolicyValueKind): string {
  if (typeof kind !== "string") return `one of ${kind.join(", ")}`;
  return { bool: "true or false", int: "a whole number", uint: "a whole number, 0 or more", posint: "a whole number, 1 or more", number: "a number" }[kind];
}

function example(kind: PolicyValueKind): string {
  if (typeof kind !== "string") return kind[0];
  return { bool: "true", int: "60", uint: "60", posint: "1", number: "0.5" }[kind];
}
