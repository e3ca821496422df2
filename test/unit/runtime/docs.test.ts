/** docs/runtime.md embeds the support tables the diagnostics use, exactly. */
import * as fs from "node:fs";
import * as path from "node:path";
import { expressionSupportMarkdown, policySupportMarkdown, RUNTIME_CODES } from "../../../src/runtime";
import { POLICY_SUPPORT } from "../../../src/runtime/support";
import { POLICY_CATALOG } from "../../../src/index";

const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/runtime.md"), "utf8");
const between = (tag: string) => doc.split(`<!-- ${tag}:start -->\n`)[1]?.split(`\n<!-- ${tag}:end -->`)[0];

describe("docs/runtime.md", () => {
  it("holds the policy support table from src/runtime/support.ts", () => {
    expect(between("policy-support")).toBe(policySupportMarkdown());
  });
  it("holds the expression support table", () => {
    expect(between("expression-support")).toBe(expressionSupportMarkdown());
  });
  it("rates every policy element apimc knows, so none is reported as unknown to the runtime", () => {
    expect(Object.keys(POLICY_CATALOG).filter((name) => !POLICY_SUPPORT[name])).toEqual([]);
  });
  it("documents every runtime diagnostic code", () => {
    const codes = fs.readFileSync(path.resolve(__dirname, "../../../docs/codes-runtime.md"), "utf8");
    for (const code of Object.values(RUNTIME_CODES)) expect(codes).toContain(`| ${code} |`);
  });
});
