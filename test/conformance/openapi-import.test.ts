import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { loadDeclarations } from "../../src/index";

const shared = path.resolve(process.env.APIMC_SHARED ?? path.join(__dirname, "..", "..", "..", "shared"));
const corpus = path.join(shared, "corpus", "openapi");

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** A standalone spec names its version; split-spec fragments (Pet.yaml, parameters.json...) do not. */
function isStandaloneSpec(file: string): boolean {
  if (!/\.(json|ya?ml)$/i.test(file)) return false;
  try {
    const doc: unknown = parse(fs.readFileSync(file, "utf8"));
    return typeof doc === "object" && doc !== null && ("openapi" in doc || "swagger" in doc);
  } catch {
    return true;
  }
}

describe("OpenAPI import over the shared corpus", () => {
  const all = fs.existsSync(corpus) ? listFiles(corpus) : [];
  const specs = all.filter(isStandaloneSpec);

  it("imports every standalone OpenAPI file without crashing", async () => {
    expect(all.length).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-openapi-"));
    try {
      const names = specs.map((_, i) => `api-${String(i).padStart(3, "0")}`);
      const lines = ["version: 1", "service:", "  name: corpus", "apis:"];
      specs.forEach((file, i) => lines.push(`  ${names[i]}:`, `    path: p${i}`, `    openapi: ${JSON.stringify(file)}`));
      fs.writeFileSync(path.join(dir, "apim.yaml"), lines.join("\n") + "\n");
      const loaded = await loadDeclarations(dir);
      const failed = loaded.diagnostics.filter((d) => d.severity === "error");
      for (const d of loaded.diagnostics) {
        expect(d.code).toMatch(/^APIMC0\d\d$/);
        expect(d.message).not.toMatch(/\n\s+at /);
      }
      const imported = names.filter((n) => loaded.imports[n] !== undefined);
      for (const n of imported) {
        for (const [name, op] of Object.entries(loaded.imports[n].operations)) {
          expect(name).toMatch(/^[^*#&+:<>?]{1,80}$/);
          expect(op.method).toMatch(/^[A-Z]+$/);
        }
      }
      const ops = imported.reduce((sum, n) => sum + Object.keys(loaded.imports[n].operations).length, 0);
      console.log(
        `openapi import: ${imported.length}/${specs.length} files imported (${all.length - specs.length} skipped as non-spec or fragments, ${ops} operations, ${failed.length} errors)` +
          failed.map((d) => `\n  ${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`).join(""),
      );
      // Every standalone spec of the corpus imports, with no error: a regression fails here, not in a log line.
      expect(specs.length).toBeGreaterThan(0);
      expect(failed.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
      expect(imported).toEqual(names);
      expect(ops).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
