/**
 * `apimc serve`: the runtime behind a local HTTP listener on 127.0.0.1. One
 * RuntimeState for the process (limits, caches and breakers persist across
 * requests), the real clock, and either live backends (node:http(s)) or a
 * test file's mocks.
 */
import * as http from "node:http";
import * as https from "node:https";
import * as zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { runRequest, type RuntimeOptions, type SubscriptionScope } from "./engine";
import type { Gateway } from "./gateway";
import { RuntimeState, realClock } from "./state";
import { namedValueLookup } from "./subscriptions";
import { mockTransport } from "./test-runner";
import type { TestFile } from "./test-file";
import { TransportError, type OutboundCall, type OutboundReply, type Transport } from "./types";

export interface ServeOptions {
  port: number;
  /** `live` forwards with fetch; a test file answers from its mocks. */
  backends: "live" | TestFile;
  /** Named values and subscription keys (from the mock file, or `--with FILE` in live mode). */
  namedValues?: Record<string, string>;
  subscriptions?: Record<string, SubscriptionScope>;
  /** Values of `fromParameter` secret sources (named values). */
  parameters?: Record<string, string>;
  /** One line per request; lines of one event-loop turn come in one call, joined by newlines. */
  log?: (line: string) => void;
  /** Backend timeout for live calls, ms. */
  timeoutMs?: number;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** How long a request's log line may wait to be written with others. */
const LOG_FLUSH_MS = 25;

const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer", "host", "content-length"]);

/**
 * Live backends over node:http(s) with keep-alive agents. Not fetch: undici's
 * fetch costs an AbortSignal, web streams and header-list copies per call,
 * which was the largest share of `apimc serve`'s CPU time in a profile (see
 * bench/serve.js). A compressed reply is decompressed, so policies read text,
 * as fetch did.
 */
export function liveTransport(timeoutMs = 30_000): Transport {
  const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };
  return (call: OutboundCall): Promise<OutboundReply> =>
    new Promise((resolve, reject) => {
      let target: URL;
      try {
        target = new URL(call.url);
      } catch {
        reject(new TransportError(`invalid URL ${call.url}`));
        return;
      }
      const secure = target.protocol === "https:";
      if (!secure && target.protocol !== "http:") {
        reject(new TransportError(`unsupported protocol ${target.protocol}`));
        return;
      }
      const headers: Record<string, string> = {};
      for (const k in call.headers) if (!HOP.has(k.toLowerCase())) headers[k] = call.headers[k];
      const body = call.body && call.method !== "GET" && call.method !== "HEAD" ? Buffer.from(call.body, "utf8") : undefined;
      if (body) headers["content-length"] = String(body.length);
      const fail = (e: Error): void => reject(new TransportError(e.message));
      const req = (secure ? https : http).request(target, { method: call.method, headers, agent: agents[secure ? "https:" : "http:"] }, (res) => {
        const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
        const stream = encoding === "gzip" || encoding === "x-gzip" ? res.pipe(zlib.createGunzip()) : encoding === "deflate" ? res.pipe(zlib.createInflate()) : encoding === "br" ? res.pipe(zlib.createBrotliDecompress()) : res;
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("error", (e: Error) => {
          clearTimeout(timer);
          fail(e);
        });
        stream.on("end", () => {
          clearTimeout(timer);
          const out: Record<string, string> = {};
          for (const k in res.headers) {
            if (HOP.has(k) || (stream !== res && k === "content-encoding")) continue;
            const v = res.headers[k];
            out[k] = Array.isArray(v) ? v.join(", ") : String(v);
          }
          resolve({ status: res.statusCode ?? 502, headers: out, body: chunks.length === 1 ? chunks[0].toString("utf8") : Buffer.concat(chunks).toString("utf8") });
        });
      });
      const timer = setTimeout(() => req.destroy(new Error(`the backend did not answer within ${call.timeoutMs ?? timeoutMs} ms`)), call.timeoutMs ?? timeoutMs);
      req.on("error", (e) => {
        clearTimeout(timer);
        fail(e);
      });
      req.end(body);
    });
}

export function startServer(gw: Gateway, opts: ServeOptions): Promise<RunningServer> {
  const model = gw.model;
  const mocks = opts.backends === "live" ? undefined : opts.backends;
  const namedValues = { ...(mocks?.namedValues ?? {}), ...(opts.namedValues ?? {}) };
  const runtime: RuntimeOptions = {
    clock: realClock(),
    state: new RuntimeState(),
    transport: mocks ? mockTransport(mocks, model) : liveTransport(opts.timeoutMs),
    namedValue: namedValueLookup(model, namedValues, { ...(mocks?.parameters ?? {}), ...(opts.parameters ?? {}) }),
    subscriptions: { ...(mocks?.subscriptions ?? {}), ...(opts.subscriptions ?? {}) },
  };
  // Log lines are written at most every LOG_FLUSH_MS, not once per request: a
  // write to stdout is synchronous for pipes and files, and one per request
  // was the largest cost after the sockets in a profile under load.
  let pending: string[] = [];
  const flush = (): void => {
    const lines = pending;
    pending = [];
    if (opts.log) opts.log(lines.join("\n"));
  };
  const log = (line: string): void => {
    if (pending.push(line) === 1) setTimeout(flush, LOG_FLUSH_MS);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers: Record<string, string[]> = {};
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const k = req.rawHeaders[i];
        if (k.toLowerCase() === "host" || k.toLowerCase() === "content-length" || k.toLowerCase() === "connection") continue;
        (headers[k] ??= []).push(req.rawHeaders[i + 1]);
      }
      const body = chunks.length ? Buffer.concat(chunks).toString("utf8") : undefined;
      runRequest(gw, { method: req.method ?? "GET", url: req.url ?? "/", headers, body, ipAddress: (req.socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, "") }, runtime)
        .then((o) => {
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(o.headers)) if (!HOP.has(k.toLowerCase())) out[k] = v;
          if (o.harnessError) {
            res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
            res.end(`apimc serve: ${o.harnessError}\n`);
          } else {
            res.writeHead(o.status, o.reason || undefined, out);
            res.end(o.body);
          }
          if (opts.log) {
            const op = o.operation ? `${o.api}/${o.operation}` : "(no operation)";
            const err = o.error ? ` error=${o.error.source}:${o.error.reason}${o.error.exceptionType ? `(${o.error.exceptionType})` : ""}` : o.harnessError ? ` setup-error="${o.harnessError}"` : "";
            log(`${req.method} ${req.url} -> ${op} ${o.harnessError ? 500 : o.status}${err} [${o.policies.join(" ")}]`);
          }
        })
        .catch((e: unknown) => {
          res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          res.end(`apimc serve: internal error: ${(e as Error).message}\n`);
        });
    });
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: this is a development gateway, never an exposed one.
    server.listen(opts.port, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            if (pending.length) flush();
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
