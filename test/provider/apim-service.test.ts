/** ApimService over examples/contoso under Pulumi mocks: the resource graph, dependsOn and serialisation. */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}

const registered: Registered[] = [];

pulumi.runtime.setMocks(
  {
    newResource(args) {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs });
      return { id: `${args.name}-id`, state: { ...args.inputs, armId: `/arm/${args.name}` } };
    },
    call: (args) => args.inputs,
  },
  "apimc",
  "test",
  false,
);

import { ApimService, ownerOf } from "../../provider/index";
import { buildModel, loadDeclarations } from "../../src/index";

const contoso = path.resolve(__dirname, "../../examples/contoso");

test("ApimService creates one resource per apimc resource, with dependsOn from the graph", async () => {
  const svc = new ApimService("contoso", { declarations: contoso, service: { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg" } });
  const armIds = await new Promise<Record<string, string>>((resolve) => svc.armIds.apply(resolve));

  const loaded = await loadDeclarations(contoso);
  const model = buildModel(loaded).model!;
  const owners = [...new Set(model.graph.nodes.map(ownerOf))].sort();
  expect(Object.keys(armIds).sort()).toEqual(owners);

  const dynamic = registered.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/apimc:"));
  expect(dynamic).toHaveLength(owners.length);
  for (const r of dynamic) expect(typeof r.inputs.__provider).toBe("string");
  const types = new Set(dynamic.map((r) => r.type.split(":").pop()));
  expect(types.has("Api")).toBe(true);
  expect(types.has("Backend")).toBe(true);
  expect(types.has("Policy")).toBe(true);
  expect(registered.some((r) => r.type === "apimc:index:ApimService")).toBe(true);

  // A resource is registered after every resource it depends on (Pulumi awaits dependsOn before registering).
  const position = new Map(dynamic.map((r, i) => [r.name, i]));
  for (const id of model.graph.nodes) {
    for (const dep of model.graph.dependsOn(id)) {
      if (ownerOf(dep) === ownerOf(id)) continue;
      const a = position.get(`contoso-${ownerOf(dep).replace(/\//g, "-")}`)!;
      const b = position.get(`contoso-${ownerOf(id).replace(/\//g, "-")}`)!;
      expect(a).toBeLessThan(b);
    }
  }
});
