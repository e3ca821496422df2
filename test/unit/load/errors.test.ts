import * as path from "path";
import { loadDeclarations, loadDeclarationsFromObject } from "../../../src/index";
import { brief, FIX } from "./fixtures";
import { parseSource } from "../../../src/load/yaml-source";

const ERR = path.join(FIX, "errors");

describe("loader diagnostics", () => {
  it("reports a missing path", async () => {
    const l = await loadDeclarations(path.join(ERR, "none.yaml"));
    expect(brief(l.diagnostics)).toEqual(["errors/none.yaml:0:0 error APIMC001 "]);
    expect(l.data).toEqual({});
  });

  it("reports a directory without a root file", async () => {
    const l = await loadDeclarations(ERR);
    expect(brief(l.diagnostics)).toEqual(["errors:0:0 error APIMC002 "]);
    expect(l.diagnostics[0].hint).toContain("apim.yaml");
  });

  it("reports every YAML syntax error at its line:col", async () => {
    const l = await loadDeclarations(path.join(ERR, "syntax.yaml"));
    expect(brief(l.diagnostics)).toEqual(["errors/syntax.yaml:4:11 error APIMC003 ", "errors/syntax.yaml:6:6 error APIMC003 "]);
    expect(l.diagnostics[0].message).toMatch(/^this `{` map is never closed with `}`/);
  });

  it("reports a duplicate YAML key as a syntax error at the second key", async () => {
    const l = await loadDeclarations(path.join(ERR, "dupkey.yaml"));
    expect(brief(l.diagnostics)).toEqual(["errors/dupkey.yaml:4:1 error APIMC003 "]);
  });

  it("reports an empty file with a skeleton hint", async () => {
    const l = await loadDeclarations(path.join(ERR, "empty.yaml"));
    expect(brief(l.diagnostics)).toEqual(["errors/empty.yaml:1:1 error APIMC004 "]);
    expect(l.diagnostics[0].message).toBe("file is empty");
    expect(l.diagnostics[0].hint).toContain("version: 1");
    expect(l.diagnostics[0].hint).toContain("name: my-apim");
    expect(l.files).toEqual([path.join(ERR, "empty.yaml")]);
  });

  it("reports a root value that is not a map", async () => {
    const l = await loadDeclarations(path.join(ERR, "list.yaml"));
    expect(brief(l.diagnostics)).toEqual(["errors/list.yaml:1:1 error APIMC005 "]);
    const o = await loadDeclarationsFromObject([1, 2], ERR);
    expect(o.diagnostics.map((d) => `${d.file}:${d.code}`)).toEqual(["<inline>:APIMC005"]);
  });

  it("maps the object form to <inline> and resolves files against baseDir", async () => {
    const l = await loadDeclarationsFromObject({ version: 1, service: { name: "demo" }, policy: "policies/pets.xml" }, path.join(FIX, "basic"));
    expect(l.diagnostics).toEqual([]);
    expect(l.rootFile).toBe("<inline>");
    expect(l.sourceMap.locate("/service/name")).toEqual({ file: "<inline>", line: 1, col: 1 });
    expect(l.policies[0]).toMatchObject({ pointer: "/policy", file: path.join(FIX, "basic", "policies", "pets.xml"), inline: false });
  });
});

describe("YAML syntax errors in plain words, at the culprit line", () => {
  const cases: Array<[string, string, string]> = [
    ["a:\n  b: 1\n   c: 2\n", "3:4", "this line is indented deeper than the key above it: `b` at line 2 already has a value"],
    ["a:\n  b: 1\n c: 2\n", "3:2", "`c` is not lined up with the keys above it"],
    ['a:\n  b: "x\n  c: 2\n', "2:6", "this double-quoted string is never closed"],
    ["a:\n  b: [1, 2\nd: 3\n", "2:6", "this `[` list is never closed with `]`"],
    ["a:\n\tb: 1\n", "2:1", "this line is indented with a tab"],
    ["a: b: c\n", "1:4", "this value holds `: `"],
  ];
  it.each(cases)("%j", (text, at, message) => {
    const d = parseSource("x.yaml", text).diagnostics;
    expect(d).toHaveLength(1);
    expect(`${d[0].line}:${d[0].col}`).toBe(at);
    expect(d[0].message).toContain(message);
    expect(d[0].message).not.toMatch(/compact mapping|implicit key/i);
  });
});
