/** A `/` (or `\`, `%`, a control character) in a resource name is a located user error, never a compile crash. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";


it("compile --target arm refuses a backend named `a/b` at the key, with exit 1 and nothing written", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-names-"));
  try {
    fs.writeFileSync(path.join(dir, "apim.yaml"), "version: 1\nservice:\n  name: contoso\nbackends:\n  a/b:\n    url: https://x.example.com\n    protocol: http\n");
    const run = await runCli(["compile", ".", "--target", "arm", "--out", "out"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain("apim.yaml:5:3: error APIMC105: backend name `a/b` may not contain `/`");
    expect(run.stdout + run.stderr).not.toContain("internal error");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
