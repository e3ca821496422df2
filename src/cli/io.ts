/** What a command needs from the process, so commands stay testable and never call process.exit. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  isTTY: boolean;
  debug: boolean;
  /** --quiet: notes (info diagnostics, hints that nothing is wrong) are not printed. */
  quiet?: boolean;
  /** Set by a command's action; main() returns it. */
  exitCode: number;
}

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    debug: false,
    exitCode: 0,
  };
}
