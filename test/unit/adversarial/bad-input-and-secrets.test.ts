/**
 * Adversarial checks through the CLI: user mistakes give located diagnostics with a fix (all of them, exit 1,
 * no stack trace, nothing written), and secret canaries never reach outputs or messages.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const CANARY = "CANARY-7f3a";

function apimc(args: string[], cwd: string) {
  return runCli([...args], { cwd });
}

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-adv-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

const noStack = /^\s+at .+:\d+:\d+\)?$/m;

describe("bad input", () => {
  it("reports every wrong type across the file, each located with a fix, and exits 1", async () => {
    const dir = project({
      "apim.yaml": "version: 1\nservice:\n  name: 123\nbackends:\n  b1:\n    url: [1,2]\n    protocol: 7\n  b2: []\napis: [1,2]\n",
    });
    const run = await apimc(["validate", "."], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(noStack);
    for (const pointer of ["/service/name", "/backends/b1/url", "/backends/b1/protocol", "/backends/b2", "/apis"]) {
      expect(run.stderr).toMatch(new RegExp(`^apim\\.yaml:\\d+:\\d+: error APIMC\\d{3}: .*\\(at ${pointer.replace(/\//g, "\\/")}\\)$`, "m"));
    }
    expect(run.stderr.match(/^ {4}fix: /gm)!.length).toBeGreaterThanOrEqual(5);
  });

  it("locates CRLF + BOM input on the right line and column", async () => {
    const dir = project({ "apim.yaml": "\ufeffversion: 1\r\nservice:\r\n  name: s\r\nbackends:\r\n  a: {url: 5, protocol: http}\r\n" });
    const run = await apimc(["validate", "."], dir);
    expect(run.stderr).toContain("apim.yaml:5:12: error APIMC103:");
    expect(run.status).toBe(1);
  });

  it("refuses --out on an existing file or a foreign directory, leaving both untouched", async () => {
    const dir = project({ "apim.yaml": "version: 1\nservice: {name: s}\n", "afile": "hi\n", "mine/keep.txt": "keep\n" });
    const onFile = await apimc(["compile", ".", "--target", "arm", "--out", "afile"], dir);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr).toMatch(/error APIMC330: .*\n {4}fix: /);
    expect(fs.readFileSync(path.join(dir, "afile"), "utf8")).toBe("hi\n");
    const onForeign = await apimc(["compile", ".", "--target", "arm", "--out", "mine"], dir);
    expect(onForeign.status).toBe(1);
    expect(fs.readdirSync(path.join(dir, "mine"))).toEqual(["keep.txt"]);
    const onProject = await apimc(["compile", ".", "--target", "arm", "--out", "."], dir);
    expect(onProject.status).toBe(1);
  });

  it("reports a missing policy file, an unclosed element and non-XML in one policy lint run", async () => {
    const dir = project({ "a.xml": "not xml", "b.xml": '<policies><inbound><set-header name="a"></inbound></policies>' });
    const run = await apimc(["policy", "lint", "a.xml", "b.xml", "missing.xml"], dir);
    const out = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(out).toMatch(/^a\.xml:1:\d+: error APIMC200:/m);
    expect(out).toMatch(/^b\.xml:1:\d+: error APIMC201:/m);
    expect(out).toMatch(/^missing\.xml:\d+:\d+: error APIMC204:/m);
  });

  it("reports both a self-referencing pool and out-of-range weights", async () => {
    const dir = project({
      "apim.yaml":
        "version: 1\nservice: {name: s}\nbackends:\n  s1: {url: 'https://x', protocol: http}\n  p1:\n    type: Pool\n    pool:\n      services:\n        - {backend: p1}\n        - {backend: s1, priority: 200, weight: -5}\n",
    });
    const run = await apimc(["validate", "."], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error APIMC141:");
    expect(run.stderr).toMatch(/error APIMC107: priority 200/);
    expect(run.stderr).toMatch(/error APIMC107: weight -5/);
  });
});

describe("secret canaries", () => {
  it("never echoes a literal secret named-value string, in text or JSON, base file or overlay", async () => {
    const dir = project({
      "apim.yaml": `version: 1\nservice: {name: s}\nnamedValues:\n  lit: {displayName: lit, secret: true, value: ${CANARY}-LIT}\n  fp: {displayName: fp, fromParameter: fpParam}\n`,
      "environments/prod.yaml": `namedValues:\n  fp:\n    fromParameter: null\n    secret: true\n    value: ${CANARY}-OVERLAY\n`,
    });
    for (const args of [["validate", "."], ["validate", ".", "--format", "json"], ["validate", ".", "--env", "prod"], ["compile", ".", "--target", "arm", "--out", "out"]]) {
      const run = await apimc(args, dir);
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).toContain("APIMC170");
      expect(run.stdout + run.stderr).not.toContain(CANARY);
    }
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("keeps fromParameter / fromKeyVault secrets out of the ARM template, parameters file and gateway bundle", async () => {
    const dir = project({
      "apim.yaml": [
        "version: 1",
        "service:",
        "  name: s",
        "  keyVaults:",
        "    kvcontoso: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kvcontoso",
        "namedValues:",
        "  fkv: {displayName: fkv, fromKeyVault: https://kvcontoso.vault.azure.net/secrets/fkv}",
        "  fp: {displayName: fp, fromParameter: fpParam}",
        "backends:",
        "  b: {url: https://x, protocol: http, proxy: {url: https://p, username: u, password: '{{fp}}'}, credentials: {header: {Authorization: ['Bearer {{fkv}}']}}}",
        "apis:",
        "  a: {displayName: A, path: a, protocols: [https], backend: b, operations: {o: {displayName: O, method: GET, urlTemplate: /o}}}",
        "gateways:",
        `  gw: {description: ${CANARY}-PUBLIC, apis: [a]}`,
        "",
      ].join("\n"),
    });
    expect((await apimc(["compile", ".", "--target", "arm", "--out", "arm"], dir)).status).toBe(0);
    expect((await apimc(["compile", ".", "--target", "gateway", "--gateway", "gw", "--out", "gw"], dir)).status).toBe(0);
    const template = JSON.parse(fs.readFileSync(path.join(dir, "arm/azuredeploy.json"), "utf8")) as { parameters: Record<string, { type: string }> };
    expect(template.parameters.fpParam.type).toBe("securestring");
    const params = fs.readFileSync(path.join(dir, "arm/azuredeploy.parameters.json"), "utf8");
    expect(params).not.toContain("fpParam"); // supplied at deploy time, never written
    expect(params).toContain('"secretName": "fkv"'); // a Key Vault reference, not the value
    // Positive control: a public canary (the gateway's description) must be found in both outputs,
    // so the search below provably reads files that hold the declarations' content.
    const outputs = [...allFiles(path.join(dir, "arm")), ...allFiles(path.join(dir, "gw"))];
    for (const sub of ["arm", "gw"]) {
      expect(outputs.filter((f) => f.startsWith(path.join(dir, sub)) && fs.readFileSync(f, "utf8").includes(`${CANARY}-PUBLIC`)).length).toBeGreaterThan(0);
    }
    // The secret sources' values are supplied at deploy time (parameter, Key Vault): no output names them.
    for (const f of outputs) {
      const text = fs.readFileSync(f, "utf8").split(`${CANARY}-PUBLIC`).join("");
      expect([f, text.includes(CANARY), /securestring.*"(defaultValue|value)"/i.test(text)]).toEqual([f, false, false]);
    }
  });

  it("masks backend credentials in every diff format", async () => {
    const decl = (n: string) =>
      `version: 1\nservice: {name: s}\nnamedValues:\n  t: {displayName: t, fromParameter: tp}\nbackends:\n  b:\n    url: https://x\n    protocol: http\n    credentials:\n      header: {Authorization: ["Bearer ${CANARY}-H${n} {{t}}"]}\n      query: {code: ["${CANARY}-Q${n} {{t}}"]}\n      authorization: {scheme: Basic, parameter: "${CANARY}-A${n} {{t}}"}\n`;
    const dir = project({ "before/apim.yaml": decl("1"), "after/apim.yaml": decl("2") });
    for (const format of ["text", "markdown", "json"]) {
      const run = await apimc(["diff", "before", "after", "--format", format], dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain("sensitive");
      expect(run.stdout + run.stderr).not.toContain(CANARY);
    }
  });
});
