/** OpenAPI 2.0 / 3.0 / 3.1 -> one `Operation` per path and method. */
import type SwaggerParserType from "@apidevtools/swagger-parser";
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../core/diagnostic";
import { CODES } from "./codes";
import type { Operation, Parameter, Representation } from "./declarations.generated";
import { isMap } from "./includes";
import type { Reader } from "./file-reader";
import { findBrokenRefs } from "./openapi-refs";
import { attachSchemaRefs, importedSchema, importedSchemaName } from "./openapi-schemas";
import { AzureNameAllocator, azureOperationName, fallbackName } from "./operation-names";
import type { ImportedApi } from "./types";
import { parseSource } from "./yaml-source";

type Obj = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export async function importOpenApi(
  file: string,
  text: string,
  at: SourceLocation,
  pointer: string,
  read?: Reader,
): Promise<{ api?: ImportedApi; diagnostics: Diagnostic[] }> {
  const parsed = parseSource(file, text);
  if (parsed.diagnostics.length) return { diagnostics: parsed.diagnostics.map((d) => ({ ...d, code: CODES.openapiInvalid, pointer })) };
  const invalid = (why: string, hint = "point `openapi` at an OpenAPI 2.0, 3.0 or 3.1 file (JSON or YAML)"): { diagnostics: Diagnostic[] } => ({
    diagnostics: [makeDiagnostic(CODES.openapiInvalid, "error", `${file} is not a usable OpenAPI document: ${why}`, at, pointer, hint)],
  });
  if (!isMap(parsed.data)) return invalid("it is not a map");
  if (typeof parsed.data.swagger !== "string" && typeof parsed.data.openapi !== "string") return invalid("it has no `openapi` (3.x) or `swagger` (2.0) version field");
  const broken = findBrokenRefs(file, parsed.data, read);
  if (broken.length) {
    return {
      diagnostics: broken.map((b) =>
        makeDiagnostic(
          CODES.openapiBrokenRef,
          "error",
          `$ref ${JSON.stringify(b.ref)} points at nothing: ${b.why}`,
          parsed.entries.get(b.pointer)?.value ?? { file, line: 1, col: 1 },
          pointer,
          "fix the reference, or add the definition it names",
        ),
      ),
    };
  }
  // Dereferencing works in place: the raw document (its `$ref`s name the schema types) is kept apart.
  const raw = structuredClone(parsed.data);
  let doc: Obj;
  try {
    // Loaded on first import: swagger-parser brings ajv and the OpenAPI schemas (about a third of apimc's
    // load time), and most runs import no OpenAPI file.
    const SwaggerParser = (require("@apidevtools/swagger-parser") as { default?: typeof SwaggerParserType } & typeof SwaggerParserType);
    doc = (await (SwaggerParser.default ?? SwaggerParser).dereference(file, parsed.data as never, {
      resolve: { http: false },
      dereference: { circular: "ignore" },
    })) as unknown as Obj;
  } catch (err) {
    return invalid(oneLine(err instanceof Error ? err.message : String(err)), `fix ${file} at the problem named here`);
  }
  if (!isMap(doc.paths) && !isMap(doc.webhooks)) return invalid("it has no `paths`", "add the API's operations under `paths`");
  const diagnostics: Diagnostic[] = [];
  if (!isMap(doc.paths)) {
    diagnostics.push(
      makeDiagnostic(CODES.openapiNoPaths, "warning", `${file} has no \`paths\` (only webhooks), so the API gets no imported operations`, at, pointer, "declare the operations under `operations`, or point at a document with `paths`"),
    );
  }
  const v2 = typeof doc.swagger === "string";
  const info = isMap(doc.info) ? doc.info : {};
  const names = new AzureNameAllocator();
  const operations: Record<string, Operation> = {};
  const operationIds: Record<string, string> = {};
  const paths = isMap(doc.paths) ? doc.paths : {};
  // The schema Azure's import would create, and the raw (not dereferenced) paths whose `$ref`s name its types.
  const schema = importedSchema(raw, v2);
  const schemaId = importedSchemaName(v2);
  const rawPaths = isMap(raw.paths) ? raw.paths : {};
  // Document order, as Azure imports: it decides which of two colliding operationIds gets the `-1`.
  for (const urlPath of Object.keys(paths)) {
    const item = paths[urlPath];
    if (!isMap(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isMap(op)) continue;
      const opId = typeof op.operationId === "string" ? op.operationId : "";
      const name = names.take(azureOperationName(opId) || fallbackName(method, urlPath));
      operations[name] = deriveOperation(doc, v2, urlPath, method, item, op);
      const rawItem = rawPaths[urlPath];
      if (schema && isMap(rawItem) && isMap(rawItem[method])) attachSchemaRefs(operations[name], rawItem, rawItem[method] as Obj, v2, schemaId);
      if (opId) operationIds[name] = opId;
    }
  }
  const api: ImportedApi = { pointer, file, format: "openapi", operations, operationIds };
  if (schema) api.schemas = { [schemaId]: schema };
  if (typeof info.title === "string") api.title = info.title;
  if (typeof info.description === "string") api.description = info.description;
  return { api, diagnostics };
}

function deriveOperation(doc: Obj, v2: boolean, urlPath: string, method: string, item: Obj, op: Obj): Operation {
  const METHOD = method.toUpperCase();
  const opId = typeof op.operationId === "string" ? op.operationId : undefined;
  const summary = typeof op.summary === "string" && op.summary.trim() ? op.summary.trim() : undefined;
  const out: Operation = {
    displayName: clip(summary ?? opId ?? `${METHOD} ${urlPath}`, 300),
    method: METHOD,
    urlTemplate: urlPath,
  };
  if (typeof op.description === "string" && op.description) out.description = clip(op.description, 1000);
  const params = mergeParams(item.parameters, op.parameters);
  const template: Parameter[] = [];
  const query: Parameter[] = [];
  const headers: Parameter[] = [];
  const representations: Representation[] = [];
  for (const p of params) {
    const where = p.in;
    if (where === "path") template.push({ ...param(p, v2), required: true });
    else if (where === "query") query.push(param(p, v2));
    else if (where === "header") headers.push(param(p, v2));
  }
  // APIM rejects a template parameter that is not declared; OpenAPI files sometimes leave them out.
  for (const m of urlPath.matchAll(/\{([^}]+)\}/g)) {
    if (!template.some((t) => t.name === m[1])) template.push({ name: m[1], type: "string", required: true });
  }
  if (v2) {
    const hasBody = params.some((p) => p.in === "body" || p.in === "formData");
    if (hasBody) for (const ct of strings(op.consumes ?? doc.consumes, params.some((p) => p.in === "formData") ? "application/x-www-form-urlencoded" : "application/json")) representations.push({ contentType: ct });
  } else if (isMap(op.requestBody) && isMap(op.requestBody.content)) {
    for (const ct of Object.keys(op.requestBody.content)) representations.push({ contentType: ct });
  }
  if (template.length) out.templateParameters = template;
  const request: NonNullable<Operation["request"]> = {};
  if (!v2 && isMap(op.requestBody) && typeof op.requestBody.description === "string") request.description = op.requestBody.description;
  if (query.length) request.queryParameters = query;
  if (headers.length) request.headers = headers;
  if (representations.length) request.representations = representations;
  if (Object.keys(request).length) out.request = request;
  const responses = deriveResponses(doc, v2, op);
  if (responses.length) out.responses = responses;
  return out;
}

function deriveResponses(doc: Obj, v2: boolean, op: Obj): NonNullable<Operation["responses"]> {
  const out: NonNullable<Operation["responses"]> = [];
  if (!isMap(op.responses)) return out;
  for (const code of Object.keys(op.responses).sort()) {
    if (!/^[1-5]\d\d$/.test(code)) continue;
    const r = op.responses[code];
    if (!isMap(r)) continue;
    const resp: NonNullable<Operation["responses"]>[number] = { statusCode: Number(code) };
    if (typeof r.description === "string" && r.description) resp.description = r.description;
    const reps: Representation[] = [];
    if (v2) {
      if (r.schema !== undefined) for (const ct of strings(op.produces ?? doc.produces, "application/json")) reps.push({ contentType: ct });
    } else if (isMap(r.content)) {
      for (const ct of Object.keys(r.content)) reps.push({ contentType: ct });
    }
    if (reps.length) resp.representations = reps;
    if (isMap(r.headers)) {
      const hs: Parameter[] = [];
      for (const [name, h] of Object.entries(r.headers)) {
        if (!isMap(h)) continue;
        hs.push(param({ ...h, name }, v2));
      }
      if (hs.length) resp.headers = hs;
    }
    out.push(resp);
  }
  return out;
}

/** Path-level parameters, overridden by operation-level ones of the same name and location. */
function mergeParams(pathLevel: unknown, opLevel: unknown): Obj[] {
  const byKey = new Map<string, Obj>();
  for (const list of [pathLevel, opLevel]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) if (isMap(p) && typeof p.name === "string") byKey.set(`${String(p.in)}:${p.name}`, p);
  }
  return [...byKey.values()];
}

function param(p: Obj, v2: boolean): Parameter {
  const schema = !v2 && isMap(p.schema) ? p.schema : p;
  const out: Parameter = { name: String(p.name), type: typeOf(schema) };
  if (typeof p.description === "string" && p.description) out.description = p.description;
  if (p.required === true) out.required = true;
  const def = schema.default;
  if (def !== undefined && def !== null && typeof def !== "object") out.defaultValue = String(def);
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null && typeof v !== "object").map(String);
    if (values.length) out.values = values;
  }
  return out;
}

function typeOf(schema: Obj): string {
  const t = schema.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) {
    const first = t.find((x) => typeof x === "string" && x !== "null");
    if (typeof first === "string") return first;
  }
  return "string";
}

function strings(v: unknown, fallback: string): string[] {
  const list = Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  return list.length ? list : [fallback];
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

function oneLine(s: string): string {
  return s.split("\n")[0].trim();
}
