/**
 * The API schema Azure's own OpenAPI import creates, and the `schemaId`/`typeName` it writes on
 * representations. OpenAPI 3 `components.schemas` becomes one schema of content type
 * `application/vnd.oai.openapi.components+json` (document `{ components: { schemas } }`); Swagger 2
 * `definitions` one of `application/vnd.ms-azure-apim.swagger.definitions+json` (document `{ definitions }`).
 * Azure names the schema with a generated id; apimc names it after the section (`components` or
 * `definitions`) so the same file always gives the same resource. The raw document is read (not the
 * dereferenced one) so `$ref`s stay as Azure stores them and say which type a body is.
 */
import type { Operation, Representation } from "./declarations.generated";
import { isMap } from "./includes";

type Obj = Record<string, unknown>;

export const OPENAPI_COMPONENTS_TYPE = "application/vnd.oai.openapi.components+json";
export const SWAGGER_DEFINITIONS_TYPE = "application/vnd.ms-azure-apim.swagger.definitions+json";

/** apimc's name for the schema an import creates: one per API, named after the document section. */
export function importedSchemaName(v2: boolean): string {
  return v2 ? "definitions" : "components";
}

/** The schema resource of a raw OpenAPI document, or undefined when it defines no types. */
export function importedSchema(raw: Obj, v2: boolean): { contentType: string; document: { components?: Obj; definitions?: Obj } } | undefined {
  if (v2) {
    if (!isMap(raw.definitions) || Object.keys(raw.definitions).length === 0) return undefined;
    return { contentType: SWAGGER_DEFINITIONS_TYPE, document: { definitions: structuredClone(raw.definitions) } };
  }
  const components = isMap(raw.components) ? raw.components : undefined;
  if (!components || !isMap(components.schemas) || Object.keys(components.schemas).length === 0) return undefined;
  return { contentType: OPENAPI_COMPONENTS_TYPE, document: { components: { schemas: structuredClone(components.schemas) } } };
}

/** The type a schema object names by a local `$ref` (`#/components/schemas/Order` -> `Order`), else undefined. */
function typeNameOf(schema: unknown, v2: boolean): string | undefined {
  if (!isMap(schema) || typeof schema.$ref !== "string") return undefined;
  const prefix = v2 ? "#/definitions/" : "#/components/schemas/";
  if (!schema.$ref.startsWith(prefix)) return undefined;
  const name = schema.$ref.slice(prefix.length);
  if (name === "" || name.includes("/")) return undefined;
  return name.replace(/~1/g, "/").replace(/~0/g, "~");
}

function mark(reps: Representation[] | undefined, schemaId: string, typeOf: (contentType: string) => string | undefined): void {
  for (const r of reps ?? []) {
    const typeName = typeOf(r.contentType);
    if (typeName === undefined) continue;
    r.schemaId = schemaId;
    r.typeName = typeName;
  }
}

/**
 * Sets `schemaId` and `typeName` on the representations of `op` (derived from `rawOp`) whose body schema is a
 * `$ref` to a type of the imported schema. Inline and array schemas are left without them: Azure invents type
 * names for those, which a declaration cannot reproduce.
 */
export function attachSchemaRefs(op: Operation, rawPathItem: Obj, rawOp: Obj, v2: boolean, schemaId: string): void {
  if (v2) {
    const params = [...(Array.isArray(rawPathItem.parameters) ? rawPathItem.parameters : []), ...(Array.isArray(rawOp.parameters) ? rawOp.parameters : [])];
    const body = params.find((p) => isMap(p) && p.in === "body") as Obj | undefined;
    const bodyType = body ? typeNameOf(body.schema, true) : undefined;
    mark(op.request?.representations, schemaId, () => bodyType);
    for (const r of op.responses ?? []) {
      const rawResp = isMap(rawOp.responses) ? rawOp.responses[String(r.statusCode)] : undefined;
      const t = isMap(rawResp) ? typeNameOf(rawResp.schema, true) : undefined;
      mark(r.representations, schemaId, () => t);
    }
    return;
  }
  const contentOf = (holder: unknown): Obj | undefined => (isMap(holder) && isMap(holder.content) ? holder.content : undefined);
  const requestContent = contentOf(rawOp.requestBody);
  mark(op.request?.representations, schemaId, (ct) => typeNameOf(isMap(requestContent?.[ct]) ? (requestContent![ct] as Obj).schema : undefined, false));
  for (const r of op.responses ?? []) {
    const content = contentOf(isMap(rawOp.responses) ? rawOp.responses[String(r.statusCode)] : undefined);
    mark(r.representations, schemaId, (ct) => typeNameOf(isMap(content?.[ct]) ? (content![ct] as Obj).schema : undefined, false));
  }
}
