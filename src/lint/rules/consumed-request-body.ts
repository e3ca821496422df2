/**
 * APIMC509. `context.Request.Body.As<T>()` reads the request stream; unless it
 * is told to keep it (`preserveContent: true`), the forwarded request is empty.
 */
import type { PolicyElement } from "../../policy/types";
import type { Finding, LintContext, PreflightRule } from "../types";
import type { PolicyItem } from "../policy-walk";
import { elementLocation } from "../policy-walk";

/** Policies that answer the caller themselves, so nothing is forwarded after them. */
const ANSWERS = new Set(["return-response", "mock-response"]);

export const consumedRequestBody: PreflightRule = {
  code: "APIMC509",
  severity: "warning",
  title: "Consumed request body",
  catches:
    "An inbound expression that calls `context.Request.Body.As<T>()` (or `AsFormUrlEncodedContent()`) without `preserveContent: true` when the request is then forwarded: the backend receives an empty body.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-policy-expressions#ref-imessagebody",
  fix: "pass preserveContent: true, e.g. context.Request.Body.As<JObject>(preserveContent: true), so the body is still there when the request is forwarded.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    // One finding per operation that reaches the read, each with that operation's ignore codes: an API-level read
    // silenced for one operation (its `ignore`) still shows for the others. runPreflight sorts and drops the repeats.
    for (const apiName of Object.keys(ctx.model.apis).sort()) {
      const api = ctx.model.apis[apiName];
      // Stryker disable next-line MethodExpression: runPreflight sorts the findings, so the walk order cannot show
      for (const opName of Object.keys(api.operations).sort()) {
        const layers = ctx.policies.operationLayers(api, api.operations[opName]);
        const inbound = ctx.policies.effective(layers, "inbound");
        if (!isForwarded(ctx, layers, inbound.items)) continue;
        for (const item of inbound.items) {
          const call = consumingBodyRead(item.element);
          if (!call) continue;
          const at = elementLocation(item);
          out.push({
            message: `inbound <${item.element.name}> reads the request body with ${call} without preserveContent: true, and the request is then forwarded, so the backend receives an empty body`,
            at,
            pointer: item.policy.pointer,
            suppressed: item.suppressed,
            api: item.api ?? apiName,
          });
        }
      }
    }
    return out;
  },
};

function isForwarded(ctx: LintContext, layers: Parameters<LintContext["policies"]["effective"]>[0], inbound: PolicyItem[]): boolean {
  if (inbound.some((i) => !i.nested && ANSWERS.has(i.element.name))) return false;
  const backend = ctx.policies.effective(layers, "backend");
  return backend.builtInDefault || backend.items.some((i) => i.element.name === "forward-request");
}

/** The first body-consuming call written directly in the element (its attributes and text), or undefined. */
export function consumingBodyRead(el: PolicyElement): string | undefined {
  const texts = el.attributes.map((a) => a.value);
  for (const child of el.children) if (child.type === "text" || child.type === "cdata") texts.push(child.text);
  for (const text of texts) {
    const call = findConsumingCall(decodeEntities(text));
    if (call) return call;
  }
  return undefined;
}

const CALL = /context\.Request\.Body\??\.(As\s*<|AsFormUrlEncodedContent\s*\()/g;

export function findConsumingCall(text: string): string | undefined {
  CALL.lastIndex = 0;
  for (let m = CALL.exec(text); m; m = CALL.exec(text)) {
    let i = m.index + m[0].length;
    let typeArg = "";
    // The pattern's first alternative ends with `<` (As<T>(...)), the second with `(` (AsFormUrlEncodedContent(...)).
    if (m[1].endsWith("<")) {
      const close = balanced(text, i - 1, "<", ">");
      // Stryker disable next-line EqualityOperator: the bracket found is after the match, so `close` is never 0
      if (close < 0) continue;
      typeArg = text.slice(i, close).trim();
      i = close + 1;
      while (text[i] === " ") i++;
      if (text[i] !== "(") continue;
      i++;
    }
    const end = balanced(text, i - 1, "(", ")");
    // Stryker disable next-line EqualityOperator: the bracket found is after the match, so `end` is never 0
    if (end < 0) continue;
    const args = text.slice(i, end);
    if (/preserveContent\s*:\s*true\b/.test(args) || /^\s*true\s*$/.test(args)) continue;
    return typeArg ? `context.Request.Body.As<${typeArg}>()` : "context.Request.Body.AsFormUrlEncodedContent()";
  }
  return undefined;
}

/**
 * Policies exported in `xml` format escape `<` and `>` inside expressions. Only those two decide where a call and
 * its type argument end; quotes and ampersands never change what the rule finds, so they are left as written.
 */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** Index of the bracket closing the one at `open`, or -1. */
function balanced(text: string, open: number, o: string, c: string): number {
  let depth = 0;
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined, which matches no bracket
  for (let i = open; i < text.length; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i;
  }
  return -1;
}
