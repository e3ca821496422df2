/**
 * Every policy expression in the real policy corpus (../shared/corpus:
 * policy-snippets and policy-toolkit) through the runtime's C# parser and
 * checker. Named values inside expressions are replaced first, as APIM does.
 * The figure is printed; the floor keeps it from regressing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expressionSpans } from "../../src/policy";
import { compileExpression } from "../../src/runtime";
import "../../src/runtime/context";

const shared = process.env.APIMC_SHARED ?? path.resolve(__dirname, "../../../shared");

function xmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? xmlFiles(path.join(dir, e.name)) : e.name.endsWith(".xml") ? [path.join(dir, e.name)] : []));
}

describe("runtime expressions over the policy corpus", () => {
  it("parses and checks at least 96% of the corpus expressions; the rest name their construct", () => {
    const files = [...xmlFiles(path.join(shared, "corpus/policy-snippets")), ...xmlFiles(path.join(shared, "corpus/policy-toolkit"))].sort();
    expect(files.length).toBeGreaterThan(100);
    let total = 0;
    let ok = 0;
    const failures: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, "utf8");
      for (const [s, e] of expressionSpans(text)) {
        total++;
        const c = compileExpression(text.slice(s, e).replace(/\{\{[^{}]+\}\}/g, (m) => "0".padEnd(m.length)));
        if (c.problems.length === 0) ok++;
        else failures.push(`${path.basename(f)}: ${c.problems[0].message}`);
      }
    }
    console.log(`runtime expressions: ${ok}/${total} corpus expressions parse and check (${((ok / total) * 100).toFixed(1)}%)\n${failures.join("\n")}`);
    expect(ok / total).toBeGreaterThanOrEqual(0.96);
    for (const f of failures) expect(f).toMatch(/not supported|not valid|Expected|Unexpected|not one apimc|starts with|cannot construct/);
  });
});
