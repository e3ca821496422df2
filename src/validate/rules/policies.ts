/** Policy documents: parsed and linted by the policy stage, references checked against this declaration set. */
import type { LoadedDeclarations } from "../../load/types";
import type { Reporter } from "../reporter";

export function checkPolicies(_loaded: LoadedDeclarations, _r: Reporter): void {
  // Wired to src/policy once lintPolicy lands.
}
