import { AzureError, type ApimResources } from "../../../src/index";
import type { ArmEmulator } from "../../emulators/arm-emulator";
import { armSetup } from "./harness";
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

const ca = (name: string) => ({ kind: "gatewayCertificateAuthority" as const, names: ["onprem", name] });

describe("gateway certificate authorities through ApimResources (real SDK client)", () => {
  it("creates, reads, lists, updates and deletes a gateway's CAs with ETags", async () => {
    await apim.put({ kind: "gateway", names: ["onprem"] }, { description: "on-prem", locationData: { name: "dc1" } });
    const created = await apim.put(ca("root-ca"), { isTrusted: true });
    expect(created.properties).toEqual({ isTrusted: true });
    expect(created.etag).toBeTruthy();
    await apim.put(ca("issuing-ca"), { isTrusted: false });

    const read = await apim.get(ca("root-ca"));
    expect(read?.properties).toEqual({ isTrusted: true });
    expect(read?.etag).toBe(created.etag);
    expect(apim.resourceId(ca("root-ca"))).toMatch(/\/service\/contoso\/gateways\/onprem\/certificateAuthorities\/root-ca$/);

    const listed = await apim.list("gatewayCertificateAuthority", ["onprem"]);
    expect(listed.map((l) => [l.ref.names, l.properties])).toEqual([
      [["onprem", "issuing-ca"], { isTrusted: false }],
      [["onprem", "root-ca"], { isTrusted: true }],
    ]);

    const updated = await apim.put(ca("root-ca"), { isTrusted: false }, { ifMatch: created.etag });
    expect(updated.properties).toEqual({ isTrusted: false });
    expect(updated.etag).not.toBe(created.etag);
    await expect(apim.put(ca("root-ca"), { isTrusted: true }, { ifMatch: created.etag })).rejects.toMatchObject({ status: 412 });

    await apim.delete(ca("root-ca"));
    expect(await apim.get(ca("root-ca"))).toBeUndefined();
    await apim.delete({ kind: "gateway", names: ["onprem"] });
    expect(emu.resource("gateways/onprem/certificateAuthorities/issuing-ca")).toBeUndefined();
  });

  it("sends the REST contract body and refuses a CA on a gateway that does not exist", async () => {
    await apim.put({ kind: "gateway", names: ["onprem"] }, { description: "on-prem" });
    await apim.put(ca("root-ca"), { isTrusted: true });
    const put = emu.requests.find((r) => r.method === "PUT" && r.path.endsWith("/certificateAuthorities/root-ca"));
    expect(put?.body).toEqual({ properties: { isTrusted: true } });

    const err = await apim.put({ kind: "gatewayCertificateAuthority", names: ["nowhere", "root-ca"] }, { isTrusted: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureError);
    expect((err as AzureError).status).toBe(404);
  });
});
