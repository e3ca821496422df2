/**
 * Preflight golden cases: test/cases/lint-<rule>/{positive,negative}/ hold a
 * declaration set and expected.txt with the exact APIMC5xx lines printed for it
 * (paths relative to that folder, as `apimc validate .` run there prints them);
 * a negative case's expected.txt is empty.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { hasErrors, loadDeclarations, renderDiagnostics, runPreflight } from "../../../src/index";
import { buildModel } from "../../../src/model";

const casesDir = path.resolve(__dirname, "../../cases");
const cases = fs
  .readdirSync(casesDir)
  .filter((d) => d.startsWith("lint-"))
  .flatMap((d) => ["positive", "negative"].map((v) => `${d}/${v}`))
  .filter((c) => fs.existsSync(path.join(casesDir, c, "expected.txt")))
  .sort();

const PREFLIGHT_LINE = /^\S+:\d+:\d+: (error|warning|info) APIMC5\d\d: /;

async function preflightLines(dir: string): Promise<string[]> {
  const loaded = await loadDeclarations(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const { model, diagnostics } = buildModel(loaded);
  expect(hasErrors(diagnostics)).toBe(false);
  const found = runPreflight(model!, { locate: (p) => loaded.sourceMap.locate(p) });
  return renderDiagnostics(found, "text", dir)
    .split("\n")
    .filter((l) => PREFLIGHT_LINE.test(l));
}

describe("preflight golden cases", () => {
  it("has a positive and a negative case for every rule", () => {
    const rules = fs.readdirSync(casesDir).filter((d) => d.startsWith("lint-"));
    expect(rules.length).toBeGreaterThanOrEqual(9);
    for (const r of rules) {
      expect(cases).toContain(`${r}/positive`);
      expect(cases).toContain(`${r}/negative`);
    }
  });

  it.each(cases)("%s prints exactly the expected preflight lines", async (name) => {
    const dir = path.join(casesDir, name);
    const expected = fs.readFileSync(path.join(dir, "expected.txt"), "utf8").split("\n").filter((l) => l.trim() !== "");
    const printed = await preflightLines(dir);
    expect(printed).toEqual(expected);
    if (name.endsWith("/positive")) expect(printed.length).toBeGreaterThan(0);
  });
});
