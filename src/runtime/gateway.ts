/**
 * A loaded gateway: the model's APIs and operations ready for routing, the
 * effective policy per (operation, product), and the load-time diagnostics
 * for every policy or expression the runtime cannot run, at file:line:col.
 */
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { effectivePolicy, expressionSpans, type PolicyLayer } from "../policy";
import type { PolicyDocument, PolicyElement, PolicyNode } from "../policy/types";
import type { ApiModel, Model, OperationModel, PolicyModel } from "../model";
import { RUNTIME_CODES } from "./codes";
import { compileExpression } from "./expression/compile";
import { POLICY_CHILDREN, POLICY_SUPPORT } from "./support";
import "./context";

export interface Gateway {
  model: Model;
  /** Load-time diagnostics (errors mean some policy or expression cannot run). */
  diagnostics: Diagnostic[];
  /** The effective policy of an operation for a request through `product` (or none). */
  effective(api: ApiModel, operation: OperationModel, product: string | undefined): PolicyDocument;
  /** File of the policy an effective element came from. */
  fileOf(origin: string | undefined): string;
  /** Names and displayNames of the declared named values. */
  namedValueNames: Set<string>;
}

/** Elements whose children are policies (the rest hold configuration). */
const CONTAINERS = new Set(["inbound", "backend", "outbound", "on-error", "when", "otherwise", "retry", "wait", "limit-concurrency", "fragment"]);

export function loadGateway(model: Model): Gateway {
  const diagnostics: Diagnostic[] = [];
  const docs: PolicyModel[] = [];
  if (model.policy) docs.push(model.policy);
  for (const p of Object.values(model.products)) if (p.policy) docs.push(p.policy);
  for (const f of Object.values(model.policyFragments)) docs.push(f.policy);
  for (const a of Object.values(model.apis)) {
    if (a.policy) docs.push(a.policy);
    for (const o of Object.values(a.operations)) if (o.policy) docs.push(o.policy);
  }
  for (const p of docs) checkDocument(p, diagnostics);

  const fragments: Record<string, PolicyDocument> = {};
  for (const name of Object.keys(model.policyFragments).sort()) fragments[name] = model.policyFragments[name].policy.document;
  const cache = new Map<string, PolicyDocument>();
  const origins = new Map<string, string>();
  const originFile = (origin: string): string => {
    const hit = origins.get(origin);
    if (hit !== undefined) return hit;
    const s = origin.split("/");
    let pm: PolicyModel | undefined;
    if (origin === "global") pm = model.policy;
    else if (s[0] === "products") pm = model.products[s[1]]?.policy;
    else if (s[0] === "policyFragments") pm = model.policyFragments[s[1]]?.policy;
    else if (s[0] === "apis") pm = s.length === 2 ? model.apis[s[1]]?.policy : model.apis[s[1]]?.operations[s[3]]?.policy;
    const file = pm ? pm.document.file : "";
    origins.set(origin, file);
    return file;
  };
  return {
    model,
    diagnostics,
    namedValueNames: new Set(Object.values(model.namedValues).flatMap((n) => [n.name, n.displayName])),
    fileOf: (origin) => (origin ? originFile(origin) : ""),
    effective(api, operation, product) {
      const key = `${api.name}\0${operation.name}\0${product ?? ""}`;
      let doc = cache.get(key);
      if (!doc) {
        const layers: PolicyLayer[] = [];
        if (model.policy) layers.push({ origin: "global", document: model.policy.document });
        const pp = product ? model.products[product]?.policy : undefined;
        if (pp && product) layers.push({ origin: `products/${product}`, document: pp.document });
        if (api.policy) layers.push({ origin: `apis/${api.name}`, document: api.policy.document });
        if (operation.policy) layers.push({ origin: `apis/${api.name}/operations/${operation.name}`, document: operation.policy.document });
        doc = effectivePolicy(layers, fragments);
        cache.set(key, doc);
      }
      return doc;
    },
  };
}

function checkDocument(p: PolicyModel, out: Diagnostic[]): void {
  const file = p.document.file;
  const walk = (el: PolicyElement, policyLevel: boolean): void => {
    if (policyLevel) checkPolicyElement(el, file, p.pointer, out);
    for (const a of el.attributes) checkExpressions(a.value, a.valuePos ?? a.pos, file, p.pointer, out);
    for (const c of el.children) {
      if (c.type === "element") walk(c, CONTAINERS.has(el.name));
      else if (c.type === "text") checkExpressions(c.text, c.pos, file, p.pointer, out);
      else if (c.type === "cdata") checkExpressions(c.text, { line: c.pos.line, col: c.pos.col + 9 }, file, p.pointer, out);
    }
  };
  const root = p.document.root;
  for (const c of root.children) {
    if (c.type !== "element") continue;
    // `<policies>` holds sections; a fragment holds policies directly.
    walk(c, root.name === "fragment");
  }
}

function checkPolicyElement(el: PolicyElement, file: string, pointer: string, out: Diagnostic[]): void {
  const s = POLICY_SUPPORT[el.name];
  const at = { file, line: el.pos.line, col: el.pos.col };
  if (!s) {
    if (POLICY_CHILDREN.has(el.name) || CONTAINERS.has(el.name)) return;
    out.push(makeDiagnostic(RUNTIME_CODES.unknownPolicy, "error", `\`<${el.name}>\` is not a policy apimc's runtime knows, so \`apimc test\` and \`apimc serve\` cannot run it.`, at, pointer, "Check the spelling; see docs/runtime.md for the supported policies."));
  } else if (s.level === "unsupported") {
    out.push(makeDiagnostic(RUNTIME_CODES.unsupportedPolicy, "error", `\`<${el.name}>\` is not supported by apimc's runtime (${s.note ?? "not modelled"}), so \`apimc test\` and \`apimc serve\` cannot run this policy.`, at, pointer, "Test this policy in an APIM instance, or move it to a scope your tests do not exercise; see docs/runtime.md."));
  }
}

/** `{{name}}` inside an expression becomes a same-length number, so offsets stay exact for the check. */
export function maskNamedValues(text: string): string {
  return text.replace(/\{\{[^{}]+\}\}/g, (m) => "0".padEnd(m.length, " "));
}

function checkExpressions(text: string, start: { line: number; col: number }, file: string, pointer: string, out: Diagnostic[]): void {
  if (!text.includes("@")) return;
  for (const [s, e] of expressionSpans(text)) {
    const source = text.slice(s, e);
    const compiled = compileExpression(maskNamedValues(source));
    for (const p of compiled.problems) {
      const pos = advance(start, text, s + p.offset);
      out.push(
        makeDiagnostic(
          p.unsupported ? RUNTIME_CODES.expressionUnsupported : RUNTIME_CODES.expressionSyntax,
          "error",
          p.message,
          { file, ...pos },
          pointer,
          p.unsupported ? "Rewrite the expression with the supported subset (docs/runtime.md), or test this policy in APIM." : "Fix the C# at this position.",
        ),
      );
    }
  }
}

/** Position `offset` characters after `start` in `text`. */
export function advance(start: { line: number; col: number }, text: string, offset: number): { line: number; col: number } {
  let line = start.line;
  let col = start.col;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}

export function elementChildren(el: PolicyElement, name?: string): PolicyElement[] {
  return el.children.filter((c): c is PolicyElement => c.type === "element" && (!name || c.name === name));
}

export function textOf(el: PolicyElement): string {
  return el.children
    .filter((c: PolicyNode) => c.type === "text" || c.type === "cdata")
    .map((c) => (c as { text: string }).text)
    .join("");
}
