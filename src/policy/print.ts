/**
 * The one canonical text of a policy: 4-space indentation, one element per
 * line, attributes in their original order and `"`-quoted, empty elements
 * self-closed; expressions, entities, comments, CDATA and whitespace-significant
 * bodies byte-for-byte.
 */
import { escapeQuotesOutsideExpressions } from "./expression";
import { isWhitespaceSignificant } from "./whitespace";
import type { PolicyAttribute, PolicyDocument, PolicyElement, PolicyNode } from "./types";

const INDENT = "    ";

export function printPolicy(doc: PolicyDocument): string {
  const lines: string[] = [];
  for (const c of doc.leading) lines.push(`<!--${c.text}-->`);
  printElement(doc.root, "", lines);
  for (const c of doc.trailing) lines.push(`<!--${c.text}-->`);
  return lines.join("\n") + "\n";
}

/** Canonical text of one element (no trailing newline), for diffs and reports. */
export function printElementText(el: PolicyElement): string {
  const lines: string[] = [];
  printElement(el, "", lines);
  return lines.join("\n");
}

function printElement(el: PolicyElement, indent: string, lines: string[]): void {
  if (isWhitespaceSignificant(el)) {
    lines.push(indent + inline(el));
    return;
  }
  const open = `<${el.name}${attributes(el.attributes)}`;
  const kids = el.children;
  if (kids.length === 0) {
    lines.push(`${indent}${open} />`);
    return;
  }
  if (kids.length === 1 && kids[0].type === "text") {
    lines.push(`${indent}${open}>${kids[0].text}</${el.name}>`);
    return;
  }
  lines.push(`${indent}${open}>`);
  const inner = indent + INDENT;
  for (const child of kids) {
    if (child.type === "element") printElement(child, inner, lines);
    else lines.push(inner + leaf(child));
  }
  lines.push(`${indent}</${el.name}>`);
}

/** Exact form for whitespace-significant bodies: no indentation added or removed. */
function inline(el: PolicyElement): string {
  const open = `<${el.name}${attributes(el.attributes)}`;
  if (el.children.length === 0) return `${open} />`;
  let body = "";
  for (const child of el.children) body += child.type === "element" ? inline(child) : leaf(child);
  return `${open}>${body}</${el.name}>`;
}

function leaf(node: Exclude<PolicyNode, PolicyElement>): string {
  switch (node.type) {
    case "text":
      return node.text;
    case "comment":
      return `<!--${node.text}-->`;
    case "cdata":
      return `<![CDATA[${node.text}]]>`;
  }
}

function attributes(attrs: PolicyAttribute[]): string {
  let out = "";
  for (const a of attrs) out += ` ${a.name}="${escapeQuotesOutsideExpressions(a.value)}"`;
  return out;
}
