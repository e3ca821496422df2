/**
 * The dynamic resources a Pulumi program gets from `new ApimService(...)` over
 * a declaration set (examples/contoso by default), with their inputs as
 * registered (under `setMocks`), ready to be sent to the real provider host.
 * Key Vault references and `fromKeyVault` sources point at the emulator.
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ApimService } from "../../provider/index";
import type { KeyVaultEmulator } from "../emulators/keyvault-emulator";
import type { Props } from "./host";

export const contosoDir = path.resolve(__dirname, "../../examples/contoso");

export interface RegisteredResource {
  /** Provider kind, e.g. `backend` (the type token, `apimc:index:Backend`, for the plugin). */
  kind: string;
  /** Pulumi resource name, e.g. `contoso-backends-orders`. */
  name: string;
  inputs: Props;
}

export interface DeclaredOptions {
  /** ApimService `parameters` (wrapped as secrets here). */
  parameters?: Record<string, string>;
  /** The value the Key Vault emulator holds for a secret name; default `kv-fetched-value`. */
  keyVaultValue?: (secretName: string) => string;
  /** Build the native (`apimc:index:*`) resources instead; their inputs keep secrets in wire form, as the engine sends them to the plugin. */
  plugin?: boolean;
}

/** The secret's name in a Key Vault secret URI (`https://kv.vault.azure.net/secrets/NAME[/version]`). */
function secretName(uri: string): string {
  return uri.split("/secrets/")[1].split("/")[0];
}

const rpc = require("@pulumi/pulumi/runtime/rpc");
const SECRET_SIG = { key: rpc.specialSigKey as string, value: rpc.specialSecretSig as string };

/**
 * Mocks record secret inputs in the engine's wire form (`{<sig>: <secret>, value}`);
 * the engine unwraps them for the dynamic-provider host, which accepts no secrets
 * (it marks the outputs secret itself). So does this.
 */
function unwrapSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapSecrets);
  if (v === null || typeof v !== "object") return v;
  const o = v as Props;
  if (o[SECRET_SIG.key] === SECRET_SIG.value) return unwrapSecrets(o.value);
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, unwrapSecrets(x)]));
}

/** Must run in a test file that installed `setMocks`; `registered` is what its mocks recorded. */
export async function declaredResources(
  registered: Array<{ type: string; name: string; inputs: Props }>,
  declarations: string,
  service: { subscriptionId: string; resourceGroup: string },
  kv: KeyVaultEmulator,
  opts: DeclaredOptions = {},
): Promise<RegisteredResource[]> {
  const start = registered.length;
  const parameters = Object.fromEntries(Object.entries(opts.parameters ?? {}).map(([k, v]) => [k, pulumi.secret(v)]));
  const svc = new ApimService(path.basename(declarations), { declarations, service, parameters, ...(opts.plugin ? { plugin: true } : {}) });
  await new Promise((resolve) => svc.armIds.apply(resolve));
  const valueOf = opts.keyVaultValue ?? (() => "kv-fetched-value");
  const out: RegisteredResource[] = [];
  for (const r of registered.slice(start)) {
    const prefix = opts.plugin ? "apimc:index:" : "pulumi-nodejs:dynamic/apimc:";
    if (!r.type.startsWith(prefix) || r.type === "apimc:index:ApimService") continue;
    const type = r.type.split(":").pop()!;
    const { __provider: _p, ...inputs } = (opts.plugin ? structuredClone(r.inputs) : unwrapSecrets(r.inputs)) as Props;
    const props = inputs.properties as Props | undefined;
    if (props?.keyVault) {
      kv.setSecret(String(inputs.name), "kv-reference-value");
      props.keyVault = { ...props.keyVault, secretIdentifier: `${kv.url}/secrets/${String(inputs.name)}` };
    }
    if (props?.fromKeyVault) {
      kv.setSecret(String(inputs.name), valueOf(String(inputs.name)));
      props.fromKeyVault = `${kv.url}/secrets/${String(inputs.name)}`;
    }
    // A registry kind's secret sources (`clientSecret: { fromKeyVault }`) are one level down.
    for (const v of Object.values(props ?? {})) {
      if (v && typeof v === "object" && typeof (v as Props).fromKeyVault === "string") {
        const name = secretName((v as Props).fromKeyVault);
        kv.setSecret(name, valueOf(name));
        (v as Props).fromKeyVault = `${kv.url}/secrets/${name}`;
      }
    }
    out.push({ kind: opts.plugin ? r.type : type[0].toLowerCase() + type.slice(1), name: r.name, inputs: JSON.parse(JSON.stringify(inputs)) as Props });
  }
  return out;
}

/** examples/contoso, with the parameters its declarations name. */
export async function contosoResources(
  registered: Array<{ type: string; name: string; inputs: Props }>,
  service: { subscriptionId: string; resourceGroup: string },
  kv: KeyVaultEmulator,
  opts: DeclaredOptions = {},
): Promise<RegisteredResource[]> {
  return declaredResources(registered, contosoDir, service, kv, { ...opts, parameters: { billingToken: "billing-token-value", ...CONTOSO_PARAMETERS, ...opts.parameters } });
}

/** Values for contoso's other `fromParameter` sources (none may reach anything but the emulator). */
export const CONTOSO_PARAMETERS: Record<string, string> = { acmePrimaryKey: "CANARY-contoso-acme-key-5d21" };
