/**
 * `apimc plan --live` through the real CLI against the HTTPS ARM emulator,
 * seeded by writing the declared set with the real SDK client, then drifted
 * the way someone in the portal would.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { ApimResources, apimRefOf, buildModel, loadDeclarations, toArmProperties } from "../../../src/index";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { emulatorEnv } from "../../emulators/env";
import { runCli } from "../../support/cli";
import { expectContractHeld } from "../../emulators/contract";

const root = path.resolve(__dirname, "../../..");
const declared = path.join(root, "test/cases/diff-backend-url/before");
const TARGET = { subscriptionId: "00000000-0000-0000-0000-0000000000aa", resourceGroup: "rg-apim", serviceName: "contoso" };
const CANARY = "CANARY-live-secret-4d1e";
const validatePlan = new Ajv2020({ allErrors: true }).compile(require("../../../schema/plan.schema.json"));

let emu: ArmEmulator;
let apim: ApimResources;

async function apimc(args: string[], env: Record<string, string> = emulatorEnv(emu)): Promise<{ code: number; stdout: string; stderr: string }> {
  const target = ["--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName];
  const r = await runCli(["plan", declared, "--live", ...target, ...args], { cwd: root, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  emu = await startArmEmulator({ lroStyle: "none" });
  apim = new ApimResources(TARGET, { armEndpoint: emu.url, caPem: emu.caPem, credential: "static:test-token", lroPollMs: 0 });
  const built = buildModel(await loadDeclarations(declared));
  const model = built.model!;
  for (const id of model.graph.order) {
    const props = toArmProperties(model, id, { subscriptionId: TARGET.subscriptionId, resourceGroup: TARGET.resourceGroup });
    // The one parameter-sourced secret gets its value the way a deployment would pass it.
    if (id === "namedValues/backend-token") props.value = CANARY;
    await apim.put(apimRefOf(id), props);
  }
});

afterAll(async () => {
  await emu?.stop();
});

describe("apimc plan --live", () => {
  test("a freshly deployed instance has no changes (exit 0)", async () => {
    const r = await apimc([]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("No changes.\n");
    expect(r.code).toBe(0);
  });

  test("drift on a backend, an unmanaged API, and a policy reformatted live: one update, one unmanaged entry", async () => {
    emu.mutate("backends/orders-us", (p) => {
      p.url = "https://us.orders.hotfix.example.com";
    });
    await apim.put({ kind: "api", names: ["echo"] }, { displayName: "Echo", path: "echo", protocols: ["https"], serviceUrl: "https://echo.example.com" });
    const policy = await apim.get({ kind: "apiPolicy", names: ["orders"] });
    const xml = String(policy!.properties.value);
    // Same policy, written the way the portal editor might: other indentation and attribute quoting.
    const reformatted = xml.replace(/\n\s*/g, "\n\t\t").replace(/backend-id="orders"/, "backend-id='orders'");
    expect(reformatted).not.toBe(xml);
    await apim.put({ kind: "apiPolicy", names: ["orders"] }, { format: "rawxml", value: reformatted });

    const text = await apimc([]);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(2);
    expect(text.stdout).toBe(
      [
        "~ backend backends/orders-us",
        '    url: "https://us.orders.hotfix.example.com" -> "https://us.orders.example.com"',
        "",
        "Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.",
        "",
        "Unmanaged (live but not declared; use --prune to delete them):",
        "    apis/echo",
        "",
      ].join("\n"),
    );

    const json = await apimc(["--format", "json"]);
    expect(json.code).toBe(2);
    const plan = JSON.parse(json.stdout);
    expect(validatePlan(plan)).toBe(true);
    expect(plan.unmanaged).toEqual(["apis/echo"]);
  });

  test("--prune plans the unmanaged API as a delete", async () => {
    const r = await apimc(["--prune", "--format", "json"]);
    expect(r.code).toBe(2);
    const plan = JSON.parse(r.stdout);
    expect(plan.unmanaged).toBeUndefined();
    expect(plan.changes.map((c: { action: string; id: string }) => `${c.action} ${c.id}`)).toEqual(["update backends/orders-us", "delete apis/echo"]);
  });

  test("the secret value read from the live instance never appears, in any format", async () => {
    for (const f of ["text", "markdown", "json"]) {
      const r = await apimc(["--format", f, "--prune"]);
      expect(r.stdout + r.stderr).not.toContain(CANARY);
    }
  });

  test("an unreachable ARM endpoint is exit 3 with one line and no stack", async () => {
    const r = await apimc([], { ...emulatorEnv(emu), APIMC_ARM_ENDPOINT: "https://127.0.0.1:9", APIMC_RETRY_MAX: "0" });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^apimc plan: cannot read contoso in rg-apim: /);
  });

  test("missing target options are a usage error (exit 1)", async () => {
    const r = await runCli(["plan", declared, "--live"], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("missing --subscription (or service.subscriptionId), --resource-group (or service.resourceGroup)");
  });

  test("a subscription name instead of its id is a usage error (exit 1)", async () => {
    const r = await runCli(["plan", declared, "--live", "--subscription", "my-subscription", "--resource-group", "rg"], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/subscription id `my-subscription` is not a GUID/);
  });

  test("a live secret declared as a plain value is a masked downgrade that names the declaring file:line:col", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-plan-"));
    fs.cpSync(declared, work, { recursive: true });
    const rootFile = path.join(work, "apim.yaml");
    const plain = "CANARY-pasted-plain-9f3a";
    const text = fs.readFileSync(rootFile, "utf8").replace("    fromParameter: backendToken\n", `    value: ${plain}\n`);
    fs.writeFileSync(rootFile, text);
    const line = text.split("\n").findIndex((l) => l.includes(plain)) + 1;
    const target = ["--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName];
    const r = await runCli(["plan", work, "--live", ...target], { cwd: root, env: emulatorEnv(emu) });
    expect(r.status).toBe(2);
    const where = `${path.relative(root, rootFile).split(path.sep).join("/")}:${line}:12`;
    expect(r.stdout).toContain(`! ${where}: secret downgrade: named value 'backend-token' was secret`);
    expect(r.stdout + r.stderr).not.toContain(plain);
    expect(r.stdout + r.stderr).not.toContain(CANARY);
  });

  test("the declarations' service block is the default target", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-plan-"));
    fs.cpSync(declared, work, { recursive: true });
    const rootFile = path.join(work, "apim.yaml");
    const text = fs.readFileSync(rootFile, "utf8").replace(/^service:\n/m, `service:\n  subscriptionId: ${TARGET.subscriptionId}\n  resourceGroup: ${TARGET.resourceGroup}\n`);
    fs.writeFileSync(rootFile, text);
    const r = await runCli(["plan", work, "--live", "--format", "json"], { cwd: root, env: emulatorEnv(emu) });
    expect(r.stderr).toBe("");
    expect([0, 2]).toContain(r.status);
    expect(validatePlan(JSON.parse(r.stdout))).toBe(true);
  });
});

test("every request sent to the emulator met the REST contract, loaded whenever the specs are present", () => {
  expectContractHeld(emu);
});

test("a credential that fails names the chain tried and the three fixes (exit 3), against the emulator", async () => {
  // DefaultAzureCredential pinned to its environment step, with no AZURE_* variables: it fails at once, offline.
  const env = { ...emulatorEnv(emu), APIMC_CREDENTIAL: "default", AZURE_TOKEN_CREDENTIALS: "EnvironmentCredential", AZURE_CLIENT_ID: "", AZURE_TENANT_ID: "", AZURE_CLIENT_SECRET: "" };
  const r = await apimc([], env);
  expect(r.code).toBe(3);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^apimc plan: cannot authenticate to Azure: /);
  expect(r.stderr).toContain("tried: DefaultAzureCredential pinned by AZURE_TOKEN_CREDENTIALS=EnvironmentCredential");
  expect(r.stderr).toContain("`az login`");
  expect(r.stderr).toContain("AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET");
  expect(r.stderr).toContain("APIMC_CREDENTIAL=static:<token>");
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
});

test("--debug adds the stack trace under the one-line Azure error, as the README promises", async () => {
  const env = { ...emulatorEnv(emu), APIMC_ARM_ENDPOINT: "https://127.0.0.1:9", APIMC_RETRY_CAP_MS: "10", APIMC_RETRY_BASE_MS: "1" };
  const plain = await apimc([], env);
  expect(plain.code).toBe(3);
  expect(plain.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const debug = await apimc(["--debug"], env);
  expect(debug.code).toBe(3);
  expect(debug.stderr.split("\n")[0]).toBe(plain.stderr.split("\n")[0]);
  expect(debug.stderr).toMatch(/\n\s+at .+:\d+:\d+/);
});
