/**
 * Bad-input cases: each folder test/cases/validate-<class>/ holds a declaration
 * set and expected.txt with the exact diagnostic lines `apimc validate .` prints,
 * each followed by its `fix:` line.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const repo = path.resolve(__dirname, "../../..");
const casesDir = path.join(repo, "test/cases");
const cases = fs
  .readdirSync(casesDir)
  .filter((d) => d.startsWith("validate-") && fs.existsSync(path.join(casesDir, d, "expected.txt")))
  .sort();

function validate(cwd: string, ...args: string[]) {
  return runCli(["validate", ".", ...args], { cwd });
}

describe("apimc validate on bad input", () => {
  it("has a case for every bad-input class", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s exits 1 and prints the expected diagnostics", async (name) => {
    const dir = path.join(casesDir, name);
    const expected = fs.readFileSync(path.join(dir, "expected.txt"), "utf8").split("\n").filter((l) => l.trim() !== "");
    const run = await validate(dir);
    expect(run.status).toBe(1);
    // Diagnostics go to stderr (results to stdout).
    const printed = run.stderr.split("\n");
    for (const line of expected) expect(printed).toContain(line);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    // Every diagnostic comes with its fix line, and they are all there is.
    const errors = expected.filter((l) => / error APIMC\d{3}: /.test(l)).length;
    expect(expected.filter((l) => l.startsWith("    fix: ")).length).toBe(expected.filter((l) => / (error|warning|info) APIMC\d{3}: /.test(l)).length);
    expect(run.stderr).toMatch(new RegExp(`^${errors} errors?, `, "m"));
  });

  it("reports every mistake in one file, not just the first", async () => {
    const run = await validate(path.join(casesDir, "validate-many-mistakes"));
    const codes = [...run.stderr.matchAll(/: error (APIMC\d{3}):/g)].map((m) => m[1]);
    expect(codes).toEqual(["APIMC101", "APIMC105", "APIMC170", "APIMC120", "APIMC104", "APIMC140", "APIMC107"]);
  });

  it("prints the same diagnostics as JSON with --format json", async () => {
    const run = await validate(path.join(casesDir, "validate-weight-101"), "--format", "json");
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ code: "APIMC107", severity: "error", file: "apim.yaml", line: 13, col: 19, pointer: "/backends/orders/pool/services/0/weight" }),
    ]);
  });

  it("never echoes a literal secret value", async () => {
    const run = await validate(path.join(casesDir, "validate-literal-secret"));
    expect(run.stdout + run.stderr).not.toContain("s3cr3t-d0-n0t-c0mmit");
  });
});
