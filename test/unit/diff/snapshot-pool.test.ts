/** A snapshot diff of a pool names each changed member and circuit-breaker field, not one JSON blob. */
import { planSnapshots, type GatewaySnapshotLike } from "../../../src/diff/snapshot-plan";

function snapshot(count: number, weight: number): GatewaySnapshotLike {
  const breaker = { rules: [{ name: "trip", tripDuration: "PT1M", failureCondition: { count, interval: "PT5M", statusCodeRanges: [{ min: 500, max: 599 }] } }] };
  return {
    service: "contoso",
    gateway: "onprem",
    hostnames: [],
    operations: [
      {
        api: "orders",
        operation: "getorder",
        method: "GET",
        policy: {},
        backend: {
          kind: "backend",
          name: "orders-pool",
          type: "Pool",
          conditional: false,
          pool: [
            { backend: "orders-eu", weight, url: "https://eu", circuitBreaker: breaker },
            { backend: "orders-us", weight: 50, url: "https://us", circuitBreaker: breaker },
          ],
        },
      },
    ],
  };
}

test("each changed circuit-breaker field and member weight is its own property change", () => {
  const p = planSnapshots(snapshot(5, 50), snapshot(10, 70));
  expect(p.changes).toHaveLength(1);
  expect(p.changes[0].diff).toEqual([
    { path: "backend.pool.orders-eu.circuitBreaker.rules.trip.failureCondition.count", before: 5, after: 10 },
    { path: "backend.pool.orders-eu.weight", before: 50, after: 70 },
    { path: "backend.pool.orders-us.circuitBreaker.rules.trip.failureCondition.count", before: 5, after: 10 },
  ]);
});
