/**
 * How src/azure addresses a resource. src/azure knows no resource kind (it may
 * import only src/core): the caller says, per kind, where the resource lives
 * and how it is read and written (src/state derives this from the kind
 * registry), and src/azure sends the matching ARM requests.
 */

/** What src/azure needs to read and write one kind of resource. */
export interface ArmKind {
  /**
   * Path template below `.../service/{name}`; `*` is a name slot, filled in order
   * (`apis/*\/operations/*`). A fixed last segment makes a singleton (`policies/policy`): it is listed by reading it.
   */
  path: string;
  /** GET, or HEAD for links that have no body (their properties are then `{}` and they carry no If-Match). */
  read: "get" | "head";
  /** Writes may answer as long-running operations; they are polled to the end before the resource is read back. */
  lro: boolean;
  /** Query parameters of a read (policy text as `rawxml`). */
  readQuery?: Readonly<Record<string, string>>;
  /** Query parameters of a delete (a product's `deleteSubscriptions`). */
  deleteQuery?: Readonly<Record<string, string>>;
  /** A POST action below the resource that returns its secret `value` (a named value's `listValue`), and the property it fills. */
  secretValue?: { action: string; property: string };
  /** Properties whose plain-string values are kept out of error messages (they may be secret even when not wrapped). */
  secretProperties?: readonly string[];
}

/** `names` are the ARM names from the outermost parent down; a singleton lists its parents only. */
export interface ArmRef<K extends string = string> {
  kind: K;
  names: string[];
}

export interface ApimTarget {
  subscriptionId: string;
  resourceGroup: string;
  serviceName: string;
}

/** Name slots of a path template. */
export function nameCount(path: string): number {
  return path.split("/").filter((s) => s === "*").length;
}

/** A singleton (a policy) has a fixed name: it is listed by reading it. */
export function isSingleton(path: string): boolean {
  return !path.endsWith("/*");
}

export function serviceId(t: ApimTarget): string {
  return `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.ApiManagement/service/${t.serviceName}`;
}

/** `path` with its name slots filled (names not URL-encoded unless `encode`). */
export function fillPath(path: string, names: readonly string[], label: string, encode = false): string {
  const want = nameCount(path);
  if (names.length !== want) {
    throw new Error(`${label} needs ${want} name(s), got ${names.length}: [${names.join(", ")}]`);
  }
  let i = 0;
  return path
    .split("/")
    .map((seg) => {
      if (seg !== "*") return seg;
      const n = names[i++];
      return encode ? encodeURIComponent(n) : n;
    })
    .join("/");
}

/** The ARM resource id of `names` at `path` (names are not URL-encoded: ids are for people and errors). */
export function resourceIdAt(t: ApimTarget, path: string, names: readonly string[], label = path): string {
  return `${serviceId(t)}/${fillPath(path, names, label)}`;
}
