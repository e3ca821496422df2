/**
 * `apimc serve`: the runtime behind a local HTTP listener on 127.0.0.1. One
 * RuntimeState for the process (limits, caches and breakers persist across
 * requests), the real clock, and either live backends (fetch) or a test
 * file's mocks.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { runRequest, type RuntimeOptions, type SubscriptionScope } from "./engine";
import type { Gateway } from "./gateway";
import { RuntimeState, realClock } from "./state";
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
  /** One line per request. */
  log?: (line: string) => void;
  /** Backend timeout for live calls, ms. */
  timeoutMs?: number;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer", "host", "content-length"]);

export function liveTransport(timeoutMs = 30_000): Transport {
  return async (call: OutboundCall): Promise<OutboundReply> => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(call.headers)) if (!HOP.has(k.toLowerCase())) headers[k] = v;
    let res: Response;
    try {
      res = await fetch(call.url, { method: call.method, headers, body: call.body && !["GET", "HEAD"].includes(call.method) ? call.body : undefined, signal: AbortSignal.timeout(call.timeoutMs ?? timeoutMs), redirect: "manual" });
    } catch (e) {
      throw new TransportError((e as Error).message);
    }
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      if (!HOP.has(k)) out[k] = v;
    });
    return { status: res.status, headers: out, body: await res.text() };
  };
}

export function startServer(gw: Gateway, opts: ServeOptions): Promise<RunningServer> {
  const model = gw.model;
  const mocks = opts.backends === "live" ? undefined : opts.backends;
  const namedValues = { ...(mocks?.namedValues ?? {}), ...(opts.namedValues ?? {}) };
  const runtime: RuntimeOptions = {
    clock: realClock(),
    state: new RuntimeState(),
    transport: mocks ? mockTransport(mocks, model) : liveTransport(opts.timeoutMs),
    namedValue: (name) => {
      const nv = Object.values(model.namedValues).find((n) => n.displayName === name || n.name === name);
      const given = namedValues[name] ?? (nv ? (namedValues[nv.name] ?? namedValues[nv.displayName]) : undefined);
      if (given !== undefined) return given;
      return nv && nv.source.kind === "plain" ? nv.source.value : undefined;
    },
    subscriptions: { ...(mocks?.subscriptions ?? {}), ...(opts.subscriptions ?? {}) },
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
            opts.log(`${req.method} ${req.url} -> ${op} ${o.harnessError ? 500 : o.status}${err} [${o.policies.join(" ")}]`);
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
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
