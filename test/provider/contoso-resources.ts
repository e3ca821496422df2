/**
 * The dynamic resources a Pulumi program gets from `new ApimService(...)` over
 * examples/contoso, with their inputs as registered (under `setMocks`), ready to
 * be sent to the real provider host. Key Vault references point at the emulator.
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ApimService } from "../../provider/index";
import type { KeyVaultEmulator } from "../emulators/keyvault-emulator";
import type { Props } from "./host";

export const contosoDir = path.resolve(__dirname, "../../examples/contoso");

export interface RegisteredResource {
  /** Provider kind, e.g. `backend`. */
  kind: string;
  /** Pulumi resource name, e.g. `contoso-backends-orders`. */
  name: string;
  inputs: Props;
}

/** Must run in a test file that installed `setMocks`; `registered` is what its mocks recorded. */
export async function contosoResources(
  registered: Array<{ type: string; name: string; inputs: Props }>,
  service: { subscriptionId: string; resourceGroup: string },
  kv: KeyVaultEmulator,
): Promise<RegisteredResource[]> {
  const start = registered.length;
  const svc = new ApimService("contoso", { declarations: contosoDir, service, parameters: { billingToken: pulumi.secret("billing-token-value") } });
  await new Promise((resolve) => svc.armIds.apply(resolve));
  const out: RegisteredResource[] = [];
  for (const r of registered.slice(start)) {
    if (!r.type.startsWith("pulumi-nodejs:dynamic/apimc:")) continue;
    const type = r.type.split(":").pop()!;
    const { __provider: _p, ...inputs } = r.inputs;
    const props = inputs.properties as Props | undefined;
    if (props?.keyVault) {
      kv.setSecret(String(inputs.name), "kv-reference-value");
      props.keyVault = { ...props.keyVault, secretIdentifier: `${kv.url}/secrets/${String(inputs.name)}` };
    }
    if (props?.fromKeyVault) {
      kv.setSecret(String(inputs.name), "kv-fetched-value");
      props.fromKeyVault = `${kv.url}/secrets/${String(inputs.name)}`;
    }
    out.push({ kind: type[0].toLowerCase() + type.slice(1), name: r.name, inputs: JSON.parse(JSON.stringify(inputs)) as Props });
  }
  return out;
}
