/** Resolves every `apis.X.schemas.NAME.document` file reference to its text, like policy files; and API revision numbers. */
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { joinPointer } from "../core/pointer";
import { CODES } from "./codes";
import { resolveRef, type Reader } from "./file-reader";
import { isMap } from "./includes";
import type { PointerSourceMap } from "./source-map";

/** Keyed by the pointer of the `document` property; only file references are listed (inline documents stay in the data). */
export type SchemaDocuments = Record<string, { file: string; text: string; json?: unknown }>;

/**
 * Which document key the contract wants for a content type: Swagger definitions and OpenAPI components carry an
 * object (`definitions` / `components`); every other type (GraphQL, XSD, WADL, OData, protobuf, ...) a text `value`.
 */
export function schemaDocumentKey(contentType: unknown): "value" | "definitions" | "components" {
  if (typeof contentType !== "string") return "value";
  const t = contentType.trim().toLowerCase();
  if (t === "application/vnd.oai.openapi.components+json") return "components";
  if (t === "application/vnd.ms-azure-apim.swagger.definitions+json") return "definitions";
  return "value";
}

export function collectSchemaDocuments(
  data: Record<string, unknown>,
  sourceMap: PointerSourceMap,
  read: Reader,
  dirOf: (file: string) => string,
): { documents: SchemaDocuments; diagnostics: Diagnostic[] } {
  const documents: SchemaDocuments = {};
  const diagnostics: Diagnostic[] = [];
  const apis = data.apis;
  if (!isMap(apis)) return { documents, diagnostics };
  for (const [api, decl] of Object.entries(apis)) {
    if (!isMap(decl) || !isMap(decl.schemas)) continue;
    for (const [name, schema] of Object.entries(decl.schemas)) {
      if (!isMap(schema) || typeof schema.document !== "string" || schema.document.trim() === "") continue;
      const pointer = joinPointer("/apis", api, "schemas", name, "document");
      const loc = sourceMap.locate(pointer);
      const file = resolveRef(dirOf(loc.file), schema.document.trim());
      const r = read(file);
      if (!r.ok) {
        // The same code as a missing `openapi:` file: both are an API's definition file.
        diagnostics.push(
          makeDiagnostic(CODES.openapiMissing, "error", `schema document ${file} ${r.missing ? "does not exist" : `cannot be read: ${r.reason}`}`, loc, pointer, "fix the path (it is relative to the file that declares it), or write the document inline as `{ value: ... }`"),
        );
        continue;
      }
      if (schemaDocumentKey(schema.contentType) === "value") {
        documents[pointer] = { file, text: r.text };
        continue;
      }
      try {
        documents[pointer] = { file, text: r.text, json: JSON.parse(r.text) as unknown };
      } catch (err) {
        diagnostics.push(
          makeDiagnostic(CODES.openapiInvalid, "error", `schema document ${file} is not valid JSON (content type ${String(schema.contentType)}): ${(err as Error).message}`, loc, pointer, "fix the JSON in the file, or use the content type of what the file holds"),
        );
      }
    }
  }
  return { documents, diagnostics };
}

/** APIM revision numbers are positive integers without leading zeros. */
export function isRevisionNumber(s: string): boolean {
  return /^[1-9][0-9]{0,8}$/.test(s);
}
