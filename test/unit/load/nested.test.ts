import * as path from "path";
import { loadDeclarations, loadDeclarationsFromObject } from "../../../src/index";
import { FIX, where } from "./fixtures";

const NESTED = path.join(FIX, "nested");

describe("nested includes", () => {
  it("follows includes recursively, resolving globs and policy files relative to each file", async () => {
    const l = await loadDeclarations(NESTED);
    expect(l.diagnostics).toEqual([]);
    expect(l.files.map((f) => path.relative(NESTED, f))).toEqual(["apim.yaml", "sub/api.yaml", "sub/more/backends.yaml"]);
    expect(where(l.sourceMap.value("/backends/deep/url"))).toBe("nested/sub/more/backends.yaml:3:10");
    expect(l.policies).toEqual([
      { pointer: "/apis/orders/policy", text: "<policies><inbound><base /></inbound></policies>\n", file: path.join(NESTED, "sub", "orders.xml"), line: 1, col: 1, inline: false },
    ]);
    expect(l.data).toEqual({
      version: 1,
      service: { name: "nested" },
      include: ["sub/*.yaml"],
      apis: { orders: { path: "orders", policy: "orders.xml" } },
      backends: { deep: { url: "https://deep.example.com", protocol: "http" } },
    });
  });

  it("applies a JSON overlay; inline XML from the overlay points into the overlay file", async () => {
    const l = await loadDeclarations(NESTED, { env: "dev" });
    expect(l.diagnostics).toEqual([]);
    expect(l.data.backends?.deep?.tls).toEqual({ validateCertificateChain: false });
    expect(l.sourceMap.value("/backends/deep/tls/validateCertificateName")).toBeUndefined();
    const p = l.policies[0];
    expect(p).toMatchObject({ pointer: "/apis/orders/policy", text: "<policies />", inline: true });
    expect(where({ file: p.file, line: p.line, col: p.col })).toBe("nested/environments/dev.json:2:36");
  });

  it("supports includes and overlays in the object form, relative to baseDir", async () => {
    const l = await loadDeclarationsFromObject({ version: 1, service: { name: "obj" }, include: ["sub/*.yaml"] }, NESTED, { env: "dev" });
    expect(l.diagnostics).toEqual([]);
    expect(l.rootFile).toBe("<inline>");
    expect(Object.keys(l.data.backends ?? {})).toEqual(["deep"]);
    expect(where(l.sourceMap.key("/apis/orders"))).toBe("nested/sub/api.yaml:4:3");
    expect(l.sourceMap.value("/service/name")).toEqual({ file: "<inline>", line: 1, col: 1 });
  });
});
