/** The emulator's own contract, checked with plain HTTPS requests (what Azure would answer). */
import { request } from "node:https";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { TARGET } from "./harness";

let emu: ArmEmulator;
beforeAll(async () => {
  emu = await startArmEmulator();
});
afterAll(async () => {
  await emu.stop();
});

const SVC = `/subscriptions/${TARGET.subscriptionId}/resourceGroups/${TARGET.resourceGroup}/providers/Microsoft.ApiManagement/service/${TARGET.serviceName}`;

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${emu.url}${path}`, { method, ca: emu.caPem, headers: { Authorization: "Bearer t", "Content-Type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe("ARM emulator contract", () => {
  it("requires a bearer token", async () => {
    const r = await call("GET", `${SVC}/backends/x`, undefined, { Authorization: "" });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: { code: "AuthenticationFailed" } });
  });

  it("answers If-None-Match: * with 412 when the resource exists, with an ARM error body", async () => {
    const body = { properties: { url: "https://a.example.com", protocol: "http" } };
    expect((await call("PUT", `${SVC}/backends/a`, body, { "If-None-Match": "*" })).status).toBe(201);
    const again = await call("PUT", `${SVC}/backends/a`, body, { "If-None-Match": "*" });
    expect(again.status).toBe(412);
    expect(again.body).toEqual({ error: { code: "PreconditionFailed", message: expect.any(String) } });
  });

  it("returns 404 ARM error bodies and ETag headers", async () => {
    const missing = await call("GET", `${SVC}/apis/none`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "ResourceNotFound" } });
    const got = await call("GET", `${SVC}/backends/a`);
    expect(got.headers.etag).toMatch(/^".+"$/);
    expect(got.body).toMatchObject({ id: `${SVC}/backends/a`, name: "a", type: "Microsoft.ApiManagement/service/backends" });
  });

  it("keeps secret named values out of GET and list, and answers listValue", async () => {
    emu.lroStyle = "none";
    await call("PUT", `${SVC}/namedValues/k`, { properties: { displayName: "k", secret: true, value: "s3cret-value" } });
    expect(JSON.stringify((await call("GET", `${SVC}/namedValues/k`)).body)).not.toContain("s3cret-value");
    expect(JSON.stringify((await call("GET", `${SVC}/namedValues`)).body)).not.toContain("s3cret-value");
    expect((await call("POST", `${SVC}/namedValues/k/listValue`)).body).toEqual({ value: "s3cret-value" });
  });

  it("stores policies as given and labels the format the caller asked for", async () => {
    const value = `<policies><inbound><set-variable name="v" value="@(1 < 2 && true)" /></inbound></policies>`;
    await call("PUT", `${SVC}/policies/policy`, { properties: { value, format: "rawxml" } });
    expect((await call("GET", `${SVC}/policies/policy?format=rawxml`)).body).toMatchObject({ properties: { value, format: "rawxml" } });
    expect(emu.requests.filter((r) => r.method === "PUT").every((r) => r.headers["if-match"] === undefined)).toBe(true);
  });

  it("drops the connection on a drop fault", async () => {
    emu.faults.push({ method: "GET", pathIncludes: "/backends/a", drop: true });
    await expect(call("GET", `${SVC}/backends/a`)).rejects.toThrow();
    expect((await call("GET", `${SVC}/backends/a`)).status).toBe(200);
  });
});
