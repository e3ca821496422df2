import { AzureError, type ApimRef } from "../../../src/index";
import type { ArmEmulator } from "../../emulators/arm-emulator";
import { armSetup } from "./harness";
import type { ApimResources } from "../../../src/index";
import { expectContractHeld } from "../../emulators/contract";

let emu: ArmEmulator;
let apim: ApimResources;

beforeEach(async () => {
  ({ emu, apim } = await armSetup());
});
afterEach(async () => {
  expectContractHeld(emu);
  await emu.stop();
});

const POLICY = `<policies><inbound><base /><set-header name="x" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("a","") + "<b>")</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`;

/** One create + read + update + delete walk per kind, in dependency order. */
const CASES: Array<{ ref: ApimRef; props: Record<string, unknown>; update: Record<string, unknown> }> = [
  { ref: { kind: "namedValue", names: ["region"] }, props: { displayName: "region", value: "eu" }, update: { displayName: "region", value: "us" } },
  { ref: { kind: "backend", names: ["orders"] }, props: { url: "https://orders.example.com", protocol: "http" }, update: { url: "https://orders2.example.com", protocol: "http" } },
  { ref: { kind: "apiVersionSet", names: ["orders-vs"] }, props: { displayName: "Orders", versioningScheme: "Segment" }, update: { displayName: "Orders v", versioningScheme: "Segment" } },
  { ref: { kind: "api", names: ["orders"] }, props: { displayName: "Orders", path: "orders", protocols: ["https"] }, update: { displayName: "Orders API", path: "orders", protocols: ["https"] } },
  { ref: { kind: "operation", names: ["orders", "get"] }, props: { displayName: "Get", method: "GET", urlTemplate: "/orders" }, update: { displayName: "Get all", method: "GET", urlTemplate: "/orders" } },
  { ref: { kind: "globalPolicy", names: [] }, props: { value: POLICY, format: "rawxml" }, update: { value: "<policies><inbound /><backend><forward-request /></backend><outbound /><on-error /></policies>", format: "rawxml" } },
  { ref: { kind: "apiPolicy", names: ["orders"] }, props: { value: POLICY, format: "rawxml" }, update: { value: POLICY.replace("x", "y"), format: "rawxml" } },
  { ref: { kind: "operationPolicy", names: ["orders", "get"] }, props: { value: POLICY, format: "rawxml" }, update: { value: POLICY.replace("x", "z"), format: "rawxml" } },
  { ref: { kind: "policyFragment", names: ["cors"] }, props: { value: "<fragment><cors><allowed-origins><origin>*</origin></allowed-origins></cors></fragment>", format: "rawxml" }, update: { value: "<fragment />", format: "rawxml", description: "d" } },
  { ref: { kind: "product", names: ["starter"] }, props: { displayName: "Starter", state: "published", subscriptionRequired: true }, update: { displayName: "Starter plan", state: "published" } },
  { ref: { kind: "productPolicy", names: ["starter"] }, props: { value: POLICY, format: "rawxml" }, update: { value: POLICY.replace("x", "p"), format: "rawxml" } },
  { ref: { kind: "productApi", names: ["starter", "orders"] }, props: {}, update: {} },
  { ref: { kind: "gateway", names: ["onprem"] }, props: { description: "on-prem", locationData: { name: "dc1" } }, update: { description: "on-prem 2", locationData: { name: "dc1" } } },
  { ref: { kind: "gatewayApi", names: ["onprem", "orders"] }, props: { provisioningState: "created" }, update: { provisioningState: "created" } },
  { ref: { kind: "gatewayHostname", names: ["onprem", "main"] }, props: { hostname: "api.contoso.com", certificateId: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso/certificates/c" }, update: { hostname: "api2.contoso.com", certificateId: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso/certificates/c" } },
];

describe("ApimResources against the ARM emulator (real SDK client)", () => {
  it("creates, reads, lists, updates and deletes every kind", async () => {
    for (const c of CASES) {
      expect(await apim.get(c.ref)).toBeUndefined();
      const created = await apim.put(c.ref, c.props);
      expect(created.ref).toEqual(c.ref);
      expect(created.etag).toMatch(/^".+"$/);
      const read = await apim.get(c.ref);
      expect(read?.etag).toBe(created.etag);
      for (const [k, v] of Object.entries(c.props)) {
        if (c.ref.kind === "productApi" || c.ref.kind === "gatewayApi") break;
        expect(read?.properties[k]).toEqual(v);
      }
      const parents = c.ref.kind.endsWith("olicy") ? c.ref.names : c.ref.names.slice(0, -1);
      const listed = await apim.list(c.ref.kind, parents);
      expect(listed.map((l) => l.ref)).toEqual([c.ref]);
      const updated = await apim.put(c.ref, c.update, { ifMatch: read?.etag });
      if (c.ref.kind !== "productApi" && c.ref.kind !== "gatewayApi") expect(updated.etag).not.toBe(created.etag);
    }
    for (const c of [...CASES].reverse()) {
      await apim.delete(c.ref);
      expect(await apim.get(c.ref)).toBeUndefined();
      await apim.delete(c.ref); // already gone = success
    }
    expect(emu.state.size).toBe(0);
  });

  it("sends policies as rawxml and reads them back byte for byte", async () => {
    await apim.put({ kind: "api", names: ["orders"] }, { displayName: "Orders", path: "orders", protocols: ["https"] });
    await apim.put({ kind: "apiPolicy", names: ["orders"] }, { value: POLICY, format: "rawxml" });
    const put = emu.requests.find((r) => r.method === "PUT" && r.path.endsWith("/apis/orders/policies/policy"));
    expect(put?.body).toEqual({ properties: { value: POLICY, format: "rawxml" } });
    expect((await apim.get({ kind: "apiPolicy", names: ["orders"] }))?.properties).toEqual({ value: POLICY, format: "rawxml" });
    const get = emu.requests.filter((r) => r.method === "GET" && r.path.endsWith("/policies/policy")).pop();
    expect(get?.query.format).toBe("rawxml");
  });

  it("sends the ARM properties exactly as given, including fields the SDK model renames", async () => {
    const props = { displayName: "Calc", path: "calc", protocols: ["https"], apiType: "soap", type: "soap", serviceUrl: "https://calc.example.com" };
    await apim.put({ kind: "api", names: ["calc"] }, props);
    const put = emu.requests.find((r) => r.method === "PUT" && r.path.endsWith("/apis/calc"));
    expect(put?.body).toEqual({ properties: props });
  });

  it("pages through lists with nextLink", async () => {
    await emu.stop();
    ({ emu, apim } = await armSetup({ pageSize: 2 }));
    for (const n of ["e", "a", "d", "c", "b"]) await apim.put({ kind: "backend", names: [n] }, { url: `https://${n}.example.com`, protocol: "http" });
    const all = await apim.list("backend");
    expect(all.map((r) => r.ref.names[0])).toEqual(["a", "b", "c", "d", "e"]);
    expect(emu.requests.filter((r) => r.method === "GET" && r.path.endsWith("/backends")).length).toBe(3);
  });

  it("never returns a secret named value's value unless asked explicitly", async () => {
    const canary = "canary-Zq81-secret-value";
    await apim.put({ kind: "namedValue", names: ["key"] }, { displayName: "key", secret: true, value: canary });
    const read = await apim.get({ kind: "namedValue", names: ["key"] });
    expect(JSON.stringify(read)).not.toContain(canary);
    expect(read?.properties.secret).toBe(true);
    const listed = await apim.list("namedValue");
    expect(JSON.stringify(listed)).not.toContain(canary);
    expect(emu.requests.some((r) => r.path.endsWith("/listValue"))).toBe(false);
    const withValue = await apim.get({ kind: "namedValue", names: ["key"] }, { withSecretValue: true });
    expect(String(withValue?.properties.value)).toBe("(sensitive)");
    expect((withValue?.properties.value as { reveal(): string }).reveal()).toBe(canary);
  });

  it("counts the ARM calls it makes: a repeated read is reads only", async () => {
    await apim.put({ kind: "backend", names: ["b"] }, { url: "https://b.example.com", protocol: "http" });
    const before = { ...apim.calls };
    await apim.get({ kind: "backend", names: ["b"] });
    await apim.list("backend");
    expect(apim.calls.writes).toBe(before.writes);
    expect(apim.calls.reads).toBe(before.reads + 2);
  });

  it("reports Azure failures as AzureError with status, ARM code and resource id", async () => {
    const err = await apim.put({ kind: "operation", names: ["missing", "get"] }, { displayName: "Get", method: "GET", urlTemplate: "/" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureError);
    expect(err).toMatchObject({ status: 404, code: "ResourceNotFound" });
    expect((err as AzureError).resourceId).toBe("/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-apim/providers/Microsoft.ApiManagement/service/contoso/apis/missing/operations/get");
    expect((err as Error).message).toMatch(/ResourceNotFound: Parent apis\/missing not found.*|ResourceNotFound/);
  });

  it("answers 409 from ARM as an AzureError with code Conflict", async () => {
    await apim.put({ kind: "apiVersionSet", names: ["vs"] }, { displayName: "VS", versioningScheme: "Segment" });
    await apim.put({ kind: "api", names: ["v1"] }, { displayName: "V1", path: "v", protocols: ["https"], apiVersion: "v1", apiVersionSetId: `/apiVersionSets/vs` });
    const err = await apim.delete({ kind: "apiVersionSet", names: ["vs"] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "AzureError", status: 409, code: "Conflict" });
    expect((err as Error).message).toContain("apiVersionSets/vs");
  });
});
