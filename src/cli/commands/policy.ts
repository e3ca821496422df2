/** `apimc policy fmt|lint FILE...`: canonical formatting and the policy rules for standalone policy files. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { hasErrors, makeDiagnostic, type Diagnostic } from "../../core/diagnostic";
import { lintPolicy, parsePolicy, printPolicy, POLICY_CODES, type PolicyScope } from "../../policy";
import { displayPath, renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import type { CliIo } from "../io";
import { note, reportDiagnostics, visible } from "../streams";
import { usageError } from "../usage";

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
  certificates?: string;
}

export function registerPolicy(program: Command, io: CliIo): void {
  const policy = program.command("policy").description("format and lint APIM policy XML files");

  policy
    .command("fmt")
    .description("print policies in the canonical form (4-space indent, expressions byte-for-byte)")
    .argument("<files...>", "policy XML files")
    .option("--check", "print nothing; exit 1 and list the files that are not canonical")
    .option("--write", "rewrite the files in place and list the ones rewritten (not with --check)")
    .addHelpText("after", "\nExamples:\n  apimc policy fmt policies/orders.xml\n  apimc policy fmt policies/*.xml --check\n  apimc policy fmt policies/*.xml --write\n")
    .action((files: string[], opts: FmtOptions) => {
      if (opts.check && opts.write) {
        usageError(io, "policy fmt", "--check and --write cannot be used together: --check only reports, --write rewrites; pick one");
        return;
      }
      const problems: Diagnostic[] = [];
      const rewritten: string[] = [];
      const notCanonical: string[] = [];
      for (const file of files) {
        const text = read(io, file, problems);
        if (text === undefined) continue;
        const { document, diagnostics } = parsePolicy(text, { file });
        // fmt formats: what it can still parse it prints (an unbalanced expression stays byte-for-byte);
        // judging it is lint's and validate's job, so here such findings are warnings, not a failed run.
        problems.push(...(document ? diagnostics.map((d) => (d.severity === "error" ? { ...d, severity: "warning" as const } : d)) : diagnostics));
        if (!document) continue;
        const canonical = printPolicy(document);
        if (opts.check) {
          if (canonical !== text) notCanonical.push(file);
        } else if (opts.write) {
          if (canonical !== text) {
            const failure = writeAtomically(path.resolve(io.cwd, file), canonical);
            if (!failure) rewritten.push(file);
            else {
              problems.push(makeDiagnostic(POLICY_CODES.unreadableFile, "error", `The policy file cannot be rewritten (${failure}); it was left as it was.`, { file, line: 0, col: 0 }, "", "Make the file and its folder writable, or run without --write to print the canonical form."));
            }
          }
        } else io.out(canonical);
      }
      if (problems.length) io.err(renderDiagnostics(problems, "text", io.cwd));
      // --write says what it changed, so a pre-commit hook can re-stage exactly those files.
      for (const file of rewritten) io.out(`rewrote ${displayPath(file, io.cwd)}\n`);
      if (opts.write && !io.quiet) io.err(`${rewritten.length} file${rewritten.length === 1 ? "" : "s"} rewritten, ${files.length - rewritten.length} already canonical or unreadable\n`);
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
    .option("--certificates <ids>", "comma-separated declared certificate names; unknown certificate-id becomes an error")
    .addHelpText("after", "\nExamples:\n  apimc policy lint policies/orders.xml\n  apimc policy lint policies/global.xml --scope global\n  apimc policy lint api.xml --backends orders,billing --named-values api-key\n")
    .action((files: string[], opts: LintOptions) => {
      if (opts.format !== "text" && opts.format !== "json") {
        usageError(io, "policy lint", `unknown --format \`${opts.format}\`; use \`text\` or \`json\``);
        return;
      }
      if (opts.scope !== undefined && !(SCOPES as readonly string[]).includes(opts.scope)) {
        usageError(io, "policy lint", `unknown --scope \`${opts.scope}\`; use one of ${SCOPES.join(", ")}`);
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
        all.push(...lintPolicy(document, { scope, namedValues: names(opts.namedValues), backends: names(opts.backends), fragments: names(opts.fragments), certificates: names(opts.certificates) }));
      }
      if (opts.format === "json") io.out(renderDiagnostics(visible(io, all), "json", io.cwd));
      else {
        reportDiagnostics(io, all);
        if (!hasErrors(all)) io.out(`ok: ${files.length} polic${files.length === 1 ? "y" : "ies"} checked\n`);
      }
      const unchecked = [opts.namedValues === undefined ? "{{named values}}" : "", opts.backends === undefined ? "backend-id" : "", opts.fragments === undefined ? "fragment-id" : ""].filter(Boolean);
      if (unchecked.length) note(io, `references (${unchecked.join(", ")}) were not checked: pass ${["--named-values", "--backends", "--fragments"].filter((_, i) => [opts.namedValues, opts.backends, opts.fragments][i] === undefined).join(", ")} with the declared names, or run \`apimc validate\` on the declaration set`);
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
