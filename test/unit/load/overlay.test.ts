import * as path from "path";
import { loadDeclarations } from "../../../src/index";
import { brief, FIX, where } from "./fixtures";

const BASIC = path.join(FIX, "basic");

describe("environment overlay", () => {
  it("applies environments/<env>.yaml as a JSON merge patch, null deleting", async () => {
    const l = await loadDeclarations(BASIC, { env: "prod" });
    expect(l.diagnostics).toEqual([]);
    expect(l.env).toBe("prod");
    expect(l.data.backends?.orders).toEqual({ url: "https://orders.prod.example.com", protocol: "http" });
    expect(l.data.backends).not.toHaveProperty("legacy");
    expect(l.data.backends).toHaveProperty("payments");
    expect(l.data.service).toEqual({ name: "demo", resourceGroup: "rg-prod" });
    expect(l.files.map((f) => path.relative(BASIC, f))).toContain(path.join("environments", "prod.yaml"));
  });

  it("points overlaid values at the overlay file and drops deleted entries", async () => {
    const l = await loadDeclarations(BASIC, { env: "prod" });
    expect(where(l.sourceMap.value("/backends/orders/url"))).toBe("basic/environments/prod.yaml:3:10");
    expect(where(l.sourceMap.value("/backends/orders/protocol"))).toBe("basic/apim.yaml:13:15");
    expect(where(l.sourceMap.value("/service/resourceGroup"))).toBe("basic/environments/prod.yaml:6:18");
    expect(where(l.sourceMap.value("/service/name"))).toBe("basic/apim.yaml:3:9");
    expect(l.sourceMap.value("/backends/legacy")).toBeUndefined();
  });

  it("finds .yml overlays too", async () => {
    const l = await loadDeclarations(BASIC, { env: "test" });
    expect(l.diagnostics).toEqual([]);
    expect(Object.keys(l.data.backends ?? {})).toEqual(["orders", "payments", "legacy"]);
  });

  it("reports an unknown environment, listing the available ones", async () => {
    const l = await loadDeclarations(BASIC, { env: "staging" });
    expect(brief(l.diagnostics)).toEqual(["basic/apim.yaml:1:1 error APIMC020 "]);
    expect(l.diagnostics[0].message).toContain("(available: prod, test)");
    expect(l.diagnostics[0].hint).toBe("use one of: prod, test");
  });
});
