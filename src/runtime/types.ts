/** The runtime's request/response shapes at its edges (test runner, HTTP gateway). */
import type { TraceEntry } from "./context";
import type { CertificateSpec } from "./expression/x509";

export interface RuntimeRequest {
  method: string;
  /** `/path?query` (the gateway's host is added) or an absolute URL. */
  url: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  ipAddress?: string;
  /** The client certificate the caller presents (context.Request.Certificate). */
  certificate?: CertificateSpec;
}

/** A call the gateway makes: to a backend (forward-request) or from send-request and friends. */
export interface OutboundCall {
  kind: "backend" | "send-request" | "send-one-way-request" | "openid-config";
  /** The Single backend's name for forward-request to a declared backend. */
  backend?: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The policy's `timeout` (live mode aborts after it). */
  timeoutMs?: number;
}

export interface OutboundReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Transport = (call: OutboundCall) => Promise<OutboundReply>;

/** A problem of the test harness, not of the gateway (an unmocked backend, a missing secret): the test fails with it. */
export class HarnessError extends Error {}

/** The backend could not be reached (live mode), as a connection failure in APIM. */
export class TransportError extends Error {}

export interface RuntimeError {
  /** LastError.Source: the policy (or `forward-request`, `configuration`). */
  source: string;
  reason: string;
  message: string;
  /** The .NET exception type, for expression failures. */
  exceptionType?: string;
  /** file:line:col of the failing policy element. */
  at?: string;
}

export interface Outcome {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
  api?: string;
  operation?: string;
  product?: string;
  backendRequests: Array<OutboundCall & { status?: number }>;
  variables: Record<string, unknown>;
  traces: TraceEntry[];
  events: Array<{ logger: string; message: string }>;
  metrics: Array<{ name: string; namespace?: string; value: number; dimensions: Record<string, string> }>;
  /** Policies that ran, in order (`section/name`). */
  policies: string[];
  error?: RuntimeError;
  /** When no operation matched: the closest `METHOD /template` candidates. */
  nearest?: string[];
  harnessError?: string;
}
