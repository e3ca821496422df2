/** ApimService over examples/contoso under Pulumi mocks: the resource graph, dependsOn and serialisation. */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { recordMocks } from "./mock-recorder";


const registered = recordMocks("test", { armId: true });

import { ApimService, Backend, NamedValue, ownerOf, providerText } from "../../provider/index";
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
  // Every resource stores the fixed provider text of its kind (the text the host test drives), not a per-resource closure.
  for (const r of dynamic) {
    const type = r.type.split(":").pop()!;
    expect(r.inputs.__provider).toBe(providerText((type[0].toLowerCase() + type.slice(1)) as never));
  }
  // Dynamic resources get `pulumi-nodejs:dynamic/<module>:<type>` (pulumi 3.248 dynamic.Resource); apimc passes module "apimc".
  const TOKEN: Record<string, string> = {
    namedValues: "pulumi-nodejs:dynamic/apimc:NamedValue",
    backends: "pulumi-nodejs:dynamic/apimc:Backend",
    apis: "pulumi-nodejs:dynamic/apimc:Api",
    policyFragments: "pulumi-nodejs:dynamic/apimc:PolicyFragment",
    products: "pulumi-nodejs:dynamic/apimc:Product",
    apiVersionSets: "pulumi-nodejs:dynamic/apimc:ApiVersionSet",
    gateways: "pulumi-nodejs:dynamic/apimc:Gateway",
    // Issue 12's kinds, one resource each; their links and an API's diagnostics ride with the product or API.
    tags: "pulumi-nodejs:dynamic/apimc:Tag",
    groups: "pulumi-nodejs:dynamic/apimc:Group",
    certificates: "pulumi-nodejs:dynamic/apimc:Certificate",
    loggers: "pulumi-nodejs:dynamic/apimc:Logger",
    diagnostics: "pulumi-nodejs:dynamic/apimc:Diagnostic",
    caches: "pulumi-nodejs:dynamic/apimc:Cache",
    openidConnectProviders: "pulumi-nodejs:dynamic/apimc:OpenidConnectProvider",
    subscriptions: "pulumi-nodejs:dynamic/apimc:Subscription",
  };
  // A release (`apis/inventory/releases/apimc-rev-2`) is a resource of its own, after the revision's policies.
  const tokenOf = (owner: string) =>
    owner === "policy" || owner.endsWith("/policy") ? "pulumi-nodejs:dynamic/apimc:Policy" : owner.split("/")[2] === "releases" ? "pulumi-nodejs:dynamic/apimc:ApiRelease" : TOKEN[owner.split("/")[0]];
  const byName = new Map(dynamic.map((r) => [r.name, r.type]));
  for (const owner of owners) expect([owner, byName.get(`contoso-${owner.replace(/\//g, "-")}`)]).toEqual([owner, tokenOf(owner)]);
  expect(new Set(dynamic.map((r) => r.type))).toEqual(new Set(owners.map(tokenOf)));
  const component = registered.filter((r) => r.type === "apimc:index:ApimService");
  expect(component).toHaveLength(1);
  // The component records where the declarations are, not the whole set (its children carry what they need).
  expect(Object.keys(component[0].inputs).sort()).toEqual(["declarations", "service"]);
  expect(component[0].inputs.declarations).toBe(contoso);

  // The dependsOn each resource was given is exactly its members' graph edges to other resources.
  expect([...svc.dependencies.keys()].sort()).toEqual(owners);
  let edges = 0;
  for (const owner of owners) {
    const expected = new Set<string>();
    for (const id of model.graph.nodes.filter((n) => ownerOf(n) === owner)) {
      for (const dep of model.graph.dependsOn(id)) if (ownerOf(dep) !== owner) expected.add(ownerOf(dep));
    }
    edges += expected.size;
    expect([owner, [...svc.dependencies.get(owner)!]]).toEqual([owner, [...expected].sort()]);
  }
  expect(edges).toBeGreaterThan(0);

  // And Pulumi registered each resource after every resource it depends on.
  const position = new Map(dynamic.map((r, i) => [r.name, i]));
  for (const [owner, deps] of svc.dependencies) {
    for (const dep of deps) {
      const a = position.get(`contoso-${dep.replace(/\//g, "-")}`)!;
      const b = position.get(`contoso-${owner.replace(/\//g, "-")}`)!;
      expect(a).toBeLessThan(b);
    }
  }
});

test("NamedValue marks its properties, parts and parameter value as secret outputs (import and create alike)", async () => {
  let secretOutputs: string[] | undefined;
  const nv = new NamedValue(
    "imported-key",
    { service: { subscriptionId: "s", resourceGroup: "rg", serviceName: "svc" }, name: "billing-key", properties: { displayName: "billing-key", fromParameter: "billingKey" }, parameterValue: "x" },
    {
      transformations: [
        (a) => {
          secretOutputs = (a.opts as pulumi.CustomResourceOptions).additionalSecretOutputs as string[] | undefined;
          return undefined;
        },
      ],
    },
  );
  await new Promise((resolve) => nv.urn.apply(resolve));
  expect(secretOutputs).toEqual(expect.arrayContaining(["properties", "parts", "parameterValue"]));
});

test("Backend keeps its stored ARM bodies secret (credentials may come from secret inputs)", async () => {
  let secretOutputs: string[] | undefined;
  const b = new Backend(
    "secret-backend",
    { service: { subscriptionId: "s", resourceGroup: "rg", serviceName: "svc" }, name: "orders", properties: { url: "https://o.example.com", protocol: "http" } },
    {
      transformations: [
        (a) => {
          secretOutputs = (a.opts as pulumi.CustomResourceOptions).additionalSecretOutputs as string[] | undefined;
          return undefined;
        },
      ],
    },
  );
  await new Promise((resolve) => b.urn.apply(resolve));
  expect(secretOutputs).toEqual(expect.arrayContaining(["parts"]));
});
