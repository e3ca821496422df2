import type { Command } from "commander";
import type { CliIo } from "../io";

// Placeholder until the command lands; replaced by its owner.
export function registerCompile(program: Command, io: CliIo): void {
  program.command("compile").description("(not available yet)").action(() => {
    io.err("apimc compile: not available yet\n");
    io.exitCode = 3;
  });
}
