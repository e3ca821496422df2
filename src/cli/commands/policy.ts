/** `apimc policy fmt|lint FILE...`: canonical formatting and the policy rules for standalone policy files. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { hasErrors, makeDiagnostic, type Diagnostic } from "../../core/diagnostic";
import { lintPolicy, parsePolicy, printPolicy, POLICY_CODES, type PolicyScope } from "../../policy";
import { displayPath, renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import type { CliIo } from "../io";

const SCOPES: readonly PolicyScope[] = ["global", "product", "api", "operation", "fragment"];

interface FmtOptions {
  check?: boolean;
  write?: boolean;
}

interface LintOptions {
  scope?: string;
  format: string;
  namedValues?: string;
  backends?: string;
  fragments?: string;
}

export function registerPolicy(program: Command, io: CliIo): void {
  const policy = program.command("policy").description("format and lint APIM policy XML files");

  policy
    .command("fmt")
    .description("print policies in the canonical form (4-space indent, expressions byte-for-byte)")
    .argument("<files...>", "policy XML files")
    .option("--check", "print nothing; exit 1 and list the files that are not canonical")
    .option("--write", "rewrite the files in place")
    .addHelpText("after", "\nExamples:\n  apimc policy fmt policies/orders.xml\n  apimc policy fmt policies/*.xml --check\n  apimc policy fmt policies/*.xml --write\n")
    .action((files: string[], opts: FmtOptions) => {
      const problems: Diagnostic[] = [];
      const notCanonical: string[] = [];
      for (const file of files) {
        const text = read(io, file, problems);
        if (text === undefined) continue;
        const { document, diagnostics } = parsePolicy(text, { file });
        problems.push(...diagnostics);
        if (!document) continue;
        const canonical = printPolicy(document);
        if (opts.check) {
          if (canonical !== text) notCanonical.push(file);
        } else if (opts.write) {
          if (canonical !== text) {
            const failure = writeAtomically(path.resolve(io.cwd, file), canonical);
            if (failure) {
              problems.push(makeDiagnostic(POLICY_CODES.unreadableFile, "error", `The policy file cannot be rewritten (${failure}); it was left as it was.`, { file, line: 0, col: 0 }, "", "Make the file and its folder writable, or run without --write to print the canonical form."));
            }
          }
        } else io.out(canonical);
      }
      if (problems.length) io.err(renderDiagnostics(problems, "text", io.cwd));
      for (const file of notCanonical) io.out(`not canonical: ${displayPath(file, io.cwd)}\n`);
      if (notCanonical.length) io.out(`${notCanonical.length} file${notCanonical.length === 1 ? "" : "s"} would be reformatted (run with --write)\n`);
      io.exitCode = hasErrors(problems) || notCanonical.length ? EXIT_INVALID : EXIT_OK;
    });

  policy
    .command("lint")
    .description("check policies: sections, scopes, <base />, fragments, set-backend-service, references")
    .argument("<files...>", "policy XML files")
    .option("--scope <scope>", "global, product, api, operation or fragment (default: fragment for <fragment>, else api)")
    .option("--format <format>", "output format: text or json", "text")
    .option("--named-values <names>", "comma-separated displayNames of the declared named values; unknown {{names}} become errors")
    .option("--backends <ids>", "comma-separated declared backend ids; unknown backend-id becomes an error")
    .option("--fragments <ids>", "comma-separated declared fragment ids; unknown fragment-id becomes an error")
    .addHelpText("after", "\nExamples:\n  apimc policy lint policies/orders.xml\n  apimc policy lint policies/global.xml --scope global\n  apimc policy lint api.xml --backends orders,billing --named-values api-key\n")
    .action((files: string[], opts: LintOptions) => {
      if (opts.format !== "text" && opts.format !== "json") {
        io.err(`apimc policy lint: unknown --format \`${opts.format}\`; use \`text\` or \`json\`\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      if (opts.scope !== undefined && !(SCOPES as readonly string[]).includes(opts.scope)) {
        io.err(`apimc policy lint: unknown --scope \`${opts.scope}\`; use one of ${SCOPES.join(", ")}\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      const all: Diagnostic[] = [];
      for (const file of files) {
        const text = read(io, file, all);
        if (text === undefined) continue;
        const { document, diagnostics } = parsePolicy(text, { file });
        all.push(...diagnostics);
        if (!document) continue;
        const scope = (opts.scope as PolicyScope | undefined) ?? (document.root.name === "fragment" ? "fragment" : "api");
        all.push(...lintPolicy(document, { scope, namedValues: names(opts.namedValues), backends: names(opts.backends), fragments: names(opts.fragments) }));
      }
      io.out(renderDiagnostics(all, opts.format, io.cwd));
      io.exitCode = hasErrors(all) ? EXIT_INVALID : EXIT_OK;
    });
}

function names(list: string | undefined): Set<string> | undefined {
  if (list === undefined) return undefined;
  return new Set(list.split(",").map((s) => s.trim()).filter((s) => s !== ""));
}

function read(io: CliIo, file: string, problems: Diagnostic[]): string | undefined {
  try {
    return fs.readFileSync(path.resolve(io.cwd, file), "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : `cannot be read (${(e as Error).message})`;
    problems.push(makeDiagnostic(POLICY_CODES.unreadableFile, "error", `The policy file ${reason}.`, { file, line: 0, col: 0 }, "", "Check the path."));
    return undefined;
  }
}

/** Write beside the file, then rename: a crash never leaves a half-written policy. Returns why it failed, if it did. */
function writeAtomically(target: string, text: string): string | undefined {
  const tmp = `${target}.apimc-${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, text, { mode: fs.statSync(target).mode & 0o777 });
    fs.renameSync(tmp, target);
    return undefined;
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // The temporary file was never created (e.g. its name is too long); the first error is the one to report.
    }
    return (e as Error).message.replace(/^[A-Z]+: /, "");
  }
}
