/**
 * Walks policy documents for the rules. It keeps, for every element, the policy
 * (and so the file) it was written in, because a rule must point at the line
 * the user wrote, not at a position in an expanded document.
 */
import type { SourceLocation } from "../core/diagnostic";
import type { ApiModel, Model, OperationModel, PolicyModel, ProductModel } from "../model/types";
import type { PolicyElement, PolicyNode, PolicySection } from "../policy/types";
import { commentIgnoreCodes } from "./ignore-comment";

/** A policy document with the resource that owns it. */
export interface OwnedPolicy {
  policy: PolicyModel;
  /** The owning resource's `ignore` codes (plus those of its parents that apply). */
  ignore: readonly string[];
  api?: string;
}

export interface PolicyItem {
  element: PolicyElement;
  policy: PolicyModel;
  /** Owner `ignore` codes plus `apimc-ignore` comment codes in effect for this element. */
  suppressed: readonly string[];
  api?: string;
  /** True when the element sits inside another element of its section (e.g. inside `<choose>`). */
  nested: boolean;
}

export interface EffectiveSection {
  items: PolicyItem[];
  /** True when no declared layer defined the section, so APIM's built-in default applies. */
  builtInDefault: boolean;
}

export interface PolicyWalker {
  /** Every policy document in the model, in a stable order. */
  all(): OwnedPolicy[];
  /** Elements of a document (all sections, or one), depth first, without expanding `<base/>` or fragments. */
  elements(owned: OwnedPolicy, section?: PolicySection): PolicyItem[];
  /** Policy layers that apply to an operation, outermost first: global, product (if given), API, operation. */
  operationLayers(api: ApiModel, op: OperationModel, product?: ProductModel): OwnedPolicy[];
  /** The operation's effective section: `<base/>` expanded along the layers and fragments inlined. */
  effective(layers: readonly OwnedPolicy[], section: PolicySection): EffectiveSection;
}

export function elementLocation(item: { element: PolicyElement; policy: PolicyModel }): SourceLocation {
  return { file: item.policy.document.file, line: item.element.pos.line, col: item.element.pos.col };
}

export function attribute(el: PolicyElement, name: string): string | undefined {
  return el.attributes.find((a) => a.name === name)?.value;
}

export function createPolicyWalker(model: Model): PolicyWalker {
  const all = (): OwnedPolicy[] => {
    const out: OwnedPolicy[] = [];
    if (model.policy) out.push({ policy: model.policy, ignore: [] });
    for (const name of Object.keys(model.products).sort()) {
      const p = model.products[name];
      if (p.policy) out.push({ policy: p.policy, ignore: p.ignore });
    }
    for (const name of Object.keys(model.apis).sort()) {
      const api = model.apis[name];
      if (api.policy) out.push({ policy: api.policy, ignore: api.ignore, api: name });
      for (const opName of Object.keys(api.operations).sort()) {
        const op = api.operations[opName];
        if (op.policy) out.push({ policy: op.policy, ignore: [...api.ignore, ...op.ignore], api: name });
      }
    }
    for (const name of Object.keys(model.policyFragments).sort()) {
      const f = model.policyFragments[name];
      out.push({ policy: f.policy, ignore: f.ignore });
    }
    return out;
  };

  const operationLayers = (api: ApiModel, op: OperationModel, product?: ProductModel): OwnedPolicy[] => {
    const layers: OwnedPolicy[] = [];
    if (model.policy) layers.push({ policy: model.policy, ignore: [] });
    if (product?.policy) layers.push({ policy: product.policy, ignore: product.ignore });
    if (api.policy) layers.push({ policy: api.policy, ignore: api.ignore, api: api.name });
    if (op.policy) layers.push({ policy: op.policy, ignore: [...api.ignore, ...op.ignore], api: api.name });
    return layers;
  };

  const effective = (layers: readonly OwnedPolicy[], section: PolicySection): EffectiveSection => {
    const items: PolicyItem[] = [];
    let builtInDefault = false;
    // Guards against fragment cycles, which validation reports elsewhere.
    const active = new Set<string>();

    const expandLayer = (index: number, nested: boolean, inherited: readonly string[]): void => {
      if (index < 0) {
        builtInDefault = true;
        return;
      }
      const owned = layers[index];
      const sec = sectionElement(owned.policy, section);
      // A layer that leaves the section out inherits it, as if it held only `<base/>`.
      if (!sec) return expandLayer(index - 1, nested, inherited);
      walkChildren(sec.children, owned, [...inherited, ...owned.ignore], nested, (el, suppressed, isNested) => {
        if (el.name === "base") {
          expandLayer(index - 1, isNested, suppressed);
          return false;
        }
        if (el.name === "include-fragment") {
          includeFragment(el, suppressed, isNested, owned.api);
        }
        return true;
      });
    };

    const includeFragment = (el: PolicyElement, suppressed: readonly string[], nested: boolean, api?: string): void => {
      const id = attribute(el, "fragment-id");
      const fragment = id === undefined ? undefined : model.policyFragments[id];
      if (!fragment || active.has(fragment.name)) return;
      active.add(fragment.name);
      const owned: OwnedPolicy = { policy: fragment.policy, ignore: fragment.ignore, api };
      walkChildren(fragment.policy.document.root.children, owned, [...suppressed, ...fragment.ignore], true, (inner, s, n) => {
        if (inner.name === "include-fragment") includeFragment(inner, s, n, api);
        return true;
      });
      active.delete(fragment.name);
    };

    function walkChildren(
      nodes: readonly PolicyNode[],
      owned: OwnedPolicy,
      suppressed: readonly string[],
      nested: boolean,
      onElement: (el: PolicyElement, suppressed: readonly string[], nested: boolean) => boolean,
    ): void {
      forEachElement(nodes, suppressed, (el, s) => {
        if (!onElement(el, s, nested)) return;
        items.push({ element: el, policy: owned.policy, suppressed: s, api: owned.api, nested });
        walkChildren(el.children, owned, s, true, onElement);
      });
    }

    expandLayer(layers.length - 1, false, []);
    return { items, builtInDefault };
  };

  const elements = (owned: OwnedPolicy, section?: PolicySection): PolicyItem[] => {
    const out: PolicyItem[] = [];
    const roots = section ? [sectionElement(owned.policy, section)].filter((e): e is PolicyElement => !!e) : [owned.policy.document.root];
    const visit = (nodes: readonly PolicyNode[], suppressed: readonly string[], nested: boolean) =>
      forEachElement(nodes, suppressed, (el, s) => {
        out.push({ element: el, policy: owned.policy, suppressed: s, api: owned.api, nested });
        visit(el.children, s, true);
      });
    for (const root of roots) visit(root.children, owned.ignore, false);
    return out;
  };

  return { all, elements, operationLayers, effective };
}

function sectionElement(policy: PolicyModel, section: PolicySection): PolicyElement | undefined {
  const root = policy.document.root;
  if (root.name !== "policies") return undefined;
  return root.children.find((n): n is PolicyElement => n.type === "element" && n.name === section);
}

/** Calls `visit` for each child element with the codes in effect, honouring `<!-- apimc-ignore CODE -->`. */
function forEachElement(
  nodes: readonly PolicyNode[],
  suppressed: readonly string[],
  visit: (el: PolicyElement, suppressed: readonly string[]) => void,
): void {
  let pending: string[] = [];
  for (const node of nodes) {
    if (node.type === "comment") {
      pending = commentIgnoreCodes(node.text);
    } else if (node.type === "element") {
      visit(node, pending.length ? [...suppressed, ...pending] : suppressed);
      pending = [];
    } else if (node.text.trim() !== "") {
      pending = [];
    }
  }
}
