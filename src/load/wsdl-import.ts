/** WSDL 1.1 (and 2.0 bindings) -> one SOAP pass-through `Operation` per binding operation. */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { CODES } from "./codes";
import type { Operation } from "./declarations.generated";
import { kebabName, NameAllocator } from "./operation-names";
import type { ImportedApi } from "./types";

const WSDL_NS = new Set(["http://schemas.xmlsoap.org/wsdl/", "http://www.w3.org/ns/wsdl"]);

interface Found {
  name: string;
  soapAction?: string;
}

export function importWsdl(file: string, text: string, at: SourceLocation, pointer: string): { api?: ImportedApi; diagnostics: Diagnostic[] } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: SaxesTagNS[] = [];
  const bindingOps: Found[] = [];
  const portTypeOps: string[] = [];
  let title: string | undefined;
  let error: Diagnostic | undefined;
  parser.on("error", (err) => {
    error ??= makeDiagnostic(CODES.wsdlMalformed, "error", `malformed WSDL: ${err.message.replace(/^\d+:\d+: /, "")}`, { file, line: parser.line, col: parser.column + 1 }, pointer, "fix the XML at this position");
  });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const inWsdl = (t: SaxesTagNS | undefined, local: string) => t !== undefined && t.local === local && WSDL_NS.has(t.uri);
    if (stack.length === 0 && (tag.local === "definitions" || tag.local === "description")) {
      const n = attr(tag, "name");
      if (n) title = n;
    }
    if (inWsdl(tag, "operation") && inWsdl(parent, "binding")) {
      const name = attr(tag, "name") ?? localPart(attr(tag, "ref") ?? "");
      if (name) bindingOps.push({ name });
    } else if (inWsdl(tag, "operation") && inWsdl(parent, "portType")) {
      const name = attr(tag, "name");
      if (name) portTypeOps.push(name);
    } else if (tag.local === "operation" && inWsdl(parent, "operation") && inWsdl(stack[stack.length - 2], "binding")) {
      const action = attr(tag, "soapAction") ?? attr(tag, "action");
      const op = bindingOps[bindingOps.length - 1];
      if (op && action !== undefined && op.soapAction === undefined) op.soapAction = action;
    }
    if (tag.local === "operation" && WSDL_NS.has(tag.uri) && inWsdl(parent, "binding")) {
      const action = attr(tag, "action");
      const op = bindingOps[bindingOps.length - 1];
      if (op && action !== undefined && op.soapAction === undefined) op.soapAction = action;
    }
    if (!tag.isSelfClosing) stack.push(tag);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  try {
    parser.write(text).close();
  } catch {
    // The error handler above has recorded the first problem.
  }
  if (error) return { diagnostics: [error] };
  const found: Found[] = bindingOps.length ? bindingOps : portTypeOps.map((name) => ({ name }));
  if (!found.length) {
    return {
      diagnostics: [makeDiagnostic(CODES.wsdlNoOperations, "warning", `${file} declares no operations`, at, pointer, "check that the WSDL has a binding with operations")],
    };
  }
  const names = new NameAllocator();
  const seen = new Set<string>();
  const operations: Record<string, Operation> = {};
  for (const f of found) {
    // SOAP 1.1 and 1.2 bindings repeat the same operations.
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    const urlTemplate = f.soapAction ? `/?soapAction=${f.soapAction}` : `/${f.name}`;
    operations[names.take(kebabName(f.name) || "operation")] = { displayName: f.name.slice(0, 300), method: "POST", urlTemplate };
  }
  const api: ImportedApi = { pointer, file, format: "wsdl", operations };
  if (title) api.title = title;
  return { api, diagnostics: [] };
}

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && a.uri === "") return a.value;
  return undefined;
}

function localPart(qname: string): string {
  const i = qname.indexOf(":");
  return i >= 0 ? qname.slice(i + 1) : qname;
}
