import type { Command } from "commander";
import type { CliIo } from "../io";

// Placeholder until the command lands; replaced by its owner.
export function registerValidate(program: Command, io: CliIo): void {
  program.command("validate").description("(not available yet)").action(() => {
    io.err("apimc validate: not available yet\n");
    io.exitCode = 3;
  });
}
