/** The runtime's commands, `apimc test` and `apimc serve`, registered together. */
import type { Command } from "commander";
import type { CliIo } from "../io";
import { registerServe } from "./serve";
import { registerTest } from "./test";

export function registerRuntime(program: Command, io: CliIo): void {
  registerTest(program, io);
  registerServe(program, io);
}
