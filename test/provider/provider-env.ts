/** The ARM and Key Vault emulators plus the real provider host pointed at them. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { startArmEmulator, type ArmEmulator } from "../emulators/arm-emulator";
import { startKeyVaultEmulator, type KeyVaultEmulator } from "../emulators/keyvault-emulator";
import { startHost, type HostCall } from "./host";

export interface Emulators {
  arm: ArmEmulator;
  kv: KeyVaultEmulator;
  /** The environment that points a provider process at the emulators. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export interface ProviderEnv {
  arm: ArmEmulator;
  kv: KeyVaultEmulator;
  host: HostCall;
  stop(): Promise<void>;
}

export async function startEmulators(): Promise<Emulators> {
  const arm = await startArmEmulator();
  const kv = await startKeyVaultEmulator();
  const ca = path.join(mkdtempSync(path.join(tmpdir(), "apimc-provider-")), "ca.pem");
  writeFileSync(ca, `${readFileSync(arm.caFile, "utf8")}\n${readFileSync(kv.caFile, "utf8")}`);
  const env = {
    APIMC_ARM_ENDPOINT: arm.url,
    APIMC_CA_FILE: ca,
    NODE_EXTRA_CA_CERTS: ca,
    APIMC_CREDENTIAL: "static:test-token",
    APIMC_KEYVAULT_DISABLE_CHALLENGE_VERIFICATION: "1",
    APIMC_KEYVAULT_ALLOW_LOCAL: "1",
    APIMC_RETRY_BASE_MS: "1",
    APIMC_RETRY_CAP_MS: "20",
  };
  return {
    arm,
    kv,
    env,
    async stop() {
      await arm.stop();
      await kv.stop();
    },
  };
}

export async function startProviderEnv(): Promise<ProviderEnv> {
  const emulators = await startEmulators();
  const host = await startHost(emulators.env);
  return {
    arm: emulators.arm,
    kv: emulators.kv,
    host,
    async stop() {
      await host.stop();
      await emulators.stop();
    },
  };
}
