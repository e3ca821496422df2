/**
 * ARM resource id -> the APIM instance and the apimc reference it names. The
 * provider's resource ids are ARM ids, so `pulumi import` and `read` with no
 * stored state start here.
 */
import type { ApimTarget } from "../azure/kinds";
import { APIM_KINDS, armKindOf, type ApimKind, type ApimRef } from "./resources";

export interface ParsedApimId {
  target: ApimTarget;
  ref: ApimRef;
}

const SERVICE_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ApiManagement\/service\/([^/]+)\/(.+)$/i;

/** Matches `rel` (below the service) against a kind's path template; names in order, or undefined. */
function matchKind(kind: ApimKind, rel: string[]): string[] | undefined {
  const tpl = armKindOf(kind).path.split("/");
  if (tpl.length !== rel.length) return undefined;
  const names: string[] = [];
  for (const [i, seg] of tpl.entries()) {
    if (seg === "*") names.push(decodeURIComponent(rel[i]));
    else if (seg.toLowerCase() !== rel[i].toLowerCase()) return undefined;
  }
  return names;
}

/**
 * `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}/{path}`
 * -> target and reference; undefined when the id is not an APIM resource apimc manages.
 * Path segments are compared case-insensitively, as ARM does.
 */
export function parseApimResourceId(id: string): ParsedApimId | undefined {
  const m = SERVICE_ID.exec(id.trim().replace(/\/+$/, ""));
  if (!m) return undefined;
  const rel = m[4].split("/");
  // Policies first: `apis/*/policies/policy` would otherwise not be told from other 4-segment kinds.
  const kinds = [...APIM_KINDS].sort((a, b) => Number(b.endsWith("olicy")) - Number(a.endsWith("olicy")));
  for (const kind of kinds) {
    const names = matchKind(kind, rel);
    if (names) return { target: { subscriptionId: m[1], resourceGroup: m[2], serviceName: m[3] }, ref: { kind, names } };
  }
  return undefined;
}
