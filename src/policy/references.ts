/** Every name a policy refers to, with the position the user must edit. */
import type { PolicyDocument, PolicyElement, PolicyPosition, PolicyReference, PolicyReferenceKind } from "./types";

/** Attributes whose value names another resource; expressions are not names. */
const ID_ATTRIBUTES: Record<string, PolicyReferenceKind> = {
  "backend-id": "backend",
  "fragment-id": "fragment",
  "logger-id": "logger",
  "cache-id": "cache",
  // A certificate entity (`authentication-certificate`, `validate-client-certificate`'s identities).
  "certificate-id": "certificate",
  "issuer-certificate-id": "other",
  "schema-id": "other",
};

const NAMED_VALUE = /\{\{([^{}\s]+)\}\}/g;

/**
 * `{{named-value}}` tokens, ids of backends, fragments, loggers, caches and
 * certificates. Inside a Liquid body `{{...}}` is Liquid unless it names a
 * known named value (pass `knownNamedValues` to recognise those).
 */
export function policyReferences(doc: PolicyDocument, knownNamedValues?: ReadonlySet<string>): PolicyReference[] {
  const out: PolicyReference[] = [];
  const file = doc.file;
  const walk = (el: PolicyElement, liquid: boolean): void => {
    // A `template="liquid"` attribute alone makes the body Liquid (isWhitespaceSignificant says the same of it).
    const inLiquid = liquid || el.attributes.some((a) => a.name === "template" && a.value.toLowerCase() === "liquid");
    for (const a of el.attributes) {
      const valueAt = a.valuePos ?? a.pos;
      const kind = ID_ATTRIBUTES[a.name];
      if (kind && a.value !== "" && !a.value.startsWith("@")) {
        const nv = /^\{\{([^{}\s]+)\}\}$/.exec(a.value);
        if (!nv) out.push({ kind, name: a.value, file, ...valueAt });
      }
      namedValues(a.value, valueAt, false);
    }
    for (const child of el.children) {
      if (child.type === "element") walk(child, inLiquid);
      else if (child.type === "text" || child.type === "cdata") {
        const start = child.type === "cdata" ? advance(child.pos, "<![CDATA[") : child.pos;
        namedValues(child.text, start, inLiquid);
      }
    }
  };
  const namedValues = (text: string, at: PolicyPosition, liquid: boolean): void => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut only; matchAll finds no token in text without "{{".
    if (!text.includes("{{")) return;
    for (const m of text.matchAll(NAMED_VALUE)) {
      const name = m[1];
      if (liquid && !knownNamedValues?.has(name)) continue;
      out.push({ kind: "namedValue", name, file, ...advance(at, text.slice(0, m.index)) });
    }
  };
  walk(doc.root, false);
  return out;
}

/** The position reached after reading `text` from `at`. */
export function advance(at: PolicyPosition, text: string): PolicyPosition {
  const nl = text.lastIndexOf("\n");
  if (nl < 0) return { line: at.line, col: at.col + text.length };
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return { line: at.line + lines, col: text.length - nl };
}
