import { AzureError, ApimResources } from "../../../src/index";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ArmEmulator, LroStyle } from "../../emulators/arm-emulator";
import { sharedDir } from "../../support/rest-spec";
import { armSetup, settingsFor, TARGET } from "./harness";

let emu: ArmEmulator;
let apim: ApimResources;

beforeEach(async () => {
  ({ emu, apim } = await armSetup());
});
afterEach(async () => {
  await emu.stop();
});

const BACKEND = { kind: "backend" as const, names: ["orders"] };
const BACKEND_PROPS = { url: "https://orders.example.com", protocol: "http" };
const backendPuts = (): number => emu.requests.filter((r) => r.method === "PUT" && r.path.endsWith("/backends/orders")).length;

describe("ETags", () => {
  it("sends If-Match on update and turns a 412 into a 'changed outside apimc' error", async () => {
    const created = await apim.put(BACKEND, BACKEND_PROPS);
    emu.mutate("backends/orders", (p) => (p.description = "edited in the portal"));
    const err = await apim.put(BACKEND, { ...BACKEND_PROPS, url: "https://new.example.com" }, { ifMatch: created.etag }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureError);
    expect(err).toMatchObject({ status: 412, code: "PreconditionFailed" });
    const id = `/subscriptions/${TARGET.subscriptionId}/resourceGroups/rg-apim/providers/Microsoft.ApiManagement/service/contoso/backends/orders`;
    expect((err as Error).message).toBe(`${id} was changed outside apimc since it was last read; run \`pulumi refresh\` (or \`apimc plan --live\`) and retry`);
    const last = emu.requests.filter((r) => r.method === "PUT").pop();
    expect(last?.headers["if-match"]).toBe(created.etag);
    expect(emu.resource("backends/orders")?.properties.url).toBe("https://orders.example.com");
  });

  it("updates when the ETag still matches, and deletes with If-Match", async () => {
    const created = await apim.put(BACKEND, BACKEND_PROPS);
    const updated = await apim.put(BACKEND, { ...BACKEND_PROPS, url: "https://new.example.com" }, { ifMatch: created.etag });
    expect(updated.properties.url).toBe("https://new.example.com");
    await expect(apim.delete(BACKEND, { ifMatch: created.etag })).rejects.toMatchObject({ code: "PreconditionFailed" });
    await apim.delete(BACKEND, { ifMatch: updated.etag });
    expect(emu.resource("backends/orders")).toBeUndefined();
  });
});

describe.each<LroStyle>(["azure-async", "location", "none"])("long-running operations via %s", (style) => {
  it("creates and updates APIs, named values and fragments through the SDK pollers", async () => {
    emu.lroStyle = style;
    const api = await apim.put({ kind: "api", names: ["orders"] }, { displayName: "Orders", path: "orders", protocols: ["https"] });
    expect(api.properties.path).toBe("orders");
    const nv = await apim.put({ kind: "namedValue", names: ["region"] }, { displayName: "region", value: "eu" });
    expect(nv.properties.value).toBe("eu");
    const nv2 = await apim.put({ kind: "namedValue", names: ["region"] }, { displayName: "region", value: "us" }, { ifMatch: nv.etag });
    expect(nv2.properties.value).toBe("us");
    const frag = await apim.put({ kind: "policyFragment", names: ["f"] }, { value: "<fragment />", format: "rawxml" });
    expect(frag.properties.value).toBe("<fragment />");
    const polls = emu.requests.filter((r) => r.path.startsWith(style === "azure-async" ? "/emulator/operations/" : "/emulator/results/"));
    expect(polls.length).toBeGreaterThanOrEqual(style === "none" ? 0 : 4);
    if (style === "none") expect(polls).toHaveLength(0);
    expect(emu.appliedWrites().filter((r) => r.method === "PUT")).toHaveLength(4);
    await apim.delete({ kind: "api", names: ["orders"] });
    expect(emu.resource("apis/orders")).toBeUndefined();
  });
});

describe("retries", () => {
  it("recovers from 429 with Retry-After without a duplicate write", async () => {
    emu.faults.push({ method: "PUT", pathIncludes: "/backends/orders", status: 429, retryAfter: 1, times: 1 });
    const r = await apim.put(BACKEND, BACKEND_PROPS);
    expect(r.properties.url).toBe(BACKEND_PROPS.url);
    const puts = emu.requests.filter((x) => x.method === "PUT" && x.path.endsWith("/backends/orders"));
    expect(puts.map((p) => [p.status, p.faulted])).toEqual([[429, true], [201, false]]);
    expect(emu.appliedWrites()).toHaveLength(1);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    emu.faults.push({ method: "GET", status: 429, retryAfter: new Date(Date.now() + 500).toUTCString() });
    expect(await apim.get(BACKEND)).toBeUndefined();
    expect(emu.requests.map((r) => r.status)).toEqual([429, 404]);
  });

  it("retries 429 without Retry-After using backoff", async () => {
    emu.faults.push({ method: "PUT", status: 429, times: 2 });
    await apim.put(BACKEND, BACKEND_PROPS);
    expect(backendPuts()).toBe(3);
    expect(emu.appliedWrites()).toHaveLength(1);
  });

  it("recovers from 503 on reads and writes", async () => {
    emu.faults.push({ method: "PUT", status: 503, times: 2 }, { method: "GET", status: 503 });
    await apim.put(BACKEND, BACKEND_PROPS);
    expect((await apim.get(BACKEND))?.properties.url).toBe(BACKEND_PROPS.url);
    expect(emu.appliedWrites()).toHaveLength(1);
  });

  it("recovers from a dropped connection", async () => {
    emu.faults.push({ method: "PUT", drop: true });
    await apim.put(BACKEND, BACKEND_PROPS);
    expect(backendPuts()).toBe(2);
    expect(emu.appliedWrites()).toHaveLength(1);
  });

  it("recovers from faults while polling a long-running operation", async () => {
    emu.faults.push({ method: "GET", pathIncludes: "/emulator/operations/", status: 503, retryAfter: 0 });
    const api = await apim.put({ kind: "api", names: ["orders"] }, { displayName: "Orders", path: "orders", protocols: ["https"] });
    expect(api.properties.displayName).toBe("Orders");
    expect(emu.appliedWrites()).toHaveLength(1);
  });

  it("gives up after the configured retries with a typed error", async () => {
    const limited = new ApimResources(TARGET, settingsFor(emu, { retryMax: 2 }));
    emu.faults.push({ method: "PUT", status: 503, times: 10 });
    const err = await limited.put(BACKEND, BACKEND_PROPS).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "AzureError", status: 503, code: "ServiceUnavailable" });
    expect((err as Error).message).toContain("/backends/orders");
    expect(backendPuts()).toBe(3);
  });

  it("caps a long Retry-After at APIMC_RETRY_CAP_MS", async () => {
    const capped = new ApimResources(TARGET, settingsFor(emu, { retryCapMs: 50 }));
    emu.faults.push({ method: "GET", status: 429, retryAfter: 3600 });
    expect(await capped.get(BACKEND)).toBeUndefined();
    expect(emu.requests.map((r) => r.status)).toEqual([429, 404]);
  });
});

describe("errors never carry request bodies", () => {
  it("keeps a secret value out of the error even when the server echoes it", async () => {
    const canary = "canary-7f3c-do-not-leak";
    emu.faults.push({ method: "PUT", status: 400, code: "ValidationError", message: `Value '${canary}' is not allowed` });
    const err = await apim.put({ kind: "namedValue", names: ["key"] }, { displayName: "key", secret: true, value: canary }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureError);
    expect(String(err)).not.toContain(canary);
    expect(JSON.stringify(err)).not.toContain(canary);
    expect((err as Error).stack ?? "").not.toContain(canary);
    expect(Object.values(err as object).join(" ")).not.toContain(canary);
  });
});

const specPresent = existsSync(join(sharedDir(), "specs/rest/2024-05-01/definitions.json"));
(specPresent ? describe : describe.skip)("REST contract check", () => {
  it("answers 400 and records a violation for a body Azure would reject", async () => {
    expect(emu.specChecked).toBe(true);
    const err = await apim.put(BACKEND, { url: "https://orders.example.com", protocol: "ftp" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: "ValidationError" });
    expect(emu.specViolations).toHaveLength(1);
    expect(emu.specViolations[0].errors.join()).toContain("/properties/protocol");
  });
});
