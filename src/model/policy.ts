/**
 * Turns a loader PolicySource into a PolicyModel: structured YAML printed to
 * XML, parsed, `backend:` sugar inserted, and the canonical text kept.
 */
import type { Diagnostic } from "../core/diagnostic";
import type { PolicySource } from "../load/types";
import type { PolicyScope } from "../policy/types";
import { parsePolicyShared, printPolicy, insertBackendSetter, emptyPolicyDocument, structuredPolicyToXml } from "../policy";
import type { PolicyModel, ResourceId } from "./types";

export function buildPolicy(
  id: ResourceId,
  scope: PolicyScope,
  source: PolicySource | undefined,
  backend: string | undefined,
  backendSource: { file: string; line: number; col: number; pointer: string } | undefined,
  diagnostics: Diagnostic[],
): PolicyModel | undefined {
  if (!source) {
    // `backend:` sugar without a policy of its own: APIM's default document plus the setter.
    if (!backend || !backendSource) return undefined;
    const document = insertBackendSetter(emptyPolicyDocument(backendSource.file), backend);
    const xml = printPolicy(document);
    const src: PolicySource = { pointer: backendSource.pointer, text: xml, file: backendSource.file, line: backendSource.line, col: backendSource.col, inline: true };
    return { id, scope, pointer: backendSource.pointer, xml, document, source: src };
  }
  const src = source;
  let text = src.text;
  if (src.structured !== undefined && text === "") {
    const printed = structuredPolicyToXml(src.structured, { file: src.file, pointer: src.pointer, line: src.line, col: src.col });
    diagnostics.push(...printed.diagnostics);
    if (printed.text === undefined) return undefined;
    text = printed.text;
  }
  const parsed = parsePolicyShared(src, text, { file: src.file, line: src.line, col: src.col, lineIndent: src.lineIndent, scope, pointer: src.pointer });
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.document) return undefined;
  const document = backend ? insertBackendSetter(parsed.document, backend) : parsed.document;
  return { id, scope, pointer: src.pointer, xml: printPolicy(document), document, source: src };
}
