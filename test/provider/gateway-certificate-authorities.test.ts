/**
 * The Gateway resource applies its certificate authorities through the real
 * dynamic-provider host, against the HTTPS ARM emulator. Needs dist/.
 */
import type { ArmEmulator } from "../emulators/arm-emulator";
import type { HostCall, Props } from "./host";
import { startProviderEnv, type ProviderEnv } from "./provider-env";

const service = { subscriptionId: "00000000-0000-0000-0000-0000000000c1", resourceGroup: "rg", serviceName: "contoso-apim" };

let env: ProviderEnv;
let arm: ArmEmulator;
let host: HostCall;

beforeAll(async () => {
  env = await startProviderEnv();
  ({ arm, host } = env);
});

afterAll(async () => {
  await env?.stop();
});

const CA = "gateways/plant/certificateAuthorities";

function gateway(certificateAuthorities: Record<string, { isTrusted?: boolean }>): Props {
  return { service, name: "plant", properties: { description: "Plant gateway", hostnames: { main: { hostname: "api.plant.example" } }, certificateAuthorities } };
}

function caWrites(): Array<{ method: string; path: string }> {
  return arm.appliedWrites().filter((w) => w.path.includes("/certificateAuthorities/"));
}

test("Gateway: creates its CAs, a no-op diff writes nothing, a change updates and removes only the CA parts", async () => {
  const inputs = gateway({ "root-ca": { isTrusted: true }, "issuing-ca": {} });
  expect((await host.check("gateway", {}, inputs)).failures).toEqual([]);
  const r = await host.create("gateway", inputs);
  expect(arm.resource(`${CA}/root-ca`)?.properties).toEqual({ isTrusted: true });
  // The body the ARM target emits too: isTrusted is always explicit.
  expect(arm.resource(`${CA}/issuing-ca`)?.properties).toEqual({ isTrusted: false });
  expect(Object.keys(r.props.parts).filter((k: string) => k.startsWith("gatewayCertificateAuthority:"))).toEqual([
    "gatewayCertificateAuthority:plant/issuing-ca",
    "gatewayCertificateAuthority:plant/root-ca",
  ]);

  const before = arm.appliedWrites().length;
  expect(await host.diff("gateway", r.id, r.props, inputs)).toEqual({ changes: "none", replaces: [] });
  expect(arm.appliedWrites().length).toBe(before);

  const next = gateway({ "root-ca": { isTrusted: false }, "partner-ca": { isTrusted: true } });
  expect((await host.diff("gateway", r.id, r.props, next)).changes).toBe("some");
  const written = caWrites().length;
  const props = await host.update("gateway", r.id, r.props, next);
  expect(caWrites().slice(written).map((w) => `${w.method} ${w.path.split("/certificateAuthorities/")[1]}`).sort()).toEqual(["DELETE issuing-ca", "PUT partner-ca", "PUT root-ca"]);
  // The gateway and its hostname were unchanged, so nothing else was written.
  expect(arm.appliedWrites().length - before).toBe(3);
  expect(arm.resource(`${CA}/root-ca`)?.properties).toEqual({ isTrusted: false });
  expect(arm.resource(`${CA}/partner-ca`)?.properties).toEqual({ isTrusted: true });
  expect(arm.resource(`${CA}/issuing-ca`)).toBeUndefined();
  expect(arm.resource("gateways/plant/hostnameConfigurations/main")).toBeDefined();
  expect((await host.diff("gateway", r.id, props, next)).changes).toBe("none");

  await host.delete("gateway", r.id, props);
  expect(arm.resource("gateways/plant")).toBeUndefined();
  expect(arm.resource(`${CA}/root-ca`)).toBeUndefined();
});

test("Gateway: refresh sees a CA added or changed outside apimc, and the next update removes or repairs it", async () => {
  const inputs = gateway({ "root-ca": { isTrusted: true } });
  const r = await host.create("gateway", inputs);
  arm.state.set("gateways/plant/certificateauthorities/rogue-ca", {
    id: `${r.id}/certificateAuthorities/rogue-ca`,
    type: "Microsoft.ApiManagement/service/gateways/certificateAuthorities",
    name: "rogue-ca",
    kind: "gatewayCertificateAuthority",
    etag: '"rogue"',
    properties: { isTrusted: true },
  });
  arm.mutate(`${CA}/root-ca`, (p) => {
    p.isTrusted = false;
  });

  const refreshed = await host.read("gateway", r.id, r.props);
  expect(refreshed.id).toBe(r.id);
  expect(refreshed.props.parts["gatewayCertificateAuthority:plant/rogue-ca"]).toEqual({ isTrusted: true });
  expect(refreshed.props.parts["gatewayCertificateAuthority:plant/root-ca"]).toEqual({ isTrusted: false });
  expect((await host.diff("gateway", r.id, refreshed.props, inputs)).changes).toBe("some");

  const props = await host.update("gateway", r.id, refreshed.props, inputs);
  expect(arm.resource(`${CA}/rogue-ca`)).toBeUndefined();
  expect(arm.resource(`${CA}/root-ca`)?.properties).toEqual({ isTrusted: true });
  expect((await host.diff("gateway", r.id, props, inputs)).changes).toBe("none");
  await host.delete("gateway", r.id, props);
});

test("Gateway import by ARM id brings its CAs into the inputs", async () => {
  const r = await host.create("gateway", gateway({ "root-ca": { isTrusted: true } }));
  const imported = await host.read("gateway", r.id, {});
  expect(imported.inputs?.properties?.certificateAuthorities).toEqual({ "root-ca": { isTrusted: true } });
  await host.delete("gateway", r.id, r.props);
});
