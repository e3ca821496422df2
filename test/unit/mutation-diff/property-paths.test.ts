/**
 * plan(): how a property change is written (paths, whole values, masks) and what counts as equal.
 * Written against the mutants `npm run mutation` left in src/diff/property-diff.ts and order.ts;
 * every expectation is written by hand.
 */
import { plan } from "../../../src/diff";
import { contoso, emptyModel } from "../diff/fixtures";
import type { Model } from "../../../src/model/types";

function backendWith(props: Record<string, unknown>): Model {
  const m = contoso();
  m.backends["orders-eu"].properties = { url: "https://eu.example.com", protocol: "http", ...props } as never;
  return m;
}

const diffOf = (a: Model, b: Model) => plan(a, b).changes.flatMap((c) => c.diff);

describe("plan(): property paths", () => {
  test("keys that are not identifiers are quoted, at any depth; identifiers with - or $ are not", () => {
    const before = backendWith({ credentials: { header: { "1st": ["{{a}}"], "x.y": ["{{a}}"], "$ok-key": ["{{a}}"] } } });
    const after = backendWith({ credentials: { header: { "1st": ["{{b}}"], "x.y": ["{{b}}"], "$ok-key": ["{{b}}"] } } });
    expect(diffOf(before, after).map((d) => d.path)).toEqual(['credentials.header.$ok-key', 'credentials.header["1st"]', 'credentials.header["x.y"]']);
  });

  test("an object that appears is listed leaf by leaf, keys in order", () => {
    const after = backendWith({ proxy: { username: "u", url: "http://proxy:8080" } });
    expect(diffOf(backendWith({}), after)).toEqual([
      { path: "proxy.url", after: "http://proxy:8080" },
      { path: "proxy.username", after: "u" },
    ]);
    expect(diffOf(after, backendWith({}))).toEqual([
      { path: "proxy.url", before: "http://proxy:8080" },
      { path: "proxy.username", before: "u" },
    ]);
  });

  test("a list is compared and shown whole; a list of the same length with one change is one line", () => {
    const before = backendWith({ credentials: { header: { x: ["{{a}}", "{{b}}"] } } });
    expect(diffOf(before, backendWith({ credentials: { header: { x: ["{{a}}", "{{c}}"] } } }))).toEqual([
      { path: "credentials.header.x", before: ["{{a}}", "{{b}}"], after: ["{{a}}", "{{c}}"] },
    ]);
    expect(diffOf(before, backendWith({ credentials: { header: { x: ["{{a}}"] } } }))).toEqual([{ path: "credentials.header.x", before: ["{{a}}", "{{b}}"], after: ["{{a}}"] }]);
    expect(diffOf(before, backendWith({ credentials: { header: { x: ["{{a}}", "{{b}}"] } } }))).toEqual([]);
  });

  test("a value that turns from a text into an object is one line, secrets inside masked, keys sorted", () => {
    const m = (url: unknown) => backendWith({ url });
    const [line] = diffOf(m("https://eu.example.com"), m({ z: 1, a: { b: 2 } }));
    expect(line).toEqual({ path: "url", before: "https://eu.example.com", after: { a: { b: 2 }, z: 1 } });
    expect(Object.keys(line.after as object)).toEqual(["a", "z"]);
  });
});

describe("plan(): what a line holds", () => {
  test("a created property has only an after, a removed one only a before", () => {
    const lines = diffOf(backendWith({}), backendWith({ description: "EU" }));
    expect(lines).toStrictEqual([{ path: "description", after: "EU" }]);
    expect(diffOf(backendWith({ description: "EU" }), backendWith({}))).toStrictEqual([{ path: "description", before: "EU" }]);
  });

  test("an object shown whole leaves out its unset keys", () => {
    const [line] = diffOf(backendWith({ url: "https://eu.example.com" }), backendWith({ url: { b: 1, unset: undefined } }));
    expect(line).toStrictEqual({ path: "url", before: "https://eu.example.com", after: { b: 1 } });
  });

  test("a null read back from a live instance is a value like any other", () => {
    const live = backendWith({ description: null });
    expect(diffOf(live, backendWith({ description: "EU" }))).toStrictEqual([{ path: "description", before: null, after: "EU" }]);
  });

  test("two equal secret values are no change; a changed one is, masked", () => {
    const secretValue = (v: string) => {
      const m = contoso();
      m.namedValues.region.secret = true;
      m.namedValues.region.source = { kind: "plain", value: v };
      return m;
    };
    expect(plan(secretValue("s3cr3t"), secretValue("s3cr3t")).changes).toEqual([]);
    expect(diffOf(secretValue("s3cr3t"), secretValue("s3cr3t-2"))).toEqual([{ path: "value", before: "(sensitive)", after: "(sensitive)" }]);
  });
});

describe("plan(): order", () => {
  test("a policy the graph does not list comes right after its parent; deletes run in the reverse order", () => {
    const after = contoso();
    after.graph.order = after.graph.order.filter((id) => !id.endsWith("/policy"));
    const created = plan(emptyModel(), after).changes.map((c) => c.id);
    expect(created.indexOf("apis/orders/policy")).toBeGreaterThan(created.indexOf("apis/orders"));
    expect(created.indexOf("apis/orders/operations/getOrder/policy")).toBeGreaterThan(created.indexOf("apis/orders/operations/getOrder"));
    const deleted = plan(after, emptyModel()).changes.map((c) => c.id);
    expect(deleted.indexOf("apis/orders/policy")).toBeLessThan(deleted.indexOf("apis/orders"));
    expect(deleted.indexOf("backends/orders")).toBeLessThan(deleted.indexOf("backends/orders-eu"));
  });

  test("a pool the graph does not order is created after its members, and deleted before them", () => {
    const after = emptyModel();
    const src = contoso();
    after.backends = src.backends;
    after.graph.order = [];
    expect(plan(emptyModel(), after).changes.map((c) => c.id)).toEqual(["backends/orders-eu", "backends/orders-us", "backends/orders"]);
    expect(plan(after, emptyModel()).changes.map((c) => c.id)).toEqual(["backends/orders", "backends/orders-us", "backends/orders-eu"]);
  });

  test("resources the graph leaves out sit right after their latest parent, before the next resource it orders", () => {
    const after = contoso();
    after.graph.order = after.graph.order.filter((id) => !id.endsWith("/policy"));
    expect(plan(emptyModel(), after).changes.map((c) => c.id)).toEqual([
      "namedValues/api-key",
      "namedValues/region",
      "backends/orders-eu",
      "backends/orders-us",
      "backends/orders",
      "apis/orders",
      "apis/orders/policy",
      "apis/orders/operations/getOrder",
      "apis/orders/operations/getOrder/policy",
      "products/starter",
      "products/starter/apis/orders",
      "gateways/onprem",
      "gateways/onprem/apis/orders",
    ]);
  });

  test("two pools that name each other (a live instance can hold anything) still give a plan", () => {
    const live = emptyModel();
    const pool = (name: string, member: string) => ({ id: `backends/${name}`, name, pointer: "", ignore: [], properties: { type: "Pool", pool: { services: [{ backend: member, priority: 1 }] } } });
    live.backends = { a: pool("a", "b"), b: pool("b", "a") } as never;
    expect(plan(emptyModel(), live).changes.map((c) => `${c.action} ${c.id}`)).toEqual(["create backends/b", "create backends/a"]);
  });
});
