/** `apimc test` through main(argv, io): the example, the lab fixture, formats, failures, bad test files, secrets. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const repo = path.resolve(__dirname, "../..");
const lab = "test/fixtures/runtime/lab";

async function apimc(args: string[], cwd = repo) {
  const io = memoryIo(cwd);
  const code = await main(["node", "apimc", ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

/** A copy of the lab set with extra files, for tests that need a broken test file or policy. */
function labCopy(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-rt-"));
  fs.copyFileSync(path.join(repo, lab, "apim.yaml"), path.join(dir, "apim.yaml"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("apimc test", () => {
  it("passes every test of the contoso example (CI runs this)", async () => {
    const r = await apimc(["test", "examples/contoso"]);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/\n15 passed, 0 failed, 15 total\n$/);
    expect(r.out).not.toContain("FAIL");
    expect(r.code).toBe(0);
  });

  it("passes every policy test of the lab fixture", async () => {
    const r = await apimc(["test", lab]);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/29 passed, 0 failed, 29 total\n$/);
    expect(r.code).toBe(0);
  });

  it("prints JSON and JUnit, both deterministic", async () => {
    const json = await apimc(["test", lab, "--format", "json"]);
    const parsed = JSON.parse(json.out) as { passed: number; failed: number; tests: Array<{ name: string; outcome: { operation?: string } }> };
    expect(parsed.failed).toBe(0);
    expect(parsed.tests.find((t) => t.name.startsWith("retry"))?.outcome.operation).toBe("retry");
    expect((await apimc(["test", lab, "--format", "json"])).out).toBe(json.out);
    const junit = await apimc(["test", lab, "--format", "junit"]);
    expect(junit.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="apimc test" tests="29" failures="0">/);
    expect(junit.code).toBe(0);
  });

  it("names each failed expectation with expected and actual, masks secrets, and exits 1", async () => {
    const dir = labCopy({
      "t.apimc-test.yaml": `namedValues: { check-secret: canary-SECRET-4242 }
backends:
  partner: [ { respond: { status: 200 } } ]
tests:
  - name: wrong expectations
    request: { method: GET, url: "/lab/rewrite/1", headers: { x-multi: a } }
    expect:
      status: 200
      headers: { x-missing: here }
      backendRequests: [ { url: https://nowhere.example/, headers: { Authorization: nope } } ]
  - name: no operation
    request: { method: GET, url: /lab/chose }
    expect: { status: 200 }
`,
    });
    const r = await apimc(["test", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("status: expected 200, actual 201");
    expect(r.out).toContain('headers.x-missing: expected "here", actual "(absent)"');
    expect(r.out).toContain('backendRequests[0].url: expected "https://nowhere.example/", actual "https://partner.example/items/1?v=1&added=yes&code=hello"');
    expect(r.out).toContain('backendRequests[0].headers.Authorization: expected "nope", actual "Basic ***"');
    expect(r.out).toContain("nearest: GET /choose (lab/choose)");
    expect(r.out).not.toContain("canary-SECRET-4242");
    expect(r.out).toMatch(/0 passed, 2 failed, 2 total\n$/);
    for (const format of ["json", "junit"]) {
      const other = await apimc(["test", dir, "--format", format]);
      expect(other.code).toBe(1);
      expect(other.out).toContain("Basic ***");
      expect(other.out + other.err).not.toContain("canary-SECRET-4242");
    }
  });

  it("shows the C# exception type of an expression that throws", async () => {
    const dir = labCopy({ "t.apimc-test.yaml": "tests:\n  - name: boom\n    request: { method: GET, url: /lab/boom }\n    expect: { status: 200 }\n" });
    const r = await apimc(["test", dir]);
    expect(r.out).toContain("status: expected 200, actual 500 (on-error ran: set-variable ExpressionValueEvaluationFailure (System.FormatException): Expression evaluation failed. The input string 'not a number' was not in a correct format.");
    expect(r.out).toContain("apim.yaml:");
    expect(r.code).toBe(1);
  });

  it("reports test-file mistakes at file:line:col: unknown keys, backends, products, APIs", async () => {
    const dir = labCopy({
      "bad.apimc-test.yaml": `backendz: {}
subscriptions:
  k1: { product: nope }
backends:
  orders-xx: [ { respond: { status: 200 } } ]
tests:
  - name: t
    request: { method: GET, url: /lab/choose }
    expect: { stauts: 200, backendRequests: [ { backend: ghost } ] }
`,
    });
    const r = await apimc(["test", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("bad.apimc-test.yaml:1:1: error APIMC911: Unknown key `backendz` in `/`.");
    expect(r.err).toContain("Did you mean `backends`?");
    expect(r.err).toContain("bad.apimc-test.yaml:3:18: error APIMC915: Subscription `k1` names an unknown product `nope`.");
    expect(r.err).toContain("bad.apimc-test.yaml:5:3: error APIMC912: Unknown backend `orders-xx`");
    expect(r.err).toContain("bad.apimc-test.yaml:9:15: error APIMC911: Unknown key `stauts` in `/tests/0/expect`.");
    expect(r.err).toContain("bad.apimc-test.yaml:9:58: error APIMC912: Unknown backend `ghost`");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("reports an unsupported policy and an unsupported expression construct at their line:col", async () => {
    const dir = labCopy({
      "extra.yaml": "",
      "t.apimc-test.yaml": "tests:\n  - name: t\n    request: { method: GET, url: /lab/choose }\n    expect: { status: 204 }\n",
    });
    const root = fs.readFileSync(path.join(dir, "apim.yaml"), "utf8").replace(
      "      breaker:\n",
      `      xml:
        displayName: Xml
        method: GET
        urlTemplate: /xml
        policy: |
          <policies><inbound><base />
            <xsl-transform><xsl:stylesheet /></xsl-transform>
            <set-variable name="x" value="@{ using (var r = 1) { } return 1; }" />
          </inbound></policies>
      breaker:\n`,
    );
    fs.writeFileSync(path.join(dir, "apim.yaml"), root);
    const r = await apimc(["test", dir]);
    expect(r.code).toBe(1);
    const line = root.split("\n").findIndex((l) => l.includes("<xsl-transform>")) + 1;
    expect(r.err).toContain(`apim.yaml:${line}:13: error APIMC900: \`<xsl-transform>\` is not supported by apimc's runtime`);
    expect(r.err).toContain(`apim.yaml:${line + 1}:46: error APIMC903: A \`using\` statement is not supported`);
    // The tests still run, so one bad policy does not hide the others' results.
    expect(r.out).toContain("1 passed, 0 failed");
  });

  it("rejects an unknown --format and a missing path", async () => {
    expect((await apimc(["test", lab, "--format", "xml"])).code).toBe(1);
    const missing = await apimc(["test", "no/such/dir"]);
    expect(missing.err).toContain("`no/such/dir` does not exist");
    expect(missing.code).toBe(1);
  });

  it("runs end to end through bin/apimc.js (the built CLI)", () => {
    const built = path.join(repo, "dist/src/cli/commands/test.js");
    if (!fs.existsSync(built)) throw new Error("run `npm run build` first: this smoke test runs the built CLI");
    const run = spawnSync(process.execPath, [path.join(repo, "bin/apimc.js"), "test", "examples/contoso", "--format", "junit"], { cwd: repo, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain('tests="15" failures="0"');
    expect(run.status).toBe(0);
  });
});
