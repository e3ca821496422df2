/** `apimc compile [PATH] --target arm|gateway --out DIR`: argument parsing only; each target has its own module. */
import type { Command } from "commander";
import { collectCodes } from "../check-declarations";
import type { CliIo } from "../io";
import { usageError } from "../usage";
import { runCompileArm } from "./compile-arm";
import { runCompileGateway } from "./compile-gateway";

interface CompileOptions {
  target: string;
  out?: string;
  env?: string;
  gateway?: string;
  selfHostedOnly?: boolean;
  backup?: boolean;
  format: string;
  ignore: string[];
  strict?: boolean;
}

export function registerCompile(program: Command, io: CliIo): void {
  program
    .command("compile")
    .description("compile a declaration set to an ARM template (--target arm) or a self-hosted gateway bundle (--target gateway)")
    .argument("[path]", "directory holding apim.yaml/apim.json, or a declaration file", ".")
    .option("--target <target>", "arm or gateway", "arm")
    .option("--out <dir>", "output directory (replaced as a whole, atomically)")
    .option("--env <name>", "apply the overlay environments/<name>.yaml first")
    .option("--gateway <name>", "gateway target: the self-hosted gateway to build the bundle for")
    .option("--self-hosted-only", "gateway target: only the self-hosted gateway's resources")
    .option("--backup", "gateway target: mount a config backup volume at /apim/config")
    .option("--format <format>", "diagnostics format: text or json", "text")
    .option("--ignore <codes>", "preflight rule codes to silence, comma-separated", collectCodes, [])
    .option("--strict", "treat every warning as an error: declaration, policy and preflight warnings alike")
    .addHelpText(
      "after",
      "\nExamples:\n  apimc compile examples/contoso --target arm --out build/arm\n  apimc compile examples/contoso --target arm --out build/arm --env prod\n  apimc compile examples/contoso --target gateway --gateway onprem --out build/gw\n",
    )
    .action(async (target: string, opts: CompileOptions) => {
      if (opts.format !== "text" && opts.format !== "json") {
        usageError(io, "compile", `unknown --format \`${opts.format}\`; use \`text\` or \`json\``);
        return;
      }
      if (!opts.out) {
        usageError(io, "compile", "--out DIR is required (for example --out build/arm)");
        return;
      }
      if (opts.target === "arm") {
        await runCompileArm(target, { out: opts.out, env: opts.env, format: opts.format, ignore: opts.ignore, strict: opts.strict }, io);
      } else if (opts.target === "gateway") {
        await runCompileGateway(
          target,
          { out: opts.out, env: opts.env, gateway: opts.gateway, selfHostedOnly: opts.selfHostedOnly, backup: opts.backup, format: opts.format, ignore: opts.ignore, strict: opts.strict },
          io,
        );
      } else {
        usageError(io, "compile", `unknown --target \`${opts.target}\`; use \`arm\` or \`gateway\``);
      }
    });
}
