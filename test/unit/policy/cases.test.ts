/**
 * Bad-input cases: each folder under test/cases/policy-* holds policy.xml,
 * args.txt (extra `policy lint` options) and expected.txt (the exact output).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const root = path.join(__dirname, "..", "..", "..");
const casesDir = path.join(root, "test", "cases");
const cases = fs.readdirSync(casesDir).filter((d) => d.startsWith("policy-"));

describe("apimc policy lint on bad input", () => {
  it("has the cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
  it.each(cases)("%s", async (name) => {
    const dir = path.join(casesDir, name);
    const args = fs.readFileSync(path.join(dir, "args.txt"), "utf8").trim().split(/\s+/).filter(Boolean);
    const r = await runCli(["policy", "lint", "policy.xml", ...args], { cwd: dir });
    // Diagnostics on stderr, after them the one-line note when references were not checked.
    expect(r.stderr.replace(/^note: .*\n/m, "")).toBe(fs.readFileSync(path.join(dir, "expected.txt"), "utf8"));
    expect(r.stdout).toBe("");
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
