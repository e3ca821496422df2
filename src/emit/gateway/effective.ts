/** The effective policy of each operation a gateway serves, and where each origin's text lives. */
import { effectivePolicy, type PolicyLayer } from "../../policy";
import type { PolicyDocument, PolicyElement } from "../../policy/types";
import type { ApiModel, Model, OperationModel, PolicyModel } from "../../model";

export interface ServedOperation {
  api: ApiModel;
  operation: OperationModel;
  /** Products that contain the API, sorted by name. */
  products: string[];
  effective: PolicyDocument;
}

/** Exactly the operations of the gateway's APIs, sorted by API then operation name. */
export function servedOperations(model: Model, gatewayName: string): ServedOperation[] {
  const gateway = model.gateways[gatewayName];
  const fragments: Record<string, PolicyDocument> = {};
  for (const name of Object.keys(model.policyFragments).sort()) fragments[name] = model.policyFragments[name].policy.document;
  const out: ServedOperation[] = [];
  for (const apiName of [...(gateway?.apis ?? [])].sort()) {
    const api = model.apis[apiName];
    if (!api) continue;
    const products = Object.keys(model.products)
      .sort()
      .filter((p) => model.products[p].apis.includes(apiName));
    for (const opName of Object.keys(api.operations).sort()) {
      const operation = api.operations[opName];
      const layers: PolicyLayer[] = [];
      if (model.policy) layers.push({ origin: "global", document: model.policy.document });
      for (const p of products) {
        const policy = model.products[p].policy;
        if (policy) layers.push({ origin: `products/${p}`, document: policy.document });
      }
      if (api.policy) layers.push({ origin: `apis/${apiName}`, document: api.policy.document });
      if (operation.policy) layers.push({ origin: `apis/${apiName}/operations/${opName}`, document: operation.policy.document });
      out.push({ api, operation, products, effective: effectivePolicy(layers, fragments) });
    }
  }
  return out;
}

/** The policy model an effective element's `origin` names. */
export function policyOfOrigin(model: Model, origin: string): PolicyModel | undefined {
  if (origin === "global") return model.policy;
  const s = origin.split("/");
  if (s[0] === "products") return model.products[s[1]]?.policy;
  if (s[0] === "policyFragments") return model.policyFragments[s[1]]?.policy;
  if (s[0] === "apis") {
    const api = model.apis[s[1]];
    return s.length === 2 ? api?.policy : api?.operations[s[3]]?.policy;
  }
  return undefined;
}

/** Every element of a section, depth first in document order. */
export function descendants(el: PolicyElement): PolicyElement[] {
  const out: PolicyElement[] = [];
  const walk = (e: PolicyElement) => {
    for (const c of e.children) {
      if (c.type !== "element") continue;
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function section(doc: PolicyDocument, name: string): PolicyElement | undefined {
  return doc.root.children.find((c): c is PolicyElement => c.type === "element" && c.name === name);
}
