/** Small edits the model stage makes to a policy document. */
import type { PolicyDocument, PolicyElement, PolicyNode } from "./types";

const NOWHERE = { line: 0, col: 0 };

function element(name: string, attributes: Array<[string, string]> = [], children: PolicyNode[] = []): PolicyElement {
  return { type: "element", name, attributes: attributes.map(([n, value]) => ({ name: n, value, pos: NOWHERE })), children, pos: NOWHERE };
}

/** `<policies>` with `<base />` in all four sections: what APIM itself creates. */
export function emptyPolicyDocument(file: string): PolicyDocument {
  const sections = ["inbound", "backend", "outbound", "on-error"].map((s) => element(s, [], [element("base")]));
  return { root: element("policies", [], sections), leading: [], trailing: [], file };
}

/**
 * A copy of `doc` with `<set-backend-service backend-id="X" />` right after
 * `<base />` in `<inbound>` (first when there is no `<base />`); creates
 * `<inbound><base /></inbound>` when the section is missing.
 */
export function insertBackendSetter(doc: PolicyDocument, backendId: string): PolicyDocument {
  const setter = element("set-backend-service", [["backend-id", backendId]]);
  const root = doc.root;
  const children = [...root.children];
  // Stryker disable next-line ConditionalExpression: only element nodes have a name, so the type test cannot change the match.
  let idx = children.findIndex((c) => c.type === "element" && c.name === "inbound");
  if (idx < 0) {
    children.unshift(element("inbound", [], [element("base")]));
    idx = 0;
  }
  const inbound = children[idx] as PolicyElement;
  const kids = [...inbound.children];
  // Stryker disable next-line ConditionalExpression: only element nodes have a name, so the type test cannot change the match.
  const baseAt = kids.findIndex((c) => c.type === "element" && c.name === "base");
  kids.splice(baseAt + 1, 0, setter);
  children[idx] = { ...inbound, children: kids };
  return { ...doc, root: { ...root, children } };
}
