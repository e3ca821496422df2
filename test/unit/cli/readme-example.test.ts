/**
 * The README's annotated apim.yaml is a real declaration set: over the bundled
 * example's policy, spec and fragment files (its `include:`d files hold the same
 * resources again, so they are left out), `apimc validate --strict` passes with
 * no warning, and compile agrees.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../../src/cli/main";
import type { CliIo } from "../../../src/cli/io";

const root = path.resolve(__dirname, "../../..");

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: root, isTTY: false, debug: false, exitCode: 0 };
  return { code: await main(["node", "apimc", ...argv], io), out, err };
}

test("the README's annotated example validates under --strict with no warnings, and compiles", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-readme-example-"));
  try {
    fs.cpSync(path.join(root, "examples/contoso"), work, { recursive: true });
    fs.rmSync(path.join(work, "apis"), { recursive: true });
    fs.rmSync(path.join(work, "backends.yaml"));
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const start = readme.indexOf("```yaml\n# yaml-language-server");
    const yaml = readme.slice(start + "```yaml\n".length, readme.indexOf("```", start + 7));
    expect(yaml).toContain("fromKeyVault:");
    fs.writeFileSync(path.join(work, "apim.yaml"), yaml.replace(/^include:[^\n]*\n(?: {2}- [^\n]*\n)+/m, ""));
    const v = await run(["validate", work, "--strict"]);
    expect(v.err).not.toMatch(/ (error|warning) APIMC/);
    expect(v.code).toBe(0);
    const c = await run(["compile", work, "--target", "arm", "--out", path.join(work, "build"), "--strict"]);
    expect(c.code).toBe(0);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test("examples/contoso validates under --strict with no warnings, with and without the prod overlay", async () => {
  for (const env of [[], ["--env", "prod"]]) {
    const v = await run(["validate", path.join(root, "examples/contoso"), "--strict", ...env]);
    expect(v.err).not.toMatch(/ (error|warning) APIMC/);
    expect(v.code).toBe(0);
  }
});
