import * as fs from "fs";
import * as path from "path";
import { parsePolicy } from "../../../src/policy";
import { expressionSpans } from "../../../src/policy";
import { compileExpression } from "../../../src/runtime/expression/compile";
import "../../../src/runtime/context";
test("corpus", () => {
  const roots = ["/work/shared/corpus/policy-snippets", "/work/shared/corpus/policy-toolkit"];
  const files: string[] = [];
  const walk = (d: string) => { for (const f of fs.readdirSync(d)) { const p = path.join(d, f); if (fs.statSync(p).isDirectory()) walk(p); else if (p.endsWith(".xml")) files.push(p); } };
  roots.forEach(walk);
  let total = 0, ok = 0; const fails: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    for (const [s, e] of expressionSpans(text)) {
      total++;
      const c = compileExpression(text.slice(s, e).replace(/\{\{[^}]+\}\}/g, "1"));
      if (c.problems.length === 0) ok++; else fails.push(`${path.basename(f)}: ${c.problems[0].message} @ ${JSON.stringify(text.slice(s, e).slice(Math.max(0,c.problems[0].offset-20), c.problems[0].offset+30))}`);
    }
  }
  console.log(`${ok}/${total} in ${files.length} files\n` + fails.join("\n"));
});
