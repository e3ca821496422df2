/** `apimc validate` as a user runs it: the bundled example, formats, exit codes. */
import * as path from "node:path";
import { runCli } from "../../support/cli";

const repo = path.resolve(__dirname, "../../..");

function apimc(args: string[], cwd = repo) {
  return runCli([...args], { cwd });
}

describe("apimc validate", () => {
  it("accepts the bundled example with no diagnostics", async () => {
    const run = await apimc(["validate", "examples/contoso"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^ok: \d+ resources checked in 5 files\n$/);
    expect(run.status).toBe(0);
  });

  it("accepts the bundled example with the prod overlay", async () => {
    const run = await apimc(["validate", "examples/contoso", "--env", "prod"]);
    expect(run.stdout).toMatch(/^ok: \d+ resources checked in 6 files \(env prod\)\n$/);
    expect(run.status).toBe(0);
  });

  it("takes a file path as well as a directory, and defaults to the current directory", async () => {
    expect((await apimc(["validate", "examples/contoso/apim.yaml"])).status).toBe(0);
    expect((await apimc(["validate"], path.join(repo, "examples/contoso"))).status).toBe(0);
  });

  it("prints an empty JSON array for a clean set", async () => {
    const run = await apimc(["validate", "examples/contoso", "--format", "json"]);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("prints relative paths from the working directory", async () => {
    const run = await apimc(["validate", "test/cases/validate-include-cycle"]);
    expect(run.stderr).toContain("test/cases/validate-include-cycle/parts/b.yaml:2:5: error APIMC011:");
    expect(run.status).toBe(1);
  });

  it("is byte-identical across runs", async () => {
    const a = (await apimc(["validate", "test/cases/validate-many-mistakes"])).stderr;
    const b = (await apimc(["validate", "test/cases/validate-many-mistakes"])).stderr;
    expect(a).toBe(b);
  });

  it("rejects an unknown format and a missing path with exit 1", async () => {
    expect((await apimc(["validate", "examples/contoso", "--format", "xml"])).status).toBe(1);
    const missing = await apimc(["validate", "no/such/dir"]);
    expect(missing.status).toBe(1);
    expect(missing.stdout + missing.stderr).toContain("APIMC001");
  });

  it("is listed in --help with an example", async () => {
    const run = await apimc(["validate", "--help"]);
    expect(run.stdout).toContain("apimc validate examples/contoso");
    expect(run.stdout).toContain("--env <name>");
  });
});
