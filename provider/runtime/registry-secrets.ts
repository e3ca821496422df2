/**
 * Secret-bearing properties of the kinds the registry describes fully
 * (certificate `data`/`password`, subscription keys, client secrets, a cache's
 * connection string). The model leaves them out of the ARM body, as it leaves
 * out a secret named value's value; here they are supplied at deploy time:
 * `fromParameter` from the resource's `parameterValues` (a Pulumi secret),
 * `fromKeyVault` read from Key Vault and never kept (only its version is, so a
 * rotation is an update). Which properties are secret comes from the registry.
 */
import { kindDescriptor, readSecret, Secret } from "../../src/index";
import { REGISTRY_PROVIDER_KINDS, type ProviderKind, type RegistryProviderKind } from "../types";
import type { Inputs } from "./parts";

export interface SecretSourceUse {
  /** Top-level declaration property, e.g. `data`. */
  property: string;
  fromParameter?: string;
  fromKeyVault?: string;
}

export function isRegistryKind(kind: ProviderKind): kind is RegistryProviderKind {
  return (REGISTRY_PROVIDER_KINDS as readonly string[]).includes(kind);
}

/** The secret sources a resource's properties declare, in registry order. */
export function secretSourcesOf(kind: ProviderKind, inputs: Inputs): SecretSourceUse[] {
  if (!isRegistryKind(kind)) return [];
  const props = (inputs.properties ?? {}) as Record<string, unknown>;
  const out: SecretSourceUse[] = [];
  // Logger credentials are `{{named value}}` tokens (a path with `/`): the named value carries the secret.
  for (const rule of kindDescriptor(kind).secrets) {
    const v = props[rule.property] as { fromParameter?: unknown; fromKeyVault?: unknown } | undefined;
    if (v === null || typeof v !== "object") continue;
    if (typeof v.fromParameter === "string") out.push({ property: rule.property, fromParameter: v.fromParameter });
    else if (typeof v.fromKeyVault === "string") out.push({ property: rule.property, fromKeyVault: v.fromKeyVault });
  }
  return out;
}

/** `parameterValues` as given (a plain object of strings under the host). */
export function parameterValuesOf(inputs: Inputs): Record<string, string> {
  const v = inputs.parameterValues;
  if (v === null || typeof v !== "object") return {};
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => typeof x === "string")) as Record<string, string>;
}

/** `fromParameter` sources with no value, for `check`. */
export function missingParameters(kind: ProviderKind, inputs: Inputs): SecretSourceUse[] {
  const values = parameterValuesOf(inputs);
  return secretSourcesOf(kind, inputs).filter((s) => s.fromParameter !== undefined && values[s.fromParameter] === undefined);
}

export interface ResolvedSecrets {
  /** Property -> value, wrapped until the SDK call. */
  values: Record<string, Secret>;
  /** Property -> Key Vault version, for `fromKeyVault` sources. */
  versions: Record<string, string>;
}

/** What `read` failures become: the caller adds the resource's name and the fix. */
export type KeyVaultFailure = (err: unknown, what: string) => Error;

/** Resolves every secret source of a resource; `keyVaultFailure` names the failure without the value. */
export async function resolveSecrets(kind: ProviderKind, inputs: Inputs, keyVaultFailure: KeyVaultFailure): Promise<ResolvedSecrets> {
  const params = parameterValuesOf(inputs);
  const out: ResolvedSecrets = { values: {}, versions: {} };
  for (const s of secretSourcesOf(kind, inputs)) {
    if (s.fromParameter !== undefined) {
      const value = params[s.fromParameter];
      if (value === undefined) throw new Error(missingParameterMessage(kind, String(inputs.name), s));
      out.values[s.property] = new Secret(value);
      continue;
    }
    try {
      const got = await readSecret(s.fromKeyVault!);
      out.values[s.property] = got.value;
      out.versions[s.property] = got.version;
    } catch (err) {
      throw keyVaultFailure(err, `the ${s.property} of ${kindDescriptor(kind).kind} "${String(inputs.name)}"`);
    }
  }
  return out;
}

export function missingParameterMessage(kind: ProviderKind, name: string, s: SecretSourceUse): string {
  return `APIMC854: the ${s.property} of ${kind} "${name}" takes its value from parameter "${s.fromParameter}"; pass it as ApimService parameters.${s.fromParameter} (or parameterValues.${s.fromParameter}), ideally a pulumi.secret`;
}

/**
 * Whether the secrets to send differ from the ones last sent: a changed
 * source, a changed parameter value, or a new Key Vault version.
 */
export function secretsChanged(kind: ProviderKind, olds: Inputs, news: Inputs, resolved: ResolvedSecrets, lastVersions: Record<string, string>): boolean {
  const before = secretSourcesOf(kind, olds);
  const after = secretSourcesOf(kind, news);
  if (JSON.stringify(before) !== JSON.stringify(after)) return true;
  const oldParams = parameterValuesOf(olds);
  const newParams = parameterValuesOf(news);
  for (const s of after) {
    if (s.fromParameter !== undefined && oldParams[s.fromParameter] !== newParams[s.fromParameter]) return true;
    if (s.fromKeyVault !== undefined && resolved.versions[s.property] !== lastVersions[s.property]) return true;
  }
  return false;
}
