/** Names the thing a JSON pointer is about, in the words a user would use ("backend `orders`"). */
import { splitPointer } from "../core/pointer";
import { KINDS } from "../model/kinds/registry";

/** Each top-level section's noun, from the kind registry (`openidConnectProviders` -> "OpenID Connect provider"). */
const SECTION_NOUN: Record<string, string> = Object.fromEntries(KINDS.flatMap((k) => (k.declaration.in === "top" ? [[k.declaration.key, k.noun ?? k.kind]] : [])));

/** "operation `get` of API `orders`", "backend `orders`", "service", or "the declaration set". */
export function subjectOf(pointer: string): string {
  const seg = splitPointer(pointer);
  // Stryker disable next-line ConditionalExpression,StringLiteral: no schema rule fails at the root (it has no required keys, and the loaders always give a map), so no message names it
  if (seg.length === 0) return "the declaration set";
  const noun = SECTION_NOUN[seg[0]];
  if (!noun) return seg[0] === "policy" ? "the global policy" : `\`${seg[0]}\``;
  if (seg.length === 1) return `\`${seg[0]}\``;
  if (seg[0] === "apis" && seg[2] === "operations" && seg.length >= 4) return `operation \`${seg[3]}\` of API \`${seg[1]}\``;
  return `${noun} \`${seg[1]}\``;
}

/** The last segment of a pointer as a property name, or the subject for array items. */
export function propertyOf(pointer: string): string {
  const seg = splitPointer(pointer);
  const last = seg[seg.length - 1];
  // Stryker disable next-line ConditionalExpression,StringLiteral: as above, no message is about the root
  if (last === undefined) return "the document";
  if (/^\d+$/.test(last)) {
    const parent = seg[seg.length - 2];
    return parent ? `${parent}[${last}]` : `item ${last}`;
  }
  return last;
}

/** A JSON type name as a user reads it. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `a string` : `\`${value}\``;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `\`${value}\``;
    case "object":
      return "a map";
    default:
      return typeof value;
  }
}

/** A value's type only, for places where the value itself may be a secret. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "object":
      return "a map";
    default:
      return typeof value;
  }
}

/** The registry's noun for a top-level section (`apiVersionSets` -> "version set"), if it is one. */
export function nounOf(section: string): string | undefined {
  return SECTION_NOUN[section];
}
