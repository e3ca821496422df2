/** `apimc serve [PATH] [--env NAME] [--port N] [--backends live|mock:FILE] [--with FILE]`: the runtime as a local gateway. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { hasErrors } from "../../core/diagnostic";
import { renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { loadGateway, parseTestFile, type TestFile } from "../../runtime";
import { startServer, type RunningServer } from "../../runtime/serve";
import { checkDeclarations } from "../check-declarations";
import type { CliIo } from "../io";

interface ServeCliOptions {
  env?: string;
  port: string;
  backends: string;
  with?: string;
}

const running = new Set<RunningServer>();

/** Stops every server `apimc serve` started in this process (tests call it). */
export async function stopServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.close()));
  running.clear();
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("run the declarations as a local gateway on 127.0.0.1 (live backends or a test file's mocks), printing each request")
    .argument("[path]", "directory holding apim.yaml", ".")
    .option("--env <name>", "apply the overlay environments/<name>.yaml first")
    .option("--port <n>", "port on 127.0.0.1 (0 picks a free one)", "8080")
    .option("--backends <mode>", "`live` (forward to the backends' URLs) or `mock:FILE` (answer from a test file's backends)", "live")
    .option("--with <file>", "a test file whose namedValues and subscriptions to use (with --backends live)")
    .addHelpText("after", "\nExamples:\n  apimc serve examples/contoso --backends mock:examples/contoso/tests/orders.apimc-test.yaml\n  apimc serve apim/ --env dev --port 9000 --with apim/tests/keys.apimc-test.yaml\n")
    .action(async (target: string, opts: ServeCliOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`apimc serve: --port must be a number from 0 to 65535, not \`${opts.port}\`\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      const mode = opts.backends;
      if (mode !== "live" && !mode.startsWith("mock:")) {
        io.err(`apimc serve: --backends must be \`live\` or \`mock:FILE\`, not \`${mode}\`\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      const checked = await checkDeclarations(path.resolve(io.cwd, target), { env: opts.env, preflight: false });
      if (!checked.model) {
        io.err(renderDiagnostics(checked.diagnostics, "text", io.cwd));
        io.exitCode = EXIT_INVALID;
        return;
      }
      const gw = loadGateway(checked.model);
      if (gw.diagnostics.length) io.err(renderDiagnostics(gw.diagnostics, "text", io.cwd));
      if (hasErrors(gw.diagnostics)) {
        io.exitCode = EXIT_INVALID;
        return;
      }
      const read = (file: string): TestFile | undefined => {
        const abs = path.resolve(io.cwd, file);
        if (!fs.existsSync(abs)) {
          io.err(`apimc serve: \`${file}\` does not exist\n`);
          return undefined;
        }
        const parsed = parseTestFile(file, fs.readFileSync(abs, "utf8"), checked.model!);
        if (parsed.diagnostics.length) io.err(renderDiagnostics(parsed.diagnostics, "text", io.cwd));
        return parsed.test;
      };
      const mocks = mode === "live" ? "live" : read(mode.slice(5));
      const values = opts.with ? read(opts.with) : undefined;
      if (!mocks || (opts.with && !values)) {
        io.exitCode = EXIT_INVALID;
        return;
      }
      let server: RunningServer;
      try {
        server = await startServer(gw, { port, backends: mocks, namedValues: values?.namedValues, subscriptions: values?.subscriptions, parameters: values?.parameters, log: (line) => io.out(`${line}\n`) });
      } catch (e) {
        io.err(`apimc serve: cannot listen on 127.0.0.1:${port}: ${(e as Error).message}\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      running.add(server);
      io.out(`apimc serve: ${Object.keys(checked.model.apis).length} APIs on ${server.url} (backends: ${mode}); Ctrl-C to stop\n`);
      io.exitCode = EXIT_OK;
    });
}
