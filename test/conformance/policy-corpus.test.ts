/**
 * Every policy in the shared corpus (policy-snippets, policy-toolkit) goes
 * through `apimc policy fmt`: exit 0, a second fmt is byte-identical, and every
 * expression and comment of the input appears verbatim in the output.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expressionSpans } from "../../src/index";
import { runCli, type CliRun } from "../support/cli";

const root = path.join(__dirname, "..", "..");
const shared = path.resolve(process.env.APIMC_SHARED ?? path.join(root, "..", "shared"));
const dirs = ["corpus/policy-snippets", "corpus/policy-toolkit"].map((d) => path.join(shared, d)).filter((d) => fs.existsSync(d));

function xmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".xml")).map((f) => path.join(dir, f)).sort();
}

function fmt(file: string): Promise<CliRun> {
  return runCli(["policy", "fmt", file]);
}

/** Comments and balanced expressions of the input, as written. */
function verbatimPieces(text: string): string[] {
  const pieces = [...text.matchAll(/<!--[\s\S]*?-->/g)].map((m) => m[0]);
  for (const [s, e] of expressionSpans(text)) if (e < text.length) pieces.push(text.slice(s, e));
  return pieces;
}

const files = dirs.flatMap(xmlFiles);
describe("policy corpus", () => {
  // The conformance suite only runs with the shared data; an empty corpus is a failure, not a skip.
  it("holds both corpora", () => {
    expect(dirs).toHaveLength(2);
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it("formats every corpus policy canonically, idempotently and losslessly", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-policy-"));
    const failures: string[] = [];
    for (const file of files) {
      const rel = path.relative(shared, file);
      const first = await fmt(file);
      if (first.status !== 0) {
        failures.push(`${rel}: exit ${first.status}: ${first.stderr.split("\n")[0]}`);
        continue;
      }
      const again = path.join(tmp, "again.xml");
      fs.writeFileSync(again, first.stdout);
      const second = await fmt(again);
      if (second.status !== 0 || second.stdout !== first.stdout) {
        failures.push(`${rel}: second fmt differs (exit ${second.status})`);
        continue;
      }
      const input = fs.readFileSync(file, "utf8");
      const lost = verbatimPieces(input).find((p) => !first.stdout.includes(p));
      if (lost !== undefined) failures.push(`${rel}: lost ${JSON.stringify(lost.slice(0, 80))}`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`policy corpus: ${files.length - failures.length}/${files.length}`);
    expect(failures).toEqual([]);
  });
});
