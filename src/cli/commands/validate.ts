/** `apimc validate [PATH] [--env NAME] [--format text|json] [--ignore CODES] [--strict]`: check, print, exit 0 or 1. */
import type { Command } from "commander";
import { hasErrors } from "../../core/diagnostic";
import { renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { countResources } from "../../validate";
import { checkDeclarations, collectCodes } from "../check-declarations";
import type { CliIo } from "../io";
import { reportDiagnostics, visible } from "../streams";
import { usageError } from "../usage";

interface ValidateOptions {
  env?: string;
  format: string;
  ignore: string[];
  strict?: boolean;
}

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command("validate")
    .description("check a declaration set offline: schema, REST constraints, references, uniqueness, secrets and policies")
    .argument("[path]", "directory holding apim.yaml/apim.json, or a declaration file", ".")
    .option("--env <name>", "apply the overlay environments/<name>.yaml first")
    .option("--format <format>", "output format: text or json", "text")
    .option("--ignore <codes>", "preflight rule codes to silence, comma-separated (e.g. APIMC503,APIMC507)", collectCodes, [])
    .option("--strict", "treat every warning as an error (exit 1): policy, declaration and preflight warnings alike")
    .addHelpText("after", "\nExamples:\n  apimc validate examples/contoso\n  apimc validate apim/ --env prod --format json\n  apimc validate apim/ --strict --ignore APIMC507\n")
    .action(async (target: string, opts: ValidateOptions) => {
      const format = opts.format;
      if (format !== "text" && format !== "json") {
        usageError(io, "validate", `unknown --format \`${format}\`; use \`text\` or \`json\``);
        return;
      }
      const { loaded, diagnostics } = await checkDeclarations(target, { env: opts.env, ignore: opts.ignore, strict: opts.strict, compileChecks: true });
      const failed = hasErrors(diagnostics);
      if (format === "json") {
        io.out(renderDiagnostics(visible(io, diagnostics), "json", io.cwd));
      } else {
        // Diagnostics on stderr, the verdict on stdout.
        reportDiagnostics(io, diagnostics);
        if (!failed) io.out(`ok: ${countResources(loaded)} resources checked in ${loaded.files.length} file${loaded.files.length === 1 ? "" : "s"}${opts.env ? ` (env ${opts.env})` : ""}\n`);
      }
      io.exitCode = failed ? EXIT_INVALID : EXIT_OK;
    });
}
