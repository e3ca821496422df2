/** `apimc compile --target gateway`: load -> validate -> model -> gateway bundle -> atomic write. */
import * as path from "node:path";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../../core/diagnostic";
import { compileGatewayBundle } from "../../emit/gateway";
import { loadDeclarations } from "../../load";
import { buildModel } from "../../model";
import { renderDiagnostics } from "../../report/diagnostics";
import { EXIT_INVALID, EXIT_OK } from "../../report/exit-codes";
import { validateDeclarations } from "../../validate";
import { writeOutputAtomically } from "../atomic-output";
import type { CliIo } from "../io";
import { reportDiagnostics } from "../streams";

export interface CompileGatewayOptions {
  out: string;
  env?: string;
  gateway?: string;
  selfHostedOnly?: boolean;
  backup?: boolean;
  format?: string;
  ignore?: string[];
  strict?: boolean;
}

export async function runCompileGateway(target: string, opts: CompileGatewayOptions, io: CliIo): Promise<void> {
  const format = opts.format ?? "text";
  const loaded = await loadDeclarations(target, { env: opts.env });
  // --strict: a warning of the declarations or their policies blocks the bundle, as in validate.
  const strictly = (ds: Diagnostic[]): Diagnostic[] => (opts.strict ? ds.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d)) : ds);
  let diagnostics = strictly(validateDeclarations(loaded));
  const fail = () => {
    if (format === "json") io.out(renderDiagnostics(diagnostics, "json", io.cwd));
    else reportDiagnostics(io, diagnostics);
    io.exitCode = EXIT_INVALID;
  };
  if (hasErrors(diagnostics)) return fail();

  const built = buildModel(loaded);
  diagnostics = sortDiagnostics([...diagnostics, ...strictly(built.diagnostics)]);
  if (!built.model || hasErrors(diagnostics)) return fail();
  const locate = (p: string) => loaded.sourceMap.locate(p);
  const bundle = compileGatewayBundle(built.model, {
    gateway: opts.gateway,
    selfHostedOnly: opts.selfHostedOnly,
    backup: opts.backup,
    ignore: opts.ignore,
    strict: opts.strict,
    locate,
    // Bundle files name sources relative to the declaration root, so the bundle is the same from any working directory.
    displayFile: (f) => path.relative(path.dirname(path.resolve(io.cwd, loaded.rootFile)), path.resolve(io.cwd, f)).split(path.sep).join("/"),
  });
  diagnostics = sortDiagnostics([...diagnostics, ...bundle.diagnostics]);
  if (hasErrors(diagnostics)) return fail();
  if (opts.strict) {
    // --strict: a preflight warning blocks the bundle like an error would, so CI can gate on it.
    const root = path.dirname(path.resolve(io.cwd, loaded.rootFile));
    const blocking = bundle.preflight
      .filter((f) => f.severity !== "info")
      .map(({ section: _section, ...d }) => ({ ...d, severity: "error" as const, file: d.file ? path.resolve(root, d.file) : d.file }));
    if (blocking.length) {
      diagnostics = sortDiagnostics([...diagnostics, ...blocking]);
      return fail();
    }
  }

  writeOutputAtomically(opts.out, bundle.files, { executable: ["docker/run.sh", "arm/deploy.sh"], cwd: io.cwd });
  const count = (s: string) => bundle.preflight.filter((f) => f.severity === s).length;
  if (format === "json") {
    io.out(bundle.files["preflight.json"]);
  } else {
    reportDiagnostics(io, diagnostics);
    const resources = Object.values(bundle.summary).reduce((a, b) => a + b, 0);
    io.out(
      `compiled gateway bundle for '${bundle.gateway}' in ${opts.out}${opts.env ? ` (env ${opts.env})` : ""}: ` +
        `${bundle.operations} operation${bundle.operations === 1 ? "" : "s"} in snapshot.json, ${resources} ARM resources, ` +
        `preflight ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} note(s) (see ${path.join(opts.out, "preflight.md")})\n`,
    );
  }
  io.exitCode = EXIT_OK;
}
