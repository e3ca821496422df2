/**
 * The YAML form of a policy: `{ inbound: [ base, { set-backend-service: { backend-id: orders } } ], ... }`.
 * An element is a name (empty element), `{ name: "text body" }`, or
 * `{ name: { attr: scalar, ..., text: "body", _: [ child, ... ] } }`. It maps
 * one to one onto the XML tree and prints through the canonical printer.
 */
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { escapeSegment as escape } from "../core/pointer";
import { CODES } from "./codes";
import { printPolicy } from "./print";
import type { PolicyDocument, PolicyElement, PolicyNode } from "./types";
import { isExpressionStart } from "./expression";
import { POLICY_CATALOG } from "./catalog";

/** Policies whose XSD allows a text body (mixed content); every other known policy maps to attributes or nothing. */
const TEXT_BODY: ReadonlySet<string> = new Set(["set-body", "set-method", "set-url", "log-to-eventhub", "publish-to-dapr", "invoke-dapr-binding", "trace", "ip-filter", "validate-client-certificate", "validate-jwt", "cosmosdb-data-source", "graphql-data-source", "sql-data-source"]);

export interface StructuredPolicyOptions {
  file: string;
  pointer: string;
  line: number;
  col: number;
}

const SECTIONS = ["inbound", "backend", "outbound", "on-error"];
const NOWHERE = { line: 0, col: 0 };

export function structuredPolicyToXml(value: unknown, opts: StructuredPolicyOptions): { text?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (pointer: string, message: string, hint: string): void => {
    diagnostics.push(makeDiagnostic(CODES.structuredInvalid, "error", message, { file: opts.file, line: opts.line, col: opts.col }, pointer, hint));
  };
  if (!isMap(value)) {
    fail(opts.pointer, "A structured policy must be a map of sections (inbound, backend, outbound, on-error).", "Write `policy: { inbound: [ base, ... ], outbound: [ base ] }`, or give the policy as XML text.");
    return { diagnostics };
  }
  const sections: PolicyElement[] = [];
  for (const [key, items] of Object.entries(value)) {
    const at = `${opts.pointer}/${escape(key)}`;
    if (!SECTIONS.includes(key)) {
      fail(at, `"${key}" is not a policy section.`, "Use only inbound, backend, outbound and on-error.");
      continue;
    }
    if (items !== null && !Array.isArray(items)) {
      fail(at, `Section "${key}" must be a list of policy elements.`, `Write \`${key}: [ base, ... ]\`.`);
      continue;
    }
    sections.push(el(key, [], elements(items ?? [], at, fail)));
  }
  // Canonical section order, whatever order the YAML map used.
  sections.sort((a, b) => SECTIONS.indexOf(a.name) - SECTIONS.indexOf(b.name));
  if (diagnostics.length > 0) return { diagnostics };
  const doc: PolicyDocument = { root: el("policies", [], sections), leading: [], trailing: [], file: opts.file };
  return { text: printPolicy(doc), diagnostics };
}

type Fail = (pointer: string, message: string, hint: string) => void;

function elements(items: unknown[], pointer: string, fail: Fail): PolicyElement[] {
  const out: PolicyElement[] = [];
  items.forEach((item, i) => {
    const at = `${pointer}/${i}`;
    if (typeof item === "string" && validName(item)) {
      out.push(el(item, [], []));
      return;
    }
    if (!isMap(item) || Object.keys(item).length !== 1 || !validName(Object.keys(item)[0])) {
      fail(at, "A policy element must be a name such as `base` or a one-key map such as `{ set-header: { name: x } }`.", "Write each element as `name` or `{ name: { attribute: value, _: [children], text: body } }`.");
      return;
    }
    const [name, body] = Object.entries(item)[0];
    const eat = `${at}/${escape(name)}`;
    if (body === null || body === undefined) out.push(el(name, [], []));
    else if (isScalar(body)) {
      if (POLICY_CATALOG[name] && !TEXT_BODY.has(name)) fail(eat, `<${name}> takes attributes and child elements, not a text body.`, `Write \`{ ${name}: { attribute: value, _: [ children ] } }\`${POLICY_CATALOG[name].required ? ` with ${POLICY_CATALOG[name].required!.join(", ")}` : ""}.`);
      else out.push(el(name, [], [textNode(String(body))]));
    }
    else if (isMap(body)) {
      const attrs: Array<[string, string]> = [];
      const children: PolicyNode[] = [];
      for (const [k, v] of Object.entries(body)) {
        if (k === "_") {
          if (!Array.isArray(v)) fail(`${eat}/_`, `The children of <${name}> must be a list.`, "Write `_: [ child, ... ]`.");
          else children.push(...elements(v, `${eat}/_`, fail));
        } else if (k === "text") {
          if (!isScalar(v)) fail(`${eat}/text`, `The text body of <${name}> must be a string.`, "Write `text: \"...\"`.");
          else children.unshift(textNode(String(v)));
        } else if (!validName(k)) {
          fail(`${eat}/${escape(k)}`, `"${k}" is not a valid attribute name.`, "Attribute names are letters, digits, `-`, `_`, `.` and `:`.");
        } else if (!isScalar(v)) {
          fail(`${eat}/${escape(k)}`, `Attribute "${k}" of <${name}> must be a scalar.`, "Give the value as a string, number or boolean; use `_` for child elements.");
        } else attrs.push([k, attrValue(String(v))]);
      }
      out.push(el(name, attrs, children));
    } else fail(eat, `<${name}> must map to attributes, a text body or nothing.`, "Write `{ name: { attribute: value } }` or `{ name: text }`.");
  });
  return out;
}

function el(name: string, attributes: Array<[string, string]>, children: PolicyNode[]): PolicyElement {
  return { type: "element", name, attributes: attributes.map(([n, value]) => ({ name: n, value, pos: NOWHERE })), children, pos: NOWHERE };
}

function textNode(text: string): PolicyNode {
  return { type: "text", text: isExpression(text) ? text : text.replace(/&/g, "&amp;").replace(/</g, "&lt;"), pos: NOWHERE };
}

/** YAML holds plain text; expressions stay raw (the APIM dialect), everything else is XML-escaped. */
function attrValue(v: string): string {
  return isExpression(v) ? v : v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function isExpression(v: string): boolean {
  const t = v.trimStart();
  return isExpressionStart(t, 0);
}

function validName(s: string): boolean {
  return /^[A-Za-z_][\w.:-]*$/.test(s);
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}
