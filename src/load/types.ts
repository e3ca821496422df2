/**
 * What the loader hands to every later stage. The loader is the only code that
 * reads declaration files, policy files and OpenAPI/WSDL files.
 */
import type { Diagnostic, SourceLocation } from "../core/diagnostic";
import type { ApimcDeclarations, Operation } from "./declarations.generated";

export interface SourceMap {
  /** Where the value at `pointer` was written. */
  value(pointer: string): SourceLocation | undefined;
  /** Where the key of the property at `pointer` was written (for unknown-key errors). */
  key(pointer: string): SourceLocation | undefined;
  /**
   * The value's location, else (for a pointer an environment overlay deleted with `null`) the overlay's `null`,
   * else the nearest ancestor's, else the root file at 1:1.
   */
  locate(pointer: string): SourceLocation;
  /** Where an overlay deleted a direct child of `pointer`, if it did: the place to blame for a missing property. */
  deletedChild?(pointer: string): SourceLocation | undefined;
}

/** A policy document's text and where it came from. */
export interface PolicySource {
  /** Pointer of the `policy` property, e.g. `/apis/orders/operations/get/policy`. */
  pointer: string;
  /** The XML text. Structured YAML policies are printed to XML by the policy stage, so `text` is "" and `structured` holds the value. */
  text: string;
  /** File the XML text lives in (the policy XML file, or the YAML file for inline XML). */
  file: string;
  /** Line and column in `file` where `text` starts (1-based), so XML positions can be mapped back. */
  line: number;
  col: number;
  /** True when the XML is written inline in YAML/JSON. Inline block scalars start on the line after the key. */
  inline: boolean;
  /** For inline XML in a YAML block scalar: the indentation YAML removed from each line, to add back to columns. */
  lineIndent?: number;
  structured?: unknown;
}

/** Operations derived from an `openapi:` or `wsdl:` file. */
export interface ImportedApi {
  /** Pointer of the `openapi`/`wsdl` property. */
  pointer: string;
  file: string;
  format: "openapi" | "wsdl";
  /** Keyed by operation name (operationId, or a stable fallback). Same shape as declared operations. */
  operations: Record<string, Operation>;
  /** Imported name -> the raw `operationId` it came from; a declared operation keyed by either refines it. */
  operationIds?: Record<string, string>;
  /**
   * The schema resource Azure's own import makes from the document (OpenAPI 3 `components.schemas`, Swagger 2
   * `definitions`), by its apimc name; representations that `$ref` one of its types name it in `schemaId`.
   */
  schemas?: Record<string, { contentType: string; document: { components?: Record<string, unknown>; definitions?: Record<string, unknown> } }>;
  title?: string;
  description?: string;
}

export interface LoadedDeclarations {
  /** The root declaration file (apim.yaml / apim.json) as given or found. */
  rootFile: string;
  /** Overlay environment applied, if any. */
  env?: string;
  /** Every declaration file read, root first, in a stable order. */
  files: string[];
  /** The merged declarations after includes and the overlay. Policy properties are left as written. */
  data: ApimcDeclarations;
  sourceMap: SourceMap;
  /** Every policy property in the set, in document order. */
  policies: PolicySource[];
  /** Keyed by API name. */
  imports: Record<string, ImportedApi>;
  /** Text of `apis.X.schemas.NAME.document` files, keyed by the document's pointer (absent when there are none). */
  schemaDocuments?: Record<string, { file: string; text: string; json?: unknown }>;
  /** Loader problems: syntax errors, missing files, include cycles. */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  env?: string;
  /** Read files from here instead of the disk (used by tests and the Pulumi provider's object form). */
  readFile?: (path: string) => string;
}
