import * as path from "path";
import { loadDeclarations, loadDeclarationsFromObject } from "../../../src/index";
import { brief, FIX } from "./fixtures";

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
    expect(brief(l.diagnostics)).toEqual(["errors/syntax.yaml:6:1 error APIMC003 ", "errors/syntax.yaml:7:1 error APIMC003 "]);
    expect(l.diagnostics[0].message).toMatch(/^syntax error: Flow map/);
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
