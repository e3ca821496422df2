import type { Diagnostic } from "./diagnostic";

/**
 * Thrown when user input is wrong and processing cannot go on; carries the
 * diagnostics so the CLI can print them and exit 1 without a stack trace.
 */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("; "));
    this.name = "UserError";
    this.diagnostics = diagnostics;
  }
}
