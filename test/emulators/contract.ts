/**
 * The REST-contract check of the ARM emulator, asserted rather than assumed: an assertion of
 * "no contract violations" means nothing when no contract was loaded, so every such assertion
 * also checks that the contract is on whenever the specs are present (CI always has them:
 * .ci/run refuses to run without ../shared).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../support/rest-spec";
import type { ArmEmulator } from "./arm-emulator";

/** Whether ../shared (or $APIMC_SHARED) holds the REST spec the emulator checks PUT bodies against. */
export function restSpecPresent(): boolean {
  return existsSync(join(sharedDir(), "specs/rest/2024-05-01/definitions.json"));
}

/** The contract was loaded when the specs are present, and no request broke it. */
export function expectContractHeld(emu: Pick<ArmEmulator, "specChecked" | "specViolations">): void {
  expect({ contractLoaded: emu.specChecked, violations: emu.specViolations }).toEqual({ contractLoaded: restSpecPresent(), violations: [] });
}
