/**
 * Loader diagnostics that a bad-input case folder cannot express (an `--env` flag,
 * a warning, files written at test time), asserted as the exact lines `apimc validate` prints.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const repo = path.resolve(__dirname, "../../..");
const FIX = path.join(repo, "test/fixtures/load");

async function validate(cwd: string, ...args: string[]) {
  const run = await runCli(["validate", ".", ...args], { cwd });
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  return { status: run.status, lines: run.stderr.split("\n"), out: run.stdout + run.stderr };
}

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempProject(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-load-"));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

const ROOT = "version: 1\nservice:\n  name: contoso\n";

describe("environment names", () => {
  it.each(["../apim", "../../outside/ext", "prod/../prod", ".hidden", ""])("refuses --env %j as a path and lists the environments", async (env) => {
    const run = await validate(path.join(FIX, "overlay-delete"), "--env", env);
    expect(run.status).toBe(1);
    expect(run.lines).toContain(
      `apim.yaml:1:1: error APIMC022: environment name ${JSON.stringify(env)} is not a plain name: an environment is a file in environments, named with letters, digits, '.', '_' and '-' (available: prod, test)`,
    );
    expect(run.lines).toContain("    fix: use one of: prod, test");
  });
});

describe("overlay deletions", () => {
  it("blames a property deleted with null on the overlay's null", async () => {
    const run = await validate(path.join(FIX, "overlay-delete"), "--env", "prod");
    expect(run.status).toBe(1);
    expect(run.lines).toContain("environments/prod.yaml:3:10: error APIMC120: backend `orders` (type Single) has no `url` (at /backends/orders)");
  });
});

describe("includes outside the root folder", () => {
  it("warns once per pattern, naming the first file, and still loads them", async () => {
    const run = await validate(path.join(FIX, "outside/project"));
    expect(run.status).toBe(0);
    expect(run.lines).toContain('apim.yaml:6:5: warning APIMC016: include pattern "../shared/*.yaml" reaches outside the folder of apim.yaml: ../shared/common.yaml and 1 more (at /include/1)');
    expect(run.out).toContain("ok: 3 resources checked in 4 files");
  });
});

describe("a file that is not a map is described, never echoed", () => {
  it.each([
    ["a passwd-like file", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n", "a string of 79 characters"],
    ["a list", "- a-s3cr3t\n- b\n- c\n", "a list of 3 items"],
    ["a number", "31337\n", "a number"],
  ])("%s", async (_name, body, shape) => {
    const dir = tempProject({ "apim.yaml": ROOT + "include:\n  - parts/x.yaml\n", "parts/x.yaml": body });
    const run = await validate(dir);
    expect(run.status).toBe(1);
    expect(run.lines).toContain(`parts/x.yaml:1:1: error APIMC005: the file must hold a map of top-level keys, not ${shape}`);
    expect(run.out).not.toContain("root:x");
    expect(run.out).not.toContain("s3cr3t");
    expect(run.out).not.toContain("31337");
  });

  it("binary garbage", async () => {
    const garbage = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x53, 0x33, 0x43, 0x52, 0x33, 0x54, 0x0a, 0x9f, 0x00, 0x00]);
    const dir = tempProject({ "apim.yaml": ROOT + "include:\n  - blob.yaml\n", "blob.yaml": garbage });
    const run = await validate(dir);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/^blob\.yaml:\d+:\d+: error APIMC00[35]: /m);
    expect(run.out).not.toContain("S3CR3T");
  });
});
