/**
 * Request to API and operation, as the gateway matches them: API by the
 * longest path prefix (version sets by segment, query or header), operation
 * by method and URL template.
 */
import type { ApiModel, Model, OperationModel } from "../model";
import { editDistance } from "../core/suggest";

export interface RouteMatch {
  api: ApiModel;
  /** Path after the API prefix (and version segment), starting with `/` or empty. */
  rest: string;
  operation?: OperationModel;
  params: Record<string, string>;
}

export function matchApi(model: Model, path: string, query: URLSearchParams, headers: (n: string) => string | undefined): { api: ApiModel; rest: string } | undefined {
  const clean = path.replace(/^\/+/, "");
  let best: { api: ApiModel; rest: string; len: number } | undefined;
  for (const api of Object.values(model.apis)) {
    if (api.properties.isCurrent === false) continue;
    let prefix = (api.properties.path ?? "").replace(/^\/+|\/+$/g, "");
    const vsName = api.properties.apiVersionSet;
    const vs = vsName ? (model.apiVersionSets[vsName]?.properties as { versioningScheme?: string; versionQueryName?: string; versionHeaderName?: string } | undefined) : undefined;
    const version = api.properties.apiVersion ?? "";
    if (vs) {
      if (vs.versioningScheme === "Segment") {
        if (version) prefix = prefix ? `${prefix}/${version}` : version;
      } else if (vs.versioningScheme === "Query") {
        const q = query.get(vs.versionQueryName ?? "api-version") ?? "";
        if (q !== version) continue;
      } else if (vs.versioningScheme === "Header") {
        const h = headers(vs.versionHeaderName ?? "Api-Version") ?? "";
        if (h !== version) continue;
      }
    }
    if (prefix && clean !== prefix && !clean.startsWith(`${prefix}/`)) continue;
    if (!best || prefix.length > best.len) best = { api, rest: clean.slice(prefix.length), len: prefix.length };
  }
  return best && { api: best.api, rest: best.rest };
}

interface Compiled {
  re: RegExp;
  names: string[];
  literal: number;
}

const templates = new Map<string, Compiled>();

function compileTemplate(t: string): Compiled {
  const hit = templates.get(t);
  if (hit) return hit;
  const path = t.split("?")[0].replace(/\/+$/, "") || "/";
  const names: string[] = [];
  let re = "";
  let literal = 0;
  for (const part of path.split(/(\{\*?[^}]+\})/)) {
    const m = /^\{(\*?)([^}]+)\}$/.exec(part);
    if (m) {
      names.push(m[2]);
      re += m[1] ? "(.*)" : "([^/]+)";
    } else if (part === "/*" || part.endsWith("/*")) {
      re += part.slice(0, -2).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(?:/.*)?";
      literal += part.length - 2;
    } else {
      re += part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      literal += part.length;
    }
  }
  const c = { re: new RegExp(`^${re === "/" ? "/?" : re + "/?"}$`, "i"), names, literal };
  templates.set(t, c);
  return c;
}

export function matchOperation(api: ApiModel, method: string, rest: string): { operation: OperationModel; params: Record<string, string> } | undefined {
  const path = rest === "" ? "/" : rest;
  let best: { operation: OperationModel; params: Record<string, string>; literal: number; wildcard: boolean } | undefined;
  for (const op of Object.values(api.operations)) {
    const m = op.properties.method.toUpperCase();
    if (m !== "*" && m !== method.toUpperCase()) continue;
    const c = compileTemplate(op.properties.urlTemplate);
    const hit = c.re.exec(path);
    if (!hit) continue;
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => (params[n] = safeDecodeComponent(hit[i + 1] ?? "")));
    const cand = { operation: op, params, literal: c.literal, wildcard: m === "*" };
    // More literal characters wins; an exact method beats `*`.
    if (!best || cand.literal > best.literal || (cand.literal === best.literal && best.wildcard && !cand.wildcard)) best = cand;
  }
  return best && { operation: best.operation, params: best.params };
}

/** The operations closest to `METHOD path`, for a "no operation matched" message. */
export function nearestOperations(model: Model, api: ApiModel | undefined, method: string, rest: string, fullPath: string): string[] {
  const cands: Array<{ label: string; d: number }> = [];
  for (const a of api ? [api] : Object.values(model.apis)) {
    for (const op of Object.values(a.operations)) {
      const prefix = api ? "" : `/${a.properties.path}`;
      const label = `${op.properties.method.toUpperCase()} ${prefix}${op.properties.urlTemplate} (${a.name}/${op.name})`;
      const target = `${method.toUpperCase()} ${api ? rest || "/" : fullPath}`;
      cands.push({ label, d: editDistance(`${op.properties.method.toUpperCase()} ${prefix}${op.properties.urlTemplate}`, target) });
    }
  }
  return cands
    .sort((x, y) => x.d - y.d || (x.label < y.label ? -1 : 1))
    .slice(0, 3)
    .map((c) => c.label);
}


function safeDecodeComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
