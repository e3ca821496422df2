/**
 * Table-driven CRUD over the APIM resource kinds apimc manages. Every call goes
 * through the SDK operation for the kind (so LROs use the SDK pollers), but
 * the request body is the exact ARM `properties` object the caller gives: the
 * SDK's flattened models drop fields they do not know and rename a few, and
 * apimc's compiler already produces the REST contract shape. Reads return the
 * raw ARM `properties` as the service sent them, not the SDK's flattened model.
 */
import type { ApiManagementClient } from "@azure/arm-apimanagement";
import { randomUUID } from "node:crypto";
import { Secret, isSecret } from "../core/secret";
import { createApimClient } from "./clients";
import { AzureError, toAzureError } from "./errors";
import { nameCount, resourceId, type ApimKind, type ApimRef, type ApimTarget } from "./kinds";
import { callCounterPolicy, type PipelinePolicy } from "./retry-policy";
import { resolveSettings, type AzureSettings } from "./settings";

export interface LiveResource {
  ref: ApimRef;
  etag?: string;
  /** ARM `properties` as returned (a named value's secret value only with `withSecretValue`, as a Secret). */
  properties: Record<string, unknown>;
}

interface RawResponse {
  status: number;
  headers: { get(name: string): string | undefined };
  bodyAsText?: string | null;
}

/** The subset of SDK operation options apimc passes; each SDK OptionalParams type accepts it. */
interface CallOptions {
  onResponse?: (raw: RawResponse) => void;
  requestOptions?: { customHeaders?: Record<string, string> };
  ifMatch?: string;
  format?: string;
  /** Not an SDK option: the poll interval handed to LRO calls as updateIntervalInMs. */
  lroPollMs?: number;
}

type Client = ApiManagementClient;
type Names = string[];
const POLICY = "policy";

interface KindOps {
  /** Answers from HEAD (links have no GET); properties are then `{}`. */
  headOnly?: boolean;
  /** The SDK call is a long-running operation; read the result back after it completes. */
  lro?: boolean;
  /** Policies are singletons: list = get. */
  singleton?: boolean;
  get(c: Client, rg: string, s: string, n: Names, o: CallOptions): Promise<unknown>;
  put(c: Client, rg: string, s: string, n: Names, body: Record<string, unknown>, o: CallOptions): Promise<unknown>;
  del(c: Client, rg: string, s: string, n: Names, ifMatch: string, o: CallOptions): Promise<unknown>;
  list?(c: Client, rg: string, s: string, parents: Names, o: CallOptions): AsyncIterable<unknown> | Promise<unknown>;
}

// SDK parameter types are flattened views of the same contract; the exact body is sent by rawBodyPolicy.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SdkBody = any;

const OPS: Record<ApimKind, KindOps> = {
  namedValue: {
    lro: true,
    get: (c, rg, s, [n], o) => c.namedValue.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.namedValue.beginCreateOrUpdateAndWait(rg, s, n, b as SdkBody, lroOptions(o)),
    del: (c, rg, s, [n], m, o) => c.namedValue.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.namedValue.listByService(rg, s, o),
  },
  backend: {
    get: (c, rg, s, [n], o) => c.backend.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.backend.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.backend.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.backend.listByService(rg, s, o),
  },
  api: {
    lro: true,
    get: (c, rg, s, [n], o) => c.api.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.api.beginCreateOrUpdateAndWait(rg, s, n, b as SdkBody, lroOptions(o)),
    // An API goes with all its revisions (apimc never deletes one on its own).
    del: (c, rg, s, [n], m, o) => c.api.beginDeleteAndWait(rg, s, n, m, { ...lroOptions(o), deleteRevisions: true }),
    list: (c, rg, s, _p, o) => c.api.listByService(rg, s, o),
  },
  operation: {
    get: (c, rg, s, [a, n], o) => c.apiOperation.get(rg, s, a, n, o),
    put: (c, rg, s, [a, n], b, o) => c.apiOperation.createOrUpdate(rg, s, a, n, b as SdkBody, o),
    del: (c, rg, s, [a, n], m, o) => c.apiOperation.delete(rg, s, a, n, m, o),
    list: (c, rg, s, [a], o) => c.apiOperation.listByApi(rg, s, a, o),
  },
  globalPolicy: {
    singleton: true,
    get: (c, rg, s, _n, o) => c.policy.get(rg, s, POLICY, { ...o, format: "rawxml" }),
    put: (c, rg, s, _n, b, o) => c.policy.createOrUpdate(rg, s, POLICY, b as SdkBody, o),
    del: (c, rg, s, _n, m, o) => c.policy.delete(rg, s, POLICY, m, o),
  },
  apiPolicy: {
    singleton: true,
    get: (c, rg, s, [a], o) => c.apiPolicy.get(rg, s, a, POLICY, { ...o, format: "rawxml" }),
    put: (c, rg, s, [a], b, o) => c.apiPolicy.createOrUpdate(rg, s, a, POLICY, b as SdkBody, o),
    del: (c, rg, s, [a], m, o) => c.apiPolicy.delete(rg, s, a, POLICY, m, o),
  },
  operationPolicy: {
    singleton: true,
    get: (c, rg, s, [a, p], o) => c.apiOperationPolicy.get(rg, s, a, p, POLICY, { ...o, format: "rawxml" }),
    put: (c, rg, s, [a, p], b, o) => c.apiOperationPolicy.createOrUpdate(rg, s, a, p, POLICY, b as SdkBody, o),
    del: (c, rg, s, [a, p], m, o) => c.apiOperationPolicy.delete(rg, s, a, p, POLICY, m, o),
  },
  productPolicy: {
    singleton: true,
    get: (c, rg, s, [p], o) => c.productPolicy.get(rg, s, p, POLICY, { ...o, format: "rawxml" }),
    put: (c, rg, s, [p], b, o) => c.productPolicy.createOrUpdate(rg, s, p, POLICY, b as SdkBody, o),
    del: (c, rg, s, [p], m, o) => c.productPolicy.delete(rg, s, p, POLICY, m, o),
  },
  policyFragment: {
    lro: true,
    get: (c, rg, s, [n], o) => c.policyFragment.get(rg, s, n, { ...o, format: "rawxml" }),
    put: (c, rg, s, [n], b, o) => c.policyFragment.beginCreateOrUpdateAndWait(rg, s, n, b as SdkBody, lroOptions(o)),
    del: (c, rg, s, [n], m, o) => c.policyFragment.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.policyFragment.listByService(rg, s, o),
  },
  product: {
    get: (c, rg, s, [n], o) => c.product.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.product.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.product.delete(rg, s, n, m, { ...o, deleteSubscriptions: true }),
    list: (c, rg, s, _p, o) => c.product.listByService(rg, s, o),
  },
  productApi: {
    headOnly: true,
    get: (c, rg, s, [p, a], o) => c.productApi.checkEntityExists(rg, s, p, a, o),
    put: (c, rg, s, [p, a], _b, o) => c.productApi.createOrUpdate(rg, s, p, a, o),
    del: (c, rg, s, [p, a], _m, o) => c.productApi.delete(rg, s, p, a, o),
    list: (c, rg, s, [p], o) => c.productApi.listByProduct(rg, s, p, o),
  },
  apiVersionSet: {
    get: (c, rg, s, [n], o) => c.apiVersionSet.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.apiVersionSet.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.apiVersionSet.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.apiVersionSet.listByService(rg, s, o),
  },
  gateway: {
    get: (c, rg, s, [n], o) => c.gateway.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.gateway.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.gateway.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.gateway.listByService(rg, s, o),
  },
  gatewayApi: {
    headOnly: true,
    get: (c, rg, s, [g, a], o) => c.gatewayApi.getEntityTag(rg, s, g, a, o),
    put: (c, rg, s, [g, a], b, o) => c.gatewayApi.createOrUpdate(rg, s, g, a, { ...o, parameters: b as SdkBody }),
    del: (c, rg, s, [g, a], _m, o) => c.gatewayApi.delete(rg, s, g, a, o),
    list: (c, rg, s, [g], o) => c.gatewayApi.listByService(rg, s, g, o),
  },
  gatewayHostname: {
    get: (c, rg, s, [g, h], o) => c.gatewayHostnameConfiguration.get(rg, s, g, h, o),
    put: (c, rg, s, [g, h], b, o) => c.gatewayHostnameConfiguration.createOrUpdate(rg, s, g, h, b as SdkBody, o),
    del: (c, rg, s, [g, h], m, o) => c.gatewayHostnameConfiguration.delete(rg, s, g, h, m, o),
    list: (c, rg, s, [g], o) => c.gatewayHostnameConfiguration.listByService(rg, s, g, o),
  },
  gatewayCertificateAuthority: {
    get: (c, rg, s, [g, ca], o) => c.gatewayCertificateAuthority.get(rg, s, g, ca, o),
    put: (c, rg, s, [g, ca], b, o) => c.gatewayCertificateAuthority.createOrUpdate(rg, s, g, ca, b as SdkBody, o),
    del: (c, rg, s, [g, ca], m, o) => c.gatewayCertificateAuthority.delete(rg, s, g, ca, m, o),
    list: (c, rg, s, [g], o) => c.gatewayCertificateAuthority.listByService(rg, s, g, o),
  },
  // Kinds built from the registry alone (src/model/generic.ts). A subscription's keys and the other secrets come back
  // from listSecrets actions only, which apimc never calls.
  tag: {
    get: (c, rg, s, [n], o) => c.tag.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.tag.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.tag.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.tag.listByService(rg, s, o),
  },
  group: {
    get: (c, rg, s, [n], o) => c.group.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.group.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.group.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.group.listByService(rg, s, o),
  },
  certificate: {
    get: (c, rg, s, [n], o) => c.certificate.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.certificate.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.certificate.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.certificate.listByService(rg, s, o),
  },
  logger: {
    get: (c, rg, s, [n], o) => c.logger.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.logger.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.logger.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.logger.listByService(rg, s, o),
  },
  diagnostic: {
    get: (c, rg, s, [n], o) => c.diagnostic.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.diagnostic.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.diagnostic.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.diagnostic.listByService(rg, s, o),
  },
  cache: {
    get: (c, rg, s, [n], o) => c.cache.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.cache.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.cache.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.cache.listByService(rg, s, o),
  },
  authorizationServer: {
    get: (c, rg, s, [n], o) => c.authorizationServer.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.authorizationServer.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.authorizationServer.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.authorizationServer.listByService(rg, s, o),
  },
  openidConnectProvider: {
    get: (c, rg, s, [n], o) => c.openIdConnectProvider.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.openIdConnectProvider.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.openIdConnectProvider.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.openIdConnectProvider.listByService(rg, s, o),
  },
  subscription: {
    get: (c, rg, s, [n], o) => c.subscription.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.subscription.createOrUpdate(rg, s, n, b as SdkBody, o),
    del: (c, rg, s, [n], m, o) => c.subscription.delete(rg, s, n, m, o),
    list: (c, rg, s, _p, o) => c.subscription.list(rg, s, o),
  },
  // Links with no body: they exist or not.
  productTag: {
    headOnly: true,
    get: (c, rg, s, [p, t], o) => c.tag.getEntityStateByProduct(rg, s, p, t, o),
    put: (c, rg, s, [p, t], _b, o) => c.tag.assignToProduct(rg, s, p, t, o),
    del: (c, rg, s, [p, t], _m, o) => c.tag.detachFromProduct(rg, s, p, t, o),
    list: (c, rg, s, [p], o) => c.tag.listByProduct(rg, s, p, o),
  },
  productGroup: {
    headOnly: true,
    get: (c, rg, s, [p, g], o) => c.productGroup.checkEntityExists(rg, s, p, g, o),
    put: (c, rg, s, [p, g], _b, o) => c.productGroup.createOrUpdate(rg, s, p, g, o),
    del: (c, rg, s, [p, g], _m, o) => c.productGroup.delete(rg, s, p, g, o),
    list: (c, rg, s, [p], o) => c.productGroup.listByProduct(rg, s, p, o),
  },
  apiTag: {
    headOnly: true,
    get: (c, rg, s, [a, t], o) => c.tag.getEntityStateByApi(rg, s, a, t, o),
    put: (c, rg, s, [a, t], _b, o) => c.tag.assignToApi(rg, s, a, t, o),
    del: (c, rg, s, [a, t], _m, o) => c.tag.detachFromApi(rg, s, a, t, o),
    list: (c, rg, s, [a], o) => c.tag.listByApi(rg, s, a, o),
  },
  operationTag: {
    headOnly: true,
    get: (c, rg, s, [a, op, t], o) => c.tag.getEntityStateByOperation(rg, s, a, op, t, o),
    put: (c, rg, s, [a, op, t], _b, o) => c.tag.assignToOperation(rg, s, a, op, t, o),
    del: (c, rg, s, [a, op, t], _m, o) => c.tag.detachFromOperation(rg, s, a, op, t, o),
    list: (c, rg, s, [a, op], o) => c.tag.listByOperation(rg, s, a, op, o),
  },
  apiDiagnostic: {
    get: (c, rg, s, [a, n], o) => c.apiDiagnostic.get(rg, s, a, n, o),
    put: (c, rg, s, [a, n], b, o) => c.apiDiagnostic.createOrUpdate(rg, s, a, n, b as SdkBody, o),
    del: (c, rg, s, [a, n], m, o) => c.apiDiagnostic.delete(rg, s, a, n, m, o),
    list: (c, rg, s, [a], o) => c.apiDiagnostic.listByService(rg, s, a, o),
  },
  apiSchema: {
    lro: true,
    get: (c, rg, s, [a, n], o) => c.apiSchema.get(rg, s, a, n, o),
    put: (c, rg, s, [a, n], b, o) => c.apiSchema.beginCreateOrUpdateAndWait(rg, s, a, n, b as SdkBody, lroOptions(o)),
    del: (c, rg, s, [a, n], m, o) => c.apiSchema.delete(rg, s, a, n, m, o),
    list: (c, rg, s, [a], o) => c.apiSchema.listByApi(rg, s, a, o),
  },
  // A revision is an API (`orders;rev=4`): the same SDK calls, named with `;rev=N`.
  apiRevision: {
    lro: true,
    get: (c, rg, s, [n], o) => c.api.get(rg, s, n, o),
    put: (c, rg, s, [n], b, o) => c.api.beginCreateOrUpdateAndWait(rg, s, n, b as SdkBody, lroOptions(o)),
    del: (c, rg, s, [n], m, o) => c.api.beginDeleteAndWait(rg, s, n, m, lroOptions(o)),
    list: (c, rg, s, _p, o) => c.api.listByService(rg, s, o),
  },
  apiRelease: {
    get: (c, rg, s, [a, n], o) => c.apiRelease.get(rg, s, a, n, o),
    put: (c, rg, s, [a, n], b, o) => c.apiRelease.createOrUpdate(rg, s, a, n, b as SdkBody, o),
    del: (c, rg, s, [a, n], m, o) => c.apiRelease.delete(rg, s, a, n, m, o),
    list: (c, rg, s, [a], o) => c.apiRelease.listByService(rg, s, a, o),
  },
};

/** SDK options for a long-running call: our poll interval becomes the SDK's updateIntervalInMs. */
function lroOptions({ lroPollMs, ...rest }: CallOptions): CallOptions & { updateIntervalInMs?: number } {
  return { ...rest, updateIntervalInMs: lroPollMs };
}

const RAW_BODY_HEADER = "x-apimc-raw-body";

/** Swaps the SDK-serialised body for the exact JSON apimc prepared (see file comment). */
function rawBodyPolicy(bodies: Map<string, string>): PipelinePolicy {
  return {
    name: "apimcRawBody",
    async sendRequest(request, next) {
      const key = request.headers.get(RAW_BODY_HEADER);
      if (key !== undefined) {
        request.headers.delete(RAW_BODY_HEADER);
        const body = bodies.get(key);
        if (body !== undefined && (request.method === "PUT" || request.method === "PATCH")) {
          request.body = body;
          request.headers.set("Content-Type", "application/json; charset=utf-8");
        }
      }
      return next(request);
    },
  };
}

function isNotFound(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { statusCode?: unknown }).statusCode === 404;
}

/** Replaces Secret wrappers with their values for sending; returns the values for redaction. */
function revealForSending(value: unknown, found: string[]): unknown {
  if (isSecret(value)) {
    found.push(value.reveal());
    return value.reveal();
  }
  if (Array.isArray(value)) return value.map((v) => revealForSending(v, found));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = revealForSending(v, found);
    return out;
  }
  return value;
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function propertiesOf(item: unknown): Record<string, unknown> {
  const p = (item as { properties?: unknown } | undefined)?.properties;
  return typeof p === "object" && p !== null && !Array.isArray(p) ? { ...(p as Record<string, unknown>) } : {};
}

export interface GetOptions {
  /** Named values only: also fetch the secret value (POST listValue), returned as a Secret. */
  withSecretValue?: boolean;
}

export class ApimResources {
  readonly calls = { reads: 0, writes: 0 };
  readonly #target: ApimTarget;
  readonly #settings?: AzureSettings;
  readonly #bodies = new Map<string, string>();
  #client?: Client;
  #lroPollMs = 2000;

  constructor(target: ApimTarget, settings?: AzureSettings) {
    this.#target = { ...target };
    this.#settings = settings;
  }

  /** Created on first use, so settings from the environment are read when work starts. */
  get client(): Client {
    if (!this.#client) {
      const c = createApimClient(this.#target.subscriptionId, this.#settings);
      this.#lroPollMs = resolveSettings(this.#settings).lroPollMs;
      c.pipeline.addPolicy(rawBodyPolicy(this.#bodies));
      c.pipeline.addPolicy(callCounterPolicy(this.calls), { afterPhase: "Retry" });
      this.#client = c;
    }
    return this.#client;
  }

  resourceId(ref: ApimRef): string {
    return resourceId(this.#target, ref);
  }

  async get(ref: ApimRef, opts: GetOptions = {}): Promise<LiveResource | undefined> {
    const id = this.resourceId(ref);
    const ops = OPS[ref.kind];
    let last: RawResponse | undefined;
    try {
      await ops.get(this.client, this.#target.resourceGroup, this.#target.serviceName, ref.names, {
        onResponse: (raw) => (last = raw),
      });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw toAzureError(err, id, "reading");
    }
    const live: LiveResource = {
      ref: { kind: ref.kind, names: [...ref.names] },
      etag: last?.headers.get("etag") ?? undefined,
      properties: ops.headOnly ? {} : propertiesOf(parseJson(last?.bodyAsText)),
    };
    if (ops.headOnly && last?.status === 404) return undefined;
    if (opts.withSecretValue && ref.kind === "namedValue") {
      live.properties.value = await this.#secretValue(ref.names[0], id);
    }
    return live;
  }

  async #secretValue(name: string, id: string): Promise<Secret> {
    try {
      const r = await this.client.namedValue.listValue(this.#target.resourceGroup, this.#target.serviceName, name);
      return new Secret(r.value ?? "");
    } catch (err) {
      throw toAzureError(err, id, "reading the value of");
    }
  }

  async put(ref: ApimRef, properties: Record<string, unknown>, opts: { ifMatch?: string } = {}): Promise<LiveResource> {
    const id = this.resourceId(ref);
    const ops = OPS[ref.kind];
    const secrets: string[] = [];
    const plain = revealForSending(properties, secrets) as Record<string, unknown>;
    // A named value's value may be secret even when passed as a plain string; keep it out of messages.
    if (ref.kind === "namedValue" && typeof plain.value === "string") secrets.push(plain.value);
    const key = randomUUID();
    this.#bodies.set(key, JSON.stringify({ properties: plain }));
    let last: RawResponse | undefined;
    try {
      const client = this.client;
      await ops.put(client, this.#target.resourceGroup, this.#target.serviceName, ref.names, plain, {
        onResponse: (raw) => (last = raw),
        requestOptions: { customHeaders: { [RAW_BODY_HEADER]: key } },
        ...(ops.lro ? { lroPollMs: this.#lroPollMs } : {}),
        ...(opts.ifMatch !== undefined ? { ifMatch: opts.ifMatch } : {}),
      });
    } catch (err) {
      throw toAzureError(err, id, "writing", secrets);
    } finally {
      this.#bodies.delete(key);
    }
    if (ops.lro || ops.headOnly || !last?.bodyAsText) {
      const after = await this.get(ref);
      if (!after) throw new AzureError(`writing ${id} succeeded but the resource cannot be read back`, 404, "NotFound", id);
      return after;
    }
    return { ref: { kind: ref.kind, names: [...ref.names] }, etag: last.headers.get("etag") ?? undefined, properties: propertiesOf(parseJson(last.bodyAsText)) };
  }

  async delete(ref: ApimRef, opts: { ifMatch?: string } = {}): Promise<void> {
    const id = this.resourceId(ref);
    try {
      const client = this.client;
      await OPS[ref.kind].del(client, this.#target.resourceGroup, this.#target.serviceName, ref.names, opts.ifMatch ?? "*", OPS[ref.kind].lro ? { lroPollMs: this.#lroPollMs } : {});
    } catch (err) {
      if (isNotFound(err)) return;
      throw toAzureError(err, id, "deleting");
    }
  }

  async list(kind: ApimKind, parentNames: string[] = []): Promise<LiveResource[]> {
    const ops = OPS[kind];
    const want = nameCount(kind) - (ops.singleton ? 0 : 1);
    if (parentNames.length !== want) throw new Error(`listing ${kind} needs ${want} parent name(s), got ${parentNames.length}`);
    if (ops.singleton || !ops.list) {
      const one = await this.get({ kind, names: parentNames });
      return one ? [one] : [];
    }
    const pages: RawResponse[] = [];
    const where = `${kind} list under ${this.#target.serviceName}${parentNames.length ? `/${parentNames.join("/")}` : ""}`;
    try {
      const it = ops.list(this.client, this.#target.resourceGroup, this.#target.serviceName, parentNames, {
        onResponse: (raw) => pages.push(raw),
      });
      if (Symbol.asyncIterator in Object(it)) {
        for await (const _item of it as AsyncIterable<unknown>) {
          // The raw pages captured by onResponse are what we return.
        }
      } else {
        await it;
      }
    } catch (err) {
      throw toAzureError(err, where, "listing");
    }
    const out: LiveResource[] = [];
    for (const page of pages) {
      const body = parseJson(page.bodyAsText) as { value?: unknown[] } | undefined;
      for (const item of body?.value ?? []) {
        const name = (item as { name?: unknown }).name;
        if (typeof name !== "string") continue;
        const etag = (item as { etag?: unknown }).etag;
        out.push({
          ref: { kind, names: [...parentNames, name] },
          ...(typeof etag === "string" ? { etag } : {}),
          properties: ops.headOnly ? {} : propertiesOf(item),
        });
      }
    }
    out.sort((a, b) => (a.ref.names.join("/") < b.ref.names.join("/") ? -1 : a.ref.names.join("/") > b.ref.names.join("/") ? 1 : 0));
    return out;
  }
}
