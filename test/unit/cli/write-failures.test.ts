/**
 * When the file system refuses a write, the user gets a diagnostic and exit 1,
 * and nothing is left half-written: no stack trace, no stray temporary file.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../../..");
let work: string;

function apimc(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/apimc.js"), ...args], { cwd: work, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-writefail-"));
});
afterEach(() => {
  spawnSync("chattr", ["-R", "-i", work]);
  fs.rmSync(work, { recursive: true, force: true });
});

test("--out below a regular file: APIMC331, exit 1, nothing created", () => {
  fs.writeFileSync(path.join(work, "build"), "not a directory\n");
  const r = apimc("compile", path.join(root, "examples/contoso"), "--target", "arm", "--out", "build/arm");
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^build\/arm:0:0: error APIMC331: cannot write --out build\/arm: .*\n    fix: /m);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(fs.readdirSync(work)).toEqual(["build"]);
});

test("policy fmt --write on a file that cannot be replaced: diagnostic, exit 1, file and folder unchanged", () => {
  const file = path.join(work, "p.xml");
  const text = "<policies><inbound><base/></inbound></policies>";
  fs.writeFileSync(file, text);
  // An immutable file cannot be replaced even by root; skip where the file system has no such flag.
  if (spawnSync("chattr", ["+i", file]).status !== 0) return;
  const r = apimc("policy", "fmt", "p.xml", "--write");
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^p\.xml:0:0: error APIMC204: The policy file cannot be rewritten/m);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(fs.readFileSync(file, "utf8")).toBe(text);
  expect(fs.readdirSync(work)).toEqual(["p.xml"]);
});
