/**
 * The Azure preflight rules as a user meets them: through `apimc validate`,
 * with --ignore and --strict. Each lint case folder holds the exact lines.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const repo = path.resolve(__dirname, "../../..");
const bin = path.join(repo, "bin/apimc.js");
const casesDir = path.join(repo, "test/cases");

function validate(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "validate", ".", ...args], { cwd, encoding: "utf8" });
  // Diagnostics go to stderr, the verdict to stdout; these tests read both, diagnostics first.
  return { code: r.status, out: r.stderr + r.stdout, err: r.stderr };
}

const preflightLines = (text: string) => text.split("\n").filter((l) => / APIMC5\d\d: /.test(l));

const caseDirs = fs
  .readdirSync(casesDir)
  .filter((d) => d.startsWith("lint-"))
  .flatMap((d) => ["positive", "negative"].map((side) => path.join(casesDir, d, side)))
  .filter((d) => fs.existsSync(path.join(d, "expected.txt")));

describe("apimc validate runs the preflight rules", () => {
  test("there are positive and negative cases for every rule", () => {
    expect(caseDirs.length).toBeGreaterThanOrEqual(20);
  });

  test.each(caseDirs.map((d) => [path.relative(casesDir, d), d]))("%s prints exactly the expected lines", (_name, dir) => {
    const expected = preflightLines(fs.readFileSync(path.join(dir, "expected.txt"), "utf8"));
    const r = validate(dir);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    expect(preflightLines(r.out)).toEqual(expected);
    const errors = expected.some((l) => / error APIMC/.test(l));
    expect(r.code).toBe(errors ? 1 : 0);
  });

  test("--strict turns a warning into an error and exit 1", () => {
    const dir = path.join(casesDir, "lint-tls-validation-off/positive");
    const r = validate(dir, "--strict");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/apim\.yaml:\d+:\d+: error APIMC505: /);
  });

  test("--ignore silences a rule by code, comma-separated or repeated", () => {
    const dir = path.join(casesDir, "lint-self-chained-backend/positive");
    expect(preflightLines(validate(dir).out).length).toBeGreaterThan(0);
    const r = validate(dir, "--ignore", "APIMC501,APIMC231", "--strict");
    expect(preflightLines(r.out)).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("the bundled example shows no preflight warning", () => {
    for (const env of [[], ["--env", "prod"]]) {
      const r = validate(path.join(repo, "examples/contoso"), ...env);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(/ warning APIMC/);
    }
  });
});
