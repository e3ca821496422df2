/**
 * `apimc extract` through the real CLI against the HTTPS ARM emulator, seeded
 * from examples/contoso with the real SDK client: the extracted set validates,
 * plans as "No changes" against the same instance, is byte-identical on a
 * second run, never holds a secret value, and writes policies canonically.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ApimResources, apimRefOf, buildModel, loadDeclarations, toArmProperties } from "../../../src/index";
import { genericSecrets } from "../../../src/model";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { emulatorEnv } from "../../emulators/env";
import { runCli } from "../../support/cli";
import { expectContractHeld } from "../../emulators/contract";

const root = path.resolve(__dirname, "../../..");
const example = path.join(root, "examples/contoso");
const TARGET = { subscriptionId: "00000000-0000-0000-0000-0000000000ab", resourceGroup: "rg-contoso", serviceName: "contoso-apim-dev" };
const TARGET_ARGS = ["--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName];
/** Stand-in values for the example's deploy-time secrets, as a deployment would pass them. */
const CANARIES: Record<string, string> = {
  "namedValues/billing-token": "CANARY-extract-param-7f3a",
  "namedValues/partner-signing-key": "CANARY-extract-kv-91bc",
  "subscriptions/acme#primaryKey": "CANARY-extract-sub-key-3c9e",
  "openidConnectProviders/contoso-entra#clientSecret": "CANARY-extract-oidc-secret-52d0",
  "caches/westeurope#connectionString": "CANARY-extract-redis-conn-a41f",
};

let emu: ArmEmulator;
let apim: ApimResources;
let work: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function apimc(args: string[], env: Record<string, string> = emulatorEnv(emu)): Promise<Run> {
  const r = await runCli(args, { cwd: work, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) out[rel.split(path.sep).join("/")] = fs.readFileSync(file, "utf8");
  }
  return out;
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-extract-"));
  emu = await startArmEmulator({ lroStyle: "none" });
  apim = new ApimResources(TARGET, { armEndpoint: emu.url, caPem: emu.caPem, credential: "static:test-token", lroPollMs: 0 });
  const model = buildModel(await loadDeclarations(example)).model!;
  for (const id of model.graph.order) {
    const props = toArmProperties(model, id, { subscriptionId: TARGET.subscriptionId, resourceGroup: TARGET.resourceGroup });
    if (CANARIES[id] !== undefined) props.value = CANARIES[id];
    // What a deployment passes for each secret source of the example's registry kinds.
    const generic = model.generic?.[id];
    if (generic) for (const { property } of genericSecrets(generic)) props[property] = CANARIES[`${id}#${property}`];
    // With the model, an API's content goes to the revision `apiRevision` names (inventory;rev=2), as ARM does.
    await apim.put(apimRefOf(id, model), props);
  }
});

afterAll(async () => {
  await emu?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("apimc extract", () => {
  let first: Record<string, string>;

  test("writes apim.yaml and one policy file per policy, with a summary and the parameters to supply", async () => {
    const before = emu.requests.length;
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "apim"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(
      /^extracted 60 resources: 4 api, 1 apiDiagnostic, 1 apiRelease, 3 apiRevision, 1 apiSchema, 2 apiTag, 1 apiVersionSet, 5 backend, 1 cache, 1 certificate, 1 diagnostic, 1 gateway, .*, 1 logger, 5 namedValue, 1 openidConnectProvider, 8 operation, 1 operationTag, 8 policy, .*, 1 subscription, 2 tag into apim$/,
    );
    expect(r.stdout).toContain("    billingToken  (named value billing-token)");
    expect(r.stdout).toContain("    partnerSigningKey  (named value partner-signing-key)");
    // The secret-value API is never called.
    expect(emu.requests.slice(before).filter((q) => q.path.endsWith("/listValue"))).toEqual([]);

    first = readTree(path.join(work, "apim"));
    expect(Object.keys(first)).toEqual([
      "apim.yaml",
      "policies/apis/billing-v1.xml",
      "policies/apis/billing-v2.xml",
      "policies/apis/inventory.xml",
      "policies/apis/inventory/revisions/3.xml",
      "policies/apis/orders.xml",
      "policies/apis/orders/getorder.xml",
      "policies/fragments/correlation-id.xml",
      "policies/global.xml",
      "policies/products/partners.xml",
    ]);
    const yaml = first["apim.yaml"];
    expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=https://apimc.dev/schema/v1/apimc.schema.json");
    expect(yaml).toContain("version: 1\n");
    expect(yaml).toMatch(/ {2}billing-token:\n {4}displayName: billing-token\n {4}fromParameter: billingToken\n/);
    expect(yaml).toContain("secretIdentifier: https://contoso-kv.vault.azure.net/secrets/orders-api-key");
    expect(yaml).toContain("identityClientId: 2f1c6b0e-6a8e-4b6f-9d3e-6f0d8f6a1c2b");
    expect(yaml).toContain("policy: policies/apis/orders/getorder.xml");
    // Pool members by backend name, not ARM id; the Service Fabric client certificate by name too.
    expect(yaml).toMatch(/- backend: orders-eu\n/);
    expect(yaml).toContain("clientCertificate: inventory-cluster-client");
    // No ARM id of the instance's own resources (a logger's or cache's resourceId names other Azure resources).
    expect(yaml).not.toMatch(/providers\/Microsoft\.ApiManagement\//i);
    // Secret sources come back as parameters, never values.
    expect(yaml).toMatch(/contoso-entra:[\s\S]*clientSecret:\n\s+fromParameter: contosoEntraClientSecret/);
  });

  test("the extracted set validates (exit 0)", async () => {
    const r = await apimc(["validate", "apim"]);
    // Azure never returns a logger's secret credentials (it keeps them in a named value of its own), so the
    // extracted logger has none and the named value it used is unreferenced: one note, nothing else.
    expect(r.stderr.split("\n").filter((l) => / (error|warning|info) APIMC/.test(l))).toEqual([
      "apim/apim.yaml:11:5: info APIMC507: named value 'appinsights-connection' ({{appinsights-connection}}) is declared but nothing references it (at /namedValues/appinsights-connection)",
    ]);
    expect(r.code).toBe(0);
  });

  test("plan --live of the extracted set against the same instance: No changes. (exit 0)", async () => {
    const r = await apimc(["plan", "apim", "--live", ...TARGET_ARGS]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("No changes.\n");
    expect(r.code).toBe(0);
  });

  test("the extracted service block names the instance, so plan --live needs no target flags", async () => {
    const r = await apimc(["plan", "apim", "--live"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("No changes.\n");
  });

  test("a second run is byte-identical", async () => {
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "apim"]);
    expect(r.code).toBe(0);
    expect(readTree(path.join(work, "apim"))).toEqual(first);
  });

  test("no stand-in secret value appears in the output or on the console", async () => {
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "apim-canary"]);
    const everything = Object.values(readTree(path.join(work, "apim-canary"))).join("\n") + r.stdout + r.stderr;
    for (const canary of Object.values(CANARIES)) expect(everything).not.toContain(canary);
  });

  test("a policy reformatted live is written canonically", async () => {
    const policy = await apim.get({ kind: "apiPolicy", names: ["orders"] });
    const xml = String(policy!.properties.value);
    const reformatted = xml.replace(/\n\s*/g, "\n\t\t").replace(/exists-action="override"/, "exists-action='override'");
    expect(reformatted).not.toBe(xml);
    await apim.put({ kind: "apiPolicy", names: ["orders"] }, { format: "rawxml", value: reformatted });
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "apim"]);
    expect(r.code).toBe(0);
    expect(readTree(path.join(work, "apim"))).toEqual(first);
    const fmt = await apimc(["policy", "fmt", "--check", path.join("apim", "policies/apis/orders.xml")]);
    expect(fmt.code).toBe(0);
  });

  test("a non-empty directory apimc did not write is refused (exit 1), and left alone", async () => {
    fs.mkdirSync(path.join(work, "mine"));
    fs.writeFileSync(path.join(work, "mine", "notes.txt"), "keep me\n");
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "mine"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("APIMC330");
    expect(fs.readdirSync(path.join(work, "mine"))).toEqual(["notes.txt"]);
  });

  test("an unreachable ARM endpoint is exit 3 with one line and no stack", async () => {
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "apim-unreachable"], { ...emulatorEnv(emu), APIMC_ARM_ENDPOINT: "https://127.0.0.1:9", APIMC_RETRY_MAX: "0" });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^apimc extract: cannot read contoso-apim-dev in rg-contoso: /);
    expect(fs.existsSync(path.join(work, "apim-unreachable"))).toBe(false);
  });

  test("a credential that fails names the chain tried and the three fixes (exit 3), writes nothing, no stack", async () => {
    // DefaultAzureCredential pinned to its environment step, with no AZURE_* variables: it fails at once, offline.
    const env = { ...emulatorEnv(emu), APIMC_CREDENTIAL: "default", AZURE_TOKEN_CREDENTIALS: "EnvironmentCredential", AZURE_CLIENT_ID: "", AZURE_TENANT_ID: "", AZURE_CLIENT_SECRET: "" };
    const r = await apimc(["extract", ...TARGET_ARGS, "--out", "apim-noauth"], env);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^apimc extract: cannot authenticate to Azure: /);
    expect(r.stderr).toContain("tried: DefaultAzureCredential pinned by AZURE_TOKEN_CREDENTIALS=EnvironmentCredential");
    expect(r.stderr).toContain("`az login`");
    expect(r.stderr).toContain("AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET");
    expect(r.stderr).toContain("APIMC_CREDENTIAL=static:<token>");
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(fs.existsSync(path.join(work, "apim-noauth"))).toBe(false);
  });

  test("usage errors exit 1: a missing option, a subscription name instead of its id", async () => {
    const missing = await apimc(["extract", "--resource-group", "rg", "--service", "s", "--out", "x"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--subscription");
    const name = await apimc(["extract", "--subscription", "my-sub", "--resource-group", "rg", "--service", "s", "--out", "x"]);
    expect(name.code).toBe(1);
    expect(name.stderr).toMatch(/subscription id `my-sub` is not a GUID/);
  });
});

test("every request sent to the emulator met the REST contract, loaded whenever the specs are present", () => {
  expectContractHeld(emu);
});
