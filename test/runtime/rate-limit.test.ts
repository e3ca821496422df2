/**
 * rate-limit windows through the exported runtime (loadGateway + runRequest):
 * a sliding window of renewal-period seconds (Microsoft's definition), the
 * nested <api>/<operation> limits of rate-limit, and quota's fixed period.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildModel } from "../../src/model";
import { loadDeclarations } from "../../src/load";
import { loadGateway, runRequest, RuntimeState, virtualClock, type RuntimeOptions } from "../../src/runtime";

async function gateway(policy: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-rl-"));
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1
service: { name: t }
products:
  p: { displayName: P, subscriptionRequired: true, state: published, apis: [a] }
apis:
  a:
    displayName: Orders API
    path: a
    protocols: [https]
    policy: |
      <policies><inbound>${policy}<return-response><set-status code="200" /></return-response></inbound></policies>
    operations:
      get: { displayName: Get order, method: GET, urlTemplate: "/get" }
      list: { displayName: List, method: GET, urlTemplate: "/list" }
`,
  );
  const built = buildModel(await loadDeclarations(dir));
  if (!built.model) throw new Error(JSON.stringify(built.diagnostics));
  const gw = loadGateway(built.model);
  expect(gw.diagnostics).toEqual([]);
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const opts: RuntimeOptions = { clock, state: new RuntimeState(), subscriptions: { k: { product: "p" } }, namedValue: () => undefined, transport: async () => ({ status: 200, headers: {}, body: "" }) };
  const call = async (url = "/a/get") => {
    const o = await runRequest(gw, { method: "GET", url, headers: { "Ocp-Apim-Subscription-Key": "k" } }, opts);
    return `${o.status}${o.headers["Retry-After"] ? ` retry=${o.headers["Retry-After"]}` : ""}`;
  };
  return { call, at: (s: number) => clock.sleep(s * 1000) };
}

describe("rate limits", () => {
  it("rate-limit-by-key slides: a call leaves the window renewal-period seconds after it was made", async () => {
    const g = await gateway('<rate-limit-by-key calls="2" renewal-period="10" counter-key="x" />');
    expect(await g.call()).toBe("200"); // t=0
    await g.at(6);
    expect(await g.call()).toBe("200"); // t=6
    await g.at(2);
    // t=8: two calls in (−2, 8]; the first leaves at t=10.
    expect(await g.call()).toBe("429 retry=2");
    await g.at(2);
    // t=10: a fixed window started at t=0 would now allow two calls; the sliding window holds the t=6 call.
    expect(await g.call()).toBe("200");
    expect(await g.call()).toBe("429 retry=6");
  });

  it("rate-limit applies its nested api and operation limits to the matching API and operation only", async () => {
    const g = await gateway('<rate-limit calls="5" renewal-period="60"><api name="Orders API" calls="3" renewal-period="60"><operation name="Get order" calls="1" renewal-period="60" /></api></rate-limit>');
    expect(await g.call("/a/get")).toBe("200");
    expect(await g.call("/a/get")).toBe("429 retry=60"); // the operation's own limit
    expect(await g.call("/a/list")).toBe("200");
    expect(await g.call("/a/list")).toBe("200"); // the API's 3 calls are used
    expect(await g.call("/a/list")).toBe("429 retry=60");
  });

  it("quota applies its nested api and operation quotas", async () => {
    const g = await gateway('<quota calls="10" renewal-period="3600"><api id="a" calls="5" renewal-period="3600"><operation id="list" calls="1" renewal-period="3600" /></api></quota>');
    expect(await g.call("/a/list")).toBe("200");
    expect(await g.call("/a/list")).toBe("403 retry=3600");
    expect(await g.call("/a/get")).toBe("200");
  });

  it("quota renews at the end of its fixed period", async () => {
    const g = await gateway('<quota calls="1" renewal-period="100" />');
    expect(await g.call()).toBe("200");
    await g.at(40);
    expect(await g.call()).toBe("403 retry=60");
    await g.at(60);
    expect(await g.call()).toBe("200");
  });
});
