/** The `native` resources under Pulumi mocks: real type tokens, no serialised provider, ApimService `plugin: true`. */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { recordMocks } from "./mock-recorder";


const registered = recordMocks("native", { armId: true });

import * as provider from "../../provider/index";
import { ApimService, native } from "../../provider/index";
import { RESOURCE_KINDS } from "../../src/index";

const service = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg", serviceName: "contoso-apim" };
const contoso = path.resolve(__dirname, "../../examples/contoso");

function armIdOf(r: { armId: pulumi.Output<string> }): Promise<string> {
  return new Promise((resolve) => r.armId.apply(resolve));
}

test("each native class registers as apimc:index:<Kind> with its inputs and no serialised provider", async () => {
  const made = [
    new native.NamedValue("nv", { service, name: "region", properties: { displayName: "region", value: "westeurope" } }),
    new native.Backend("be", { service, name: "orders", properties: { url: "https://orders.example.com", protocol: "http" } }),
    new native.Api("api", { service, name: "orders", properties: { displayName: "Orders", path: "orders", protocols: ["https"] } }),
    new native.Policy("pol", { service, api: "orders", xml: "<policies><inbound><base /></inbound></policies>" }),
    new native.PolicyFragment("frag", { service, name: "cors", properties: { policy: "<fragment />" } }),
    new native.Product("prod", { service, name: "starter", properties: { displayName: "Starter" } }),
    new native.ApiVersionSet("vs", { service, name: "orders-vs", properties: { displayName: "Orders", versioningScheme: "Segment" } }),
    new native.Gateway("gw", { service, name: "onprem", properties: { location: { name: "dc1" } } }),
  ];
  await Promise.all(made.map(armIdOf));
  const types = new Map(registered.map((r) => [r.name, r.type]));
  expect(Object.fromEntries(["nv", "be", "api", "pol", "frag", "prod", "vs", "gw"].map((n) => [n, types.get(n)]))).toEqual({
    nv: "apimc:index:NamedValue",
    be: "apimc:index:Backend",
    api: "apimc:index:Api",
    pol: "apimc:index:Policy",
    frag: "apimc:index:PolicyFragment",
    prod: "apimc:index:Product",
    vs: "apimc:index:ApiVersionSet",
    gw: "apimc:index:Gateway",
  });
  expect(native.NATIVE_TOKENS.backend).toBe("apimc:index:Backend");
  const backend = registered.find((r) => r.name === "be")!;
  expect(backend.inputs).toEqual({ service, name: "orders", properties: { url: "https://orders.example.com", protocol: "http" } });
  expect(registered.some((r) => "__provider" in r.inputs)).toBe(false);
  expect(await armIdOf(made[1])).toBe("/arm/be");
});

test("ApimService with plugin: true builds only native resources", async () => {
  registered.length = 0;
  const svc = new ApimService("contoso", { declarations: contoso, service: { subscriptionId: service.subscriptionId, resourceGroup: "rg" }, plugin: true });
  const armIds = await new Promise<Record<string, string>>((resolve) => svc.armIds.apply(resolve));
  const children = registered.filter((r) => r.type !== "apimc:index:ApimService");
  expect(children).toHaveLength(Object.keys(armIds).length);
  const tokens = Object.values(native.NATIVE_TOKENS);
  expect(children.filter((r) => !tokens.includes(r.type as never)).map((r) => r.type)).toEqual([]);
  // contoso has every kind but authorization servers.
  expect(new Set(children.map((r) => r.type))).toEqual(new Set(tokens.filter((t) => t !== "apimc:index:AuthorizationServer")));
  expect(new Set(children.map((r) => r.type))).toContain("apimc:index:Policy");
  expect(children.some((r) => "__provider" in r.inputs)).toBe(false);
});

test("every top-level kind of the registry has a provider kind, a type token and a class in both flavours", () => {
  const topLevel = RESOURCE_KINDS.filter((d) => d.declaration.in === "top").map((d) => d.kind);
  // Besides them: policies, and API releases (derived from an API's `apiRevision`, the kind registry's apiRelease).
  expect(Object.keys(native.NATIVE_TOKENS).filter((k) => k !== "policy" && k !== "apiRelease").sort()).toEqual([...topLevel].sort());
  expect(RESOURCE_KINDS.find((d) => d.kind === "apiRelease")?.declaration.in).toBe("derived");
  for (const kind of [...topLevel, "apiRelease"]) {
    const cls = kind[0].toUpperCase() + kind.slice(1);
    expect([kind, typeof (provider as Record<string, unknown>)[cls], typeof (native as Record<string, unknown>)[cls]]).toEqual([kind, "function", "function"]);
    expect(native.NATIVE_TOKENS[kind as keyof typeof native.NATIVE_TOKENS]).toBe(`apimc:index:${cls}`);
  }
});
