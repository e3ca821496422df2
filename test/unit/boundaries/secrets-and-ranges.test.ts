/**
 * Small boundaries a user would notice, through the public face: a pinned Key Vault secret
 * version reaches the parameters file; a backwards status-code range is refused while a
 * one-code range is fine; and a proxy password never shows in any diff format.
 */
import { buildModel, emitArm, loadDeclarationsFromObject, plan, renderPlan, type PlanFormat } from "../../../src/index";
import { runCli } from "../../support/cli";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const VAULT = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1";

async function parametersFile(fromKeyVault: string) {
  const loaded = await loadDeclarationsFromObject(
    { version: 1, service: { name: "s", keyVaults: { kv1: VAULT } }, namedValues: { k: { displayName: "k", fromKeyVault } } },
    __dirname,
  );
  const out = emitArm(buildModel(loaded).model!);
  const params = JSON.parse(out.files["azuredeploy.parameters.json"]) as { parameters: Record<string, { reference?: unknown }> };
  return Object.values(params.parameters).map((p) => p.reference);
}

describe("Key Vault parameter references", () => {
  test("a pinned version is kept as secretVersion", async () => {
    expect(await parametersFile("https://kv1.vault.azure.net/secrets/db-password/0123456789abcdef0123456789abcdef")).toEqual([
      { keyVault: { id: VAULT }, secretName: "db-password", secretVersion: "0123456789abcdef0123456789abcdef" },
    ]);
  });

  test("an unversioned identifier, with or without a trailing slash, follows the latest version", async () => {
    for (const uri of ["https://kv1.vault.azure.net/secrets/db-password", "https://kv1.vault.azure.net/secrets/db-password/"]) {
      expect(await parametersFile(uri)).toEqual([{ keyVault: { id: VAULT }, secretName: "db-password" }]);
    }
  });
});

describe("one Key Vault identifier grammar for every stage", () => {
  // validate, the ARM parameters file and the preflight rules all read identifiers through one parser:
  // a version must be Key Vault's 32 hexadecimal characters everywhere, not only in some stages.
  test.each([
    ["https://kv1.vault.azure.net/secrets/db/0123456789abcdef0123456789abcdef", 0],
    ["https://KV1.vault.azure.net/secrets/db/", 0],
    ["https://kv1.vault.azure.net/secrets/db/v1", 1],
    ["https://kv1.vault.azure.net/keys/db", 1],
    ["https://kv1.example.com/secrets/db", 1],
  ])("%s: validate exits %i", async (uri, status) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-kvid-"));
    try {
      fs.writeFileSync(path.join(dir, "apim.yaml"), `version: 1\nservice: { name: s, keyVaults: { kv1: ${VAULT} } }\nnamedValues:\n  k: { displayName: k, fromKeyVault: "${uri}" }\n`);
      const r = await runCli(["validate", ".", "--format", "json", "--ignore", "APIMC507"], { cwd: dir });
      expect({ status: r.status, codes: (JSON.parse(r.stdout) as Array<{ code: string }>).map((d) => d.code) }).toEqual({ status, codes: status ? ["APIMC127"] : [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("circuit-breaker status-code ranges", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-ranges-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function validateRange(min: number, max: number) {
    fs.writeFileSync(
      path.join(dir, "apim.yaml"),
      `version: 1\nservice: { name: s }\nbackends:\n  b:\n    url: https://b.example.com\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { count: 3, interval: PT1M, statusCodeRanges: [ { min: ${min}, max: ${max} } ] }\n          tripDuration: PT1M\n`,
    );
    const r = await runCli(["validate", ".", "--format", "json", "--ignore", "APIMC507"], { cwd: dir });
    return { status: r.status, diagnostics: JSON.parse(r.stdout) as Array<{ code: string; pointer: string; line: number }> };
  }

  test("a backwards range, min > max, is APIMC131 at the range, exit 1", async () => {
    const r = await validateRange(599, 500);
    expect(r.status).toBe(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "APIMC131", pointer: "/backends/b/circuitBreaker/rules/0/failureCondition/statusCodeRanges/0/min", line: 10 })]);
  });

  test("a one-code range, min = max, and an ordinary range are valid", async () => {
    expect(await validateRange(503, 503)).toEqual({ status: 0, diagnostics: [] });
    expect(await validateRange(500, 599)).toEqual({ status: 0, diagnostics: [] });
  });
});

describe("proxy passwords in diffs", () => {
  const CANARY = "CANARY-proxy-9b2e";

  async function modelWithProxyPassword(password: string) {
    const loaded = await loadDeclarationsFromObject(
      { version: 1, service: { name: "s" }, backends: { b: { url: "https://b.example.com", protocol: "http", proxy: { url: "http://proxy:8080", username: "u", password: "{{p}}" } } } },
      __dirname,
    );
    const model = buildModel(loaded).model!;
    // As read back from a live service (or a declaration that skipped validation): a literal password.
    model.backends.b.properties.proxy!.password = password;
    return model;
  }

  test.each(["text", "markdown", "json"] as PlanFormat[])("a literal proxy password is masked in %s", async (format) => {
    const p = plan(await modelWithProxyPassword(`${CANARY}-before`), await modelWithProxyPassword(`${CANARY}-after`));
    expect(p.changes.map((c) => [c.id, c.diff?.map((d) => d.path)])).toEqual([["backends/b", ["proxy.password"]]]);
    const out = renderPlan(p, format);
    expect(out).toContain("sensitive");
    expect(out).toContain("proxy");
    expect(out).not.toContain(CANARY);
  });

  test("a named-value reference is not a secret and stays visible", async () => {
    const p = plan(await modelWithProxyPassword("{{old}}"), await modelWithProxyPassword("{{new}}"));
    const out = renderPlan(p, "text");
    expect(out).toContain("{{old}}");
    expect(out).toContain("{{new}}");
  });
});
