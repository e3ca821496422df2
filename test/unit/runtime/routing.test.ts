/** Routing edge cases through runRequest: bad URLs, version sets by query and header, wildcard templates. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadDeclarations } from "../../../src/load";
import { buildModel } from "../../../src/model";
import { loadGateway, runRequest, RuntimeState, virtualClock, type RuntimeOptions } from "../../../src/runtime";

async function gateway(yaml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-route-"));
  fs.writeFileSync(path.join(dir, "apim.yaml"), yaml);
  const built = buildModel(await loadDeclarations(dir));
  if (!built.model) throw new Error(JSON.stringify(built.diagnostics));
  return loadGateway(built.model);
}

const opts = (): RuntimeOptions => ({ clock: virtualClock(0), state: new RuntimeState(), subscriptions: {}, namedValue: () => undefined, transport: async (c) => ({ status: 200, headers: {}, body: c.url }) });

const api = (name: string, extra: string) => `  ${name}:
    displayName: ${name}
    path: v
    protocols: [https]
    subscriptionRequired: false
    serviceUrl: https://${name}.example
    apiVersionSet: vs
${extra}
    operations:
      any: { displayName: Any, method: "*", urlTemplate: "/files/*" }
      one: { displayName: One, method: GET, urlTemplate: "/files/{name}" }
`;

describe("routing", () => {
  it("answers 400 for a URL that cannot be decoded, not an internal error", async () => {
    const gw = await gateway(`version: 1\nservice: { name: r }\napiVersionSets: { vs: { displayName: V, versioningScheme: Query, versionQueryName: api-version } }\napis:\n${api("q1", "    apiVersion: '1'")}`);
    const o = await runRequest(gw, { method: "GET", url: "/v/files/%E0%A4%A" }, opts());
    expect(o.status).toBe(400);
    expect((await runRequest(gw, { method: "GET", url: "http://[bad" }, opts())).status).toBe(400);
  });

  it("picks the version by query or header, and prefers an exact method and template over a wildcard", async () => {
    const q = await gateway(`version: 1\nservice: { name: r }\napiVersionSets: { vs: { displayName: V, versioningScheme: Query, versionQueryName: api-version } }\napis:\n${api("q1", "    apiVersion: '1'")}${api("q2", "    apiVersion: '2'")}`);
    const o1 = await runRequest(q, { method: "GET", url: "/v/files/a?api-version=2" }, opts());
    expect(o1.api).toBe("q2");
    expect(o1.operation).toBe("one");
    expect(o1.body).toBe("https://q2.example/files/a?api-version=2");
    const o2 = await runRequest(q, { method: "DELETE", url: "/v/files/a/b?api-version=1" }, opts());
    expect([o2.api, o2.operation]).toEqual(["q1", "any"]);
    expect((await runRequest(q, { method: "GET", url: "/v/files/a?api-version=3" }, opts())).status).toBe(404);
    const h = await gateway(`version: 1\nservice: { name: r }\napiVersionSets: { vs: { displayName: V, versioningScheme: Header, versionHeaderName: x-v } }\napis:\n${api("h1", "    apiVersion: '1'")}${api("h2", "    apiVersion: '2'")}`);
    expect((await runRequest(h, { method: "GET", url: "/v/files/a", headers: { "X-V": "1" } }, opts())).api).toBe("h1");
  });
});
