import { ApimResources, readSecret, resolveAzureSettings } from "../../../src/index";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { emulatorEnv } from "../../emulators/env";
import { startKeyVaultEmulator, type KeyVaultEmulator } from "../../emulators/keyvault-emulator";
import { TARGET } from "./harness";

let arm: ArmEmulator;
let kv: KeyVaultEmulator;
const saved = { ...process.env };

beforeAll(async () => {
  arm = await startArmEmulator();
  kv = await startKeyVaultEmulator();
});
afterAll(async () => {
  await arm.stop();
  await kv.stop();
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith("APIMC_") && !(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

describe("settings come from the environment at call time", () => {
  it("uses the defaults when nothing is set", () => {
    for (const k of Object.keys(process.env)) if (k.startsWith("APIMC_")) delete process.env[k];
    expect(resolveAzureSettings()).toMatchObject({
      armEndpoint: "https://management.azure.com",
      credential: "default",
      keyVaultDisableChallengeVerification: false,
      allowLocalVaultHosts: false,
      retryMax: 5,
      retryCapMs: 60000,
    });
  });

  it("reads APIMC_* when the client is first used, not when it is constructed", async () => {
    const apim = new ApimResources(TARGET); // constructed before the environment points anywhere
    Object.assign(process.env, emulatorEnv(arm, kv), { APIMC_RETRY_MAX: "1" });
    const r = await apim.put({ kind: "backend", names: ["env"] }, { url: "https://env.example.com", protocol: "http" });
    expect(r.properties.url).toBe("https://env.example.com");
    expect(resolveAzureSettings().retryMax).toBe(1);

    kv.setSecret("from-env", "v");
    expect((await readSecret(`${kv.url}/secrets/from-env`)).value.reveal()).toBe("v");
  });

  it("rejects an APIMC_CREDENTIAL it does not understand without echoing it", async () => {
    Object.assign(process.env, emulatorEnv(arm), { APIMC_CREDENTIAL: "token-abc123" });
    const apim = new ApimResources(TARGET);
    const err = await apim.get({ kind: "backend", names: ["x"] }).catch((e: unknown) => e);
    expect(String(err)).toContain('APIMC_CREDENTIAL must be "default" or "static:<token>"');
    expect(String(err)).not.toContain("token-abc123");
  });
});
