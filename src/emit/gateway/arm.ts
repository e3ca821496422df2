/** The gateway's ARM: the sub-model through the ARM target's emitter, under `arm/`. */
import { emitArm, type ArmOutput } from "../arm";
import type { Locate, Model } from "../../model";

export function gatewayArm(sub: Model, _gatewayName: string, locate: Locate): ArmOutput {
  const out = emitArm(sub, { locate });
  const files: Record<string, string> = {};
  for (const k of Object.keys(out.files)) files[`arm/${k}`] = out.files[k];
  return { ...out, files };
}
