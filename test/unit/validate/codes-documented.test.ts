/**
 * docs/codes-*.md match the code: every diagnostic code apimc can emit
 * (an "APIMCnnn" literal in src/) has a row in a codes document, and every
 * documented code exists in src/.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "../../..");

function filesUnder(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

const inSource = new Set(filesUnder(path.join(root, "src"), ".ts").flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/"(APIMC\d{3})"/g)].map((m) => m[1])));
const docs = fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md"));
const text = docs.map((f) => fs.readFileSync(path.join(root, "docs", f), "utf8")).join("\n");
/** Codes with a table row; a few CLI-only codes are documented in prose (gateway.md, diff.md). */
const documented = new Set([...text.matchAll(/^\|\s*`?(APIMC\d{3})`?\s*\|/gm)].map((m) => m[1]));
const mentioned = new Set([...text.matchAll(/APIMC\d{3}/g)].map((m) => m[0]));

test("every code in src/ has a documented row", () => {
  expect([...inSource].filter((c) => !documented.has(c) && !mentioned.has(c)).sort()).toEqual([]);
});

test("every documented code exists in src/", () => {
  expect([...documented].filter((c) => !inSource.has(c)).sort()).toEqual([]);
});
