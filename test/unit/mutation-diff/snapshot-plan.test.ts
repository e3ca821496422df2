/**
 * `apimc diff` between two gateway bundles' snapshot.json (planSnapshots, isGatewaySnapshot from the
 * diff stage, as src/index exports them): what a reviewer sees for each kind of change. Written to
 * kill the mutants `npm run mutation` found alive in src/diff/snapshot-plan.ts; every expectation is
 * written by hand.
 */
import { isGatewaySnapshot, planSnapshots, type GatewaySnapshotLike, type SnapshotOperationLike } from "../../../src/diff";

type Op = SnapshotOperationLike;

function op(name: string, extra: Partial<Op> = {}): Op {
  return { api: "orders", operation: name, method: "GET", urlTemplate: `/${name}`, policy: {}, ...extra };
}

function snap(operations: Op[], extra: Partial<GatewaySnapshotLike> = {}): GatewaySnapshotLike {
  return { service: "contoso", gateway: "onprem", hostnames: ["gw.contoso.net"], operations, ...extra };
}

const rateLimit = (calls: number) => ({ origin: "operation", xml: `<rate-limit calls="${calls}" renewal-period="60" />` });

describe("isGatewaySnapshot: only a bundle's snapshot.json is diffed as one", () => {
  const good = snap([op("list")]);

  it("accepts a snapshot, with or without operations", () => {
    expect(isGatewaySnapshot(good)).toBe(true);
    expect(isGatewaySnapshot(snap([]))).toBe(true);
  });

  it.each([
    ["null", null],
    ["a string", "snapshot"],
    ["no gateway", { ...good, gateway: undefined }],
    ["a numeric gateway", { ...good, gateway: 1 }],
    ["no service", { ...good, service: undefined }],
    ["hostnames not a list", { ...good, hostnames: "gw.contoso.net" }],
    ["operations not a list", { ...good, operations: {} }],
    ["an operation that is null", { ...good, operations: [null] }],
    ["an operation without its api", { ...good, operations: [{ ...op("list"), api: undefined }] }],
    ["an operation without its name", { ...good, operations: [{ ...op("list"), operation: 7 }] }],
    ["an operation without a policy", { ...good, operations: [{ ...op("list"), policy: undefined }] }],
    ["an ARM template", { $schema: "https://schema.management.azure.com/x", resources: [] }],
  ])("rejects %s", (_what, value) => {
    expect(isGatewaySnapshot(value)).toBe(false);
  });
});

describe("planSnapshots", () => {
  it("two equal snapshots are no change", () => {
    const p = planSnapshots(snap([op("list", { policy: { inbound: [rateLimit(10)] } })]), snap([op("list", { policy: { inbound: [rateLimit(10)] } })]));
    expect(p).toEqual({ changes: [], summary: { create: 0, update: 0, delete: 0, replace: 0 } });
  });

  it("a gateway hostname or service change is one update of the gateway", () => {
    const p = planSnapshots(snap([]), snap([], { hostnames: ["gw.contoso.net", "edge.contoso.net"], service: "contoso2" }));
    expect(p.changes).toEqual([
      {
        action: "update",
        kind: "gateway",
        id: "gateways/onprem",
        name: "onprem",
        diff: [
          { path: "hostnames", before: ["gw.contoso.net"], after: ["gw.contoso.net", "edge.contoso.net"] },
          { path: "service", before: "contoso", after: "contoso2" },
        ],
      },
    ]);
    expect(p.summary).toEqual({ create: 0, update: 1, delete: 0, replace: 0 });
  });

  it("an operation added is a create, one removed a delete listed last, each named by its operation", () => {
    const p = planSnapshots(snap([op("a-removed"), op("kept")]), snap([op("kept"), op("z-added")]));
    expect(p.changes.map((c) => [c.action, c.kind, c.id, c.name])).toEqual([
      ["create", "operation", "apis/orders/operations/z-added", "z-added"],
      ["delete", "operation", "apis/orders/operations/a-removed", "a-removed"],
    ]);
    expect(p.changes[0].diff).toContainEqual({ path: "urlTemplate", after: "/z-added" });
    expect(p.changes[1].diff).toContainEqual({ path: "urlTemplate", before: "/a-removed" });
    expect(p.summary).toEqual({ create: 1, update: 0, delete: 1, replace: 0 });
  });

  it("operations are listed in id order, whatever the snapshot's order", () => {
    const p = planSnapshots(snap([op("b"), op("a")]), snap([op("b", { method: "PUT" }), op("a", { method: "PUT" })]));
    expect(p.changes.map((c) => c.id)).toEqual(["apis/orders/operations/a", "apis/orders/operations/b"]);
  });

  it("a policy attribute change reads as its XML path; where an element comes from is its own line", () => {
    const before = snap([op("list", { policy: { inbound: [{ origin: "api", xml: '<rate-limit calls="10" renewal-period="60" />' }] } })]);
    const after = snap([op("list", { policy: { inbound: [rateLimit(20)] } })]);
    expect(planSnapshots(before, after).changes[0].diff).toEqual([
      { path: "policyOrigins.inbound", before: ["api"], after: ["operation"] },
      { path: "policy/policies/inbound/rate-limit/@calls", before: "10", after: "20" },
    ]);
  });

  it("compares every section, on-error included, and ignores the api and operation keys", () => {
    const before = snap([op("list", { policy: { "on-error": [{ origin: "global", xml: '<set-header name="x" exists-action="override"><value>1</value></set-header>' }] } })]);
    const after = snap([op("list", { policy: { "on-error": [{ origin: "global", xml: '<set-header name="x" exists-action="override"><value>2</value></set-header>' }] } })]);
    expect(planSnapshots(before, after).changes[0].diff).toEqual([{ path: "policy/policies/on-error/set-header[@name='x']/value/text()", before: "1", after: "2" }]);
  });

  it("pool members are keyed by backend name, unless two members share one", () => {
    const pool = (w: number) => [
      { backend: "eu", weight: w },
      { backend: "us", weight: 50 },
    ];
    const keyed = planSnapshots(snap([op("list", { backend: { name: "p", pool: pool(50) } })]), snap([op("list", { backend: { name: "p", pool: pool(70) } })]));
    expect(keyed.changes[0].diff).toEqual([{ path: "backend.pool.eu.weight", before: 50, after: 70 }]);
    const dup = (w: number) => [
      { backend: "eu", weight: w },
      { backend: "eu", weight: 50 },
    ];
    const listed = planSnapshots(snap([op("list", { backend: { name: "p", pool: dup(50) } })]), snap([op("list", { backend: { name: "p", pool: dup(70) } })]));
    expect(listed.changes[0].diff).toEqual([{ path: "backend.pool", before: dup(50), after: dup(70) }]);
  });

  it("a member without a backend name keeps the pool a list", () => {
    const pool = (w: number) => [{ backend: "eu", weight: w }, { weight: 1 }];
    const p = planSnapshots(snap([op("list", { backend: { pool: pool(1) } })]), snap([op("list", { backend: { pool: pool(2) } })]));
    expect(p.changes[0].diff).toEqual([{ path: "backend.pool", before: pool(1), after: pool(2) }]);
  });

  it("a backend's own circuit-breaker rules are keyed by rule name", () => {
    const breaker = (count: number) => ({ rules: [{ name: "trip", failureCondition: { count } }, { name: "other", failureCondition: { count: 1 } }] });
    const p = planSnapshots(snap([op("list", { backend: { name: "b", circuitBreaker: breaker(5) } })]), snap([op("list", { backend: { name: "b", circuitBreaker: breaker(9) } })]));
    expect(p.changes[0].diff).toEqual([{ path: "backend.circuitBreaker.rules.trip.failureCondition.count", before: 5, after: 9 }]);
  });

  it("a breaker without a rule list is compared as it is", () => {
    const p = planSnapshots(snap([op("list", { backend: { name: "b", circuitBreaker: { rules: "none" } } })]), snap([op("list", { backend: { name: "b", circuitBreaker: { rules: "all" } } })]));
    expect(p.changes[0].diff).toEqual([{ path: "backend.circuitBreaker.rules", before: "none", after: "all" }]);
  });

  it("a backend that is not an object is compared as it is", () => {
    const p = planSnapshots(snap([op("list", { backend: ["a"] })]), snap([op("list", { backend: ["b"] })]));
    expect(p.changes[0].diff).toEqual([{ path: "backend", before: ["a"], after: ["b"] }]);
  });

  it("a value shown whole leaves out keys that are not set", () => {
    const p = planSnapshots(snap([op("list", { backend: "orders" })]), snap([op("list", { backend: { name: "orders", url: undefined } })]));
    expect(p.changes[0].diff).toStrictEqual([{ path: "backend", before: "orders", after: { name: "orders" } }]);
  });
});
