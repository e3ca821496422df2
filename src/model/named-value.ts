import type { NamedValue } from "../load/declarations.generated";
import { parseKeyVaultSecretUri } from "../azure/keyvault-uri";
import { escapeSegment } from "../core/pointer";
import { ids } from "./ids";
import type { NamedValueModel, NamedValueSource } from "./types";

/** Vault name of a Key Vault secret URI (from the one identifier parser), or undefined when it is not one. */
export function vaultNameOf(secretUri: string): string | undefined {
  const r = parseKeyVaultSecretUri(secretUri.trim());
  return r.ok ? r.value.vaultName : undefined;
}

export function buildNamedValue(name: string, decl: NamedValue, keyVaults: Record<string, string>): NamedValueModel {
  let source: NamedValueSource;
  let secret = decl.secret === true;
  if (decl.keyVault) {
    source = { kind: "keyVault", secretIdentifier: decl.keyVault.secretIdentifier };
    if (decl.keyVault.identityClientId !== undefined) source.identityClientId = decl.keyVault.identityClientId;
    secret = true;
  } else if (decl.fromKeyVault !== undefined) {
    source = { kind: "fromKeyVault", uri: decl.fromKeyVault };
    const vault = vaultNameOf(decl.fromKeyVault);
    if (vault !== undefined && keyVaults[vault] !== undefined) source.vaultResourceId = keyVaults[vault];
    secret = true;
  } else if (decl.fromParameter !== undefined) {
    source = { kind: "fromParameter", parameter: decl.fromParameter };
    secret = true;
  } else {
    source = { kind: "plain", value: decl.value ?? "" };
  }
  const model: NamedValueModel = {
    id: ids.namedValue(name),
    name,
    pointer: `/namedValues/${esc(name)}`,
    ignore: decl.ignore ?? [],
    // Defaults to the map key, the name a user would write as {{key}}; validate checks it is a valid displayName.
    displayName: decl.displayName ?? name,
    secret,
    source,
  };
  if (decl.tags !== undefined) model.tags = [...decl.tags];
  return model;
}

/** A name as one JSON-pointer segment (RFC 6901 escaping lives in core/pointer only). */
export function esc(segment: string): string {
  return escapeSegment(segment);
}
