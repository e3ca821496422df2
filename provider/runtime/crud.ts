/**
 * The provider contract, shared by every resource kind: check, diff, create,
 * read, update and delete over the parts a resource owns. Runs inside the
 * Pulumi dynamic-provider host; every Azure call goes through `src/azure/`.
 */
import {
  ApimResources,
  AzureError,
  Secret,
  HIDDEN_SECRET,
  checkSecretReadable,
  kindDescriptor,
  RESOURCE_KINDS,
  declarationOf,
  normaliseLiveProperties,
  parseApimResourceId,
  projectLiveOnto,
  readSecret,
  stableStringify,
  type ApimKind,
  type ApimRef,
  type LiveResource,
  type ParsedApimId,
} from "../../src/index";
import type { ProviderKind } from "../types";
import { checkInputs, desiredParts, keptInRevision, partKey, revisionNamespaces, serviceOf, type Inputs, type Part, type Problem } from "./parts";
import { isRegistryKind, resolveSecrets, secretsChanged, type ResolvedSecrets } from "./registry-secrets";

export type Outputs = Record<string, unknown>;

interface StoredState {
  parts: Record<string, Record<string, unknown>>;
  etags: Record<string, string>;
  secretVersion?: string;
  /** Key Vault version last sent per `fromKeyVault` property of a registry kind (`data`, `clientSecret`). */
  secretVersions?: Record<string, string>;
  /**
   * Set by `read` without stored parts (import): `parts` then hold the whole
   * live bodies, and `diff` compares only what the declarations set.
   */
  imported?: true;
}

const PROVIDER_KEY = "__provider";

/** The host's Struct encoder rejects `undefined`; JSON drops it everywhere. */
function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function inputsOnly(inputs: Inputs): Inputs {
  const { [PROVIDER_KEY]: _p, parts: _parts, etags: _etags, secretVersion: _v, secretVersions: _vs, armId: _a, imported: _i, ...rest } = inputs;
  return rest;
}

function stateOf(olds: Outputs): StoredState {
  return {
    parts: (olds.parts ?? {}) as StoredState["parts"],
    etags: (olds.etags ?? {}) as StoredState["etags"],
    ...(typeof olds.secretVersion === "string" ? { secretVersion: olds.secretVersion } : {}),
    ...(olds.secretVersions && typeof olds.secretVersions === "object" ? { secretVersions: olds.secretVersions as Record<string, string> } : {}),
    ...(olds.imported === true ? { imported: true as const } : {}),
  };
}

function refFromKey(key: string): Part["ref"] {
  const colon = key.indexOf(":");
  const names = key.slice(colon + 1);
  return { kind: key.slice(0, colon) as Part["ref"]["kind"], names: names === "" ? [] : names.split("/") };
}

function resourcesFor(inputs: Inputs): ApimResources {
  return new ApimResources(serviceOf(inputs));
}

function fromKeyVaultUri(kind: ProviderKind, inputs: Inputs): string | undefined {
  if (kind !== "namedValue") return undefined;
  const uri = (inputs.properties as { fromKeyVault?: unknown } | undefined)?.fromKeyVault;
  return typeof uri === "string" ? uri : undefined;
}

/** Kinds whose `keyVault` property is a reference APIM itself reads at run time. */
const KEY_VAULT_REFERENCE_KINDS: ReadonlySet<ProviderKind> = new Set<ProviderKind>(["namedValue", "certificate"]);

function keyVaultReference(kind: ProviderKind, inputs: Inputs): { secretIdentifier: string; identityClientId?: string } | undefined {
  if (!KEY_VAULT_REFERENCE_KINDS.has(kind)) return undefined;
  const kv = (inputs.properties as { keyVault?: { secretIdentifier?: unknown; identityClientId?: unknown } } | undefined)?.keyVault;
  if (!kv || typeof kv.secretIdentifier !== "string") return undefined;
  return { secretIdentifier: kv.secretIdentifier, ...(typeof kv.identityClientId === "string" ? { identityClientId: kv.identityClientId } : {}) };
}

/**
 * APIMC857 with the cause and fix `src/azure` found (missing, disabled, firewall,
 * role, transient). For a `keyVault` reference APIM reads the secret itself at
 * run time, so a missing role is named for APIM's identity as well.
 */
function keyVaultFailure(err: unknown, what: string, runtimeIdentity?: string): Error {
  const reason = err instanceof AzureError ? err.message : "the Key Vault request failed";
  const roleProblem = err instanceof AzureError && err.status === 403 && err.code !== "SecretDisabled" && err.code !== "ForbiddenByFirewall";
  const apim = roleProblem && runtimeIdentity ? `; APIM reads the secret at run time as ${runtimeIdentity}, which needs the same role` : "";
  return new Error(`APIMC857: ${what} refers to a Key Vault secret that cannot be read: ${reason}${apim}`);
}

/** How errors name a resource: `named value "x"`, `certificate "y"`. */
function described(kind: ProviderKind, inputs: Inputs): string {
  return `${kind === "namedValue" ? "named value" : kind} "${String(inputs.name)}"`;
}

/** Proves a `keyVault` reference is readable before APIM is asked to use it. */
async function proveKeyVaultReference(kind: ProviderKind, inputs: Inputs): Promise<void> {
  const kv = keyVaultReference(kind, inputs);
  if (!kv) return;
  const identity = kv.identityClientId ? `the user-assigned identity with client id ${kv.identityClientId}` : "the APIM instance's system-assigned identity";
  try {
    await checkSecretReadable(kv.secretIdentifier, `the deploying identity (checking on behalf of ${identity})`);
  } catch (err) {
    throw keyVaultFailure(err, described(kind, inputs), identity);
  }
}

/** Fetches a `fromKeyVault` value; the value stays wrapped in Secret until the SDK call. */
async function resolveFromKeyVault(kind: ProviderKind, inputs: Inputs): Promise<{ value: Secret; version: string } | undefined> {
  const uri = fromKeyVaultUri(kind, inputs);
  if (!uri) return undefined;
  try {
    const got = await readSecret(uri);
    return { value: got.value, version: got.version };
  } catch (err) {
    throw keyVaultFailure(err, described(kind, inputs));
  }
}

/** A registry kind's secret sources, resolved (Key Vault read now); none for other kinds. */
async function registrySecrets(kind: ProviderKind, inputs: Inputs): Promise<ResolvedSecrets | undefined> {
  if (!isRegistryKind(kind)) return undefined;
  const resolved = await resolveSecrets(kind, inputs, (err, what) => keyVaultFailure(err, what));
  return Object.keys(resolved.values).length ? resolved : undefined;
}

function outputsOf(inputs: Inputs, armId: string, state: StoredState): Outputs {
  return stripUndefined({ ...inputsOnly(inputs), armId, ...state });
}

function same(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

export async function check(kind: ProviderKind, _olds: Inputs, news: Inputs): Promise<{ inputs: Inputs; failures: Problem[] }> {
  return { inputs: news, failures: await checkInputs(kind, news) };
}

const IDENTITY_FIELDS: Partial<Record<ProviderKind, string[]>> = {
  namedValue: ["name"],
  backend: ["name"],
  api: ["name"],
  policy: ["api", "operation", "product"],
  policyFragment: ["name"],
  product: ["name"],
  apiVersionSet: ["name"],
  gateway: ["name"],
  apiRelease: ["api", "revision"],
};

/** A desired body as compared with state: a secret value is never in state, so it is compared live instead. */
function comparable(p: Part): Record<string, unknown> {
  if (p.ref.kind !== "namedValue" || p.body.secret !== true) return p.body;
  const { value: _value, ...rest } = p.body;
  return rest;
}

/**
 * Links (an API in a product or a gateway) are read with HEAD: their existence
 * is all the service reports. A link that exists reads back as the body it was
 * written with, so a refresh finds no change that never happened.
 */
const LINK_KINDS: ReadonlySet<ApimKind> = new Set<ApimKind>(RESOURCE_KINDS.filter((d) => d.readBack === "head").flatMap((d) => d.azureKinds as ApimKind[]));

/** The registry's write-only properties of each ARM kind. */
const WRITE_ONLY = new Map<string, readonly string[]>(RESOURCE_KINDS.flatMap((d) => d.azureKinds.map((a) => [a, d.writeOnly] as const)));

/**
 * A live body with the write-only properties taken from `sent`: Azure never
 * returns them as sent (a logger's secret credentials come back as a
 * `{{Logger-Credentials--...}}` reference), so they cannot be compared.
 */
function keepWriteOnly(ref: ApimRef, live: Record<string, unknown>, sent: Record<string, unknown> | undefined): Record<string, unknown> {
  const keys = WRITE_ONLY.get(ref.kind) ?? [];
  if (!sent || !keys.some((k) => sent[k] !== undefined)) return live;
  const out = { ...live };
  for (const k of keys) if (sent[k] !== undefined) out[k] = sent[k];
  return out;
}

/** The stored body of a part; after an import, only the keys the declarations set. */
function stored(state: StoredState, p: Part): unknown {
  const body = state.parts[p.key];
  if (state.imported && LINK_KINDS.has(p.ref.kind) && body !== undefined) return comparable(p);
  return state.imported ? projectLiveOnto(keepWriteOnly(p.ref, body ?? {}, comparable(p)), comparable(p)) : body;
}

/**
 * After an import apimc has no record of the secret value it would send, so
 * the declared value (literal, parameter or Key Vault) is compared with the
 * live one in memory; neither is kept.
 */
async function liveSecretMatches(kind: ProviderKind, news: Inputs, desired: Part[]): Promise<boolean> {
  const part = desired[0];
  if (kind !== "namedValue" || part.body.secret !== true) return true;
  const literal = typeof part.body.value === "string" ? part.body.value : undefined;
  const declared = (await resolveFromKeyVault(kind, news))?.value.reveal() ?? parameterValue(kind, news) ?? literal;
  if (declared === undefined) return true;
  const live = await resourcesFor(news).get(part.ref, { withSecretValue: true });
  const value = live?.properties.value;
  return value instanceof Secret && value.reveal() === declared;
}

export async function diff(
  kind: ProviderKind,
  olds: Outputs,
  news: Inputs,
): Promise<{ changes: boolean; replaces: string[]; deleteBeforeReplace: boolean }> {
  const replaces: string[] = [];
  if (!same(serviceOf(olds), serviceOf(news))) replaces.push("service");
  // A registry kind is identified by its name, like the named kinds.
  for (const f of IDENTITY_FIELDS[kind] ?? ["name"]) if ((olds[f] ?? null) !== (news[f] ?? null)) replaces.push(f);
  const state = stateOf(olds);
  const desired = await desiredParts(kind, news);
  // Parts an update would leave in Azure (older revisions and what they hold) are no change either way.
  const namespaces = revisionNamespaces(kind, news, desired);
  const wanted = new Set(desired.map((p) => p.key));
  const storedCount = Object.keys(state.parts).filter((k) => wanted.has(k) || !keptInRevision(refFromKey(k), namespaces)).length;
  let changes = replaces.length > 0 || desired.length !== storedCount;
  for (const p of desired) if (!changes && !same(comparable(p), stored(state, p))) changes = true;
  if (!changes && state.imported) return { changes: !(await liveSecretMatches(kind, news, desired)), replaces, deleteBeforeReplace: false };
  if (!changes && parameterValue(kind, news) !== parameterValue(kind, olds)) changes = true;
  if (!changes && isRegistryKind(kind)) {
    // Secret values are never in state: a changed source or parameter, or a Key Vault rotation, is the change.
    const resolved = (await registrySecrets(kind, news)) ?? { values: {}, versions: {} };
    changes = secretsChanged(kind, olds, news, resolved, state.secretVersions ?? {});
  }
  if (!changes && fromKeyVaultUri(kind, news)) {
    // A rotation is a new Key Vault version; the value itself is never kept in state.
    const now = await resolveFromKeyVault(kind, news);
    if (now && now.version !== state.secretVersion) changes = true;
  }
  // An API's path must be unique in the service, so the old one goes first.
  return { changes, replaces, deleteBeforeReplace: replaces.length > 0 && kind === "api" };
}

/**
 * Secret values apimc supplies for a resource's own body (a named value's
 * `value`, a certificate's `data` and `password`), and whether they differ
 * from what was last sent. They are sent whenever that body is written: Azure
 * drops a secret a PUT leaves out.
 */
interface SuppliedSecret {
  values: Record<string, Secret>;
  changed: boolean;
}

/** What `writeParts` has done so far: the parts written (in order) and the keys deleted. */
interface Progress {
  written: StoredState;
  deleted: Set<string>;
}

/**
 * An API revision's body as sent: `sourceApiId` (Azure copies the source's operations and policies into a new
 * revision) only when the revision does not exist yet. Sent again it would copy again and reset what the revision
 * holds (Terraform azurerm #28552); Azure never returns it, so the state keeps what the declarations say.
 */
async function revisionBody(resources: ApimResources, p: Part, previous: StoredState | undefined): Promise<Record<string, unknown>> {
  if (p.ref.kind !== "apiRevision" || p.body.sourceApiId === undefined) return p.body;
  const exists = previous?.parts[p.key] !== undefined || (await resources.get(p.ref)) !== undefined;
  if (!exists) return p.body;
  const { sourceApiId: _source, ...rest } = p.body;
  return rest;
}

async function writeParts(
  resources: ApimResources,
  parts: Part[],
  previous: StoredState | undefined,
  secret: SuppliedSecret | undefined,
  progress: Progress,
  namespaces: ReadonlySet<string>,
): Promise<StoredState> {
  const state = progress.written;
  // A release moves the API's ARM name (`apis/orders`) to another revision, whose ETag the state never saw, and
  // Azure does not promise to keep the ETags of what a revision holds when it is released: with revisions, the API
  // and everything written to a revision (`orders;rev=N/...`) are written without If-Match.
  const withRevisions = parts.some((p) => p.ref.kind === "apiRevision");
  const movesWithRelease = (ref: ApimRef) => (withRevisions && ref.kind === "api") || ref.names[0]?.includes(";rev=") === true;
  for (const [i, p] of parts.entries()) {
    const unchanged = previous && previous.parts[p.key] !== undefined && same(previous.parts[p.key], p.body);
    // The secrets belong to the resource's own body, the first part.
    const carriesSecret = secret !== undefined && i === 0;
    if (unchanged && !(carriesSecret && secret.changed)) {
      state.parts[p.key] = p.body;
      if (previous.etags[p.key]) state.etags[p.key] = previous.etags[p.key];
      continue;
    }
    const sent = await revisionBody(resources, p, previous);
    const body = carriesSecret ? { ...sent, ...secret.values } : sent;
    const ifMatch = movesWithRelease(p.ref) ? undefined : previous?.etags[p.key];
    const live = await resources.put(p.ref, body, ifMatch ? { ifMatch } : {});
    state.parts[p.key] = p.body;
    if (live.etag) state.etags[p.key] = live.etag;
  }
  if (previous) {
    const wanted = new Set(parts.map((p) => p.key));
    const gone = Object.keys(previous.parts).filter((k) => !wanted.has(k)).reverse();
    for (const key of gone) {
      // Left in Azure: it belongs to a revision the declarations no longer write to (or is one).
      if (!keptInRevision(refFromKey(key), namespaces)) await resources.delete(refFromKey(key));
      progress.deleted.add(key);
    }
  }
  return state;
}

/**
 * A create or update that failed after it wrote something. The dynamic host and
 * the plugin turn an error carrying `id`, `properties` and `reasons` into
 * Pulumi's ErrorResourceInitFailed: the engine records `properties` as the
 * resource's state, so what was written is not orphaned. The next `pulumi up`
 * diffs against it and writes the rest; `pulumi destroy` deletes it.
 */
export class PartialWriteError extends Error {
  constructor(
    message: string,
    readonly id: string,
    public properties: Outputs,
    readonly reasons: string[],
  ) {
    super(message);
    this.name = "PartialWriteError";
  }
}

/**
 * The state after a failed write: for a create, the parts written so far
 * (parent first); for an update, the previous state with the parts written so
 * far replaced and the ones deleted removed (parts not reached are as before).
 */
function partialState(previous: StoredState | undefined, progress: Progress): StoredState {
  if (!previous) return progress.written;
  const state: StoredState = {
    parts: { ...previous.parts },
    etags: { ...previous.etags },
    ...(previous.secretVersion ? { secretVersion: previous.secretVersion } : {}),
    ...(previous.secretVersions ? { secretVersions: previous.secretVersions } : {}),
  };
  for (const [key, body] of Object.entries(progress.written.parts)) {
    state.parts[key] = body;
    if (progress.written.etags[key]) state.etags[key] = progress.written.etags[key];
    else delete state.etags[key];
  }
  for (const key of progress.deleted) {
    delete state.parts[key];
    delete state.etags[key];
  }
  return state;
}

async function writeOrRecord(
  kind: ProviderKind,
  resources: ApimResources,
  parts: Part[],
  previous: StoredState | undefined,
  secret: SuppliedSecret | undefined,
  record: { inputs: Inputs; armId: string },
): Promise<StoredState> {
  const progress: Progress = { written: { parts: {}, etags: {} }, deleted: new Set() };
  try {
    return await writeParts(resources, parts, previous, secret, progress, revisionNamespaces(kind, record.inputs, parts));
  } catch (err) {
    const wrote = Object.keys(progress.written.parts).some((k) => !previous || previous.parts[k] === undefined || !same(previous.parts[k], progress.written.parts[k])) || progress.deleted.size > 0;
    if (!wrote) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    const message = `${reason}; apimc wrote part of ${record.armId} before this failure and recorded it in the stack, so the next \`pulumi up\` writes the rest and \`pulumi destroy\` deletes it`;
    // An update records its new inputs only for the parts it reached; the rest of the state stays as it was.
    const state = partialState(previous, progress);
    throw new PartialWriteError(message, record.armId, outputsOf(record.inputs, record.armId, state), [message]);
  }
}

/** `fromParameter` named values take their value from the program (ApimService `parameters`), as a Pulumi secret. */
function parameterValue(kind: ProviderKind, inputs: Inputs): string | undefined {
  if (kind !== "namedValue") return undefined;
  const from = (inputs.properties as { fromParameter?: unknown } | undefined)?.fromParameter;
  return typeof from === "string" && typeof inputs.parameterValue === "string" ? inputs.parameterValue : undefined;
}

/**
 * A release names a revision that must exist: the API's `apiRevision` creates it (with the API, before the release).
 * Said plainly here rather than as the service's error for a missing `apiId`.
 */
async function proveRevisionExists(kind: ProviderKind, resources: ApimResources, inputs: Inputs): Promise<void> {
  if (kind !== "apiRelease") return;
  const name = `${String(inputs.api)};rev=${String(inputs.revision)}`;
  if ((await resources.get({ kind: "apiRevision", names: [name] })) !== undefined) return;
  throw new Error(
    `APIMC859: cannot release revision ${String(inputs.revision)} of API "${String(inputs.api)}": apis/${name} does not exist; declare \`apiRevision: "${String(inputs.revision)}"\` on the API (apimc creates the revision from the current one), and make the release depend on that Api resource`,
  );
}

export async function create(kind: ProviderKind, inputs: Inputs): Promise<{ id: string; outs: Outputs }> {
  const parts = await desiredParts(kind, inputs);
  const resources = resourcesFor(inputs);
  await proveRevisionExists(kind, resources, inputs);
  const armId = resources.resourceId(parts[0].ref);
  await proveKeyVaultReference(kind, inputs);
  const secret = await resolveFromKeyVault(kind, inputs);
  const param = parameterValue(kind, inputs);
  const registry = await registrySecrets(kind, inputs);
  const supplied = secret
    ? { values: { value: secret.value }, changed: true }
    : param !== undefined
      ? { values: { value: new Secret(param) }, changed: true }
      : registry
        ? { values: registry.values, changed: true }
        : undefined;
  const state = await writeOrRecord(kind, resources, parts, undefined, supplied, { inputs, armId });
  if (secret) state.secretVersion = secret.version;
  if (registry && Object.keys(registry.versions).length) state.secretVersions = registry.versions;
  return { id: armId, outs: outputsOf(inputs, armId, state) };
}

export async function update(kind: ProviderKind, _id: string, olds: Outputs, news: Inputs): Promise<{ outs: Outputs }> {
  const parts = await desiredParts(kind, news);
  const resources = resourcesFor(news);
  const armId = resources.resourceId(parts[0].ref);
  const previous = stateOf(olds);
  await proveRevisionExists(kind, resources, news);
  await proveKeyVaultReference(kind, news);
  const secret = await resolveFromKeyVault(kind, news);
  const param = parameterValue(kind, news);
  const registry = await registrySecrets(kind, news);
  const supplied = secret
    ? { values: { value: secret.value }, changed: secret.version !== previous.secretVersion }
    : param !== undefined
      ? { values: { value: new Secret(param) }, changed: param !== parameterValue(kind, olds) }
      : registry
        ? { values: registry.values, changed: previous.imported === true || secretsChanged(kind, olds, news, registry, previous.secretVersions ?? {}) }
        : undefined;
  const state = await writeOrRecord(kind, resources, parts, previous, supplied, { inputs: news, armId });
  if (secret) state.secretVersion = secret.version;
  if (registry && Object.keys(registry.versions).length) state.secretVersions = registry.versions;
  return { outs: outputsOf(news, armId, state) };
}

/**
 * Children a resource owns, listed on refresh so ones added outside apimc show
 * as drift (an operation's tags are its API's, one level further down).
 */
const OWNED_CHILDREN: Partial<Record<ApimKind, ApimKind[]>> = ownedChildren();

/**
 * The kinds declared inside each parent (`declaration.in: "parent"`), from the kind registry, so a new child kind is
 * found on refresh with no edit here. Registry order, except that schemas come first: on import and refresh the parts
 * keep this order, and operations name schemas.
 */
function ownedChildren(): Partial<Record<ApimKind, ApimKind[]>> {
  const first: readonly string[] = ["apiSchema"];
  const children = RESOURCE_KINDS.filter((d) => d.parent !== undefined && d.declaration.in === "parent");
  const ordered = [...children.filter((d) => first.includes(d.kind)), ...children.filter((d) => !first.includes(d.kind))];
  const out: Partial<Record<ApimKind, ApimKind[]>> = {};
  for (const d of ordered) (out[d.parent as ApimKind] ??= []).push(d.kind as ApimKind);
  return out;
}

/**
 * Azure links every new product to the built-in Administrators group itself;
 * that link is Azure's, not drift, unless the declarations name it.
 */
function azuresOwn(l: LiveResource): boolean {
  return l.ref.kind === "productGroup" && l.ref.names[1]?.toLowerCase() === "administrators";
}

async function liveChildren(resources: ApimResources, parent: ApimRef, declared: ReadonlySet<string> = new Set()): Promise<LiveResource[]> {
  const out: LiveResource[] = [];
  for (const kind of OWNED_CHILDREN[parent.kind] ?? []) {
    for (const l of await resources.list(kind, parent.names)) {
      // Non-current API revisions are not apimc's to manage (as children: an API's revisions are its declared parts).
      if (l.ref.names.slice(parent.names.length).some((n) => n.includes(";rev="))) continue;
      if (azuresOwn(l) && !declared.has(partKey(l.ref))) continue;
      out.push(l, ...(await liveChildren(resources, l.ref, declared)));
    }
  }
  return out;
}

/**
 * Where an Api's owned children live: under the current revision apimc wrote them to (`orders;rev=4`) when the
 * declarations name one, else under the API. A non-current revision's children are read by key, never listed.
 */
function contentParent(kind: ProviderKind, inputs: Inputs, first: ApimRef): ApimRef {
  const revision = (inputs.properties as { apiRevision?: unknown } | undefined)?.apiRevision;
  if (kind !== "api" || typeof revision !== "string" || revision === "1") return first;
  return { kind: "api", names: [`${first.names[0]};rev=${revision}`] };
}

/** ARM kinds each provider kind can import. */
const IMPORTABLE: Partial<Record<ProviderKind, ApimKind[]>> = {
  namedValue: ["namedValue"],
  backend: ["backend"],
  api: ["api"],
  policy: ["globalPolicy", "apiPolicy", "operationPolicy", "productPolicy"],
  policyFragment: ["policyFragment"],
  product: ["product"],
  apiVersionSet: ["apiVersionSet"],
  gateway: ["gateway"],
  apiRelease: ["apiRelease"],
};

function importTarget(kind: ProviderKind, id: string): ParsedApimId {
  const parsed = parseApimResourceId(id);
  // A registry kind imports its own ARM kind.
  const importable = IMPORTABLE[kind] ?? (kindDescriptor(kind).azureKinds as ApimKind[]);
  if (!parsed || !importable.includes(parsed.ref.kind)) {
    const want = importable.join(" or ");
    throw new Error(
      `APIMC858: cannot import "${id}" as ${kind}: expected the ARM id of a ${want}, /subscriptions/{id}/resourceGroups/{group}/providers/Microsoft.ApiManagement/service/{service}/...; copy it from the portal's JSON view or \`az resource show --query id\``,
    );
  }
  return parsed;
}

/** The inputs a live resource corresponds to; a secret value the service does not return is left out. */
function importedInputs(kind: ProviderKind, parsed: ParsedApimId, live: LiveResource, children: LiveResource[]): Inputs {
  const { ref, target } = parsed;
  if (kind === "policy") {
    // A revision's policy (`apis/orders;rev=4/policies/policy`) is the API's with `revision`.
    const [api, revision] = (ref.names[0] ?? "").split(";rev=");
    const inRevision = revision !== undefined ? { revision } : {};
    const scope = ref.kind === "apiPolicy" ? { api, ...inRevision } : ref.kind === "operationPolicy" ? { api, operation: ref.names[1], ...inRevision } : ref.kind === "productPolicy" ? { product: ref.names[0] } : {};
    return { service: target, ...scope, xml: declarationOf(ref.kind, live.properties) };
  }
  if (kind === "apiRelease") {
    const released = /;rev=(\d+)$/.exec(String(live.properties.apiId ?? ""));
    const notes = typeof live.properties.notes === "string" && live.properties.notes !== "" ? { notes: live.properties.notes } : {};
    return { service: target, api: ref.names[0], ...(released ? { revision: released[1] } : {}), ...notes };
  }
  const properties = declarationOf(ref.kind, live.properties) as Record<string, unknown>;
  if (properties.value === HIDDEN_SECRET) delete properties.value;
  const names = (k: ApimKind) => children.filter((c) => c.ref.kind === k).map((c) => c.ref.names[c.ref.names.length - 1]);
  const byName = (k: ApimKind) => Object.fromEntries(children.filter((c) => c.ref.kind === k).map((c) => [c.ref.names[c.ref.names.length - 1], declarationOf(k, c.properties)]));
  if (kind === "api") {
    const operations = byName("operation") as Record<string, Record<string, unknown>>;
    for (const t of children.filter((c) => c.ref.kind === "operationTag")) {
      const op = operations[t.ref.names[1]];
      if (op) op.tags = [...((op.tags as string[] | undefined) ?? []), t.ref.names[2]];
    }
    properties.operations = operations;
    if (names("apiTag").length) properties.tags = names("apiTag");
    if (names("apiDiagnostic").length) properties.diagnostics = byName("apiDiagnostic");
    if (names("apiSchema").length) properties.schemas = byName("apiSchema");
  }
  if (kind === "product") {
    if (names("productApi").length) properties.apis = names("productApi");
    if (names("productTag").length) properties.tags = names("productTag");
    if (names("productGroup").length) properties.groups = names("productGroup");
  }
  if (kind === "gateway") {
    if (names("gatewayApi").length) properties.apis = names("gatewayApi");
    if (names("gatewayHostname").length) properties.hostnames = byName("gatewayHostname");
    if (names("gatewayCertificateAuthority").length) properties.certificateAuthorities = byName("gatewayCertificateAuthority");
  }
  return { service: target, name: ref.names[ref.names.length - 1], properties };
}

/**
 * The revisions an imported API owns: the current one when it is not revision 1 (first), then its non-current ones.
 * Their own operations are not listed (apimc reads a non-current revision's children by key only); one the
 * declarations name is written by the next update.
 */
async function importedRevisions(resources: ApimResources, ref: ApimRef, live: LiveResource): Promise<LiveResource[]> {
  const out: LiveResource[] = [];
  const current = live.properties.apiRevision;
  const revisionRef = (name: string): ApimRef => ({ kind: "apiRevision", names: [name] });
  if (typeof current === "string" && current !== "1") {
    const got = await resources.get(revisionRef(`${ref.names[0]};rev=${current}`));
    if (got) out.push({ ...got, ref: revisionRef(`${ref.names[0]};rev=${current}`) });
  }
  const prefix = `${ref.names[0]};rev=`.toLowerCase();
  for (const l of await resources.list("api")) {
    if (l.ref.names[0].toLowerCase().startsWith(prefix)) out.push({ ...l, ref: revisionRef(l.ref.names[0]) });
  }
  return out;
}

/**
 * An API or operation policy named without a revision is the current revision's. When that is not revision 1,
 * apimc's Policy writes it as revision N's (`revision: "N"`), so it is imported that way.
 */
async function inCurrentRevision(resources: ApimResources, parsed: ParsedApimId): Promise<ParsedApimId> {
  const { ref } = parsed;
  if ((ref.kind !== "apiPolicy" && ref.kind !== "operationPolicy") || ref.names[0].includes(";rev=")) return parsed;
  const revision = (await resources.get({ kind: "api", names: [ref.names[0]] }))?.properties.apiRevision;
  if (typeof revision !== "string" || revision === "1") return parsed;
  return { ...parsed, ref: { kind: ref.kind, names: [`${ref.names[0]};rev=${revision}`, ...ref.names.slice(1)] } };
}

/** `read` with no stored parts: everything comes from the id and the live resource. */
async function importResource(kind: ProviderKind, id: string, props: Outputs): Promise<{ id: string; props: Outputs; inputs: Inputs }> {
  const given = importTarget(kind, id);
  const resources = new ApimResources(given.target);
  const parsed = kind === "policy" ? await inCurrentRevision(resources, given) : given;
  const live = await resources.get(parsed.ref);
  if (!live) return { id: "", props: {}, inputs: {} };
  // An API with a current revision other than 1: the revision holds the content (as apimc writes it), and the
  // non-current revisions the program declares are parts too.
  const revisions = kind === "api" ? await importedRevisions(resources, parsed.ref, live) : [];
  const children = await liveChildren(resources, kind === "api" ? contentParent(kind, { properties: { apiRevision: live.properties.apiRevision } }, parsed.ref) : parsed.ref);
  const state: StoredState = { parts: {}, etags: {}, imported: true };
  for (const l of [live, ...revisions, ...children]) {
    const key = partKey(l.ref);
    state.parts[key] = normaliseLiveProperties(l.ref, l.properties);
    if (l.etag) state.etags[key] = l.etag;
  }
  const inputs = stripUndefined({ ...inputsOnly(props), ...importedInputs(kind, parsed, live, children) });
  // The id as given: `apis/orders/policies/policy` names the current revision's policy, which apimc writes as `;rev=N`.
  return { id: resources.resourceId(given.ref), props: outputsOf(inputs, resources.resourceId(given.ref), state), inputs };
}

/**
 * `pulumi refresh` and import. With stored parts, each is read back (projected
 * onto what apimc wrote) and children created outside apimc under a resource
 * it owns are added, so the next update removes them. Without, see `importResource`.
 */
export async function read(kind: ProviderKind, id: string, props: Outputs): Promise<{ id: string; props: Outputs; inputs?: Inputs }> {
  const previous = stateOf(props);
  const keys = Object.keys(previous.parts);
  if (!keys.length) return importResource(kind, id, props);
  const resources = resourcesFor(props);
  const state: StoredState = {
    parts: {},
    etags: {},
    ...(previous.secretVersion ? { secretVersion: previous.secretVersion } : {}),
    ...(previous.secretVersions ? { secretVersions: previous.secretVersions } : {}),
    ...(previous.imported ? { imported: true as const } : {}),
  };
  for (const [i, key] of keys.entries()) {
    const ref = refFromKey(key);
    const live = await resources.get(ref);
    if (!live) {
      if (i === 0) return { id: "", props: {} };
      continue;
    }
    state.parts[key] = LINK_KINDS.has(ref.kind)
      ? previous.parts[key]
      : previous.imported
        ? normaliseLiveProperties(ref, live.properties)
        : keepWriteOnly(ref, normaliseLiveProperties(ref, live.properties, previous.parts[key]), previous.parts[key]);
    if (live.etag) state.etags[key] = live.etag;
  }
  for (const child of await liveChildren(resources, contentParent(kind, props, refFromKey(keys[0])), new Set(keys))) {
    const key = partKey(child.ref);
    if (state.parts[key] !== undefined) continue;
    state.parts[key] = normaliseLiveProperties(child.ref, child.properties);
    if (child.etag) state.etags[key] = child.etag;
  }
  return { id, props: outputsOf(props, String(props.armId ?? id), state) };
}

export async function remove(kind: ProviderKind, _id: string, olds: Outputs): Promise<void> {
  const keys = Object.keys(stateOf(olds).parts);
  if (!keys.length) return;
  // Never deleted: a release, and a revision's policy (the revision keeps it; the API's delete takes both with it).
  if (kind === "apiRelease" || (kind === "policy" && refFromKey(keys[0]).names[0]?.includes(";rev="))) return;
  // Children (operations, API links, hostnames, certificate authorities) go with their parent.
  await resourcesFor(olds).delete(refFromKey(keys[0]));
}

export { partKey };
