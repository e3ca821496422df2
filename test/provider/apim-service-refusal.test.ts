/**
 * ApimService validates the whole set before it registers anything: a set whose revision source does not exist
 * (APIMC166) fails with that diagnostic instead of deploying part of the set. A set with API revisions deploys:
 * the revisions ride with their Api, and an ApiRelease follows them (test/provider/api-revisions.test.ts runs them).
 * The failure is the component's asynchronous rejection, which Pulumi reports as the program's failure; jest would
 * take an unhandled rejection as its own, so the program runs as a Pulumi program does: its own Node process
 * (under `setMocks`, with apimc from dist/), and the test reads what it reported and how it exited. Needs dist/.
 */
import { execFile } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

/** A Pulumi program that builds ApimService over `declarations` under mocks; it prints each registered type. */
function program(declarations: string): string {
  return `
const pulumi = require("@pulumi/pulumi");
pulumi.runtime.setMocks({
  newResource: (args) => { console.log("registered " + args.type + " " + args.name); return { id: args.name + "-id", state: args.inputs }; },
  call: (args) => args.inputs,
}, "apimc", "refusal", false).then(() => {
  const { ApimService } = require(${JSON.stringify(path.join(root, "dist/provider/index.js"))});
  const svc = new ApimService("svc", { declarations: ${JSON.stringify(declarations)}, service: { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg" } });
  svc.armIds.apply((ids) => console.log("deployed " + Object.keys(ids).join(",")));
});
`;
}

function run(source: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ["-e", source], { cwd: root, encoding: "utf8" }, (err, stdout, stderr) => done({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }));
  });
}

test("a revision that does not exist as a source: the program fails with the diagnostic, its location and fix, and no resource is registered", async () => {
  const r = await run(program(path.join(root, "test/cases/validate-revision-source")));
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain("APIMC166");
  expect(r.stderr).toContain("sourceApiId of API `orders-v2` names revision 5 of `orders`, which does not exist as a source (declared: 1, 3, 4)");
  expect(r.stderr).toContain("declare revision 5 under `apis.orders.revisions`");
  expect(r.stdout).not.toContain("deployed");
  // Only the component itself was registered: nothing of the set was sent.
  expect(r.stdout.split("\n").filter((l) => l.startsWith("registered "))).toEqual(["registered apimc:index:ApimService svc"]);
});

test("a set with API revisions deploys: the API with its revisions, their policies, and the release", async () => {
  const r = await run(program(path.join(root, "test/fixtures/api-schemas")));
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const types = r.stdout.split("\n").filter((l) => l.startsWith("registered "));
  expect(types).toEqual(
    expect.arrayContaining([
      "registered pulumi-nodejs:dynamic/apimc:Api svc-apis-orders",
      "registered pulumi-nodejs:dynamic/apimc:Policy svc-apis-orders;rev=4-policy",
      "registered pulumi-nodejs:dynamic/apimc:ApiRelease svc-apis-orders-releases-apimc-rev-3",
    ]),
  );
  expect(r.stdout).toContain("deployed ");
});

test("the same program over a set the provider can deploy completes (the refusal is not the harness failing)", async () => {
  const r = await run(program(path.join(root, "test/fixtures/registry-kinds")));
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("deployed ");
  expect(r.stdout).toContain("registered pulumi-nodejs:dynamic/apimc:Certificate svc-certificates-legacy-root");
});
