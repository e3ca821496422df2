/** `apimc compile --target arm`: load -> validate -> model -> emit -> atomic write. */
import { hasErrors, sortDiagnostics } from "../../core/diagnostic";
import { emitArm } from "../../emit/arm";
import { renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { writeOutputAtomically } from "../atomic-output";
import { checkDeclarations } from "../check-declarations";
import type { CliIo } from "../io";
import { reportDiagnostics } from "../streams";

export interface CompileArmOptions {
  out: string;
  env?: string;
  format?: string;
  ignore?: string[];
  strict?: boolean;
}

export async function runCompileArm(target: string, opts: CompileArmOptions, io: CliIo): Promise<void> {
  const format = opts.format ?? "text";
  const checked = await checkDeclarations(target, { env: opts.env, ignore: opts.ignore, strict: opts.strict });
  const { loaded } = checked;
  let diagnostics = checked.diagnostics;
  const fail = () => {
    if (format === "json") io.out(renderDiagnostics(diagnostics, "json", io.cwd));
    else reportDiagnostics(io, diagnostics);
    io.exitCode = EXIT_INVALID;
  };
  if (hasErrors(diagnostics) || !checked.model) return fail();

  const emitted = emitArm(checked.model, { locate: (p) => loaded.sourceMap.locate(p) });
  diagnostics = sortDiagnostics([...diagnostics, ...emitted.diagnostics]);
  if (hasErrors(diagnostics)) return fail();

  writeOutputAtomically(opts.out, emitted.files, { executable: ["deploy.sh"], cwd: io.cwd });
  const total = Object.values(emitted.summary).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(emitted.summary).map(([k, n]) => `${n} ${k}`).join(", ");
  const templates = Object.keys(emitted.files).filter((f) => f.endsWith(".json") && !f.endsWith(".parameters.json") && f !== "deploy-order.json").length;
  if (format === "json") {
    io.out(JSON.stringify({ out: opts.out, files: Object.keys(emitted.files).sort(), summary: emitted.summary, diagnostics }, null, 2) + "\n");
  } else {
    reportDiagnostics(io, diagnostics);
    io.out(`compiled ${total} resources into ${templates} template${templates === 1 ? "" : "s"} in ${opts.out}${opts.env ? ` (env ${opts.env})` : ""}: ${kinds}\n`);
  }
  io.exitCode = EXIT_OK;
}
