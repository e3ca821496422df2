/**
 * `apimc plan [PATH] --live --subscription ID --resource-group RG --service NAME`:
 * read the live instance and print what applying the declarations would
 * change. Live resources that are not declared are listed as unmanaged, and
 * planned as deletes only with --prune.
 */
import type { Command } from "commander";
import { UserError } from "../../core/errors";
import { plan } from "../../diff";
import { EXIT_INTERNAL } from "../../report/exit-codes";
import { authenticationFailureMessage, isAuthenticationFailure } from "../auth-failure";
import type { CliIo } from "../io";
import { debugStack } from "../streams";
import { usageError } from "../usage";
import { modelOf, planFormat, printPlan, whereIn, type PlanCommandOptions } from "./diff";

interface PlanOptions extends PlanCommandOptions {
  live?: boolean;
  subscription?: string;
  resourceGroup?: string;
  service?: string;
  prune?: boolean;
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split(/\r?\n/)[0];
}

export function registerPlan(program: Command, io: CliIo): void {
  program
    .command("plan")
    .description("preview what applying the declarations would change in a live APIM instance")
    .argument("[path]", "directory holding apim.yaml/apim.json, or a declaration file", ".")
    .option("--live", "compare against the live instance (required)")
    .option("--subscription <id>", "Azure subscription id of the instance (default: service.subscriptionId)")
    .option("--resource-group <name>", "resource group of the instance (default: service.resourceGroup)")
    .option("--service <name>", "APIM service name (default: service.name)")
    .option("--prune", "plan deletes for live resources that are not declared (default: list them as unmanaged)")
    .option("--env <name>", "apply the overlay environments/<name>.yaml first")
    .option("--format <format>", "output format: text, markdown or json", "text")
    .addHelpText(
      "after",
      "\nAzure access: DefaultAzureCredential, or APIMC_CREDENTIAL / APIMC_ARM_ENDPOINT / APIMC_CA_FILE.\nExit codes: 0 no changes, 2 changes, 1 invalid input, 3 internal or Azure error.\n\nExamples:\n  apimc plan apim --live --subscription <id> --resource-group rg --service contoso\n  apimc plan apim --live --subscription <id> --resource-group rg --service contoso --prune --format json\n",
    )
    .action(async (target: string, opts: PlanOptions) => {
      const format = planFormat(io, "plan", opts.format);
      if (!format) return;
      if (!opts.live) {
        usageError(io, "plan", "missing --live; plan compares declarations with a live instance (use `apimc diff` for two declaration sets)");
        return;
      }
      const declared = await modelOf(target, opts.env);
      if (!declared.model) throw new UserError(declared.diagnostics.filter((d) => d.severity === "error"));
      // The declarations' own service block is the default target; flags override it.
      const service = declared.model.service;
      const subscription = opts.subscription ?? service.subscriptionId;
      const resourceGroup = opts.resourceGroup ?? service.resourceGroup;
      const serviceName = opts.service ?? service.name;
      const missing = [
        subscription ? undefined : "--subscription (or service.subscriptionId)",
        resourceGroup ? undefined : "--resource-group (or service.resourceGroup)",
      ].filter((x): x is string => x !== undefined);
      if (missing.length) {
        usageError(io, "plan", `missing ${missing.join(", ")}; say which live instance to compare with`);
        return;
      }
      if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(subscription!)) {
        usageError(io, "plan", `subscription id \`${subscription}\` is not a GUID; pass the subscription's id (az account show --query id), not its name`);
        return;
      }
      // Loaded here, not at the top: the Azure SDK is slow to load and only plan --live needs it.
      const { readLiveModel } = require("../../state") as typeof import("../../state");
      let live;
      try {
        live = await readLiveModel({ subscriptionId: subscription!, resourceGroup: resourceGroup!, serviceName });
      } catch (e) {
        if (isAuthenticationFailure(e)) io.err(authenticationFailureMessage("plan", oneLine(e)));
        else io.err(`apimc plan: cannot read ${serviceName} in ${resourceGroup}: ${oneLine(e)}\n`);
        debugStack(io, e);
        io.exitCode = EXIT_INTERNAL;
        return;
      }
      const prune = Boolean(opts.prune);
      const p = plan(live.model, declared.model, { prune, where: whereIn(io, declared.locate) });
      if (live.unmanaged.length) p.unmanaged = [...(p.unmanaged ?? []), ...live.unmanaged].sort();
      printPlan(io, p, format, prune ? undefined : "use --prune to delete them");
    });
}
