/** `apimc policy fmt` through the built CLI: stdout, --check, --write, parse errors. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const apimc = async (cwd: string, ...args: string[]) => await runCli(["policy", ...args], { cwd });

const messy = `<policies>\n  <inbound><base/>\n <set-header name='X' exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("a","") + "<&>")</value></set-header>\n  </inbound>\n</policies>`;
const canonical = `<policies>\n    <inbound>\n        <base />\n        <set-header name="X" exists-action="override">\n            <value>@(context.Request.Headers.GetValueOrDefault("a","") + "<&>")</value>\n        </set-header>\n    </inbound>\n</policies>\n`;

describe("apimc policy fmt", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-fmt-"));
    fs.writeFileSync(path.join(dir, "messy.xml"), messy);
    fs.writeFileSync(path.join(dir, "clean.xml"), canonical);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints the canonical form to stdout", async () => {
    const r = await apimc(dir, "fmt", "messy.xml");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(canonical);
  });
  it("--check lists files that are not canonical and exits 1", async () => {
    const r = await apimc(dir, "fmt", "--check", "messy.xml", "clean.xml");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("not canonical: messy.xml\n1 file would be reformatted (run with --write)\n");
    expect((await apimc(dir, "fmt", "--check", "clean.xml")).status).toBe(0);
  });
  it("--write rewrites in place", async () => {
    const r = await apimc(dir, "fmt", "--write", "messy.xml");
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "messy.xml"), "utf8")).toBe(canonical);
    expect(fs.readdirSync(dir).sort()).toEqual(["clean.xml", "messy.xml"]);
  });
  it("reports malformed XML at its line with exit 1 and no stack trace", async () => {
    fs.writeFileSync(path.join(dir, "bad.xml"), "<policies>\n  <inbound>\n    <base />\n</policies>\n");
    const r = await apimc(dir, "fmt", "bad.xml");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("bad.xml:2:3: error APIMC201: Element <inbound> is never closed.\n    fix: Add </inbound> on its own line before </policies> at line 4, where the content of <inbound> ends.\n1 error, 0 warnings, 0 notes\n");
  });
  it("lint --format json prints the diagnostics as JSON", async () => {
    const r = await apimc(dir, "lint", "--format", "json", "--scope", "global", "clean.xml");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ code: "APIMC216", severity: "warning", file: "clean.xml", line: 3, col: 9 })]);
  });
});
