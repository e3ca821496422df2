/**
 * The gate: for every declaration set under test/cases, when `apimc validate`
 * passes, `apimc compile --target arm` and `--target gateway` (for each declared
 * gateway) pass too, and the same holds under --strict. Nothing may fail only
 * at compile time.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../../src/cli/main";
import type { CliIo } from "../../../src/cli/io";

const repo = path.resolve(__dirname, "../../..");

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: repo, isTTY: false, debug: false, exitCode: 0 };
  const code = await main(["node", "apimc", ...argv], io);
  return { code, out, err };
}

function declarationSets(dir: string): string[] {
  const found: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...declarationSets(p));
    else if (/^apim\.(yaml|yml|json)$/.test(e.name)) found.push(dir);
  }
  return [...new Set(found)].sort();
}

function gatewaysOf(dir: string): string[] {
  const text = fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => /^apim\.(yaml|yml|json)$/.test(f)) as string), "utf8");
  const m = /^gateways:\s*\n((?:[ \t]+.*\n?|\s*\n)*)/m.exec(text);
  if (!m) return [];
  return [...m[1].matchAll(/^  ([A-Za-z0-9][\w.-]*):/gm)].map((g) => g[1]);
}

const sets = declarationSets(path.join(repo, "test/cases"));
const out = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-gate-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("validate gates compile", () => {
  it("finds the declaration sets", () => {
    expect(sets.length).toBeGreaterThan(50);
  });

  it.each(sets.map((s) => [path.relative(repo, s)]))("%s: passes validate => compiles", async (rel) => {
    const dir = path.join(repo, rel);
    for (const strict of [[], ["--strict"]]) {
      const v = await run(["validate", dir, ...strict]);
      if (v.code !== 0) continue;
      const arm = await run(["compile", dir, "--target", "arm", "--out", path.join(out, "arm"), ...strict]);
      expect({ target: "arm", strict, code: arm.code, err: arm.err }).toEqual({ target: "arm", strict, code: 0, err: expect.any(String) });
      for (const gw of gatewaysOf(dir)) {
        const g = await run(["compile", dir, "--target", "gateway", "--gateway", gw, "--out", path.join(out, "gw"), ...strict]);
        expect({ target: `gateway ${gw}`, strict, code: g.code, err: g.err }).toEqual({ target: `gateway ${gw}`, strict, code: 0, err: expect.any(String) });
      }
    }
  });
});
