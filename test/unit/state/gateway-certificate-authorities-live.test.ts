/**
 * A gateway's certificate authorities as live state: read into the IR by
 * readLiveModel, and compared by `apimc plan --live` through the real CLI,
 * against the HTTPS ARM emulator through the real SDK.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ApimResources, apimRefOf, buildModel, loadDeclarations, readLiveModel, toArmProperties } from "../../../src/index";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { emulatorEnv } from "../../emulators/env";
import { runCli } from "../../support/cli";
import { expectContractHeld } from "../../emulators/contract";

const root = path.resolve(__dirname, "../../..");
const TARGET = { subscriptionId: "00000000-0000-0000-0000-0000000000ca", resourceGroup: "rg-apim", serviceName: "contoso" };
const DECLARATIONS = `version: 1
service:
  name: contoso
  resourceGroup: rg-apim
gateways:
  onprem:
    description: Plant gateway
    certificateAuthorities:
      plant-root-ca:
        isTrusted: true
      plant-issuing-ca:
        isTrusted: false
`;

let emu: ArmEmulator;
let apim: ApimResources;
let dir: string;

async function plan(args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const target = ["--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName];
  const r = await runCli(["plan", dir, "--live", ...target, ...args], { cwd: root, env: emulatorEnv(emu) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-gw-ca-"));
  fs.writeFileSync(path.join(dir, "apim.yaml"), DECLARATIONS);
  emu = await startArmEmulator({ lroStyle: "none" });
  apim = new ApimResources(TARGET, { armEndpoint: emu.url, caPem: emu.caPem, credential: "static:test-token", lroPollMs: 0 });
  const model = buildModel(await loadDeclarations(dir)).model!;
  for (const id of model.graph.order) await apim.put(apimRefOf(id), toArmProperties(model, id, { subscriptionId: TARGET.subscriptionId, resourceGroup: TARGET.resourceGroup }));
  // Deployed the way the ARM template and the provider write them: isTrusted always explicit.
  for (const [ca, decl] of Object.entries(model.gateways.onprem.certificateAuthorities)) {
    await apim.put({ kind: "gatewayCertificateAuthority", names: ["onprem", ca] }, { isTrusted: decl.isTrusted ?? false });
  }
});

afterAll(async () => {
  await emu?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("readLiveModel reads a gateway's certificate authorities into the IR", async () => {
  const { model } = await readLiveModel(TARGET, { resources: apim });
  expect(model.gateways.onprem.certificateAuthorities).toEqual({ "plant-issuing-ca": { isTrusted: false }, "plant-root-ca": { isTrusted: true } });
  expectContractHeld(emu);
});

test("apimc plan --live sees no change when the live CAs match, then reports a CA trusted and one added outside apimc", async () => {
  const clean = await plan();
  expect(clean.stderr).toBe("");
  expect(clean.stdout).toBe("No changes.\n");
  expect(clean.code).toBe(0);

  emu.mutate("gateways/onprem/certificateAuthorities/plant-issuing-ca", (p) => {
    p.isTrusted = true;
  });
  await apim.put({ kind: "gatewayCertificateAuthority", names: ["onprem", "portal-ca"] }, { isTrusted: true });

  const drift = await plan();
  expect(drift.stderr).toBe("");
  expect(drift.code).toBe(2);
  expect(drift.stdout).toContain("~ gateway gateways/onprem");
  expect(drift.stdout).toContain("certificateAuthorities");
  expect(drift.stdout).toContain("portal-ca");
  expect(drift.stdout).toContain("plant-issuing-ca");

  const json = JSON.parse((await plan(["--format", "json"])).stdout) as { changes: Array<{ action: string; id: string }> };
  expect(json.changes.map((c) => `${c.action} ${c.id}`)).toEqual(["update gateways/onprem"]);
});
