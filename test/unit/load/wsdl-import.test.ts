import * as path from "path";
import { loadDeclarationsFromObject, mergedOperations } from "../../../src/index";
import { FIX } from "./fixtures";

describe("WSDL import", () => {
  it("derives one POST operation per binding operation, SOAP 1.1 and 1.2 bindings merged", async () => {
    const l = await loadDeclarationsFromObject({ version: 1, apis: { calc: { type: "soap", wsdl: "calc.wsdl" } } }, path.join(FIX, "wsdl"));
    expect(l.diagnostics).toEqual([]);
    expect(l.imports.calc).toMatchObject({ format: "wsdl", title: "Calculator", pointer: "/apis/calc/wsdl", file: path.join(FIX, "wsdl", "calc.wsdl") });
    expect(l.imports.calc.operations).toEqual({
      add: { displayName: "Add", method: "POST", urlTemplate: "/?soapAction=http://example.com/calc/Add" },
      subtract: { displayName: "Subtract", method: "POST", urlTemplate: "/?soapAction=http://example.com/calc/Subtract" },
      reset: { displayName: "Reset", method: "POST", urlTemplate: "/Reset" },
    });
    expect(Object.keys(mergedOperations(l, "calc"))).toEqual(["add", "reset", "subtract"]);
  });

  it("reports malformed WSDL at the XML position", async () => {
    const l = await loadDeclarationsFromObject({ version: 1, apis: { calc: { wsdl: "bad.wsdl" } } }, path.join(FIX, "wsdl"));
    expect(l.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.col} ${d.code}`)).toEqual(["bad.wsdl:5:19 APIMC051"]);
    expect(l.diagnostics[0].message).toMatch(/^malformed WSDL: /);
  });
});
