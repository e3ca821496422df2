/**
 * Runs the apimc CLI for tests. `runCli` calls `main(argv, io)` in-process with captured
 * streams (fast, and it always tests the current src/); `runBinary` spawns bin/apimc.js for the
 * few end-to-end smoke tests that must prove the shipped binary works.
 *
 * `main` resolves relative paths against the process's working directory and reads Azure
 * settings from process.env, so an in-process run switches both for its duration and restores
 * them after; runs are queued one at a time so two runs never see each other's directory.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

export interface CliRun {
  /** Exit code main() returned (the binary's exit status). */
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Variables set for this run only; undefined removes one. */
  env?: Record<string, string | undefined>;
}

export const repoRoot = path.resolve(__dirname, "../..");

let queue: Promise<unknown> = Promise.resolve();

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  const run = queue.then(() => runNow(args, opts));
  queue = run.catch(() => undefined);
  return run;
}

async function runNow(args: string[], opts: CliOptions): Promise<CliRun> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const savedCwd = process.cwd();
  const savedEnv: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    savedEnv[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    cwd,
    isTTY: false,
    debug: false,
    exitCode: 0,
  };
  process.chdir(cwd);
  try {
    const status = await main(["node", "apimc", ...args], io);
    return { status, stdout, stderr };
  } finally {
    process.chdir(savedCwd);
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Spawns the built binary (dist/): only for end-to-end smoke tests of the shipped entry point. */
export function runBinary(args: string[], opts: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(repoRoot, "bin/apimc.js"), ...args], {
    cwd: opts.cwd ?? repoRoot,
    encoding: "utf8",
    env: Object.fromEntries(Object.entries({ ...process.env, ...opts.env }).filter(([, v]) => v !== undefined)),
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
