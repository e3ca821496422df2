import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../support/cli";

const root = join(__dirname, "../../..");
const input = join(root, "test/cases/arm-basic/input");

async function apimc(args: string[], env: Record<string, string> = {}) {
  const r = await runCli([...args], { cwd: root, env: env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of Object.entries(readTree(p))) out[`${name}/${k}`] = v;
    else out[name] = readFileSync(p, "utf8");
  }
  return out;
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "apimc-arm-cli-"));
});

describe("apimc compile --target arm", () => {
  it("writes the template and prints a one-line summary per kind", async () => {
    const out = join(work, "build/arm");
    const r = await apimc(["compile", input, "--target", "arm", "--out", out]);
    // The case deliberately trips preflight notes and a warning; compile reports them and still writes.
    expect(r.stderr).not.toMatch(/ error APIMC/);
    expect(r.stderr).toMatch(/apim\.yaml:36:12: warning APIMC504: /);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/^compiled 23 resources into 1 template in .*: 1 api, 1 apiSchema, 1 apiVersionSet, 3 backend, .*5 namedValue, 2 operation, 4 policy/);
    expect(readdirSync(out).sort()).toEqual(["azuredeploy.json", "azuredeploy.parameters.json"]);
    const t = JSON.parse(readFileSync(join(out, "azuredeploy.json"), "utf8"));
    expect(t.parameters.serviceName.defaultValue).toBe("contoso-dev");
    expect(readdirSync(join(work, "build"))).toEqual(["arm"]);
  });

  it("applies --env overlays", async () => {
    const out = join(work, "prod");
    expect((await apimc(["compile", input, "--target", "arm", "--out", out, "--env", "prod"])).code).toBe(0);
    const text = readFileSync(join(out, "azuredeploy.json"), "utf8");
    expect(JSON.parse(text).parameters.serviceName.defaultValue).toBe("contoso-prod");
    expect(text).toContain("https://orders-eu.prod.contoso.example");
  });

  it("gives byte-identical output when compiled twice", async () => {
    expect((await apimc(["compile", input, "--out", join(work, "a")])).code).toBe(0);
    expect((await apimc(["compile", input, "--out", join(work, "b")])).code).toBe(0);
    expect(readTree(join(work, "b"))).toEqual(readTree(join(work, "a")));
    expect((await apimc(["compile", input, "--out", join(work, "a")])).code).toBe(0);
    expect(readTree(join(work, "a"))).toEqual(readTree(join(work, "b")));
  });

  it("leaves OUT untouched and creates nothing when the input is invalid", async () => {
    const broken = join(work, "broken");
    cpSync(input, broken, { recursive: true });
    const yaml = readFileSync(join(broken, "apim.yaml"), "utf8").replace("backend: orders-eu\n", "backend: no-such-backend\n");
    writeFileSync(join(broken, "apim.yaml"), yaml);
    const out = join(work, "out");
    mkdirSync(out);
    writeFileSync(join(out, "azuredeploy.json"), "previous\n");
    const r = await apimc(["compile", broken, "--target", "arm", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/apim\.yaml:\d+:\d+: error APIMC\d{3}: .*no-such-backend/);
    expect(readTree(out)).toEqual({ "azuredeploy.json": "previous\n" });
    const fresh = join(work, "never/created");
    expect((await apimc(["compile", broken, "--target", "arm", "--out", fresh])).code).toBe(1);
    expect(existsSync(join(work, "never"))).toBe(false);
    expect(readdirSync(work).sort()).toEqual(["broken", "out"]);
  });

  it("says exactly what to add when a fromKeyVault vault has no resource id", async () => {
    const noVault = join(work, "novault");
    cpSync(input, noVault, { recursive: true });
    const yaml = readFileSync(join(noVault, "apim.yaml"), "utf8").replace(/  keyVaults:\n    contoso-kv: .*\n/, "");
    writeFileSync(join(noVault, "apim.yaml"), yaml);
    const r = await apimc(["compile", noVault, "--out", join(work, "x")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error APIMC310");
    expect(r.stderr).toContain("contoso-kv: /subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/contoso-kv");
    expect(existsSync(join(work, "x"))).toBe(false);
  });

  it("refuses to replace a directory it did not write", async () => {
    const out = join(work, "mine");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "keep me\n");
    const r = await apimc(["compile", input, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("APIMC330");
    expect(readTree(out)).toEqual({ "notes.txt": "keep me\n" });
  });

  it("rejects an unknown target", async () => {
    const r = await apimc(["compile", input, "--target", "bicep", "--out", join(work, "x")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown --target");
  });
});

describe("secret canary", () => {
  it("never writes a secret value, whatever path the secret takes", async () => {
    const canaries: Record<string, string> = {
      ordersApiKey: "CANARY-from-parameter-7f3a",
      proxyPassword: "CANARY-proxy-password-91b2",
      secret_partner_token: "CANARY-from-key-vault-44c1",
      PartnerToken: "CANARY-display-name-0d9e",
      SigningKey: "CANARY-key-vault-ref-6e5f",
      OrdersKey: "CANARY-credentials-header-3c7d",
      ProxyPassword: "CANARY-proxy-display-8a2b",
    };
    const out = join(work, "canary");
    const r = await apimc(["compile", input, "--out", out], canaries);
    expect(r.code).toBe(0);
    const files = readTree(out);
    for (const [name, text] of Object.entries({ ...files, stdout: r.stdout, stderr: r.stderr })) {
      for (const c of Object.values(canaries)) expect({ name, leaked: text.includes(c) }).toEqual({ name, leaked: false });
    }
    const t = JSON.parse(files["azuredeploy.json"]);
    const byName = (type: string, name: string) => t.resources.find((x: any) => x.type.endsWith(type) && x.name === `[concat(parameters('serviceName'), '/${name}')]`);
    // fromParameter: the template refers to a securestring parameter, never a value.
    expect(byName("namedValues", "orders-key").properties.value).toBe("[parameters('ordersApiKey')]");
    expect(t.parameters.ordersApiKey.type).toBe("securestring");
    // fromKeyVault: a parameters-file Key Vault reference.
    expect(byName("namedValues", "partner-token").properties.value).toBe("[parameters('secret_partner_token')]");
    const params = JSON.parse(files["azuredeploy.parameters.json"]).parameters;
    expect(Object.keys(params)).toEqual(["secret_partner_token"]);
    expect(params.secret_partner_token.value).toBeUndefined();
    expect(params.secret_partner_token.reference.secretName).toBe("partner-token");
    // keyVault: APIM fetches it; only the identifier is in the template.
    expect(byName("namedValues", "signing-key").properties).toEqual({
      displayName: "SigningKey",
      secret: true,
      keyVault: { secretIdentifier: "https://contoso-kv.vault.azure.net/secrets/signing-key" },
    });
    // Backend credentials and proxy password stay named-value tokens, resolved by APIM.
    const eu = byName("backends", "orders-eu").properties;
    expect(eu.credentials.header["x-api-key"]).toEqual(["{{OrdersKey}}"]);
    expect(eu.proxy.password).toBe("{{ProxyPassword}}");
    // Every secret named value's value is a parameter reference or absent.
    for (const r2 of t.resources.filter((x: any) => x.type.endsWith("/namedValues") && x.properties.secret)) {
      if (r2.properties.value !== undefined) expect(r2.properties.value).toMatch(/^\[parameters\('[A-Za-z0-9_]+'\)\]$/);
    }
  });
});

describe("gateway certificate authorities", () => {
  it("are emitted after their gateway, depending on it", async () => {
    const work = mkdtempSync(join(tmpdir(), "apimc-ca-"));
    const out = join(work, "arm");
    const r = await apimc(["compile", join(root, "test/cases/gateway-basic/input"), "--target", "arm", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ 1 gatewayCertificateAuthority, /);
    const template = JSON.parse(readFileSync(join(out, "azuredeploy.json"), "utf8")) as { resources: Array<{ type: string; name: string; properties?: unknown; dependsOn?: string[] }> };
    const cas = template.resources.filter((x) => x.type === "Microsoft.ApiManagement/service/gateways/certificateAuthorities");
    expect(cas).toEqual([
      {
        type: "Microsoft.ApiManagement/service/gateways/certificateAuthorities",
        apiVersion: "2024-05-01",
        name: "[concat(parameters('serviceName'), '/onprem/plant-root-ca')]",
        properties: { isTrusted: true },
        dependsOn: ["[resourceId('Microsoft.ApiManagement/service/gateways', parameters('serviceName'), 'onprem')]"],
      },
    ]);
    const gatewayAt = template.resources.findIndex((x) => x.type === "Microsoft.ApiManagement/service/gateways" && x.name.includes("'/onprem'"));
    expect(template.resources.indexOf(cas[0] as (typeof template.resources)[number])).toBeGreaterThan(gatewayAt);
  });
});
