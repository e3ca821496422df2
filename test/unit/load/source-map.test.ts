import * as path from "path";
import { loadDeclarations, stableStringify } from "../../../src/index";
import { FIX, where } from "./fixtures";

const BASIC = path.join(FIX, "basic");

describe("source map", () => {
  it("finds the root file in a directory and reads includes in sorted order", async () => {
    const l = await loadDeclarations(BASIC);
    expect(l.diagnostics).toEqual([]);
    expect(l.rootFile).toBe(path.join(BASIC, "apim.yaml"));
    expect(l.files.map((f) => path.relative(BASIC, f))).toEqual(["apim.yaml", "parts/backends.yaml", "parts/products.yaml"]);
    expect(Object.keys(l.data.backends ?? {})).toEqual(["orders", "payments", "legacy"]);
    expect(l.data.include).toEqual(["parts/*.yaml"]);
  });

  it("tells key locations from value locations", async () => {
    const l = await loadDeclarations(BASIC);
    expect(where(l.sourceMap.key("/backends/orders"))).toBe("basic/apim.yaml:11:3");
    expect(where(l.sourceMap.value("/backends/orders"))).toBe("basic/apim.yaml:12:5");
    expect(where(l.sourceMap.key("/backends/orders/url"))).toBe("basic/apim.yaml:12:5");
    expect(where(l.sourceMap.value("/backends/orders/url"))).toBe("basic/apim.yaml:12:10");
    expect(where(l.sourceMap.value("/include/0"))).toBe("basic/apim.yaml:5:5");
    expect(l.sourceMap.key("")).toBeUndefined();
  });

  it("points into included files for included resources", async () => {
    const l = await loadDeclarations(BASIC);
    expect(where(l.sourceMap.key("/backends/payments"))).toBe("basic/parts/backends.yaml:2:3");
    expect(where(l.sourceMap.value("/backends/payments/url"))).toBe("basic/parts/backends.yaml:3:10");
    expect(where(l.sourceMap.value("/products/starter/policy"))).toBe("basic/parts/products.yaml:6:7");
  });

  it("locate falls back to the nearest ancestor, then the root file", async () => {
    const l = await loadDeclarations(BASIC);
    expect(where(l.sourceMap.locate("/backends/orders/tls/validateCertificateChain"))).toBe("basic/apim.yaml:12:5");
    expect(where(l.sourceMap.locate("/gateways/x"))).toBe("basic/apim.yaml:1:1");
  });

  it("accepts the root file itself as the path", async () => {
    const l = await loadDeclarations(path.join(BASIC, "apim.yaml"));
    expect(l.diagnostics).toEqual([]);
    expect(l.data.service?.name).toBe("demo");
  });

  it("gives the same result for the same input", async () => {
    const pick = async () => {
      const l = await loadDeclarations(BASIC, { env: "prod" });
      return stableStringify({ files: l.files, data: l.data, policies: l.policies, imports: l.imports, diagnostics: l.diagnostics, keys: Object.keys(l.data.backends ?? {}) });
    };
    expect(await pick()).toBe(await pick());
  });
});
