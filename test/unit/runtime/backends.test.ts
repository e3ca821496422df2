/** Pools and circuit breakers through runRequest: priority, weights, trips, acceptRetryAfter, recovery. */
import { buildModel } from "../../../src/model";
import { loadDeclarations } from "../../../src/load";
import { loadGateway, runRequest, RuntimeState, virtualClock, type OutboundCall, type RuntimeOptions } from "../../../src/runtime";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

async function gateway(backends: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-pool-"));
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1
service: { name: t }
backends:
${backends}
apis:
  a:
    displayName: A
    path: a
    protocols: [https]
    subscriptionRequired: false
    policy: "<policies><inbound><set-backend-service backend-id=\\"pool\\" /></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>"
    operations:
      get: { displayName: Get, method: GET, urlTemplate: "/" }
`,
  );
  const built = buildModel(await loadDeclarations(dir));
  if (!built.model) throw new Error(JSON.stringify(built.diagnostics));
  return loadGateway(built.model);
}

function options(answer: (c: OutboundCall) => { status: number; headers?: Record<string, string> }) {
  const calls: string[] = [];
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const opts: RuntimeOptions = {
    clock,
    state: new RuntimeState(),
    subscriptions: {},
    namedValue: () => undefined,
    transport: async (c) => {
      calls.push(c.backend ?? "?");
      const a = answer(c);
      return { status: a.status, headers: a.headers ?? {}, body: "" };
    },
  };
  return { opts, calls, clock };
}

const single = (name: string, breaker = "") => `  ${name}: { type: Single, url: "https://${name}.example", protocol: http${breaker} }`;

describe("backend pools and circuit breakers", () => {
  it("rotates by weight within the lowest priority, deterministically", async () => {
    const gw = await gateway([single("x"), single("y"), single("z"), "  pool: { type: Pool, pool: { services: [ { backend: x, priority: 1, weight: 3 }, { backend: y, priority: 1, weight: 1 }, { backend: z, priority: 2, weight: 1 } ] } }"].join("\n"));
    const { opts, calls } = options(() => ({ status: 200 }));
    for (let i = 0; i < 8; i++) await runRequest(gw, { method: "GET", url: "/a/" }, opts);
    expect(calls).toEqual(["x", "x", "y", "x", "x", "x", "y", "x"]);
  });

  it("trips a member on its failure count, falls back to the next priority, and recovers after tripDuration", async () => {
    const cb = `, circuitBreaker: { rules: [ { name: r, failureCondition: { count: 2, interval: PT1M, statusCodeRanges: [ { min: 500, max: 599 } ] }, tripDuration: PT30S } ] }`;
    const gw = await gateway([single("x", cb), single("z"), "  pool: { type: Pool, pool: { services: [ { backend: x, priority: 1 }, { backend: z, priority: 2 } ] } }"].join("\n"));
    let xStatus = 500;
    const { opts, calls, clock } = options((c) => ({ status: c.backend === "x" ? xStatus : 200 }));
    for (let i = 0; i < 3; i++) await runRequest(gw, { method: "GET", url: "/a/" }, opts);
    expect(calls).toEqual(["x", "x", "z"]);
    xStatus = 200;
    await clock.sleep(31_000);
    const o = await runRequest(gw, { method: "GET", url: "/a/" }, opts);
    expect(o.status).toBe(200);
    expect(calls[calls.length - 1]).toBe("x");
  });

  it("honours acceptRetryAfter, and answers 503 without a call while every member is open", async () => {
    const cb = `, circuitBreaker: { rules: [ { name: r, failureCondition: { percentage: 50, interval: PT1M, statusCodeRanges: [ { min: 429, max: 429 } ] }, tripDuration: PT1S, acceptRetryAfter: true } ] }`;
    const gw = await gateway([single("x", cb), "  pool: { type: Pool, pool: { services: [ { backend: x } ] } }"].join("\n"));
    const { opts, calls, clock } = options(() => ({ status: 429, headers: { "Retry-After": "120" } }));
    expect((await runRequest(gw, { method: "GET", url: "/a/" }, opts)).status).toBe(429);
    await clock.sleep(60_000); // past tripDuration (1 s) but inside Retry-After (120 s)
    const open = await runRequest(gw, { method: "GET", url: "/a/" }, opts);
    expect(open.status).toBe(503);
    expect(open.error?.reason).toBe("BackendUnavailable");
    expect(calls).toEqual(["x"]);
    await clock.sleep(61_000);
    await runRequest(gw, { method: "GET", url: "/a/" }, opts);
    expect(calls).toEqual(["x", "x"]);
  });
});
