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

export interface KindDescriptor {
  /** Registry key; the model's ResourceKind where the model has one. */
  kind: string;
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
  /** Sent but never returned by a GET (so never compared after a read). */
  writeOnly: readonly string[];
  /** Returned by a GET but never sent. */
  readOnly: readonly string[];
  /** Property of `ApiManagementClient` serving this kind, and whether its PUT is long-running. */
  sdk: { group: string; lro: boolean };
  /** How a live resource is read: GET, or HEAD for links that have no body. */
  readBack: "get" | "head";
  /** Azure deletes it together with its parent, so a plan never deletes it separately. */
  deletedWithParent: boolean;
  defaults: readonly DefaultRule[];
  readBackDefaults: readonly ReadBackDefault[];
  /** Names of this kind in src/azure's ARM path table (policies have one per scope). */
  azureKinds: readonly string[];
}
