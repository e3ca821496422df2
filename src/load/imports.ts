/** Imports the operations of every API that names an `openapi` or `wsdl` file. */
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import { joinPointer } from "../core/pointer";
import { CODES } from "./codes";
import { resolveRef, type Reader } from "./file-reader";
import { isMap } from "./includes";
import { importOpenApi } from "./openapi-import";
import type { PointerSourceMap } from "./source-map";
import type { ImportedApi } from "./types";
import { importWsdl } from "./wsdl-import";

export async function importApis(
  data: Record<string, unknown>,
  sourceMap: PointerSourceMap,
  read: Reader,
  dirOf: (file: string) => string,
): Promise<{ imports: Record<string, ImportedApi>; diagnostics: Diagnostic[] }> {
  const imports: Record<string, ImportedApi> = {};
  const diagnostics: Diagnostic[] = [];
  const apis = isMap(data.apis) ? data.apis : {};
  for (const name of Object.keys(apis).sort()) {
    const api = apis[name];
    if (!isMap(api)) continue;
    for (const format of ["openapi", "wsdl"] as const) {
      const ref = api[format];
      if (typeof ref !== "string" || ref.trim() === "") continue;
      const pointer = joinPointer("/apis", name, format);
      const at = sourceMap.locate(pointer);
      if (/^[a-z][a-z0-9+.-]+:\/\//i.test(ref.trim())) {
        const kind = format === "openapi" ? "OpenAPI" : "WSDL";
        diagnostics.push(
          makeDiagnostic(CODES.remoteDefinition, "error", `remote ${kind} files are not fetched: ${format} must name a file in the repository`, at, pointer, "download it into the repository and reference the file"),
        );
        continue;
      }
      const file = resolveRef(dirOf(at.file), ref.trim());
      const r = read(file);
      if (!r.ok) {
        const code = format === "openapi" ? CODES.openapiMissing : CODES.wsdlMissing;
        diagnostics.push(
          makeDiagnostic(code, "error", `${format} file ${file} ${r.missing ? "does not exist" : `cannot be read: ${r.reason}`}`, at, pointer, "fix the path; it is relative to the file that declares it"),
        );
        continue;
      }
      const result = format === "openapi" ? await importOpenApi(file, r.text, at, pointer, read) : importWsdl(file, r.text, at, pointer);
      diagnostics.push(...result.diagnostics);
      if (result.api && !imports[name]) imports[name] = result.api;
    }
  }
  return { imports, diagnostics };
}
