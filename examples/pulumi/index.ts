// Deploys examples/contoso through ApimService. Run from the repository root with `pulumi up`
// (see docs/pulumi.md for the AZURE_* variables and the APIMC_* settings).
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ApimService } from "apimc/provider";

const config = new pulumi.Config();

const contoso = new ApimService("contoso", {
  declarations: path.resolve(__dirname, "../contoso"),
  env: config.get("env"),
  // contoso's `billing-token` named value says `fromParameter: billingToken`:
  // `pulumi config set --secret billingToken ...` supplies it, and it stays a Pulumi secret.
  // `subscriptions.acme.primaryKey: { fromParameter: acmePrimaryKey }` likewise; `fromKeyVault` sources (the OIDC
  // client secret, the cache's connection string) are read from Key Vault at deploy time and need no config.
  parameters: { billingToken: config.requireSecret("billingToken"), acmePrimaryKey: config.requireSecret("acmePrimaryKey") },
  service: {
    subscriptionId: config.require("subscriptionId"),
    resourceGroup: config.require("resourceGroup"),
    serviceName: config.get("serviceName"),
  },
});

export const armIds = contoso.armIds;
