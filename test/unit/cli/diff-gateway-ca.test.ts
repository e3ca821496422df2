/** Gateway certificate authorities in `apimc diff`: compared as deployed (`isTrusted` defaults to false). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";


function set(dir: string, cas: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "apim.yaml"), `version: 1\nservice: { name: c }\ngateways:\n  g:\n    certificateAuthorities:\n${cas}`);
}

test("an undeclared isTrusted equals false; a new CA is an update of its gateway", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-diff-ca-"));
  set(path.join(work, "a"), "      root-ca: {}\n");
  set(path.join(work, "b"), "      root-ca: { isTrusted: false }\n      other-ca: {}\n");
  const r = await runCli(["diff", "a", "b", "--format", "json"], { cwd: work });
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout).changes).toEqual([
    { action: "update", kind: "gateway", id: "gateways/g", name: "g", diff: [{ path: "certificateAuthorities.other-ca.isTrusted", after: false }] },
  ]);
  fs.rmSync(work, { recursive: true, force: true });
});
