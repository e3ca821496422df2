import * as fs from "fs";
import * as path from "path";
import { loadDeclarations } from "../../../src/index";
import { brief, FIX, where } from "./fixtures";

const BASIC = path.join(FIX, "basic");

describe("policy sources", () => {
  it("collects every policy property, sorted by pointer", async () => {
    const l = await loadDeclarations(BASIC);
    expect(l.policies.map((p) => p.pointer)).toEqual([
      "/apis/pets/operations/ping/policy",
      "/apis/pets/policy",
      "/policy",
      "/products/starter/policy",
    ]);
  });

  it("reads a policy file relative to the declaring file", async () => {
    const l = await loadDeclarations(BASIC);
    const p = l.policies.find((x) => x.pointer === "/apis/pets/policy");
    expect(p).toMatchObject({ inline: false, line: 1, col: 1, file: path.join(BASIC, "policies", "pets.xml") });
    expect(p?.text).toBe(fs.readFileSync(path.join(BASIC, "policies", "pets.xml"), "utf8"));
  });

  it("gives the exact start of inline XML in a block scalar (next line, after indentation)", async () => {
    const l = await loadDeclarations(BASIC);
    const p = l.policies.find((x) => x.pointer === "/policy");
    expect(p?.inline).toBe(true);
    expect(where({ file: p!.file, line: p!.line, col: p!.col })).toBe("basic/apim.yaml:7:3");
    expect(p?.text.startsWith("<policies>\n  <inbound>")).toBe(true);
  });

  it("gives the exact start of inline XML in a quoted scalar (after the quote and blanks)", async () => {
    const l = await loadDeclarations(BASIC);
    const p = l.policies.find((x) => x.pointer === "/apis/pets/operations/ping/policy");
    expect(where({ file: p!.file, line: p!.line, col: p!.col })).toBe("basic/apim.yaml:26:20");
    expect(p?.text).toBe("<policies><inbound><base /></inbound></policies>");
  });

  it("keeps structured policies as values", async () => {
    const l = await loadDeclarations(BASIC);
    const p = l.policies.find((x) => x.pointer === "/products/starter/policy");
    expect(p).toMatchObject({ text: "", structured: { inbound: ["base"] } });
    expect(where({ file: p!.file, line: p!.line, col: p!.col })).toBe("basic/parts/products.yaml:6:7");
  });

  it("handles inline XML in JSON and reports a missing policy file at the YAML value", async () => {
    const l = await loadDeclarations(path.join(FIX, "errors", "policies.json"));
    const inline = l.policies.find((x) => x.pointer === "/policy");
    expect(where({ file: inline!.file, line: inline!.line, col: inline!.col })).toBe("errors/policies.json:4:14");
    expect(brief(l.diagnostics)).toEqual(["errors/policies.json:6:42 error APIMC030 /products/p/policy"]);
    expect(l.diagnostics[0].message).toContain(path.join(FIX, "errors", ">"));
  });

  it("reads through options.readFile when given", async () => {
    const seen: string[] = [];
    const l = await loadDeclarations(path.join(BASIC, "apim.yaml"), {
      readFile: (p) => {
        seen.push(path.relative(BASIC, p));
        return fs.readFileSync(p, "utf8").replace("<base />", "<base/>");
      },
    });
    expect(seen).toContain(path.join("policies", "pets.xml"));
    expect(l.policies.find((x) => x.pointer === "/apis/pets/policy")?.text).toContain("<base/>");
  });
});
