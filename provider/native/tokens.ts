/** The type token of each apimc resource kind under the `apimc` plugin. */
import type { ProviderKind } from "../types";
import { REGISTRY_NATIVE_TOKENS } from "../generated/kinds";

export const NATIVE_TOKENS = {
  namedValue: "apimc:index:NamedValue",
  backend: "apimc:index:Backend",
  api: "apimc:index:Api",
  policy: "apimc:index:Policy",
  policyFragment: "apimc:index:PolicyFragment",
  product: "apimc:index:Product",
  apiVersionSet: "apimc:index:ApiVersionSet",
  gateway: "apimc:index:Gateway",
  apiRelease: "apimc:index:ApiRelease",
  // The registry's generic top-level kinds, generated from the kind registry (scripts/gen-provider.js).
  ...REGISTRY_NATIVE_TOKENS,
} as const satisfies Record<ProviderKind, string>;

export type NativeToken = (typeof NATIVE_TOKENS)[ProviderKind];

const KIND_OF = new Map<string, ProviderKind>(Object.entries(NATIVE_TOKENS).map(([kind, token]) => [token, kind as ProviderKind]));

/** The kind a URN's type names (`urn:pulumi:stack::project::[parent$]apimc:index:Backend::name`), or undefined. */
export function kindOfUrn(urn: string): ProviderKind | undefined {
  const qualified = urn.split("::")[2] ?? "";
  return KIND_OF.get(qualified.split("$").pop() ?? "");
}

/** Backend credentials and proxy settings may derive from secret inputs, so its stored ARM bodies stay secret. */
export const BACKEND_SECRET_OUTPUTS = ["parts"] as const;

/** Outputs of a NamedValue that may carry its value; both resource forms mark them secret. */
export const NAMED_VALUE_SECRET_OUTPUTS = ["properties", "parts", "parameterValue"] as const;

/**
 * Outputs of a registry kind that carry secret values: the `fromParameter`
 * values as given. Its `properties` hold only secret sources (parameter names,
 * Key Vault URIs) and its `parts` the bodies without the secret properties.
 */
export const REGISTRY_SECRET_OUTPUTS = ["parameterValues"] as const;
