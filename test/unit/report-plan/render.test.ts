import Ajv2020 from "ajv/dist/2020";
import { plan } from "../../../src/diff";
import { SENSITIVE } from "../../../src/core/secret";
import { renderPlan } from "../../../src/report/plan";
import { clone, contoso, emptyModel, policy } from "../diff/fixtures";

const schema = require("../../../schema/plan.schema.json");
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const CANARY = "CANARY-91b2-do-not-print";

function edited() {
  const before = contoso();
  before.namedValues["api-key"].source = { kind: "plain", value: CANARY };
  const after = clone(before);
  after.namedValues["api-key"].source = { kind: "plain", value: CANARY + "x" };
  after.backends["orders-eu"].properties.url = "https://eu2.example.com";
  after.backends["orders-us"].properties.credentials = { header: { "x-key": [CANARY] } };
  after.apis.orders.properties.description = "pipes | and `ticks`";
  after.apis.orders.policy = policy("apis/orders/policy", 
    `<policies><inbound><base /><set-backend-service backend-id="orders-us" /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`,
  );
  delete after.gateways.onprem;
  after.namedValues["new"] = { id: "namedValues/new", name: "new", pointer: "", ignore: [], displayName: "new", secret: false, source: { kind: "plain", value: "v" } };
  after.graph.order.unshift("namedValues/new");
  return plan(before, after);
}

describe("plan reports", () => {
  const p = edited();

  test.each(["text", "markdown", "json"] as const)("%s never contains the canary, and shows the mask", (format) => {
    const out = renderPlan(p, format);
    expect(out).not.toContain("CANARY");
    expect(out).toContain(SENSITIVE);
  });

  test("json is exactly the plan and validates against schema/plan.schema.json", () => {
    const parsed = JSON.parse(renderPlan(p, "json"));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(p)));
    expect(validate(parsed)).toBe(true);
    expect(parsed.summary).toEqual({ create: 1, update: 5, delete: 2, replace: 0 });
    const empty = JSON.parse(renderPlan(plan(emptyModel(), emptyModel()), "json"));
    expect(empty).toEqual({ changes: [], summary: { create: 0, update: 0, delete: 0, replace: 0 } });
    expect(validate(empty)).toBe(true);
  });

  test("text uses markers and `path: before -> after` lines, and no colour unless asked", () => {
    const out = renderPlan(p, "text");
    expect(out).toContain('~ backend backends/orders-eu\n    url: "https://eu.example.com" -> "https://eu2.example.com"\n');
    expect(out).toContain('+ namedValue namedValues/new\n    displayName: "new"\n');
    expect(out).toContain("- gateway gateways/onprem\n");
    expect(out).toContain(`    policy/policies/inbound/set-backend-service/@backend-id: "orders" -> "orders-us"\n`);
    expect(out).toContain("    value: (sensitive) -> (sensitive)\n");
    expect(out).toContain("Plan: 1 to create, 5 to update, 0 to replace, 2 to delete.\n");
    expect(out).not.toContain("\u001b[");
    expect(renderPlan(p, "text", { color: true })).toContain("\u001b[33m~ backend backends/orders-eu\u001b[0m");
    expect(renderPlan(plan(contoso(), contoso()), "text")).toBe("No changes.\n");
  });

  test("markdown has a count table and one <details> per resource, with pipes and backticks escaped", () => {
    const out = renderPlan(p, "markdown");
    expect(out).toContain("| Action | Count |\n|---|---:|\n| + create | 1 |\n| ~ update | 5 |\n| ± replace | 0 |\n| - delete | 2 |\n");
    expect(out.match(/<details>/g)!.length).toBe(p.changes.length);
    expect(out).toContain("| <code>description</code> |  | <code>pipes &#124; and &#96;ticks&#96;</code> |");
    for (const line of out.split("\n").filter((l) => l.startsWith("| <code>"))) {
      expect(line.split(" | ").length).toBe(3);
    }
  });

  test("output is byte-identical across runs", () => {
    for (const f of ["text", "markdown", "json"] as const) expect(renderPlan(edited(), f)).toBe(renderPlan(edited(), f));
  });
});
