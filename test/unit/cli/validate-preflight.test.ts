/**
 * The Azure preflight rules as a user meets them: through `apimc validate`,
 * with --ignore and --strict. Each lint case folder holds the exact lines.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const repo = path.resolve(__dirname, "../../..");
const casesDir = path.join(repo, "test/cases");

async function validate(cwd: string, ...args: string[]) {
  const r = await runCli(["validate", ".", ...args], { cwd });
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
  // These golden cases run once, here, through the CLI (they used to run a second time through the API).
  test("there are positive and negative cases for every rule", () => {
    const rules = fs.readdirSync(casesDir).filter((d) => d.startsWith("lint-"));
    expect(rules.length).toBeGreaterThanOrEqual(9);
    for (const r of rules) {
      expect(caseDirs).toContain(path.join(casesDir, r, "positive"));
      expect(caseDirs).toContain(path.join(casesDir, r, "negative"));
    }
  });

  test.each(caseDirs.map((d) => [path.relative(casesDir, d), d]))("%s prints exactly the expected lines", async (_name, dir) => {
    const expected = preflightLines(fs.readFileSync(path.join(dir, "expected.txt"), "utf8"));
    const r = await validate(dir);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    expect(preflightLines(r.out)).toEqual(expected);
    if (dir.endsWith("positive")) expect(expected.length).toBeGreaterThan(0);
    const errors = expected.some((l) => / error APIMC/.test(l));
    expect(r.code).toBe(errors ? 1 : 0);
  });

  test("--strict turns a warning into an error and exit 1", async () => {
    const dir = path.join(casesDir, "lint-tls-validation-off/positive");
    const r = await validate(dir, "--strict");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/apim\.yaml:\d+:\d+: error APIMC505: /);
  });

  test("--ignore silences a rule by code, comma-separated or repeated", async () => {
    const dir = path.join(casesDir, "lint-self-chained-backend/positive");
    expect(preflightLines((await validate(dir)).out).length).toBeGreaterThan(0);
    const r = await validate(dir, "--ignore", "APIMC501,APIMC231", "--strict");
    expect(preflightLines(r.out)).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("the bundled example shows no preflight warning", async () => {
    for (const env of [[], ["--env", "prod"]]) {
      const r = await validate(path.join(repo, "examples/contoso"), ...env);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(/ warning APIMC/);
    }
  });
});
