/**
 * Secret named values -> ARM parameters. The template only ever holds
 * `[parameters('X')]`; Key Vault secrets become parameter-file references.
 */
import { makeDiagnostic, type Diagnostic, type SourceLocation } from "../../core/diagnostic";
import { MODEL_CODES, genericSecrets, vaultNameOf, type Model, type NamedValueModel } from "../../model";
import type { ArmParameter, ArmParameterValue } from "./types";
import { parseKeyVaultSecretUri } from "../../azure/keyvault-uri";

export interface SecretParameter {
  name: string;
  parameter: ArmParameter;
  /** Entry for the parameters file, when the value comes from Key Vault. */
  value?: ArmParameterValue;
}

export interface SecretPlan {
  /** Named value name -> its parameter. */
  byNamedValue: Map<string, SecretParameter>;
  /** Secret-sourced properties, a secret named value's `value` among them: `<resource id>#<property>` -> its parameter. */
  byProperty: Map<string, SecretParameter>;
  diagnostics: Diagnostic[];
}

/** ARM parameter name for a `fromKeyVault` named value. */
export function keyVaultParameterName(namedValue: string): string {
  return `secret_${namedValue.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

export function planSecrets(model: Model, locate: (pointer: string) => SourceLocation): SecretPlan {
  const byNamedValue = new Map<string, SecretParameter>();
  const diagnostics: Diagnostic[] = [];
  for (const nv of Object.values(model.namedValues)) {
    const src = nv.source;
    if (src.kind === "fromParameter") {
      if (src.parameter === "serviceName") {
        const pointer = `${nv.pointer}/fromParameter`;
        diagnostics.push(
          makeDiagnostic(
            MODEL_CODES.parameterNameReserved,
            "error",
            `Named value '${nv.name}' takes its value from parameter 'serviceName', which the ARM template already uses for the service name.`,
            locate(pointer),
            pointer,
            "rename the parameter, for example fromParameter: " + `${nv.name.replace(/[^A-Za-z0-9]/g, "")}Value`,
          ),
        );
        continue;
      }
      byNamedValue.set(nv.name, {
        name: src.parameter,
        parameter: { type: "securestring", metadata: { description: `Secret value of named value '${nv.displayName}'.` } },
      });
    } else if (src.kind === "fromKeyVault") {
      const ref = keyVaultReference(model, nv, locate, diagnostics);
      if (!ref) continue;
      byNamedValue.set(nv.name, {
        name: keyVaultParameterName(nv.name),
        parameter: { type: "securestring", metadata: { description: `Secret value of named value '${nv.displayName}', read from Key Vault at deploy time.` } },
        value: { reference: ref },
      });
    }
  }
  const byProperty = planPropertySecrets(model, locate, diagnostics);
  for (const [name, p] of byNamedValue) byProperty.set(`namedValues/${name}#value`, p);
  return { byNamedValue, byProperty, diagnostics };
}

/** ARM parameter name for a `fromKeyVault` secret of a registry-only kind (`secret_certificates_legacy_root_data`). */
export function propertyParameterName(id: string, property: string): string {
  return `secret_${`${id}_${property}`.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** Secret sources of certificates, subscriptions, authorization servers, OpenID Connect providers and caches. */
function planPropertySecrets(model: Model, locate: (pointer: string) => SourceLocation, diagnostics: Diagnostic[]): Map<string, SecretParameter> {
  const out = new Map<string, SecretParameter>();
  for (const r of Object.values(model.generic ?? {})) {
    for (const { property, source } of genericSecrets(r)) {
      const what = `${property} of ${r.kind} '${r.name}'`;
      if ("fromParameter" in source) {
        const pointer = `${r.pointer}/${property}/fromParameter`;
        if (source.fromParameter === "serviceName") {
          diagnostics.push(
            makeDiagnostic(
              MODEL_CODES.parameterNameReserved,
              "error",
              `The ${what} takes its value from parameter 'serviceName', which the ARM template already uses for the service name.`,
              locate(pointer),
              pointer,
              `rename the parameter, for example fromParameter: ${`${r.name}${property}`.replace(/[^A-Za-z0-9]/g, "")}`,
            ),
          );
          continue;
        }
        out.set(`${r.id}#${property}`, {
          name: source.fromParameter,
          parameter: { type: "securestring", metadata: { description: `Secret ${what}.` } },
        });
      } else {
        const pointer = `${r.pointer}/${property}/fromKeyVault`;
        const ref = keyVaultReferenceOf(model, source.fromKeyVault, `The ${what}`, pointer, locate, diagnostics);
        if (!ref) continue;
        out.set(`${r.id}#${property}`, {
          name: propertyParameterName(r.id, property),
          parameter: { type: "securestring", metadata: { description: `Secret ${what}, read from Key Vault at deploy time.` } },
          value: { reference: ref },
        });
      }
    }
  }
  return out;
}

function keyVaultReferenceOf(
  model: Model,
  uri: string,
  who: string,
  pointer: string,
  locate: (pointer: string) => SourceLocation,
  diagnostics: Diagnostic[],
): ArmParameterValue["reference"] | undefined {
  const parsed = parseSecretUri(uri);
  if (!parsed) {
    diagnostics.push(
      makeDiagnostic(
        MODEL_CODES.keyVaultUriInvalid,
        "error",
        `${who} has fromKeyVault '${uri}', which is not a Key Vault secret URI.`,
        locate(pointer),
        pointer,
        "write it as https://<vault>.vault.azure.net/secrets/<secret-name> (optionally followed by /<version>)",
      ),
    );
    return undefined;
  }
  const id = model.service.keyVaults[parsed.vault];
  if (id === undefined) {
    diagnostics.push(
      makeDiagnostic(
        MODEL_CODES.keyVaultIdMissing,
        "error",
        `${who} is read from Key Vault '${parsed.vault}', but the ARM parameters file needs that vault's resource id and service.keyVaults has no entry '${parsed.vault}'.`,
        locate(pointer),
        pointer,
        `add to apim.yaml:\n      service:\n        keyVaults:\n          ${parsed.vault}: /subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/${parsed.vault}`,
      ),
    );
    return undefined;
  }
  const ref: NonNullable<ArmParameterValue["reference"]> = { keyVault: { id }, secretName: parsed.secret };
  if (parsed.version !== undefined) ref.secretVersion = parsed.version;
  return ref;
}

function keyVaultReference(
  model: Model,
  nv: NamedValueModel,
  locate: (pointer: string) => SourceLocation,
  diagnostics: Diagnostic[],
): ArmParameterValue["reference"] | undefined {
  if (nv.source.kind !== "fromKeyVault") return undefined;
  const pointer = `${nv.pointer}/fromKeyVault`;
  const parsed = parseSecretUri(nv.source.uri);
  if (!parsed) {
    diagnostics.push(
      makeDiagnostic(
        MODEL_CODES.keyVaultUriInvalid,
        "error",
        `Named value '${nv.name}' has fromKeyVault '${nv.source.uri}', which is not a Key Vault secret URI.`,
        locate(pointer),
        pointer,
        "write it as https://<vault>.vault.azure.net/secrets/<secret-name> (optionally followed by /<version>)",
      ),
    );
    return undefined;
  }
  const vault = vaultNameOf(nv.source.uri) ?? parsed.vault;
  const id = nv.source.vaultResourceId ?? model.service.keyVaults[vault];
  if (id === undefined) {
    diagnostics.push(
      makeDiagnostic(
        MODEL_CODES.keyVaultIdMissing,
        "error",
        `Named value '${nv.name}' reads its secret from Key Vault '${vault}', but the ARM parameters file needs that vault's resource id and service.keyVaults has no entry '${vault}'.`,
        locate(pointer),
        pointer,
        `add to apim.yaml:\n      service:\n        keyVaults:\n          ${vault}: /subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/${vault}`,
      ),
    );
    return undefined;
  }
  const ref: NonNullable<ArmParameterValue["reference"]> = { keyVault: { id }, secretName: parsed.secret };
  if (parsed.version !== undefined) ref.secretVersion = parsed.version;
  return ref;
}

/** The parts the parameters file needs, from the one Key Vault identifier parser. */
function parseSecretUri(uri: string): { vault: string; secret: string; version?: string } | undefined {
  const r = parseKeyVaultSecretUri(uri);
  if (!r.ok) return undefined;
  const out: { vault: string; secret: string; version?: string } = { vault: r.value.vaultName, secret: r.value.name };
  if (r.value.version !== undefined) out.version = r.value.version;
  return out;
}
