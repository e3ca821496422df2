/**
 * Packs resources into templates that each stay within ARM's limits. Order:
 * shared resources (named values, backends, fragments, global policy,
 * version sets), then APIs (an API with its operations and policies kept
 * together), then products and gateways. Each template depends only on
 * earlier ones, so deploying them in order is enough.
 */
import type { ResourceId } from "../../model";
import { printedResource } from "./printed";
import type { PlacedResource } from "./resources";
import type { ArmLimits } from "./types";

export interface Chunk {
  label: "shared" | "apis" | "products";
  resources: PlacedResource[];
}

const PHASES: Array<Chunk["label"]> = ["shared", "apis", "products"];

function phaseOf(id: ResourceId): Chunk["label"] {
  const head = id.split("/")[0];
  if (head === "apis") return "apis";
  if (head === "products" || head === "gateways") return "products";
  return "shared";
}

/** Resources that belong together: an API with its children, a product or gateway with its links. */
function unitOf(id: ResourceId): string {
  const s = id.split("/");
  // An API's revisions (`orders;rev=2`) travel with the API.
  return s[0] === "apis" || s[0] === "products" || s[0] === "gateways" ? `${s[0]}/${s[1].split(";rev=")[0]}` : id;
}

/** Size of a resource as printed inside the template's `resources` array (2-space indent, depth 2). */
export function printedSize(r: PlacedResource): number {
  const text = printedResource(r.resource);
  let lines = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return Buffer.byteLength(text, "utf8") + lines * 4 + 2;
}

/** Room kept in each template for its header and parameters. */
const FRAME_BYTES = 1024;
const PARAMETER_BYTES = 256;

export function splitResources(placed: PlacedResource[], limits: ArmLimits): Chunk[] {
  const units = new Map<string, PlacedResource[]>();
  for (const r of placed) {
    const key = unitOf(r.id);
    const list = units.get(key);
    if (list) list.push(r);
    else units.set(key, [r]);
  }
  const chunks: Chunk[] = [];
  for (const phase of PHASES) {
    let cur: Chunk | undefined;
    let bytes = 0;
    let params = new Set<string>();
    const open = () => {
      cur = { label: phase, resources: [] };
      chunks.push(cur);
      bytes = FRAME_BYTES;
      // Only the count matters: no secret parameter may be named serviceName (APIMC312) or be empty (schema pattern).
      // Stryker disable next-line StringLiteral: the name is never compared with a real parameter, see above
      params = new Set<string>(["serviceName"]);
    };
    const fits = (count: number, size: number, newParams: Set<string>) =>
      // Stryker disable next-line ConditionalExpression: fits() is only reached with a template open (the unit check tests cur === undefined first)
      cur !== undefined &&
      cur.resources.length + count <= limits.maxResources &&
      bytes + size + newParams.size * PARAMETER_BYTES <= limits.maxBytes &&
      params.size + newParams.size <= limits.maxParameters;
    for (const [key, members] of units) {
      if (phaseOf(key) !== phase) continue;
      const sizes = members.map(printedSize);
      const unitParams = new Set(members.flatMap((m) => m.parameters).filter((p) => !params.has(p)));
      // Keep a unit whole when it fits in a fresh template; otherwise spill it resource by resource.
      if (
        cur === undefined ||
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an open template always holds the previous unit's members (a unit has at least one), so this is always true here
        (cur.resources.length > 0 &&
          !fits(members.length, sum(sizes), unitParams))
      )
        open();
      members.forEach((m, i) => {
        const mp = new Set(m.parameters.filter((p) => !params.has(p)));
        if (!fits(1, sizes[i], mp) && cur!.resources.length > 0) open();
        cur!.resources.push(m);
        bytes += sizes[i] + mp.size * PARAMETER_BYTES;
        for (const p of mp) params.add(p);
      });
    }
  }
  return chunks;
}

function sum(a: number[]): number {
  return a.reduce((x, y) => x + y, 0);
}
