/**
 * Our retry policy, installed in place of the SDK's `defaultRetryPolicy`.
 *
 * Why replace it: the SDK's throttling strategy retries 429 only when a
 * Retry-After header is present and honours that header with no upper bound.
 * We retry 429, 408 and 5xx (except 501/505) and dropped connections, with
 * exponential backoff plus jitter, honouring Retry-After (seconds or an HTTP
 * date, also retry-after-ms) up to a cap. Exactly one retry layer exists, so
 * a throttled write is re-sent once per attempt and never duplicated by a
 * second policy. ARM PUT and DELETE are idempotent, and a 429/503 answer means
 * the write was not applied, so re-sending is safe.
 */
import type { ApiManagementClient } from "@azure/arm-apimanagement";

type Pipeline = ApiManagementClient["pipeline"];
export type PipelinePolicy = Parameters<Pipeline["addPolicy"]>[0];
type PipelineResponse = Awaited<ReturnType<PipelinePolicy["sendRequest"]>>;

export interface RetryOptions {
  maxRetries: number;
  baseDelayMs: number;
  capMs: number;
}

const SYSTEM_ERRORS = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "ESOCKETTIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_SOCKET"]);

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

function isDroppedConnection(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as { code?: unknown; name?: unknown; statusCode?: unknown };
  if (e.name === "AbortError") return false;
  if (typeof e.statusCode === "number") return false;
  return typeof e.code === "string" && (SYSTEM_ERRORS.has(e.code) || e.code === "REQUEST_SEND_ERROR");
}

/** Milliseconds the server asked us to wait, or undefined when it did not say. */
export function retryAfterMs(headers: { get(name: string): string | undefined }, now = Date.now()): number | undefined {
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const v = headers.get(name);
    if (v !== undefined && v.trim() !== "" && Number.isFinite(Number(v))) return Math.max(0, Number(v));
  }
  const ra = headers.get("retry-after");
  if (ra === undefined || ra.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(ra.trim())) return Number(ra.trim()) * 1000;
  const date = Date.parse(ra);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

export function backoffMs(attempt: number, opts: RetryOptions, random = Math.random): number {
  const exp = Math.min(opts.capMs, opts.baseDelayMs * 2 ** attempt);
  // "Equal jitter": half fixed, half random, so clients that failed together spread out.
  return Math.min(opts.capMs, exp / 2 + random() * (exp / 2));
}

interface AbortSignalish {
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function sleep(ms: number, signal?: AbortSignalish): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new Error("The operation was aborted."));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function apimcRetryPolicy(opts: RetryOptions): PipelinePolicy {
  return {
    name: "apimcRetryPolicy",
    async sendRequest(request, next): Promise<PipelineResponse> {
      for (let attempt = 0; ; attempt++) {
        const canRetry = attempt < opts.maxRetries;
        let response: PipelineResponse;
        try {
          response = await next(request);
        } catch (err) {
          if (!canRetry || !isDroppedConnection(err)) throw err;
          await sleep(backoffMs(attempt, opts), request.abortSignal);
          continue;
        }
        if (!canRetry || !isRetryableStatus(response.status)) return response;
        const asked = retryAfterMs(response.headers);
        const wait = asked !== undefined ? Math.min(asked, opts.capMs) : backoffMs(attempt, opts);
        await sleep(wait, request.abortSignal);
      }
    },
  };
}

/** Counts every HTTP attempt that goes on the wire (installed after the retry phase). */
export function callCounterPolicy(calls: { reads: number; writes: number }): PipelinePolicy {
  return {
    name: "apimcCallCounter",
    async sendRequest(request, next) {
      if (request.method === "GET" || request.method === "HEAD") calls.reads++;
      else calls.writes++;
      return next(request);
    },
  };
}

/** Removes the SDK's retry policies and installs ours in the Retry phase. */
export function installRetry(pipeline: Pipeline, opts: RetryOptions): void {
  for (const name of ["defaultRetryPolicy", "exponentialRetryPolicy", "throttlingRetryPolicy", "systemErrorRetryPolicy"]) {
    pipeline.removePolicy({ name });
  }
  pipeline.addPolicy(apimcRetryPolicy(opts), { phase: "Retry" });
}
