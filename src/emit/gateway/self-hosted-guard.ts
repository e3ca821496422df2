/**
 * `--self-hosted-only`: ARM has no property that removes an API from the
 * managed gateway (every API is always served there), so each assigned API
 * gets an inbound guard that answers 404 when the managed gateway runs it.
 */
import { emptyPolicyDocument, parsePolicy, printPolicy } from "../../policy";
import type { PolicyDocument, PolicyElement, PolicyNode } from "../../policy/types";
import { ids, type ApiModel, type Model, type PolicyModel } from "../../model";

export const MANAGED_GATEWAY_GUARD =
  '<choose><when condition="@(context.Deployment.Gateway.IsManaged)"><return-response><set-status code="404" reason="Not Found" /></return-response></when></choose>';

/** Where the guard's elements say they come from (no user file). */
export const GUARD_FILE = "apimc:self-hosted-only";

function guardElement(): PolicyElement {
  const parsed = parsePolicy(`<policies><inbound>${MANAGED_GATEWAY_GUARD}</inbound><backend /><outbound /><on-error /></policies>`, { file: GUARD_FILE, scope: "api" });
  if (!parsed.document) throw new Error("the managed-gateway guard does not parse");
  const inbound = parsed.document.root.children.find((c): c is PolicyElement => c.type === "element" && c.name === "inbound")!;
  const choose = inbound.children.find((c): c is PolicyElement => c.type === "element")!;
  return zeroPositions(choose) as PolicyElement;
}

function zeroPositions(n: PolicyNode): PolicyNode {
  if (n.type !== "element") return { ...n, pos: { line: 0, col: 0 } };
  return { ...n, pos: { line: 0, col: 0 }, attributes: n.attributes.map((a) => ({ name: a.name, value: a.value, pos: { line: 0, col: 0 } })), children: n.children.map(zeroPositions) };
}

/** A copy of `doc` with the guard first in `<inbound>` (created, with `<base />`, when missing). */
export function withManagedGatewayGuard(doc: PolicyDocument): PolicyDocument {
  const guard = guardElement();
  const children = [...doc.root.children];
  const idx = children.findIndex((c) => c.type === "element" && c.name === "inbound");
  if (idx < 0) {
    const base: PolicyElement = { type: "element", name: "base", attributes: [], children: [], pos: { line: 0, col: 0 } };
    children.unshift({ type: "element", name: "inbound", attributes: [], children: [guard, base], pos: { line: 0, col: 0 } });
  } else {
    const inbound = children[idx] as PolicyElement;
    children[idx] = { ...inbound, children: [guard, ...inbound.children] };
  }
  return { ...doc, root: { ...doc.root, children } };
}

/** The model with every API of `gatewayName` guarded; other resources are shared, not copied. */
export function guardGatewayApis(model: Model, gatewayName: string): Model {
  const apis: Record<string, ApiModel> = { ...model.apis };
  for (const name of model.gateways[gatewayName]?.apis ?? []) {
    const api = apis[name];
    if (!api) continue;
    const current: PolicyModel = api.policy ?? {
      id: ids.apiPolicy(name),
      scope: "api",
      pointer: `${api.pointer}/policy`,
      xml: "",
      document: emptyPolicyDocument(GUARD_FILE),
      source: { pointer: `${api.pointer}/policy`, text: "", file: GUARD_FILE, line: 0, col: 0, inline: false },
    };
    const document = withManagedGatewayGuard(current.document);
    apis[name] = { ...api, policy: { ...current, document, xml: printPolicy(document) } };
  }
  return { ...model, apis };
}
