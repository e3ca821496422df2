import * as path from "path";
import { loadDeclarations } from "../../../src/index";
import { brief, FIX } from "./fixtures";

describe("include", () => {
  it("reports a resource declared twice at the second, naming the first, and keeps the rest", async () => {
    const l = await loadDeclarations(path.join(FIX, "dup"));
    expect(brief(l.diagnostics)).toEqual([
      "dup/apim.yaml:2:27 warning APIMC010 /include/1",
      "dup/parts/a.yaml:1:1 error APIMC012 /service",
      "dup/parts/a.yaml:4:3 error APIMC012 /backends/orders",
    ]);
    const orders = l.diagnostics.find((d) => d.pointer === "/backends/orders");
    expect(orders?.message).toBe(`backends.orders is already declared at ${path.join(FIX, "dup", "apim.yaml")}:6`);
    expect(l.data.backends?.orders?.url).toBe("https://a.example.com");
    expect(l.data.backends?.extra?.url).toBe("https://c.example.com");
    expect(l.data.service?.name).toBe("demo");
  });

  it("warns about a glob that matches nothing", async () => {
    const l = await loadDeclarations(path.join(FIX, "dup"));
    const w = l.diagnostics.find((d) => d.code === "APIMC010");
    expect(w?.message).toContain('"nothing/*.yaml" matches no file');
  });

  it("reports an include cycle at the entry that closes it, naming the chain", async () => {
    const l = await loadDeclarations(path.join(FIX, "cycle"));
    expect(brief(l.diagnostics)).toEqual(["cycle/sub/child.yaml:2:5 error APIMC011 /include/0"]);
    const root = path.join(FIX, "cycle", "apim.yaml");
    const child = path.join(FIX, "cycle", "sub", "child.yaml");
    expect(l.diagnostics[0].message).toBe(`include cycle: ${root} -> ${child} -> ${root}`);
    expect(l.data.backends?.child?.url).toBe("https://child.example.com");
    expect(l.data).not.toHaveProperty("backends.child.include");
  });

  it("keeps the root's include in data but never a nested file's", async () => {
    const l = await loadDeclarations(path.join(FIX, "cycle"));
    expect(l.data.include).toEqual(["sub/child.yaml"]);
  });
});
