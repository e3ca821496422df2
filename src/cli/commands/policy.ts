import type { Command } from "commander";
import type { CliIo } from "../io";

// Placeholder until the command lands; replaced by its owner.
export function registerPolicy(program: Command, io: CliIo): void {
  program.command("policy").description("(not available yet)").action(() => {
    io.err("apimc policy: not available yet\n");
    io.exitCode = 3;
  });
}
