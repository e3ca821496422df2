/**
 * Generic CRUD over APIM resources. src/azure knows no resource kind: the
 * caller's `kinds` table (src/state builds it from the kind registry) says
 * where each kind lives and how it is read, and every call is the matching
 * ARM request sent through the real SDK client's pipeline (credential,
 * retries, call counting), with long-running writes polled by the SDK's own
 * poller (`@azure/core-lro`, configured as the generated SDK configures it).
 * The request body is the exact ARM `properties` object the caller gives, and
 * reads return the raw ARM `properties` as the service sent them.
 */
import type { ApiManagementClient } from "@azure/arm-apimanagement";
import type * as CoreLro from "@azure/core-lro";
import type * as CorePipeline from "@azure/core-rest-pipeline";
import { Secret, isSecret } from "../core/secret";
import { createApimClient } from "./clients";
import { AzureError, toAzureError } from "./errors";
import { fillPath, isSingleton, nameCount, resourceIdAt, serviceId, type ApimTarget, type ArmKind, type ArmRef } from "./kinds";
import { callCounterPolicy } from "./retry-policy";
import { resolveSettings, type AzureSettings } from "./settings";

export interface LiveResource<K extends string = string> {
  ref: ArmRef<K>;
  etag?: string;
  /** ARM `properties` as returned (a secret value only with `withSecretValue`, as a Secret). */
  properties: Record<string, unknown>;
}

export interface GetOptions {
  /** Kinds with a secret-value action (a named value's listValue): also fetch the value, returned as a Secret. */
  withSecretValue?: boolean;
}

type Client = ApiManagementClient;

interface Response {
  status: number;
  headers: { get(name: string): string | undefined; toJSON(): Record<string, string> };
  bodyAsText?: string | null;
}

/** What the SDK throws for an error answer; toAzureError reads the same fields. */
interface HttpFailure {
  statusCode: number;
  response: { bodyAsText?: string | null };
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

function byNames<K extends string>(a: LiveResource<K>, b: LiveResource<K>): number {
  const x = a.ref.names.join("/");
  const y = b.ref.names.join("/");
  return x < y ? -1 : x > y ? 1 : 0;
}

export class ArmResources<K extends string = string> {
  readonly calls = { reads: 0, writes: 0 };
  readonly #target: ApimTarget;
  readonly #settings?: AzureSettings;
  readonly #kinds: (kind: K) => ArmKind;
  #client?: Client;
  #lroPollMs = 2000;
  #endpoint = "";

  /** `kinds` says where each kind lives and how it is read; it throws for a kind it does not know. */
  constructor(target: ApimTarget, settings: AzureSettings | undefined, kinds: (kind: K) => ArmKind) {
    this.#target = { ...target };
    this.#settings = settings;
    this.#kinds = kinds;
  }

  /** Created on first use, so settings from the environment are read when work starts. */
  get client(): Client {
    if (!this.#client) {
      const c = createApimClient(this.#target.subscriptionId, this.#settings);
      const resolved = resolveSettings(this.#settings);
      this.#lroPollMs = resolved.lroPollMs;
      // The endpoint the client was made for (the SDK keeps it private).
      this.#endpoint = resolved.armEndpoint;
      c.pipeline.addPolicy(callCounterPolicy(this.calls), { afterPhase: "Retry" });
      this.#client = c;
    }
    return this.#client;
  }

  resourceId(ref: ArmRef<K>): string {
    return resourceIdAt(this.#target, this.#kinds(ref.kind).path, ref.names, ref.kind);
  }

  /** The request URL of `rel` (below the service, already encoded) with the api-version and `query`. */
  #url(rel: string, query: Readonly<Record<string, string>> = {}): string {
    const c = this.client;
    const base = `${this.#endpoint}${serviceId(this.#target)
      .split("/")
      .map((s) => encodeURIComponent(s))
      .join("/")}/${rel}`;
    const q = new URLSearchParams({ "api-version": c.apiVersion, ...query });
    return `${base}?${q.toString()}`;
  }

  #refUrl(ref: ArmRef<K>, spec: ArmKind, query?: Readonly<Record<string, string>>): string {
    return this.#url(fillPath(spec.path, ref.names, ref.kind, true), query);
  }

  /** One request through the client's pipeline; an error answer throws what the SDK would (status and body). */
  async #send(method: string, url: string, opts: { body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const { createPipelineRequest } = require("@azure/core-rest-pipeline") as typeof CorePipeline;
    const request = createPipelineRequest({ url, method: method as CorePipeline.HttpMethods, body: opts.body });
    request.headers.set("Accept", "application/json");
    if (opts.body !== undefined) request.headers.set("Content-Type", "application/json; charset=utf-8");
    for (const [k, v] of Object.entries(opts.headers ?? {})) request.headers.set(k, v);
    const res = await this.client.sendRequest(request);
    if (res.status >= 400) {
      const failure: HttpFailure = { statusCode: res.status, response: { bodyAsText: res.bodyAsText } };
      throw failure;
    }
    return res;
  }

  /**
   * A write that may be long-running, polled to the end by the SDK's poller exactly as the generated client does
   * (`resourceLocationConfig: "location"`, the same polls and waits); the first answer is returned, the caller
   * reads the result back.
   */
  async #write(method: "PUT" | "DELETE", url: string, spec: ArmKind, opts: { body?: string; headers?: Record<string, string> }): Promise<Response> {
    if (!spec.lro) return this.#send(method, url, opts);
    const { createHttpPoller } = require("@azure/core-lro") as typeof CoreLro;
    let first: Response | undefined;
    const lroResponse = (r: Response): CoreLro.LroResponse => ({
      flatResponse: parseJson(r.bodyAsText),
      rawResponse: { statusCode: r.status, headers: r.headers.toJSON(), body: parseJson(r.bodyAsText) },
    });
    const poller = await createHttpPoller(
      {
        requestPath: url,
        requestMethod: method,
        sendInitialRequest: async () => lroResponse((first = await this.#send(method, url, opts))),
        sendPollRequest: async (path: string) => lroResponse(await this.#send("GET", path)),
      },
      { intervalInMs: this.#lroPollMs, resourceLocationConfig: "location" },
    );
    // As the SDK's begin...AndWait: one poll at once, then pollUntilDone, which polls again before its first wait.
    await poller.poll();
    await poller.pollUntilDone();
    return first as Response;
  }

  async get(ref: ArmRef<K>, opts: GetOptions = {}): Promise<LiveResource<K> | undefined> {
    const spec = this.#kinds(ref.kind);
    const id = this.resourceId(ref);
    const head = spec.read === "head";
    let res: Response;
    try {
      res = await this.#send(head ? "HEAD" : "GET", this.#refUrl(ref, spec, spec.readQuery));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw toAzureError(err, id, "reading");
    }
    const live: LiveResource<K> = {
      ref: { kind: ref.kind, names: [...ref.names] },
      etag: res.headers.get("etag") ?? undefined,
      properties: head ? {} : propertiesOf(parseJson(res.bodyAsText)),
    };
    if (opts.withSecretValue && spec.secretValue) {
      live.properties[spec.secretValue.property] = await this.#secretValue(ref, spec, spec.secretValue.action, id);
    }
    return live;
  }

  async #secretValue(ref: ArmRef<K>, spec: ArmKind, action: string, id: string): Promise<Secret> {
    try {
      const res = await this.#send("POST", this.#url(`${fillPath(spec.path, ref.names, ref.kind, true)}/${action}`));
      const value = (parseJson(res.bodyAsText) as { value?: unknown } | undefined)?.value;
      return new Secret(typeof value === "string" ? value : "");
    } catch (err) {
      throw toAzureError(err, id, "reading the value of");
    }
  }

  async put(ref: ArmRef<K>, properties: Record<string, unknown>, opts: { ifMatch?: string } = {}): Promise<LiveResource<K>> {
    const spec = this.#kinds(ref.kind);
    const id = this.resourceId(ref);
    const secrets: string[] = [];
    const plain = revealForSending(properties, secrets) as Record<string, unknown>;
    // A value may be secret even when passed as a plain string; keep it out of messages.
    for (const key of spec.secretProperties ?? []) if (typeof plain[key] === "string") secrets.push(plain[key]);
    let res: Response;
    try {
      res = await this.#write("PUT", this.#refUrl(ref, spec), spec, {
        body: JSON.stringify({ properties: plain }),
        headers: opts.ifMatch !== undefined ? { "If-Match": opts.ifMatch } : {},
      });
    } catch (err) {
      throw toAzureError(err, id, "writing", secrets);
    }
    if (spec.lro || spec.read === "head" || !res.bodyAsText) {
      const after = await this.get(ref);
      if (!after) throw new AzureError(`writing ${id} succeeded but the resource cannot be read back`, 404, "NotFound", id);
      return after;
    }
    return { ref: { kind: ref.kind, names: [...ref.names] }, etag: res.headers.get("etag") ?? undefined, properties: propertiesOf(parseJson(res.bodyAsText)) };
  }

  async delete(ref: ArmRef<K>, opts: { ifMatch?: string } = {}): Promise<void> {
    const spec = this.#kinds(ref.kind);
    const id = this.resourceId(ref);
    try {
      // Links have no ETag, so their deletes carry no If-Match.
      await this.#write("DELETE", this.#refUrl(ref, spec, spec.deleteQuery), spec, {
        headers: spec.read === "head" ? {} : { "If-Match": opts.ifMatch ?? "*" },
      });
    } catch (err) {
      if (isNotFound(err)) return;
      throw toAzureError(err, id, "deleting");
    }
  }

  /** Every resource of `kind` under `parentNames`, sorted by name; a singleton is listed by reading it. */
  async list(kind: K, parentNames: string[] = []): Promise<LiveResource<K>[]> {
    const spec = this.#kinds(kind);
    const singleton = isSingleton(spec.path);
    const want = nameCount(spec.path) - (singleton ? 0 : 1);
    if (parentNames.length !== want) throw new Error(`listing ${kind} needs ${want} parent name(s), got ${parentNames.length}`);
    if (singleton) {
      const one = await this.get({ kind, names: parentNames });
      return one ? [one] : [];
    }
    const where = `${kind} list under ${this.#target.serviceName}${parentNames.length ? `/${parentNames.join("/")}` : ""}`;
    const collection = spec.path.slice(0, -"/*".length);
    const out: LiveResource<K>[] = [];
    try {
      // ARM pages a list with `nextLink`, a full URL.
      let next: string | undefined = this.#url(fillPath(collection, parentNames, kind, true));
      while (next) {
        const page = parseJson((await this.#send("GET", next)).bodyAsText) as { value?: unknown[]; nextLink?: unknown } | undefined;
        for (const item of page?.value ?? []) {
          const name = (item as { name?: unknown }).name;
          if (typeof name !== "string") continue;
          const etag = (item as { etag?: unknown }).etag;
          out.push({
            ref: { kind, names: [...parentNames, name] },
            ...(typeof etag === "string" ? { etag } : {}),
            properties: spec.read === "head" ? {} : propertiesOf(item),
          });
        }
        next = typeof page?.nextLink === "string" && page.nextLink !== "" ? page.nextLink : undefined;
      }
    } catch (err) {
      throw toAzureError(err, where, "listing");
    }
    return out.sort(byNames);
  }
}
