import type { Command } from "commander";
import type { CliIo } from "../io";

// Placeholder until the command lands; replaced by its owner.
export function registerDiff(program: Command, io: CliIo): void {
  program.command("diff").description("(not available yet)").action(() => {
    io.err("apimc diff: not available yet\n");
    io.exitCode = 3;
  });
}
