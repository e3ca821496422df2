/**
 * The single policy that runs for an operation: `<base />` replaced by the
 * enclosing scope's section (global -> product -> api -> operation) and
 * `include-fragment` replaced by the fragment's statements, each element
 * tagged with the scope it came from.
 */
import type { PolicyDocument, PolicyElement, PolicyNode, PolicySection } from "./types";

export interface PolicyLayer {
  /** e.g. `global`, `products/starter`, `apis/orders`, `apis/orders/operations/get`. */
  origin: string;
  document: PolicyDocument;
}

const SECTIONS: readonly PolicySection[] = ["inbound", "backend", "outbound", "on-error"];
const NOWHERE = { line: 0, col: 0 };

export function effectivePolicy(layers: PolicyLayer[], fragments: Record<string, PolicyDocument>): PolicyDocument {
  const sections: PolicyElement[] = [];
  for (const name of SECTIONS) {
    if (!layers.some((l) => sectionOf(l.document, name))) continue;
    sections.push({ type: "element", name, attributes: [], children: expandLayer(layers, layers.length - 1, name, fragments, []), pos: NOWHERE });
  }
  const last = layers[layers.length - 1];
  const root: PolicyElement = { type: "element", name: "policies", attributes: [], children: sections, pos: NOWHERE };
  if (last) root.origin = last.origin;
  return { root, leading: [], trailing: [], file: last ? last.document.file : "" };
}

function sectionOf(doc: PolicyDocument, name: PolicySection): PolicyElement | undefined {
  return doc.root.children.find((c): c is PolicyElement => c.type === "element" && c.name === name);
}

/** A layer without the section inherits it whole, as if it held only `<base />`. */
function expandLayer(layers: PolicyLayer[], index: number, section: PolicySection, fragments: Record<string, PolicyDocument>, seen: string[]): PolicyNode[] {
  if (index < 0) return [];
  const layer = layers[index];
  const el = sectionOf(layer.document, section);
  if (!el) return expandLayer(layers, index - 1, section, fragments, seen);
  return expandNodes(el.children, layer.origin, () => expandLayer(layers, index - 1, section, fragments, seen), fragments, seen);
}

function expandNodes(
  nodes: PolicyNode[],
  origin: string,
  base: () => PolicyNode[],
  fragments: Record<string, PolicyDocument>,
  seen: string[],
): PolicyNode[] {
  const out: PolicyNode[] = [];
  for (const node of nodes) {
    if (node.type !== "element") {
      out.push(node);
      continue;
    }
    if (node.name === "base") {
      out.push(...base());
      continue;
    }
    if (node.name === "include-fragment") {
      const fid = node.attributes.find((a) => a.name === "fragment-id")?.value ?? "";
      const fragment = fragments[fid];
      // A missing or self-including fragment stays visible rather than silently vanishing.
      if (fragment && !seen.includes(fid)) {
        out.push(...expandNodes(fragment.root.children, `policyFragments/${fid}`, base, fragments, [...seen, fid]));
        continue;
      }
    }
    out.push({ ...node, origin, children: expandNodes(node.children, origin, base, fragments, seen) });
  }
  return out;
}
