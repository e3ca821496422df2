/** Elements whose body is sent as written, so whitespace inside them is meaningful. */
import type { PolicyElement } from "./types";

const EXACT_BODIES = new Set(["set-body", "value"]);

export function isWhitespaceSignificant(el: PolicyElement): boolean {
  if (EXACT_BODIES.has(el.name)) return true;
  // Liquid templates (`template="liquid"`) render their body verbatim.
  return el.attributes.some((a) => a.name === "template" && a.value.toLowerCase() === "liquid");
}
