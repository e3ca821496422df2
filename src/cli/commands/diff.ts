/**
 * `apimc diff BEFORE AFTER [--env NAME] [--format text|markdown|json]`: load,
 * validate and model both declaration sets, then print the plan between them.
 * Exit 0 no changes, 2 changes, 1 invalid input on either side.
 */
import type { Command } from "commander";
import { hasErrors, type Diagnostic, type SourceLocation } from "../../core/diagnostic";
import { UserError } from "../../core/errors";
import { plan } from "../../diff";
import type { Plan } from "../../diff";
import { loadDeclarations } from "../../load";
import { buildModel } from "../../model";
import type { Model } from "../../model";
import { PLAN_FORMATS, renderPlan, type PlanFormat } from "../../report/plan";
import { displayPath } from "../../report/diagnostics";
import { EXIT_CHANGES, EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { validateDeclarations } from "../../validate";
import { planSnapshots } from "../../diff";
import type { CliIo } from "../io";
import { usageError } from "../usage";
import { readSnapshot, snapshotFileOf } from "../snapshot-input";

export interface PlanCommandOptions {
  env?: string;
  format: string;
}

/** The --format value, or undefined after printing a usage error (exit 1). */
export function planFormat(io: CliIo, command: string, value: string): PlanFormat | undefined {
  if ((PLAN_FORMATS as readonly string[]).includes(value)) return value as PlanFormat;
  usageError(io, command, `unknown --format \`${value}\`; use ${PLAN_FORMATS.map((f) => `\`${f}\``).join(", ")}`);
  return undefined;
}

/** Load, validate and model one declaration set; errors come back as diagnostics, never thrown. */
export async function modelOf(target: string, env: string | undefined): Promise<{ model?: Model; diagnostics: Diagnostic[]; locate?: (pointer: string) => SourceLocation }> {
  const loaded = await loadDeclarations(target, { env });
  const diagnostics = validateDeclarations(loaded);
  if (hasErrors(diagnostics)) return { diagnostics };
  const built = buildModel(loaded);
  const all = [...diagnostics, ...built.diagnostics];
  if (!built.model || hasErrors(all)) return { diagnostics: all };
  return { model: built.model, diagnostics: all, locate: (pointer) => loaded.sourceMap.locate(pointer) };
}

/** `file:line:col` of a pointer in a loaded declaration set, as diagnostics print it (relative to the working directory). */
export function whereIn(io: CliIo, locate: ((pointer: string) => SourceLocation) | undefined): ((pointer: string) => string) | undefined {
  if (!locate) return undefined;
  return (pointer) => {
    const at = locate(pointer);
    return `${displayPath(at.file, io.cwd)}:${at.line}:${at.col}`;
  };
}

/** Prints the plan and sets the exit code: 2 when something changes, else 0. */
export function printPlan(io: CliIo, p: Plan, format: PlanFormat, pruneHint?: string): void {
  const color = format === "text" && io.isTTY && !process.env.NO_COLOR;
  io.out(renderPlan(p, format, { color, pruneHint }));
  io.exitCode = p.changes.length ? EXIT_CHANGES : EXIT_OK;
}

export function registerDiff(program: Command, io: CliIo): void {
  program
    .command("diff")
    .description("preview what changes between two declaration sets (e.g. the base branch and a pull request)")
    .argument("<before>", "declaration directory or file of the current state (e.g. a checkout of the base branch), or a gateway snapshot.json / bundle directory")
    .argument("<after>", "declaration directory or file of the wanted state, or a gateway snapshot.json / bundle directory")
    .option("--env <name>", "apply the overlay environments/<name>.yaml on both sides first")
    .option("--format <format>", "output format: text, markdown or json", "text")
    .addHelpText(
      "after",
      "\nExit codes: 0 no changes, 2 changes, 1 invalid input, 3 internal error.\n\nExamples:\n  apimc diff base/apim apim\n  apimc diff base/apim apim --env prod --format markdown > plan.md\n  apimc diff build/gw-main/snapshot.json build/gw/snapshot.json\n",
    )
    .action(async (beforePath: string, afterPath: string, opts: PlanCommandOptions) => {
      const format = planFormat(io, "diff", opts.format);
      if (!format) return;
      const snapshots = [snapshotFileOf(beforePath), snapshotFileOf(afterPath)];
      if (snapshots[0] && snapshots[1]) {
        printPlan(io, planSnapshots(readSnapshot(snapshots[0]), readSnapshot(snapshots[1])), format);
        return;
      }
      if (snapshots[0] || snapshots[1]) {
        io.err(`apimc diff: ${snapshots[0] ?? snapshots[1]} is a gateway snapshot but the other side is not; compare two snapshots or two declaration sets\n`);
        io.exitCode = EXIT_INVALID;
        return;
      }
      const [before, after] = await Promise.all([modelOf(beforePath, opts.env), modelOf(afterPath, opts.env)]);
      if (!before.model || !after.model) {
        throw new UserError([...before.diagnostics, ...after.diagnostics].filter((d) => d.severity === "error"));
      }
      printPlan(io, plan(before.model, after.model, { where: whereIn(io, after.locate) }), format);
    });
}
