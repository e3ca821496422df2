/**
 * `apimc diff` through the real CLI: the golden cases under test/cases/diff-*,
 * every format, exit codes, and the secret canary.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { parse as parseYaml } from "yaml";
import { runCli } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
const casesDir = path.join(root, "test/cases");
const validatePlan = new Ajv2020({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(root, "schema/plan.schema.json"), "utf8")));

async function apimc(args: string[], env: Record<string, string> = {}) {
  const r = await runCli([...args], { cwd: root, env: { NO_COLOR: "", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cases = fs.readdirSync(casesDir).filter((n) => n.startsWith("diff-")).sort();

function caseArgs(name: string): string[] {
  const dir = path.join(casesDir, name);
  const extra = fs.existsSync(path.join(dir, "args")) ? fs.readFileSync(path.join(dir, "args"), "utf8").trim().split(/\s+/) : [];
  return ["diff", path.join(dir, "before"), path.join(dir, "after"), ...extra];
}

describe("apimc diff golden cases", () => {
  test("every required scenario has a case", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "diff-backend-url",
        "diff-policy-reformatted",
        "diff-policy-attribute",
        "diff-policy-element-added-removed",
        "diff-named-value-added",
        "diff-api-removed",
        "diff-key-vault-identifier",
        "diff-pool-member-weight",
        "diff-environment-overlay",
        "diff-policy-keyed-insert",
        "diff-policy-reorder",
      ]),
    );
  });

  test.each(cases)("%s: matches its expected output; all formats agree on the exit code, validate, and never print a canary", async (name) => {
    const dir = path.join(casesDir, name);
    const json = fs.existsSync(path.join(dir, "expected.json"));
    const expected = fs.readFileSync(path.join(dir, json ? "expected.json" : "expected.txt"), "utf8");
    const outs = Object.fromEntries(await Promise.all((["text", "markdown", "json"] as const).map(async (f) => [f, await apimc([...caseArgs(name), "--format", f])] as const)));
    expect(outs[json ? "json" : "text"].stdout).toBe(expected);
    const plan = JSON.parse(outs.json.stdout);
    expect(validatePlan(plan)).toBe(true);
    const want = plan.changes.length ? 2 : 0;
    for (const o of Object.values(outs)) {
      expect(o.stderr).toBe("");
      expect(o.code).toBe(want);
      expect(o.stdout).not.toContain("CANARY");
    }
  });
});

describe("apimc diff", () => {
  const base = path.join(casesDir, "diff-backend-url/before");

  test("identical inputs give exit 0 and `No changes.`", async () => {
    const r = await apimc(["diff", base, base]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("No changes.\n");
  });

  test("the secret canary case shows the change masked", async () => {
    const r = await apimc(caseArgs("diff-secret-canary"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('credentials.header.x-canary: ["(sensitive)"] -> ["(sensitive)"]');
  });

  test("a secret downgrade names the file:line:col of the plain value in every format, masked", async () => {
    const at = "test/cases/diff-secret-downgrade/after/apim.yaml:7:12: secret downgrade: named value 'orders-key'";
    for (const format of ["text", "markdown", "json"]) {
      const r = await apimc([...caseArgs("diff-secret-downgrade"), "--format", format]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(at);
      expect(r.stdout).not.toContain("CANARY");
    }
  });

  test("invalid input on either side exits 1 with diagnostics and no stack", async () => {
    const bad = path.join(casesDir, "validate-protocol-ftp");
    const r = await apimc(["diff", base, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/apim\.yaml:\d+:\d+: error APIMC\d+/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  test("an unknown format exits 1 with one line", async () => {
    const r = await apimc(["diff", base, base, "--format", "yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("apimc diff: error APIMC009: unknown --format `yaml`; use `text`, `markdown`, `json`\n");
  });

  test("markdown output is a PR comment: summary table and one <details> per change", async () => {
    const r = await apimc([...caseArgs("diff-api-removed"), "--format", "markdown"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("| - delete | 4 |");
    expect(r.stdout.match(/<details>/g)!.length).toBe(4);
  });
});

describe("examples/ci/github-actions.yml", () => {
  test("checks out the base, validates, diffs to markdown tolerating exit 2, and posts the comment", () => {
    const wf = parseYaml(fs.readFileSync(path.join(root, "examples/ci/github-actions.yml"), "utf8"));
    const steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> = wf.jobs.plan.steps;
    expect(steps.some((s) => s.uses?.startsWith("actions/checkout") && s.with?.path === "base")).toBe(true);
    const runs = steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("npx apimc validate apim/");
    expect(runs).toContain("npx apimc diff base/apim apim --format markdown > plan.md");
    expect(runs).toContain('"$code" -ne 2');
    expect(steps.some((s) => s.uses?.startsWith("marocchino/sticky-pull-request-comment") && s.with?.path === "plan.md")).toBe(true);
  });
});
