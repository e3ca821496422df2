/**
 * `apimc extract --subscription ID --resource-group RG --service NAME --out DIR`:
 * read a live (brownfield) instance and write a declaration set that
 * `apimc validate` accepts and `apimc plan --live` shows as "No changes".
 * Secret values are never read: secret named values become deploy-time
 * parameters, listed for the user to supply.
 */
import type { Command } from "commander";
import { emitDeclarations, type ExtractedParameter } from "../../emit/declarations";
import { resourceKind, type Model } from "../../model";
import { EXIT_INTERNAL, EXIT_OK } from "../../report/exit-codes";
import { writeOutputAtomically } from "../atomic-output";
import { authenticationFailureMessage, isAuthenticationFailure } from "../auth-failure";
import type { CliIo } from "../io";
import { debugStack } from "../streams";
import { usageError } from "../usage";

interface ExtractOptions {
  subscription: string;
  resourceGroup: string;
  service: string;
  out: string;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split(/\r?\n/)[0];
}

/** `12 resources: 2 apis, 5 operations, ...`, kinds in name order. */
function summaryOf(model: Model): string {
  const counts = new Map<string, number>();
  for (const id of model.graph.nodes) {
    const kind = resourceKind(id);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const kinds = [...counts.keys()].sort().map((k) => `${counts.get(k)} ${k}`);
  return `${model.graph.nodes.length} resources${kinds.length ? `: ${kinds.join(", ")}` : ""}`;
}

/** `named value billing-token`, `certificate legacy-root: password`: what a parameter supplies, never its value. */
function usedBy(p: ExtractedParameter): string {
  if (p.namedValue !== undefined) return `named value ${p.namedValue}`;
  const [section, ...name] = p.resource.split("/");
  return `${resourceKind(p.resource)} ${name.join("/") || section}: ${p.property}`;
}

export function registerExtract(program: Command, io: CliIo): void {
  program
    .command("extract")
    .description("write the declarations of a live APIM instance (bring an existing instance into git)")
    .requiredOption("--subscription <id>", "Azure subscription id of the instance")
    .requiredOption("--resource-group <name>", "resource group of the instance")
    .requiredOption("--service <name>", "APIM service name")
    .requiredOption("--out <dir>", "directory to write apim.yaml and policies/ into (replaced as a whole)")
    .addHelpText(
      "after",
      "\nSecret named values and other secrets (certificate data, client secrets, cache connection strings) are written as `fromParameter: <name>` and listed; their values are never read.\nAzure access: DefaultAzureCredential, or APIMC_CREDENTIAL / APIMC_ARM_ENDPOINT / APIMC_CA_FILE.\nExit codes: 0 written, 1 invalid input, 3 internal or Azure error.\n\nExample:\n  apimc extract --subscription <id> --resource-group rg --service contoso --out apim\n",
    )
    .action(async (opts: ExtractOptions) => {
      if (!GUID.test(opts.subscription)) {
        usageError(io, "extract", `subscription id \`${opts.subscription}\` is not a GUID; pass the subscription's id (az account show --query id), not its name`);
        return;
      }
      // Loaded here, not at the top: the Azure SDK is slow to load.
      const { readLiveModel } = require("../../state") as typeof import("../../state");
      let live;
      try {
        live = await readLiveModel({ subscriptionId: opts.subscription, resourceGroup: opts.resourceGroup, serviceName: opts.service });
      } catch (e) {
        if (isAuthenticationFailure(e)) io.err(authenticationFailureMessage("extract", oneLine(e)));
        else io.err(`apimc extract: cannot read ${opts.service} in ${opts.resourceGroup}: ${oneLine(e)}\n`);
        debugStack(io, e);
        io.exitCode = EXIT_INTERNAL;
        return;
      }
      const emitted = emitDeclarations(live.model);
      writeOutputAtomically(opts.out, emitted.files, { cwd: io.cwd });
      io.out(`extracted ${summaryOf(live.model)} into ${opts.out}\n`);
      if (emitted.parameters.length) {
        io.out(`\nSecrets were not read; supply their values as deploy-time parameters:\n`);
        for (const p of emitted.parameters) io.out(`    ${p.parameter}  (${usedBy(p)})\n`);
      }
      if (live.unmanaged.length) {
        io.out(`\nNot extracted (revisions of an API that has no current revision):\n`);
        for (const id of live.unmanaged) io.out(`    ${id}\n`);
      }
      io.exitCode = EXIT_OK;
    });
}
