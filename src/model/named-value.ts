import type { NamedValue } from "../load/declarations.generated";
import { ids } from "./ids";
import type { NamedValueModel, NamedValueSource } from "./types";

/** Vault name (first label of the host) of a Key Vault secret URI, or undefined when it is not one. */
export function vaultNameOf(secretUri: string): string | undefined {
  try {
    const u = new URL(secretUri);
    const label = u.hostname.split(".")[0];
    return label || undefined;
  } catch {
    return undefined;
  }
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

export function esc(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
