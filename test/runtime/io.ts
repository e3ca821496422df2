/**
 * An in-memory CliIo for running `main(argv, io)` in-process.
 *
 * src/cli/main.ts reads its version from `../../../package.json`, a path
 * that is right for dist/ but points one level above the repo from src/.
 * Both that path and `../../../package.json` from this folder are the same
 * file, so tests that import main from src register it (virtually) with the
 * real version: `jest.mock(VERSION_MODULE_PATH, versionModule, { virtual: true })`
 * at the top of the test file (jest hoists it above the imports).
 */
import type { CliIo } from "../../src/cli/io";

export interface MemoryIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function memoryIo(cwd: string): MemoryIo {
  const io: MemoryIo = {
    stdout: "",
    stderr: "",
    out: (t) => {
      io.stdout += t;
    },
    err: (t) => {
      io.stderr += t;
    },
    cwd,
    isTTY: false,
    debug: false,
    exitCode: 0,
  };
  return io;
}

