/** Argument parsing and wiring only: each command lives in its own module. */
import { Command, CommanderError } from "commander";
import { UserError } from "../core/errors";
import { renderDiagnostics } from "../report/diagnostics";
import { EXIT_INTERNAL, EXIT_INVALID } from "../report/exit-codes";
import { processIo, type CliIo } from "./io";
import { withUsageCode } from "./usage";
import { packageVersion } from "./version";

const VERSION: string = packageVersion();

type Register = (program: Command, io: CliIo) => void;

/**
 * Each command's module by command name, in help order. A command's module loads its whole pipeline (validate
 * loads the loader, the rules and both emitters; serve and test the gateway runtime), so only the module of the
 * command being run is loaded. The help, `help <command>`, no command or an unknown one load them all, so the
 * command list and "did you mean" stay complete.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Register]> = [
  ["validate", () => (require("./commands/validate") as typeof import("./commands/validate")).registerValidate],
  ["compile", () => (require("./commands/compile") as typeof import("./commands/compile")).registerCompile],
  ["policy", () => (require("./commands/policy") as typeof import("./commands/policy")).registerPolicy],
  ["diff", () => (require("./commands/diff") as typeof import("./commands/diff")).registerDiff],
  ["plan", () => (require("./commands/plan") as typeof import("./commands/plan")).registerPlan],
  ["extract", () => (require("./commands/extract") as typeof import("./commands/extract")).registerExtract],
  // `test` and `serve` register together.
  ["test|serve", () => (require("./commands/runtime") as typeof import("./commands/runtime")).registerRuntime],
];

/** `argv` (node, script, args...) selects the one command to register; without it, all are. */
export function buildProgram(io: CliIo, argv?: readonly string[]): Command {
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
  // Global options take no value, so the first argument that is not an option names the command.
  const name = argv?.slice(2).find((a) => !a.startsWith("-"));
  const one = COMMANDS.find(([names]) => names.split("|").includes(name ?? ""));
  for (const [, register] of one ? [one] : COMMANDS) register()(program, io);
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
  const program = buildProgram(io, argv);
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
