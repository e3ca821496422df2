import type { Command } from "commander";
import type { CliIo } from "../io";

// Placeholder until the command lands; replaced by its owner.
export function registerPlan(program: Command, io: CliIo): void {
  program.command("plan").description("(not available yet)").action(() => {
    io.err("apimc plan: not available yet\n");
    io.exitCode = 3;
  });
}
