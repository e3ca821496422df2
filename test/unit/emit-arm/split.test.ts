import { compileObject, json } from "./helpers";
import { richDeclarations } from "../model/fixture";

function manyApis(n: number): Record<string, unknown> {
  const data = richDeclarations();
  const apis = data.apis as Record<string, unknown>;
  for (let i = 0; i < n; i++) {
    apis[`api-${String(i).padStart(3, "0")}`] = {
      displayName: `Api ${i}`,
      path: `api${i}`,
      operations: { a: { method: "GET", urlTemplate: "/a" }, b: { method: "POST", urlTemplate: "/b" } },
    };
  }
  (data.products as any).starter.apis = Object.keys(apis);
  return data;
}

function templatesOf(files: Record<string, string>): string[] {
  return Object.keys(files).filter((f) => f.startsWith("azuredeploy-") && !f.endsWith(".parameters.json")).sort();
}

describe("emitArm: ARM limits", () => {
  it("stays one template at the resource limit", async () => {
    const { model } = await compileObject(manyApis(4));
    const { out } = await compileObject(manyApis(4), { limits: { maxResources: model.graph.nodes.length } });
    expect(Object.keys(out.files).sort()).toEqual(["azuredeploy.json", "azuredeploy.parameters.json"]);
  });

  it("splits one past the resource limit, in dependency order, each template within limits", async () => {
    const { model } = await compileObject(manyApis(4));
    const limit = 10;
    const { out } = await compileObject(manyApis(4), { limits: { maxResources: limit } });
    expect(out.files["azuredeploy.json"]).toBeUndefined();
    const templates = templatesOf(out.files);
    expect(templates.length).toBeGreaterThan(2);
    const order = json(out.files["deploy-order.json"]).steps.map((s: any) => s.template);
    expect(order).toEqual(templates);
    const seen: string[] = [];
    const where = new Map<string, number>();
    templates.forEach((name, i) => {
      const t = json(out.files[name]);
      expect(t.resources.length).toBeLessThanOrEqual(limit);
      const names = new Set(t.resources.map((r: any) => `${r.type} ${r.name}`));
      for (const r of t.resources) {
        // dependsOn only within the same template
        for (const d of r.dependsOn ?? []) {
          const m = /^\[resourceId\('([^']+)', parameters\('serviceName'\), (.+)\)\]$/.exec(d)!;
          const segs = m[2].split(", ").map((s) => s.slice(1, -1));
          expect(names.has(`${m[1]} [concat(parameters('serviceName'), '/${segs.join("/")}')]`)).toBe(true);
        }
        seen.push(`${r.type} ${r.name}`);
        where.set(`${r.type} ${r.name}`, i);
      }
      expect(out.files[name.replace(/\.json$/, ".parameters.json")]).toBeDefined();
    });
    expect(seen).toHaveLength(model.graph.nodes.length);
    expect(new Set(seen).size).toBe(seen.length);
    // Every cross-template dependency points to an earlier template.
    const full = json((await compileObject(manyApis(4))).out.files["azuredeploy.json"]);
    for (const r of full.resources) {
      for (const d of r.dependsOn ?? []) {
        const m = /^\[resourceId\('([^']+)', parameters\('serviceName'\), (.+)\)\]$/.exec(d)!;
        const key = `${m[1]} [concat(parameters('serviceName'), '/${m[2].split(", ").map((s) => s.slice(1, -1)).join("/")}')]`;
        expect(where.get(key)!).toBeLessThanOrEqual(where.get(`${r.type} ${r.name}`)!);
      }
    }
    const script = out.files["deploy.sh"];
    expect(script.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    for (const name of templates) expect(script).toContain(`--template-file ${name} --parameters @${name.replace(/\.json$/, ".parameters.json")}`);
    expect(script).toContain('"ordersApiKey=${ordersApiKey:?');
  });

  it("splits on the size limit and on the parameter limit", async () => {
    const bySize = (await compileObject(manyApis(4), { limits: { maxBytes: 10000 } })).out;
    expect(templatesOf(bySize.files).length).toBeGreaterThan(1);
    for (const name of templatesOf(bySize.files)) expect(Buffer.byteLength(bySize.files[name])).toBeLessThanOrEqual(10000);
    const byParams = (await compileObject(manyApis(1), { limits: { maxParameters: 3 } })).out;
    expect(templatesOf(byParams.files).length).toBeGreaterThan(1);
    for (const name of templatesOf(byParams.files)) expect(Object.keys(json(byParams.files[name]).parameters).length).toBeLessThanOrEqual(3);
  });

  it("reports a single resource larger than the size limit", async () => {
    const { out } = await compileObject(manyApis(1), { limits: { maxBytes: 1500 } });
    expect(out.files).toEqual({});
    expect(out.diagnostics.some((d) => d.code === "APIMC320")).toBe(true);
  });
});
