/** `apimc compile --target arm`: load -> validate -> model -> emit -> atomic write. */
import { hasErrors, sortDiagnostics } from "../../core/diagnostic";
import { emitArm } from "../../emit/arm";
import { loadDeclarations } from "../../load";
import { buildModel } from "../../model";
import { renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { validateDeclarations } from "../../validate";
import { writeOutputAtomically } from "../atomic-output";
import type { CliIo } from "../io";

export interface CompileArmOptions {
  out: string;
  env?: string;
  format?: string;
}

export async function runCompileArm(target: string, opts: CompileArmOptions, io: CliIo): Promise<void> {
  const format = opts.format ?? "text";
  const loaded = await loadDeclarations(target, { env: opts.env });
  let diagnostics = validateDeclarations(loaded);
  const fail = () => {
    if (format === "json") io.out(renderDiagnostics(diagnostics, "json", io.cwd));
    else io.err(renderDiagnostics(diagnostics, "text", io.cwd));
    io.exitCode = EXIT_INVALID;
  };
  if (hasErrors(diagnostics)) return fail();

  const built = buildModel(loaded);
  const emitted = built.model ? emitArm(built.model, { locate: (p) => loaded.sourceMap.locate(p) }) : undefined;
  diagnostics = sortDiagnostics([...diagnostics, ...built.diagnostics, ...(emitted?.diagnostics ?? [])]);
  if (!emitted || hasErrors(diagnostics)) return fail();

  writeOutputAtomically(opts.out, emitted.files, { executable: ["deploy.sh"], cwd: io.cwd });
  const total = Object.values(emitted.summary).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(emitted.summary).map(([k, n]) => `${n} ${k}`).join(", ");
  const templates = Object.keys(emitted.files).filter((f) => f.endsWith(".json") && !f.endsWith(".parameters.json") && f !== "deploy-order.json").length;
  if (format === "json") {
    io.out(JSON.stringify({ out: opts.out, files: Object.keys(emitted.files).sort(), summary: emitted.summary, diagnostics }, null, 2) + "\n");
  } else {
    if (diagnostics.length > 0) io.err(renderDiagnostics(diagnostics, "text", io.cwd));
    io.out(`compiled ${total} resources into ${templates} template${templates === 1 ? "" : "s"} in ${opts.out}${opts.env ? ` (env ${opts.env})` : ""}: ${kinds}\n`);
  }
  io.exitCode = EXIT_OK;
}
