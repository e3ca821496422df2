/** `apimc test [PATH...] [--env NAME] [--format text|json|junit]`: run *.apimc-test.yaml files against the declarations. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { glob } from "tinyglobby";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../../core/diagnostic";
import { renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { loadGateway, parseTestFile, renderTestResults, runTestFile, type TestFormat, type TestResult } from "../../runtime";
import { checkDeclarations } from "../check-declarations";
import type { CliIo } from "../io";

interface TestOptions {
  env?: string;
  format: string;
}

const ROOTS = ["apim.yaml", "apim.yml", "apim.json"];

export function registerTest(program: Command, io: CliIo): void {
  program
    .command("test")
    .description("run policy tests (*.apimc-test.yaml) locally against the declarations: routing, effective policies, backends, pools and breakers")
    .argument("[paths...]", "declaration directories (tests found under them) or test files", ["."])
    .option("--env <name>", "apply the overlay environments/<name>.yaml first")
    .option("--format <format>", "output format: text, json or junit", "text")
    .addHelpText("after", "\nExamples:\n  apimc test examples/contoso\n  apimc test apim/tests/orders.apimc-test.yaml --format junit > junit.xml\n")
    .action(async (paths: string[], opts: TestOptions) => {
      const format = opts.format as TestFormat;
      if (!["text", "json", "junit"].includes(format)) {
        io.err(`apimc test: unknown --format \`${opts.format}\`; use \`text\`, \`json\` or \`junit\`\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      io.exitCode = await runTests(paths.length ? paths : ["."], opts.env, format, io);
    });
}

/** Groups the given paths by declaration root (the nearest folder holding apim.yaml). */
async function collect(paths: string[], cwd: string): Promise<Map<string, string[]> | string> {
  const byRoot = new Map<string, string[]>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (!fs.existsSync(abs)) return `apimc test: \`${p}\` does not exist\n`;
    if (fs.statSync(abs).isDirectory()) {
      const root = findRoot(abs);
      if (!root) return `apimc test: no apim.yaml in \`${p}\` or above it\n`;
      const files = (await glob(["**/*.apimc-test.yaml", "**/*.apimc-test.yml"], { cwd: abs, absolute: true, ignore: ["**/node_modules/**"] })).sort();
      byRoot.set(root, [...(byRoot.get(root) ?? []), ...files]);
    } else {
      const root = findRoot(path.dirname(abs));
      if (!root) return `apimc test: no apim.yaml found above \`${p}\`\n`;
      byRoot.set(root, [...(byRoot.get(root) ?? []), abs]);
    }
  }
  return byRoot;
}

function findRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (ROOTS.some((r) => fs.existsSync(path.join(d, r)))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

async function runTests(paths: string[], env: string | undefined, format: TestFormat, io: CliIo): Promise<number> {
  const groups = await collect(paths, io.cwd);
  if (typeof groups === "string") {
    io.err(groups);
    return EXIT_INVALID;
  }
  const diagnostics: Diagnostic[] = [];
  const results: TestResult[] = [];
  let files = 0;
  for (const [root, testFiles] of groups) {
    // Absolute, so the loader does not depend on the process's working directory; output paths are made relative to io.cwd.
    const checked = await checkDeclarations(root, { env, preflight: false });
    if (!checked.model) {
      diagnostics.push(...checked.diagnostics);
      continue;
    }
    const gw = loadGateway(checked.model);
    diagnostics.push(...gw.diagnostics);
    for (const f of [...new Set(testFiles)]) {
      files++;
      const relFile = path.relative(io.cwd, f);
      const parsed = parseTestFile(relFile, fs.readFileSync(f, "utf8"), checked.model);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.test) results.push(...(await runTestFile(gw, { ...parsed.test, file: f })));
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  if (sorted.length) io.err(renderDiagnostics(sorted, "text", io.cwd));
  if (files === 0 && !hasErrors(sorted)) {
    io.err("apimc test: no *.apimc-test.yaml files found\n");
    return EXIT_INVALID;
  }
  io.out(renderTestResults(results, format, io.cwd));
  return hasErrors(sorted) || results.some((r) => !r.passed) ? EXIT_INVALID : EXIT_OK;
}
