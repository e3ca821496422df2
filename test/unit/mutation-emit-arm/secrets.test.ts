/**
 * Secrets in the ARM output (emitArm): a Key Vault named value becomes a securestring parameter whose
 * parameters-file entry is a Key Vault reference (with the pinned version), a parameter-sourced one a
 * prompted securestring; a vault missing from service.keyVaults and a parameter named serviceName are
 * diagnostics with the exact fix. Written against the mutants `npm run mutation` left in
 * src/emit/arm/secrets.ts; expectations are written by hand.
 */
import { loadDeclarationsFromObject } from "../../../src/load";
import { buildModel, emitArm } from "../../../src/index";

const VAULT_ID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/other-kv";

async function compile(data: Record<string, unknown>) {
  const loaded = await loadDeclarationsFromObject(data, __dirname);
  const built = buildModel(loaded);
  expect(built.diagnostics).toEqual([]);
  return emitArm(built.model!, {});
}

describe("emitArm: secrets", () => {
  it("a fromKeyVault named value is a securestring parameter filled by a Key Vault reference, version kept", async () => {
    const out = await compile({
      version: 1,
      service: { name: "contoso", keyVaults: { "other-kv": VAULT_ID } },
      namedValues: {
        "db-pass": { displayName: "DbPass", fromKeyVault: "https://other-kv.vault.azure.net/secrets/db/0123456789abcdef0123456789abcdef" },
        "db.user": { displayName: "DbUser", fromKeyVault: "https://other-kv.vault.azure.net/secrets/user" },
      },
    });
    expect(out.diagnostics).toEqual([]);
    expect(JSON.parse(out.files["azuredeploy.json"]).parameters).toEqual({
      serviceName: { type: "string", defaultValue: "contoso", metadata: { description: "Name of the API Management service to deploy into." } },
      secret_db_pass: { type: "securestring", metadata: { description: "Secret value of named value 'DbPass', read from Key Vault at deploy time." } },
      secret_db_user: { type: "securestring", metadata: { description: "Secret value of named value 'DbUser', read from Key Vault at deploy time." } },
    });
    expect(JSON.parse(out.files["azuredeploy.parameters.json"]).parameters).toEqual({
      secret_db_pass: { reference: { keyVault: { id: VAULT_ID }, secretName: "db", secretVersion: "0123456789abcdef0123456789abcdef" } },
      secret_db_user: { reference: { keyVault: { id: VAULT_ID }, secretName: "user" } },
    });
  });

  it("a fromParameter named value is a prompted securestring, absent from the parameters file", async () => {
    const out = await compile({ version: 1, service: { name: "contoso" }, namedValues: { "api-key": { displayName: "ApiKey", fromParameter: "ordersApiKey" } } });
    expect(JSON.parse(out.files["azuredeploy.json"]).parameters.ordersApiKey).toEqual({ type: "securestring", metadata: { description: "Secret value of named value 'ApiKey'." } });
    expect(JSON.parse(out.files["azuredeploy.parameters.json"]).parameters).toEqual({});
  });

  it("a vault missing from service.keyVaults and a parameter named serviceName are errors with their fix, and no files", async () => {
    const out = await compile({
      version: 1,
      service: { name: "contoso" },
      namedValues: {
        "db-pass": { displayName: "DbPass", fromKeyVault: "https://other-kv.vault.azure.net/secrets/db" },
        "my.svc": { displayName: "Svc", fromParameter: "serviceName" },
      },
    });
    expect(out.files).toEqual({});
    expect(out.diagnostics.map(({ code, severity, message, pointer, hint }) => ({ code, severity, message, pointer, hint }))).toEqual([
      {
        code: "APIMC310",
        severity: "error",
        message: "Named value 'db-pass' reads its secret from Key Vault 'other-kv', but the ARM parameters file needs that vault's resource id and service.keyVaults has no entry 'other-kv'.",
        pointer: "/namedValues/db-pass/fromKeyVault",
        hint: "add to apim.yaml:\n      service:\n        keyVaults:\n          other-kv: /subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/other-kv",
      },
      {
        code: "APIMC312",
        severity: "error",
        message: "Named value 'my.svc' takes its value from parameter 'serviceName', which the ARM template already uses for the service name.",
        pointer: "/namedValues/my.svc/fromParameter",
        hint: "rename the parameter, for example fromParameter: mysvcValue",
      },
    ]);
  });
});
