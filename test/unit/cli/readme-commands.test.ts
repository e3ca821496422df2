/**
 * The README's commands, run as written (in a copy of the repository's
 * example, so `build/` lands in a scratch folder): a newcomer's first
 * experience must work.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runBinary, runCli } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-readme-"));
  fs.cpSync(path.join(root, "examples"), path.join(work, "examples"), { recursive: true });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** `npx apimc ...` lines of the README's quick start, without their comments. */
const commands = readme
  .split("\n")
  .filter((l) => /^npx apimc (validate|compile|policy) /.test(l))
  .map((l) => l.replace(/\s+#.*$/, "").trim());

test("the README shows the main job and the other example commands", () => {
  expect(commands).toContain("npx apimc compile examples/contoso --target arm --out build/arm");
  expect(commands.length).toBeGreaterThanOrEqual(4);
});

test.each(commands.map((c) => [c]))("%s exits 0", async (command) => {
  const args = command.split(/\s+/).slice(2);
  const r = await runCli(args, { cwd: work });
  expect({ command, code: r.status, stderr: r.stderr.includes(" error APIMC") ? r.stderr : "" }).toEqual({ command, code: 0, stderr: "" });
});

// End-to-end smoke test: the shipped binary (bin/apimc.js over dist/), spawned as a user runs it.
test("the main job, run through the installed binary, writes the template and its parameters file", () => {
  const r = runBinary(["compile", "examples/contoso", "--target", "arm", "--out", "build/arm"], { cwd: work });
  expect(r.status).toBe(0);
  expect(fs.readdirSync(path.join(work, "build/arm")).sort()).toEqual(["azuredeploy.json", "azuredeploy.parameters.json"]);
  expect(r.stdout).toMatch(/^compiled \d+ resources into 1 template in build\/arm: /);
});

test("every policy of the example is already in canonical form", async () => {
  const policies = fs.readdirSync(path.join(work, "examples/contoso/policies"), { recursive: true }).map(String).filter((f) => f.endsWith(".xml"));
  const r = await runCli(["policy", "fmt", "--check", ...policies.map((f) => path.join("examples/contoso/policies", f))], { cwd: work });
  expect(r.stdout).toBe("");
  expect(r.status).toBe(0);
});
