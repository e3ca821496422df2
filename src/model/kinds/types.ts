/**
 * The shape of one entry of the kind registry. A descriptor is plain data
 * (no imports beyond types), so the gen scripts read the same registry the
 * compiler does, and every layer interprets it instead of switching on kinds.
 */

/** Where a kind is written in the declarations. */
export type DeclarationPlace =
  /** A top-level map keyed by ARM name, e.g. `backends: { orders: {...} }`. */
  | { in: "top"; key: string }
  /** A map keyed by ARM name inside the parent's declaration, e.g. `apis.orders.operations`. */
  | { in: "parent"; key: string; shape: "map" }
  /** A list of the linked resources' names inside the parent, e.g. `products.starter.apis: [orders]`. */
  | { in: "parent"; key: string; shape: "names" }
  /** The `policy:` key of the parent declaration, or the top-level `policy:` for the global one. */
  | { in: "policy" }
  /** Not declared on its own: the model derives it from another declaration (an API release from `apiRevision`). */
  | { in: "derived"; from: string };

export interface NameRules {
  /** Regular expression an ARM name must match (the schema's propertyNames). */
  pattern?: string;
  minLength: number;
  maxLength: number;
  /** A singleton's fixed ARM name (`policy`). */
  fixed?: string;
}

export interface ContractRef {
  /** Definition of the PUT body in definitions.json of api-version 2024-05-01. */
  definition: string;
  /**
   * Writable contract properties apimc does not accept verbatim, each with why
   * (replaced by sugar, or carried by a sub-resource). Every other writable
   * property of the contract is accepted and sent as written.
   */
  replaced: Readonly<Record<string, string>>;
}

export interface ReferenceRule {
  /** Declaration property holding the name (a JSON-pointer-like path; `[]` marks list items). */
  property: string;
  /**
   * How validation reports a name that is not declared: the code (a key of
   * validate's CODES), and where the wording differs from "<kind> `x` names
   * <noun> `y`", the referring noun and the verb. Absent: not checked by name
   * (policy references are checked by the policy rules).
   */
  check?: { code: string; who?: string; verb?: string };
  /** ARM property that holds the resource id in the body. */
  armProperty: string;
  /** Kind of the resource named. */
  to: string;
  /** The graph edge's label (a model ReferenceKind). */
  edge: string;
}

export interface SecretRule {
  /** Declaration property that carries a secret. */
  property: string;
  /** Sources it accepts instead of a literal. */
  sources: readonly string[];
  /**
   * A GET never returns a secret. `parameter`: a declaration read back from Azure (extract) writes a `fromParameter`
   * placeholder for it, since Azure needs it on every PUT; unless one of `unlessDeclared` is read back (a Key Vault
   * certificate). Absent: left out (optional, or Azure keeps the value it has when a PUT leaves it out).
   */
  readBack?: { as: "parameter"; unlessDeclared?: readonly string[] };
  /**
   * For a `{{named value}}` source: how validation reports a literal. `code` (a key of validate's CODES); `token`:
   * the reference must be the whole value, or may sit anywhere in it (`Bearer {{token}}`); `values`: where the
   * strings sit below the property (`*\/[]`: each item of each map value; absent: the property itself); `noun`:
   * how messages name the place (`where`: in the warning about a plain named value, when it differs); `example`: a fix to show.
   */
  literal?: { code: string; token: "whole" | "anywhere"; noun: string; values?: string; example?: string; where?: string };
}

export interface DefaultRule {
  property: string;
  /** Value apimc sends when the property is not declared; `"$name"` is the ARM name. */
  value: unknown;
  reason: string;
  /** No default when any of these is declared (Azure then derives the value itself). */
  unlessDeclared?: readonly string[];
}

export interface ReadBackDefault {
  property: string;
  /** The value Azure fills in when the property was never sent; compares equal to absent. */
  value: unknown;
  reason: string;
}

/**
 * Named hooks, for behaviour a descriptor's data cannot say. Each names a
 * function of the layer that runs it (the layer keeps a table keyed by these
 * names); an absent hook means the registry's generic behaviour.
 */
export interface KindHooks {
  /**
   * How the model is built: `generic` (src/model/generic.ts: the declaration
   * minus `ignore`), a hand-written typed builder of src/model (the kinds that
   * predate the registry, whose model the emitters, linter and runtime read
   * field by field). Absent: built by its owner (its parent's builder, or the
   * owner of its `names` list).
   */
  model?: "generic" | "namedValue" | "backend" | "apiVersionSet" | "api" | "product" | "policyFragment" | "gateway";
  /**
   * How the ARM body is made when it is not the contract body of the model's
   * properties (references to ids, defaults): a named value's secret source,
   * a backend's flattened Service Fabric and named certificates, policy text,
   * a gateway's renamed `location`, a subscription's scope relative to the service, an API's release and
   * `sourceApiId`, a revision's operations, a schema's document, a revision made from its API, a release.
   */
  armBody?: "namedValue" | "backend" | "policy" | "policyFragment" | "gateway" | "subscription" | "api" | "operation" | "apiSchema" | "apiRevision" | "apiRelease";
  /**
   * How the diff flattens it when it is not its properties as declared:
   * secrets, pools and certificates, policy documents, API identity, nested
   * children compared inside their owner, schemas, revisions and releases of an API.
   */
  diff?: "namedValue" | "backend" | "policy" | "policyFragment" | "api" | "operation" | "product" | "gateway" | "child" | "apiSchema" | "apiRevision" | "apiRelease";
  /**
   * How live ARM `properties` turn back into a declaration (src/state/to-declarations.ts: read-live, extract, the
   * provider's import) when it is not the accepted contract part minus write-only properties: a named value's
   * hidden secret, a backend's pool and certificate names, an API's version set, policy text, a fragment's policy,
   * a gateway's `location`, a diagnostic's logger, a subscription's scope, a schema's document.
   */
  readBack?: "namedValue" | "backend" | "api" | "policy" | "policyFragment" | "gateway" | "diagnostic" | "subscription" | "apiSchema";
  /** Names that must be unique among the kind's resources beyond their ARM names (routes, display names). */
  unique?: readonly ("apiPath" | "operationRoute" | "displayName")[];
}

export interface KindDescriptor {
  /** Registry key; the model's ResourceKind where the model has one. */
  kind: string;
  /** How diagnostics name the kind (`API`, `version set`, `OpenID Connect provider`); absent: the kind's key. */
  noun?: string;
  /**
   * Names every instance has without a declaration (the built-in groups);
   * references may name them.
   */
  builtInNames?: readonly string[];
  /**
   * False: not a resource of the model's own list (listResources, the graph): its parent's model holds it and the
   * ARM emitter writes it right after the parent (a gateway's certificate authorities). Absent: a model resource.
   */
  modelResource?: false;
  /** Absent: every behaviour is the registry's generic one, and the model is built by the kind's owner. */
  hooks?: KindHooks;
  /** ARM resource type below `Microsoft.ApiManagement/service`, e.g. `apis/operations`. */
  armType: string;
  /** Parent kind; undefined for children of the service. */
  parent?: string;
  declaration: DeclarationPlace;
  /** `$defs` name of the declaration in schema/apimc.schema.json, when it has its own. */
  schemaDef?: string;
  names: NameRules;
  contract?: ContractRef;
  references: readonly ReferenceRule[];
  secrets: readonly SecretRule[];
  /**
   * Properties whose strings APIM resolves `{{display name}}` tokens in (`*` =
   * each map value in key order, `[]` = each item), in the order the graph
   * reads them: each token is an edge to the named value, so it deploys first.
   */
  namedValueTokens?: readonly string[];
  /** Sent but never returned by a GET (so never compared after a read). */
  writeOnly: readonly string[];
  /** Returned by a GET but never sent. */
  readOnly: readonly string[];
  /**
   * Property of `ApiManagementClient` serving this kind (the SDK's name for the kind, for people: src/azure sends
   * generic ARM requests at the kind's path), and whether its writes may be long-running (src/azure then polls them).
   */
  sdk: { group: string; lro: boolean };
  /** How a live resource is read: GET, or HEAD for links that have no body. */
  readBack: "get" | "head";
  /** Query parameters of a DELETE that Azure needs to delete the resource at all, each with why. */
  deleteQuery?: Readonly<Record<string, { value: string; reason: string }>>;
  /**
   * A secret property a GET never returns and a POST action below the resource does (`listValue`): read only when
   * a caller asks for the value (the provider's drift check of a secret named value).
   */
  secretValue?: { action: string; property: string };
  /** Azure deletes it together with its parent, so a plan never deletes it separately. */
  deletedWithParent: boolean;
  defaults: readonly DefaultRule[];
  readBackDefaults: readonly ReadBackDefault[];
  /**
   * The names src/state gives this kind's resources when it reads them through src/azure: the kind itself, or for
   * the policy one per scope (`apiPolicy`), since each scope is its own ARM path.
   */
  azureKinds: readonly string[];
}
