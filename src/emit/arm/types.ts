import type { Diagnostic, SourceLocation } from "../../core/diagnostic";

/** ARM's hard limits for one template; injectable so tests can cross them with small inputs. */
export interface ArmLimits {
  maxResources: number;
  maxBytes: number;
  maxParameters: number;
}

export const ARM_LIMITS: ArmLimits = { maxResources: 800, maxBytes: 4 * 1024 * 1024, maxParameters: 256 };

export interface EmitArmOptions {
  limits?: Partial<ArmLimits>;
  /** Where a declaration pointer was written, for diagnostics (the CLI passes the loader's source map). */
  locate?: (pointer: string) => SourceLocation;
}

export interface ArmOutput {
  /** Relative path -> file content (`\n` endings). Empty when `diagnostics` holds an error. */
  files: Record<string, string>;
  /** Resources per kind (`namedValue`, `api`, ...), keys sorted. */
  summary: Record<string, number>;
  diagnostics: Diagnostic[];
}

export interface ArmResource {
  type: string;
  apiVersion: string;
  name: string;
  properties?: Record<string, unknown>;
  dependsOn?: string[];
}

export interface ArmParameter {
  type: "string" | "securestring";
  defaultValue?: string;
  metadata: { description: string };
}

/** An entry of the parameters file: a Key Vault reference (never a secret value). */
export interface ArmParameterValue {
  value?: string;
  reference?: { keyVault: { id: string }; secretName: string; secretVersion?: string };
}
