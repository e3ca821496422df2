/**
 * When the file system refuses a write, the user gets a diagnostic and exit 1,
 * and nothing is left half-written: no stack trace, no stray temporary file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
let work: string;

async function apimc(...args: string[]) {
  const r = await runCli(args, { cwd: work });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-writefail-"));
});
afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

test("--out below a regular file: APIMC331, exit 1, nothing created", async () => {
  fs.writeFileSync(path.join(work, "build"), "not a directory\n");
  const r = await apimc("compile", path.join(root, "examples/contoso"), "--target", "arm", "--out", "build/arm");
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^build\/arm:0:0: error APIMC331: cannot write --out build\/arm: .*\n    fix: /m);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(fs.readdirSync(work)).toEqual(["build"]);
});

test("policy fmt --write on a file that cannot be replaced: diagnostic, exit 1, file and folder unchanged", async () => {
  // The rewrite goes through a temporary file beside the policy. A policy whose name is
  // 250 bytes long leaves no room for the temporary name within the 255-byte file-name
  // limit, so the write fails on every Linux file system and for every user, root included
  // (permission bits and chattr cannot stop root, or are not supported everywhere).
  const name = `${"p".repeat(246)}.xml`;
  const file = path.join(work, name);
  const text = "<policies><inbound><base/></inbound></policies>";
  fs.writeFileSync(file, text);
  const r = await apimc("policy", "fmt", name, "--write");
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`${name}:0:0: error APIMC204: The policy file cannot be rewritten`);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(fs.readFileSync(file, "utf8")).toBe(text);
  expect(fs.readdirSync(work)).toEqual([name]);
});
