/**
 * Names and routes that must be unique beyond ARM names: API path (+ version), method + URL template, named-value
 * display names. Which kind has which rule comes from the registry (`hooks.unique`).
 */
import { joinPointer } from "../../core/pointer";
import { kebabName } from "../../load/operation-names";
import { mergedOperations } from "../../load/operations";
import type { LoadedDeclarations } from "../../load/types";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { closest } from "../suggest";
import { KINDS } from "../../model/kinds/registry";
import type { KindDescriptor, KindHooks } from "../../model/kinds/types";

/** The section of a top-level kind in the declarations. */
function section(loaded: LoadedDeclarations, d: KindDescriptor): unknown {
  return d.declaration.in === "top" ? (loaded.data as unknown as Record<string, unknown>)[d.declaration.key] : undefined;
}

/**
 * The rules a descriptor's `hooks.unique` names. Each is Azure's own notion
 * of "the same" for that kind, which is no plain property comparison: API
 * paths compare without slashes and case, per version; routes compare with
 * any parameter name; display names compare case-insensitively and default
 * to the key.
 */
const UNIQUE: Record<NonNullable<KindHooks["unique"]>[number], (loaded: LoadedDeclarations, d: KindDescriptor, r: Reporter) => void> = {
  apiPath: (loaded, d, r) => checkApiPaths(section(loaded, d), r),
  // Operations are unique within their API, imported ones included.
  operationRoute: (loaded, _d, r) => {
    for (const [name, api] of entriesOf(loaded.data.apis)) checkOperations(loaded, name, new Map(entriesOf(api.operations)), r);
  },
  displayName: (loaded, d, r) => checkDisplayNames(section(loaded, d), r),
};

export function checkUniqueness(loaded: LoadedDeclarations, r: Reporter): void {
  for (const d of KINDS) for (const rule of d.hooks?.unique ?? []) UNIQUE[rule](loaded, d, r);
}

/** APIM compares paths without surrounding slashes and case-insensitively. */
function normalizePath(p: string): string {
  return p.replace(/^\/+|\/+$/g, "").toLowerCase();
}

function checkApiPaths(apis: unknown, r: Reporter): void {
  const seen = new Map<string, string>();
  for (const [name, api] of entriesOf(apis)) {
    if (!isString(api.path)) continue;
    // Revisions of one API share its path by design.
    if (isString(api.apiRevision) && api.isCurrent !== true) continue;
    // Stryker disable next-line StringLiteral: any separator keeps the version set and version apart; only equality of the whole key is used
    const version = isString(api.apiVersionSet) ? `${api.apiVersionSet}\0${String(api.apiVersion ?? "")}` : "";
    const key = `${normalizePath(api.path)}\0${version}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, name);
      continue;
    }
    const shown = api.path === "" ? "the root path" : `path \`${api.path}\``;
    r.error(
      CODES.duplicateApiPath,
      joinPointer("/apis", name, "path"),
      `API \`${name}\` uses ${shown}${version ? ` with version \`${String(api.apiVersion ?? "")}\`` : ""}, which API \`${first}\` already uses`,
      "give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
    );
  }
}

/** `/orders/{id}` and `/orders/{orderId}` are the same route. */
function routeKey(method: string, template: string): string {
  const [pathPart, query] = template.split("?", 2);
  const pathKey = pathPart.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "").toLowerCase();
  // Stryker disable next-line MethodExpression,StringLiteral: the method folds the same way on both sides (it is ASCII letters only, layer 1), and the suffix of a template without a query is the same for every template
  return `${method.toUpperCase()} ${pathKey}${query !== undefined ? "?" + query.replace(/\{[^}]*\}/g, "{}") : ""}`;
}

/** `declaredOps`: the operations the API declares itself, in file order. */
function checkOperations(loaded: LoadedDeclarations, apiName: string, declaredOps: ReadonlyMap<string, Record<string, unknown>>, r: Reporter): void {
  const seen = new Map<string, string>();
  const ops = mergedOperations(loaded, apiName);
  const declaredPointer = (op: string) => joinPointer("/apis", apiName, "operations", op);
  const declaredOrder = [...declaredOps.keys()];
  const rank = (op: string, pointer: string) => (pointer === declaredPointer(op) ? 1 + declaredOrder.indexOf(op) : 0);
  // Imported-only operations first, then declared ones in file order: a clash is reported on the line written last.
  const ordered = Object.entries(ops).sort((a, b) => rank(a[0], a[1].pointer) - rank(b[0], b[1].pointer));
  const imported = Object.entries(ops)
    .filter(([, m]) => m.imported)
    .map(([n]) => n);
  for (const [opName, merged] of ordered) {
    const { method, urlTemplate } = merged.operation;
    if (!isString(method) || !isString(urlTemplate)) {
      reportIncomplete(r, apiName, opName, merged.pointer, imported, declaredOps.get(opName));
      continue;
    }
    const key = routeKey(method, urlTemplate);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, opName);
      continue;
    }
    const declared = merged.pointer === declaredPointer(opName);
    const declaredOwn = declaredOps.get(opName);
    const pointer = declared && declaredOwn && declaredOwn.urlTemplate !== undefined ? `${merged.pointer}/urlTemplate` : merged.pointer;
    r.error(
      CODES.duplicateOperation,
      pointer,
      `operation \`${opName}\` of API \`${apiName}\` repeats \`${method.toUpperCase()} ${urlTemplate}\`, already used by operation \`${first}\``,
      `change the method or urlTemplate, or name it \`${first}\` to refine that operation instead of adding a second one`,
    );
  }
}

/**
 * A declared operation that names no imported one must say how it is called;
 * usually it is a refinement whose name misses the imported name (imports are
 * named by Azure's rule, `getOrder` -> `getorder`; before that apimc used
 * lower-kebab case, `get-order`, which the hint recognises for migration).
 */
/** " (or to the operationId `getOrder`)" when the imported name came from a different raw operationId. */
function rawIdOf(r: Reporter, apiName: string, name: string): string {
  const raw = r.loaded.imports[apiName]?.operationIds?.[name];
  return raw !== undefined && raw !== name ? ` (or to its operationId \`${raw}\`)` : "";
}

/** Whether `opName` is the lower-kebab name apimc used to give the imported operation `name`. */
function oldKebab(r: Reporter, apiName: string, name: string, opName: string): boolean {
  const raw = r.loaded.imports[apiName]?.operationIds?.[name];
  return raw !== undefined && kebabName(raw) === opName;
}

function reportIncomplete(r: Reporter, apiName: string, opName: string, pointer: string, imported: string[], declared: Record<string, unknown> | undefined): void {
  const normalise = (n: string) => n.toLowerCase().replace(/[^a-z0-9]/g, "");
  const exact = imported.find((n) => normalise(n) === normalise(opName));
  const near = exact ?? closest(opName, imported);
  const missing = [isString(declared?.method) ? "" : "`method`", isString(declared?.urlTemplate) ? "" : "`urlTemplate`"]
    .filter(Boolean)
    .join(" and ");
  r.error(
    CODES.incompleteOperation,
    pointer,
    `operation \`${opName}\` of API \`${apiName}\` has no ${missing} and refines no imported operation${near ? `; did you mean \`${near}\`?` : ""}`,
    near
      ? `rename it to \`${near}\`${rawIdOf(r, apiName, near)} to refine the operation imported from the API's OpenAPI/WSDL file, or give it a method and urlTemplate${oldKebab(r, apiName, near, opName) ? ` (\`${opName}\` is the name apimc gave imported operations before it followed Azure's naming; see docs/format.md "Operation names")` : ""}`
      : "give the operation a `method` (e.g. GET) and a `urlTemplate` (e.g. /orders/{id})",
    { atKey: true },
  );
}

function checkDisplayNames(namedValues: unknown, r: Reporter): void {
  const seen = new Map<string, string>();
  for (const [name, nv] of entriesOf(namedValues)) {
    // displayName defaults to the map key (what `{{name}}` would say), and the default must be a valid displayName too.
    const displayName = isString(nv.displayName) ? nv.displayName : name;
    if (!isString(nv.displayName) && !/^[A-Za-z0-9-._]+$/.test(name)) {
      r.error(
        CODES.badPattern,
        joinPointer("/namedValues", name),
        `named value \`${name}\` has no displayName, and its key cannot stand in for one: a displayName holds only letters, digits, \`.\`, \`-\` and \`_\``,
        `add \`displayName: ${name.replace(/[^A-Za-z0-9-._]+/g, "-").replace(/^-+|-+$/g, "") || "my-value"}\` and use that name in policies as {{...}}`,
        { atKey: true },
      );
      continue;
    }
    // Stryker disable next-line MethodExpression: both sides fold the same way, and a displayName is ASCII only (layer 1), where the two foldings agree
    const key = displayName.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, name);
      continue;
    }
    r.error(
      CODES.duplicateDisplayName,
      isString(nv.displayName) ? joinPointer("/namedValues", name, "displayName") : joinPointer("/namedValues", name),
      `named value \`${name}\` has displayName \`${displayName}\`${isString(nv.displayName) ? "" : " (its key, as it has no displayName)"}, which named value \`${first}\` already has`,
      "display names are how policies refer to named values (`{{name}}`), so each must be unique; rename one",
    );
  }
}
