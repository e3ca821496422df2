/**
 * The reference graph: who refers to whom. ARM `dependsOn`, Pulumi
 * `dependsOn` and the split of large templates all come from it.
 */
import type { Diagnostic, SourceLocation } from "../core/diagnostic";
import { makeDiagnostic } from "../core/diagnostic";
import { policyReferences } from "../policy";
import type { PolicyDocument } from "../policy/types";
import { namedValueTokens } from "./backend";
import { valuesAt } from "./kinds/paths";
import { MODEL_CODES } from "./codes";
import { genericReferences } from "./generic";
import { ids } from "./ids";
import { kindDescriptor, kindOfId } from "./kinds/registry";
import { listResources, modelObject, type ModelWithoutGraph } from "./resources";
import { revisionEdges } from "./revisions";
import type { PolicyModel, ReferenceEdge, ReferenceGraph, ReferenceKind, ResourceId } from "./types";

export type Locate = (pointer: string) => SourceLocation;

export interface GraphResult {
  graph: ReferenceGraph;
  diagnostics: Diagnostic[];
}

export function buildGraph(model: ModelWithoutGraph, locate: Locate): GraphResult {
  const resources = listResources(model);
  const nodes = resources.map((r) => r.id).sort(cmp);
  const known = new Set(nodes);
  const edges: ReferenceEdge[] = [];
  const seen = new Set<string>();
  const add = (from: ResourceId, to: ResourceId, kind: ReferenceKind, at: SourceLocation) => {
    if (!known.has(to) || from === to) return;
    const key = `${from}\0${to}\0${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, kind, file: at.file, line: at.line, col: at.col });
  };

  const byDisplayName = new Map<string, string>();
  for (const nv of Object.values(model.namedValues)) byDisplayName.set(nv.displayName, nv.name);
  const knownDisplayNames: ReadonlySet<string> = new Set(byDisplayName.keys());

  const policyEdges = (p: PolicyModel | undefined, owner: ResourceId | undefined) => {
    if (!p) return;
    if (owner) add(p.id, owner, "policyOf", locate(p.pointer));
    for (const ref of policyReferences(p.document as PolicyDocument, knownDisplayNames)) {
      const at = { file: ref.file, line: ref.line, col: ref.col };
      if (ref.kind === "namedValue") {
        const nv = byDisplayName.get(ref.name);
        if (nv !== undefined) add(p.id, ids.namedValue(nv), "namedValue", at);
      } else if (ref.kind === "backend") add(p.id, ids.backend(ref.name), "backend", at);
      else if (ref.kind === "fragment") add(p.id, ids.policyFragment(ref.name), "fragment", at);
      // `authentication-certificate certificate-id`: the certificate is deployed before the policy that uses it.
      else if (ref.kind === "certificate") add(p.id, `certificates/${ref.name}`, "reference", at);
    }
  };

  // Parent and property references come from the kind registry; policy documents and credential tokens are parsed.
  for (const r of resources) {
    const d = kindOfId(r.id);
    if (d.parent) add(r.id, parentIdOf(r.id), "parent", locate(r.pointer));
    // A policy's references are read from its parsed document (policyEdges), not from a property.
    if (d.kind === "policy") continue;
    for (const rule of d.references) {
      if (rule.armProperty === "(name)") {
        add(r.id, idOf(rule.to, r.id.split("/").pop() as string), rule.edge as ReferenceKind, locate(r.pointer));
        continue;
      }
      const props = propertiesOf(model, r.id);
      if (!props) continue;
      for (const found of valuesAt(props, rule.property.split("/"), "")) {
        if (typeof found.value === "string") add(r.id, idOf(rule.to, found.value), rule.edge as ReferenceKind, locate(`${r.pointer}${found.pointer}`));
      }
    }
  }
  // `{{display name}}` tokens where the registry says APIM resolves them (backend credentials, logger credentials).
  for (const r of resources) {
    const paths = kindOfId(r.id).namedValueTokens;
    if (!paths) continue;
    const props = modelObject(model, r.id)?.properties;
    for (const path of paths) {
      for (const found of valuesAt(props, path.split("/"), "")) {
        if (typeof found.value !== "string") continue;
        for (const t of namedValueTokens(found.value)) {
          const nv = byDisplayName.get(t.name);
          if (nv !== undefined) add(r.id, ids.namedValue(nv), "namedValue", locate(`${r.pointer}${found.pointer}`));
        }
      }
    }
  }
  // An API's authenticationSettings name an OpenID Connect provider or an authorization server (the contract keeps
  // the name in `openidProviderId`/`authorizationServerId`); Azure refuses the API until that server exists.
  for (const api of Object.values(model.apis)) {
    const auth = (api.properties as { authenticationSettings?: Record<string, Record<string, unknown> | undefined> }).authenticationSettings;
    for (const [block, key, kind, sugar] of [["openid", "openidProviderId", "openidConnectProvider", "openidProvider"], ["oAuth2", "authorizationServerId", "authorizationServer", "authorizationServer"]] as const) {
      const name = auth?.[block]?.[key];
      if (typeof name === "string") add(api.id, idOf(kind, name), "reference", locate(`${api.pointer}/authenticationSettings/${block}/${sugar}`));
    }
  }
  for (const f of Object.values(model.policyFragments)) policyEdges(f.policy, undefined);
  policyEdges(model.policy, undefined);
  for (const api of Object.values(model.apis)) {
    policyEdges(api.policy, api.id);
    for (const op of Object.values(api.operations)) policyEdges(op.policy, op.id);
    for (const rev of Object.values(api.revisions ?? {})) {
      policyEdges(rev.policy, rev.id);
      for (const op of Object.values(rev.operations)) policyEdges(op.policy, op.id);
    }
  }
  for (const [from, to, pointer] of revisionEdges(model, nodes)) add(from, to, "parent", locate(pointer));
  for (const p of Object.values(model.products)) policyEdges(p.policy, p.id);
  for (const r of Object.values(model.generic ?? {})) {
    for (const ref of genericReferences(r)) add(r.id, ref.to, "reference", locate(r.pointer + ref.pointer));
  }
  edges.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  return assemble(nodes, edges);
}

/** The id of the parent of a child resource id (`apis/a/operations/o` -> `apis/a`). */
function parentIdOf(id: ResourceId): ResourceId {
  return id.split("/").slice(0, -2).join("/");
}

/** The id of a resource of `kind` named `name` (top-level kinds only: references point at those). */
function idOf(kind: string, name: string): ResourceId {
  return `${kindDescriptor(kind).armType}/${name}`;
}

/** The model `properties` of a resource, for reference rules that read a property. */
function propertiesOf(model: ModelWithoutGraph, id: ResourceId): Record<string, unknown> | undefined {
  const [section, name, child, childName] = id.split("/");
  const top = (model as unknown as Record<string, Record<string, { properties?: Record<string, unknown> } & Record<string, unknown>> | undefined>)[section]?.[name];
  if (!top) return undefined;
  if (child === undefined) return top.properties;
  const nested = (top[child] as Record<string, { properties?: Record<string, unknown> }> | undefined)?.[childName];
  return nested?.properties;
}

/** Orders the nodes (dependencies first, ties by id) and reports every cycle. */
export function assemble(nodes: ResourceId[], edges: ReferenceEdge[]): GraphResult {
  const deps = new Map<ResourceId, ResourceId[]>();
  const dependents = new Map<ResourceId, ResourceId[]>();
  const indegree = new Map<ResourceId, number>();
  for (const n of nodes) {
    deps.set(n, []);
    dependents.set(n, []);
    indegree.set(n, 0);
  }
  for (const e of edges) {
    const d = deps.get(e.from)!;
    if (d.includes(e.to)) continue;
    d.push(e.to);
    dependents.get(e.to)!.push(e.from);
    indegree.set(e.from, indegree.get(e.from)! + 1);
  }
  for (const d of deps.values()) d.sort(cmp);

  const heap = new MinHeap();
  for (const n of nodes) if (indegree.get(n) === 0) heap.push(n);
  const order: ResourceId[] = [];
  while (heap.size > 0) {
    const n = heap.pop();
    order.push(n);
    for (const m of dependents.get(n)!) {
      const k = indegree.get(m)! - 1;
      indegree.set(m, k);
      if (k === 0) heap.push(m);
    }
  }
  const diagnostics: Diagnostic[] = [];
  if (order.length < nodes.length) {
    const placed = new Set(order);
    const left = nodes.filter((n) => !placed.has(n));
    for (const cycle of findCycles(left, deps, placed)) {
      const first = edges.find((e) => e.from === cycle[0] && e.to === cycle[1])!;
      diagnostics.push(
        makeDiagnostic(
          MODEL_CODES.referenceCycle,
          "error",
          `Resources refer to each other in a cycle: ${[...cycle].join(" -> ")}.`,
          first,
          "",
          "break the cycle: one of these references must go (a pool cannot contain itself, a fragment cannot include itself through others)",
        ),
      );
    }
    order.push(...left);
  }
  const graph: ReferenceGraph = {
    nodes,
    edges,
    order,
    dependsOn: (id) => deps.get(id) ?? [],
  };
  return { graph, diagnostics };
}

/** One cycle per strongly connected group of the unplaced nodes, starting at its smallest id, closed back to it. */
function findCycles(left: ResourceId[], deps: Map<ResourceId, ResourceId[]>, placed: Set<ResourceId>): ResourceId[][] {
  const cycles: ResourceId[][] = [];
  const covered = new Set<ResourceId>();
  for (const start of left) {
    if (covered.has(start)) continue;
    // Walk the smallest unplaced dependency until a node repeats: that loop is a cycle.
    const path: ResourceId[] = [];
    const at = new Map<ResourceId, number>();
    let cur: ResourceId | undefined = start;
    while (cur !== undefined && !at.has(cur)) {
      at.set(cur, path.length);
      path.push(cur);
      cur = deps.get(cur)!.find((d) => !placed.has(d));
    }
    if (cur === undefined) continue;
    const loop = path.slice(at.get(cur)!);
    for (const n of path) covered.add(n);
    if (loop.some((n) => cycles.some((c) => c.includes(n)))) continue;
    const min = loop.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
    const i = loop.indexOf(min);
    const rotated = [...loop.slice(i), ...loop.slice(0, i)];
    cycles.push([...rotated, rotated[0]]);
  }
  return cycles;
}

class MinHeap {
  private a: string[] = [];
  get size(): number {
    return this.a.length;
  }
  push(v: string): void {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (cmp(a[p], a[i]) <= 0) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): string {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && cmp(a[l], a[m]) < 0) m = l;
        if (r < a.length && cmp(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
