import { ApimResources, type AzureSettings } from "../../../src/index";
import { startArmEmulator, type ArmEmulator, type ArmEmulatorOptions } from "../../emulators/arm-emulator";

export const TARGET = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg-apim", serviceName: "contoso" };

export function settingsFor(emu: { url: string; caPem: string }, extra: AzureSettings = {}): AzureSettings {
  return { armEndpoint: emu.url, caPem: emu.caPem, credential: "static:test-token", retryBaseMs: 5, retryCapMs: 2000, lroPollMs: 0, ...extra };
}

export async function armSetup(opts: ArmEmulatorOptions = {}): Promise<{ emu: ArmEmulator; apim: ApimResources }> {
  const emu = await startArmEmulator(opts);
  return { emu, apim: new ApimResources(TARGET, settingsFor(emu)) };
}
