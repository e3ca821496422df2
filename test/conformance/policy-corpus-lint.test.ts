/**
 * Every policy in the shared corpus (policy-snippets, policy-toolkit) passes
 * `apimc policy lint` with no errors, through the CLI in-process. The corpus
 * stands in for real deployed policies: an error here is a rule stricter than
 * Azure (the section table, an attribute list), so fix the rule, not this test.
 *
 * The exceptions are files whose mistake Azure itself refuses on save; each is
 * pinned to exactly the code(s) that name that mistake, so a new false error in
 * them still fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

const root = path.join(__dirname, "..", "..");
const shared = path.resolve(process.env.APIMC_SHARED ?? path.join(root, "..", "shared"));
const dirs = ["corpus/policy-snippets", "corpus/policy-toolkit"].map((d) => path.join(shared, d)).filter((d) => fs.existsSync(d));
const files = dirs.flatMap((dir) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".xml")).map((f) => path.join(dir, f))).sort();

/** Genuine defects of the corpus files themselves (typos and broken C#), with the errors they must get. */
const DEFECTS: Record<string, string[]> = {
  // The C# in rewrite-uri's template was mangled in the corpus copy (`["latlong=""` ... ): brackets never balance.
  "corpus/policy-snippets/examples/Call out to an HTTP endpoint and cache the response.policy.xml": ["APIMC203"],
  // Decompiler test inputs of the policy toolkit with names Azure does not know: the toolkit's own early
  // misspellings of dapr (it later added publish-to-dapr / invoke-dapr-binding, as Microsoft's reference names them),
  // `estimate-prompt-token` for the documented `estimate-prompt-tokens`, and `error-variable-name` on
  // validate-status-code, whose reference page names only `errors-variable-name`. (cache-value.xml is no longer
  // here: the toolkit documents <cache-value> as a Microsoft policy, so the catalog knows it.)
  "corpus/policy-toolkit/test/Test.Decompiling/TestData/invoke-darp-binding.xml": ["APIMC210"],
  "corpus/policy-toolkit/test/Test.Decompiling/TestData/publish-to-darp.xml": ["APIMC210"],
  "corpus/policy-toolkit/test/Test.Decompiling/TestData/azure-openai-token-limit.xml": ["APIMC211"],
  "corpus/policy-toolkit/test/Test.Decompiling/TestData/llm-token-limit.xml": ["APIMC211"],
  "corpus/policy-toolkit/test/Test.Decompiling/TestData/validate-status-code.xml": ["APIMC211"],
};

interface Found {
  code: string;
  severity: string;
  message: string;
}

async function lint(file: string): Promise<{ code: number; found: Found[] }> {
  let out = "";
  const io: CliIo = { out: (t) => void (out += t), err: () => undefined, cwd: root, isTTY: false, debug: false, exitCode: 0 };
  const code = await main(["node", "apimc", "policy", "lint", file, "--format", "json"], io);
  return { code, found: JSON.parse(out) as Found[] };
}

const describeIfCorpus = files.length ? describe : describe.skip;

describeIfCorpus("policy corpus lint", () => {
  it("holds the 118 corpus policies", () => {
    expect(files.length).toBe(118);
  });

  it("lints every corpus policy with no errors, apart from the pinned defects", async () => {
    const unexpected: string[] = [];
    let clean = 0;
    for (const file of files) {
      const rel = path.relative(shared, file).split(path.sep).join("/");
      const { code, found } = await lint(file);
      const errors = [...new Set(found.filter((d) => d.severity === "error").map((d) => d.code))].sort();
      const expected = DEFECTS[rel] ?? [];
      if (JSON.stringify(errors) !== JSON.stringify(expected) || code !== (expected.length ? 1 : 0)) {
        unexpected.push(`${rel}: exit ${code}, errors ${errors.join(",") || "none"}, expected ${expected.join(",") || "none"}: ${found.filter((d) => d.severity === "error").map((d) => d.message).join(" / ")}`);
      }
      if (errors.length === 0) clean++;
    }
    expect(unexpected).toEqual([]);
    expect(clean).toBe(files.length - Object.keys(DEFECTS).length);
  });
});
