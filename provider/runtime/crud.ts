/**
 * The provider contract, shared by every resource kind: check, diff, create,
 * read, update and delete over the parts a resource owns. Runs inside the
 * Pulumi dynamic-provider host; every Azure call goes through `src/azure/`.
 */
import {
  ApimResources,
  AzureError,
  Secret,
  checkSecretReadable,
  normaliseLiveProperties,
  readSecret,
  stableStringify,
} from "../../src/index";
import type { ProviderKind } from "../types";
import { checkInputs, desiredParts, partKey, serviceOf, type Inputs, type Part, type Problem } from "./parts";

export type Outputs = Record<string, unknown>;

interface StoredState {
  parts: Record<string, Record<string, unknown>>;
  etags: Record<string, string>;
  secretVersion?: string;
}

const PROVIDER_KEY = "__provider";

/** The host's Struct encoder rejects `undefined`; JSON drops it everywhere. */
function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function inputsOnly(inputs: Inputs): Inputs {
  const { [PROVIDER_KEY]: _p, parts: _parts, etags: _etags, secretVersion: _v, armId: _a, ...rest } = inputs;
  return rest;
}

function stateOf(olds: Outputs): StoredState {
  return {
    parts: (olds.parts ?? {}) as StoredState["parts"],
    etags: (olds.etags ?? {}) as StoredState["etags"],
    ...(typeof olds.secretVersion === "string" ? { secretVersion: olds.secretVersion } : {}),
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

function keyVaultReference(kind: ProviderKind, inputs: Inputs): { secretIdentifier: string; identityClientId?: string } | undefined {
  if (kind !== "namedValue") return undefined;
  const kv = (inputs.properties as { keyVault?: { secretIdentifier?: unknown; identityClientId?: unknown } } | undefined)?.keyVault;
  if (!kv || typeof kv.secretIdentifier !== "string") return undefined;
  return { secretIdentifier: kv.secretIdentifier, ...(typeof kv.identityClientId === "string" ? { identityClientId: kv.identityClientId } : {}) };
}

function keyVaultFailure(err: unknown, name: string, identity: string): Error {
  const reason = err instanceof AzureError ? err.message : "the Key Vault request failed";
  return new Error(`APIMC857: named value "${name}" refers to a Key Vault secret that cannot be read (${reason}). APIM reads it as ${identity}, which needs the "Key Vault Secrets User" role on the vault.`);
}

/** Proves a `keyVault` reference is readable before APIM is asked to use it. */
async function proveKeyVaultReference(kind: ProviderKind, inputs: Inputs): Promise<void> {
  const kv = keyVaultReference(kind, inputs);
  if (!kv) return;
  const identity = kv.identityClientId ? `the user-assigned identity with client id ${kv.identityClientId}` : "the APIM instance's system-assigned identity";
  try {
    await checkSecretReadable(kv.secretIdentifier, `the deploying identity (checking on behalf of ${identity})`);
  } catch (err) {
    throw keyVaultFailure(err, String(inputs.name), identity);
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
    throw keyVaultFailure(err, String(inputs.name), "apimc at deploy time (the deploying identity)");
  }
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

const IDENTITY_FIELDS: Record<ProviderKind, string[]> = {
  namedValue: ["name"],
  backend: ["name"],
  api: ["name"],
  policy: ["api", "operation", "product"],
  policyFragment: ["name"],
  product: ["name"],
  apiVersionSet: ["name"],
  gateway: ["name"],
};

export async function diff(
  kind: ProviderKind,
  olds: Outputs,
  news: Inputs,
): Promise<{ changes: boolean; replaces: string[]; deleteBeforeReplace: boolean }> {
  const replaces: string[] = [];
  if (!same(serviceOf(olds), serviceOf(news))) replaces.push("service");
  for (const f of IDENTITY_FIELDS[kind]) if ((olds[f] ?? null) !== (news[f] ?? null)) replaces.push(f);
  const state = stateOf(olds);
  const desired = await desiredParts(kind, news);
  let changes = replaces.length > 0 || desired.length !== Object.keys(state.parts).length;
  for (const p of desired) if (!changes && !same(p.body, state.parts[p.key])) changes = true;
  if (!changes && parameterValue(kind, news) !== parameterValue(kind, olds)) changes = true;
  if (!changes && fromKeyVaultUri(kind, news)) {
    // A rotation is a new Key Vault version; the value itself is never kept in state.
    const now = await resolveFromKeyVault(kind, news);
    if (now && now.version !== state.secretVersion) changes = true;
  }
  // An API's path must be unique in the service, so the old one goes first.
  return { changes, replaces, deleteBeforeReplace: replaces.length > 0 && kind === "api" };
}

/** A secret value apimc supplies for a named value, and whether it differs from what was last sent. */
interface SuppliedSecret {
  value: Secret;
  changed: boolean;
}

async function writeParts(resources: ApimResources, parts: Part[], previous: StoredState | undefined, secret: SuppliedSecret | undefined): Promise<StoredState> {
  const state: StoredState = { parts: {}, etags: {} };
  for (const p of parts) {
    const unchanged = previous && previous.parts[p.key] !== undefined && same(previous.parts[p.key], p.body);
    const carriesSecret = secret !== undefined && p.ref.kind === "namedValue";
    if (unchanged && !(carriesSecret && secret.changed)) {
      state.parts[p.key] = p.body;
      if (previous.etags[p.key]) state.etags[p.key] = previous.etags[p.key];
      continue;
    }
    // A secret named value is always written with its value, or APIM would drop it.
    const body = carriesSecret ? { ...p.body, value: secret.value } : p.body;
    const ifMatch = previous?.etags[p.key];
    const live = await resources.put(p.ref, body, ifMatch ? { ifMatch } : {});
    state.parts[p.key] = p.body;
    if (live.etag) state.etags[p.key] = live.etag;
  }
  if (previous) {
    const wanted = new Set(parts.map((p) => p.key));
    const gone = Object.keys(previous.parts).filter((k) => !wanted.has(k)).reverse();
    for (const key of gone) await resources.delete(refFromKey(key));
  }
  return state;
}

/** `fromParameter` named values take their value from the program (ApimService `parameters`), as a Pulumi secret. */
function parameterValue(kind: ProviderKind, inputs: Inputs): string | undefined {
  if (kind !== "namedValue") return undefined;
  const from = (inputs.properties as { fromParameter?: unknown } | undefined)?.fromParameter;
  return typeof from === "string" && typeof inputs.parameterValue === "string" ? inputs.parameterValue : undefined;
}

export async function create(kind: ProviderKind, inputs: Inputs): Promise<{ id: string; outs: Outputs }> {
  const parts = await desiredParts(kind, inputs);
  const resources = resourcesFor(inputs);
  const armId = resources.resourceId(parts[0].ref);
  await proveKeyVaultReference(kind, inputs);
  const secret = await resolveFromKeyVault(kind, inputs);
  const param = parameterValue(kind, inputs);
  const supplied = secret ? { value: secret.value, changed: true } : param !== undefined ? { value: new Secret(param), changed: true } : undefined;
  const state = await writeParts(resources, parts, undefined, supplied);
  if (secret) state.secretVersion = secret.version;
  return { id: armId, outs: outputsOf(inputs, armId, state) };
}

export async function update(kind: ProviderKind, _id: string, olds: Outputs, news: Inputs): Promise<{ outs: Outputs }> {
  const parts = await desiredParts(kind, news);
  const resources = resourcesFor(news);
  const armId = resources.resourceId(parts[0].ref);
  const previous = stateOf(olds);
  await proveKeyVaultReference(kind, news);
  const secret = await resolveFromKeyVault(kind, news);
  const param = parameterValue(kind, news);
  const supplied = secret
    ? { value: secret.value, changed: secret.version !== previous.secretVersion }
    : param !== undefined
      ? { value: new Secret(param), changed: param !== parameterValue(kind, olds) }
      : undefined;
  const state = await writeParts(resources, parts, previous, supplied);
  if (secret) state.secretVersion = secret.version;
  return { outs: outputsOf(news, armId, state) };
}

export async function read(_kind: ProviderKind, id: string, props: Outputs): Promise<{ id: string; props: Outputs }> {
  const previous = stateOf(props);
  const resources = resourcesFor(props);
  const state: StoredState = { parts: {}, etags: {}, ...(previous.secretVersion ? { secretVersion: previous.secretVersion } : {}) };
  const keys = Object.keys(previous.parts);
  for (const [i, key] of keys.entries()) {
    const ref = refFromKey(key);
    const live = await resources.get(ref);
    if (!live) {
      if (i === 0) return { id: "", props: {} };
      continue;
    }
    state.parts[key] = normaliseLiveProperties(ref, live.properties, previous.parts[key]);
    if (live.etag) state.etags[key] = live.etag;
  }
  return { id, props: outputsOf(props, String(props.armId ?? id), state) };
}

export async function remove(_kind: ProviderKind, _id: string, olds: Outputs): Promise<void> {
  const keys = Object.keys(stateOf(olds).parts);
  if (!keys.length) return;
  // Children (operations, API links, hostnames) go with their parent.
  await resourcesFor(olds).delete(refFromKey(keys[0]));
}

export { partKey };
