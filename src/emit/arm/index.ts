/** The ARM emitter's public face. */
export { emitArm } from "./emit";
export { ARM_LIMITS } from "./types";
export type { ArmOutput, ArmLimits, EmitArmOptions, ArmResource, ArmParameter, ArmParameterValue } from "./types";
export { keyVaultParameterName } from "./secrets";
