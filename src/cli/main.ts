/** Argument parsing and wiring only: each command lives in its own module. */
import { Command, CommanderError } from "commander";
import { UserError } from "../core/errors";
import { renderDiagnostics } from "../report/diagnostics";
import { EXIT_INTERNAL, EXIT_INVALID } from "../report/exit-codes";
import { processIo, type CliIo } from "./io";
import { withUsageCode } from "./usage";
import { registerValidate } from "./commands/validate";
import { registerCompile } from "./commands/compile";
import { registerPolicy } from "./commands/policy";
import { registerDiff } from "./commands/diff";
import { registerPlan } from "./commands/plan";
import { registerExtract } from "./commands/extract";
import { registerRuntime } from "./commands/runtime";
import { packageVersion } from "./version";

const VERSION: string = packageVersion();

export function buildProgram(io: CliIo): Command {
  const program = new Command("apimc")
    .description("Azure API Management configuration as code: validate, compile, diff and plan.")
    .version(VERSION)
    .option("--debug", "print stack traces of internal errors")
    .option("--quiet", "print no notes: only errors, warnings and results")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(withUsageCode(s)) })
    .exitOverride();
  program.hook("preAction", (cmd) => {
    io.debug = Boolean(cmd.optsWithGlobals().debug);
    io.quiet = Boolean(cmd.optsWithGlobals().quiet);
  });
  registerValidate(program, io);
  registerCompile(program, io);
  registerPolicy(program, io);
  registerDiff(program, io);
  registerPlan(program, io);
  registerExtract(program, io);
  registerRuntime(program, io);
  program.addHelpText(
    "after",
    `
Examples:
  apimc validate examples/contoso --env prod
  apimc compile examples/contoso --target arm --out build/arm
  apimc compile examples/contoso --target gateway --gateway onprem --out build/gw
  apimc policy fmt policies/*.xml --check
  apimc diff base/apim apim --format markdown
  apimc plan apim --live --subscription <id> --resource-group rg --service contoso
  apimc extract --subscription <id> --resource-group rg --service contoso --out apim

Exit codes: 0 ok (no changes), 1 invalid input, 2 changes found (diff/plan), 3 internal or Azure error.`,
  );
  return program;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors are user mistakes.
      return e.exitCode === 0 ? 0 : EXIT_INVALID;
    }
    if (e instanceof UserError) {
      io.err(renderDiagnostics(e.diagnostics, "text", io.cwd));
      return EXIT_INVALID;
    }
    const err = e as Error;
    io.err(`apimc: internal error: ${err && err.message ? err.message : String(e)}\n`);
    if (io.debug || process.argv.includes("--debug")) io.err(`${err && err.stack ? err.stack : ""}\n`);
    else io.err("(rerun with --debug for details)\n");
    return EXIT_INTERNAL;
  }
}
