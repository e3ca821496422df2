/**
 * Usage errors (a wrong option, a missing argument) carry a code like every
 * other diagnostic, APIMC009, so scripts and docs can name them. They go to
 * stderr and exit 1 (invalid input).
 */
import { EXIT_INVALID } from "../report/exit-codes";
import type { CliIo } from "./io";

export const USAGE_CODE = "APIMC009";

export function usageError(io: CliIo, command: string, message: string): void {
  io.err(`apimc ${command}: error ${USAGE_CODE}: ${message}\n`);
  io.exitCode = EXIT_INVALID;
}

/** Commander's own messages (`error: unknown option '--x'`) with the code. */
export function withUsageCode(text: string): string {
  return text.replace(/^error: /, `apimc: error ${USAGE_CODE}: `);
}
