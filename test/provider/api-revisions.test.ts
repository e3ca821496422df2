/**
 * `pulumi up` for API revisions and releases (issue 12), through the real dynamic-provider host and the `apimc`
 * plugin, each against its own HTTPS ARM emulator with the REST contract check loaded. `ApimService` registers
 * the set under `setMocks`; each resource goes to the provider as the engine would send it (create, diff, update,
 * delete of the ones the program no longer registers).
 * - A stack that declared no revision moves to `apiRevision: "3"`: `apis/orders;rev=3` is created from the current
 *   revision, the operations, schema, tag link and policies are written to it, and only then is it released
 *   (`apis/orders/releases/apimc-rev-3`); revision 1 keeps its operations and policies, nothing is deleted.
 * - A second up, a refresh and an import write nothing; `sourceApiId` (write-only) makes no diff.
 * - Moving to 4 and then to 5 (5 was a declared non-current revision) creates each revision once, never copies an
 *   existing one again, releases each after its policy is written, and keeps the older revisions with their own
 *   policies (Terraform azurerm #28552 resets them).
 * - Destroy leaves the emulator empty.
 * Needs dist/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { recordMocks } from "./mock-recorder";
import type { ArmEmulator, LoggedRequest } from "../emulators/arm-emulator";
import type { ProviderCall } from "./grpc-provider";
import { startHost, type Props } from "./host";
import { startPlugin } from "./plugin-host";
import { startEmulators, type Emulators } from "./provider-env";
import { declaredResources, type RegisteredResource } from "./contoso-resources";

const registered = recordMocks("api-revisions");

const policy = (marker: string) =>
  `<policies><inbound><base /><set-header name="x-rev" exists-action="override"><value>${marker}</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`;

/** The declaration set with `apiRevision: current`; `preview` adds non-current revision 5 with its own policy. */
function write(dir: string, current: string, preview: boolean): void {
  writeFileSync(path.join(dir, "orders.xml"), policy(`current-${current}`));
  writeFileSync(path.join(dir, "getorder.xml"), policy(`op-${current}`));
  writeFileSync(path.join(dir, "rev5.xml"), policy("preview-5"));
  writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1
service: { name: rev-apim }
tags:
  public: { displayName: Public }
apis:
  orders:
    displayName: Orders
    path: orders
    protocols: [https]
    serviceUrl: https://orders.internal.contoso.com
    apiRevision: "${current}"
    apiRevisionDescription: Revision ${current}
    policy: orders.xml
    tags: [public]
    schemas:
      orders-graph: { contentType: application/vnd.ms-azure-apim.graphql.schema, document: { value: "type Query { order: String }" } }
    operations:
      getorder:
        displayName: Get order
        method: GET
        urlTemplate: /orders/{id}
        templateParameters: [{ name: id, type: string, required: true }]
        policy: getorder.xml
${preview ? '    revisions:\n      "5": { apiRevisionDescription: Preview, policy: rev5.xml }\n' : ""}`,
  );
}

interface Deployed {
  kind: string;
  id: string;
  props: Props;
}

describe.each([
  ["dynamic provider", false, startHost],
  ["apimc plugin", true, startPlugin],
] as const)("%s", (_flavour, plugin, start) => {
  const service = { subscriptionId: plugin ? "00000000-0000-0000-0000-0000000000b5" : "00000000-0000-0000-0000-0000000000b4", resourceGroup: "rg-rev" };
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "apimc-rev-")), "orders");
  let emulators: Emulators;
  let arm: ArmEmulator;
  let host: ProviderCall;
  let resources: RegisteredResource[] = [];
  const state = new Map<string, Deployed>();

  const kindOf = (k: string) => (plugin ? `apimc:index:${k[0].toUpperCase()}${k.slice(1)}` : k);
  const policyText = (p: string) => String(arm.resource(p)?.properties.value ?? "");
  const writes = () => arm.appliedWrites().length;
  const at = (from: number, match: (w: LoggedRequest) => boolean) => arm.appliedWrites().slice(from).findIndex(match);
  const pathOf = (w: LoggedRequest) => decodeURIComponent(w.path.split("/service/rev-apim/")[1] ?? "");

  /** The program as it stands: what ApimService registers over the declarations in `dir`. */
  async function program(current: string, preview: boolean): Promise<RegisteredResource[]> {
    mkdirSync(dir, { recursive: true });
    write(dir, current, preview);
    return declaredResources(registered, dir, service, emulators.kv, { plugin });
  }

  /** `pulumi up`: create what is new, update what changed, then delete what the program no longer registers. */
  async function up(next: RegisteredResource[]): Promise<void> {
    for (const r of next) {
      expect([r.name, (await host.check(r.kind, {}, r.inputs)).failures]).toEqual([r.name, []]);
      const s = state.get(r.name);
      if (!s) {
        const c = await host.create(r.kind, r.inputs);
        state.set(r.name, { kind: r.kind, id: c.id, props: c.props });
        continue;
      }
      const d = await host.diff(r.kind, s.id, s.props, r.inputs);
      expect([r.name, d.replaces]).toEqual([r.name, []]);
      if (d.changes === "none") continue;
      state.set(r.name, { ...s, props: await host.update(r.kind, s.id, s.props, r.inputs) });
    }
    for (const name of [...state.keys()].reverse()) {
      if (next.some((r) => r.name === name)) continue;
      const s = state.get(name)!;
      await host.delete(s.kind, s.id, s.props);
      state.delete(name);
    }
    resources = next;
    expect(arm.specViolations).toEqual([]);
  }

  async function noChange(): Promise<string[]> {
    const changed: string[] = [];
    for (const r of resources) {
      const s = state.get(r.name)!;
      const d = await host.diff(r.kind, s.id, s.props, r.inputs);
      if (d.changes !== "none") changed.push(`${r.name}: ${JSON.stringify(d)}`);
    }
    return changed;
  }

  beforeAll(async () => {
    emulators = await startEmulators();
    arm = emulators.arm;
    host = await start(emulators.env);
  });

  afterAll(async () => {
    await host?.stop();
    await emulators?.stop();
  });

  test("a plain API moves to apiRevision 3: revision 3 is created from revision 1, given its content and policies, then released; revision 1 keeps its own", async () => {
    expect(arm.specChecked).toBe(true);
    // A stack that declared no revision yet: the API's content and policies are revision 1's.
    await up(await program("1", false));
    expect(arm.resource("apis/orders/releases/apimc-rev-1")).toBeUndefined();
    expect(policyText("apis/orders/policies/policy")).toContain("current-1");
    const before = writes();
    const next = await program("3", true);
    expect(next.map((r) => r.kind)).toContain(kindOf("apiRelease"));
    const policies = next.filter((r) => r.kind === kindOf("policy")).map((r) => [r.inputs.api, r.inputs.operation ?? null, r.inputs.revision]);
    expect(policies).toEqual(expect.arrayContaining([["orders", null, "3"], ["orders", "getorder", "3"], ["orders", null, "5"]]));
    await up(next);
    expect(arm.resource("apis/orders")!.properties).toMatchObject({ apiRevision: "3", isCurrent: true, apiRevisionDescription: "Revision 3" });
    expect(policyText("apis/orders/policies/policy")).toContain("current-3");
    expect(policyText("apis/orders/operations/getorder/policies/policy")).toContain("op-3");
    // The move is an update of the same resources: nothing deleted, revision 1 keeps its operations and policies.
    expect(arm.appliedWrites().slice(before).filter((w) => w.method === "DELETE")).toEqual([]);
    expect(arm.resource("apis/orders;rev=1")!.properties.isCurrent).toBe(false);
    expect(arm.resource("apis/orders;rev=1/operations/getorder")).toBeDefined();
    expect(policyText("apis/orders;rev=1/policies/policy")).toContain("current-1");
    expect(policyText("apis/orders;rev=1/operations/getorder/policies/policy")).toContain("op-1");
    for (const p of ["apis/orders/operations/getorder", "apis/orders/schemas/orders-graph", "apis/orders/tags/public", "apis/orders/releases/apimc-rev-3", "apis/orders;rev=1"]) {
      expect([p, arm.resource(p) !== undefined]).toEqual([p, true]);
    }
    // The declared non-current revision, reachable at ;rev=5, with its own policy.
    expect(arm.resource("apis/orders;rev=5")!.properties).toMatchObject({ apiRevision: "5", isCurrent: false, apiRevisionDescription: "Preview" });
    expect(policyText("apis/orders;rev=5/policies/policy")).toContain("preview-5");
    // The release came after everything written to revision 3.
    const writes3 = arm.appliedWrites().slice(before).map(pathOf);
    const release = writes3.indexOf("apis/orders/releases/apimc-rev-3");
    for (const p of ["apis/orders;rev=3", "apis/orders;rev=3/policies/policy", "apis/orders;rev=3/operations/getorder", "apis/orders;rev=3/operations/getorder/policies/policy", "apis/orders;rev=3/schemas/orders-graph", "apis/orders;rev=3/tags/public"]) {
      expect([p, writes3.indexOf(p) >= 0 && writes3.indexOf(p) < release]).toEqual([p, true]);
    }
  });

  test("a second up, a refresh and an import write nothing; sourceApiId makes no diff", async () => {
    const before = writes();
    expect(await noChange()).toEqual([]);
    for (const r of resources) {
      const s = state.get(r.name)!;
      const refreshed = await host.read(r.kind, s.id, s.props);
      const d = await host.diff(r.kind, s.id, refreshed.props, r.inputs);
      expect([r.name, d.changes]).toEqual([r.name, "none"]);
      state.set(r.name, { ...s, props: refreshed.props });
      // Import: the id alone.
      const imported = await host.read(r.kind, s.id, {});
      expect([r.name, imported.id]).toEqual([r.name, s.id]);
      expect([r.name, (await host.diff(r.kind, s.id, imported.props, r.inputs)).changes]).toEqual([r.name, "none"]);
    }
    expect(arm.appliedWrites().slice(before)).toEqual([]);
  });

  test("3 -> 4 -> 5: each revision created once, released after its policy; older revisions keep their own policies (azurerm #28552)", async () => {
    const before = writes();
    await up(await program("4", true));
    const w4 = arm.appliedWrites().slice(before);
    const created4 = w4.filter((w) => pathOf(w) === "apis/orders;rev=4" && JSON.stringify(w.body).includes("sourceApiId"));
    expect(created4).toHaveLength(1);
    expect(at(before, (w) => pathOf(w) === "apis/orders;rev=4/policies/policy")).toBeLessThan(at(before, (w) => pathOf(w) === "apis/orders/releases/apimc-rev-4"));
    expect(arm.resource("apis/orders")!.properties.apiRevision).toBe("4");
    expect(policyText("apis/orders/policies/policy")).toContain("current-4");
    expect(policyText("apis/orders;rev=3/policies/policy")).toContain("current-3");
    expect(policyText("apis/orders;rev=3/operations/getorder/policies/policy")).toContain("op-3");
    // Nothing was deleted: no DELETE at all, and every revision is still there.
    expect(w4.filter((w) => w.method === "DELETE")).toEqual([]);
    expect(await noChange()).toEqual([]);

    // 5 existed (a declared non-current revision): it becomes current without being copied again.
    const before5 = writes();
    await up(await program("5", false));
    const w5 = arm.appliedWrites().slice(before5);
    expect(w5.filter((w) => JSON.stringify(w.body ?? {}).includes("sourceApiId"))).toEqual([]);
    expect(w5.filter((w) => w.method === "DELETE")).toEqual([]);
    expect(at(before5, (w) => pathOf(w) === "apis/orders;rev=5/policies/policy")).toBeLessThan(at(before5, (w) => pathOf(w) === "apis/orders/releases/apimc-rev-5"));
    expect(arm.resource("apis/orders")!.properties.apiRevision).toBe("5");
    expect(policyText("apis/orders/policies/policy")).toContain("current-5");
    // Across two deploys, each older revision kept its own policy.
    expect(policyText("apis/orders;rev=3/policies/policy")).toContain("current-3");
    expect(policyText("apis/orders;rev=4/policies/policy")).toContain("current-4");
    expect(policyText("apis/orders;rev=4/operations/getorder/policies/policy")).toContain("op-4");
    for (const p of ["apis/orders;rev=1", "apis/orders;rev=3", "apis/orders;rev=4", "apis/orders/releases/apimc-rev-3", "apis/orders/releases/apimc-rev-4"]) expect([p, arm.resource(p) !== undefined]).toEqual([p, true]);
    // Over the whole run, each revision was copied from its source exactly once.
    const copies = arm.appliedWrites().filter((w) => JSON.stringify(w.body ?? {}).includes("sourceApiId")).map(pathOf);
    expect(copies.sort()).toEqual(["apis/orders;rev=3", "apis/orders;rev=4", "apis/orders;rev=5"]);
    expect(await noChange()).toEqual([]);
    // And a refresh after the moves finds nothing to write.
    const before6 = writes();
    for (const r of resources) {
      const s = state.get(r.name)!;
      const refreshed = await host.read(r.kind, s.id, s.props);
      expect([r.name, (await host.diff(r.kind, s.id, refreshed.props, r.inputs)).changes]).toEqual([r.name, "none"]);
    }
    expect(arm.appliedWrites().slice(before6)).toEqual([]);
  });

  test("a release of a revision that does not exist is refused with a plain message; a bad revision number fails check", async () => {
    const release = { service: { ...service, serviceName: "rev-apim" }, api: "orders", revision: "9" };
    expect((await host.check(kindOf("apiRelease"), {}, release)).failures).toEqual([]);
    await expect(host.create(kindOf("apiRelease"), release)).rejects.toThrow(/APIMC859: cannot release revision 9 of API "orders": apis\/orders;rev=9 does not exist/);
    expect((await host.check(kindOf("apiRelease"), {}, { ...release, revision: "v9" })).failures.map((f) => f.property)).toEqual(["revision"]);
  });

  test("destroy, in reverse order, leaves the emulator empty", async () => {
    for (const name of [...state.keys()].reverse()) {
      const s = state.get(name)!;
      await host.delete(s.kind, s.id, s.props);
    }
    expect([...arm.state.keys()]).toEqual([]);
  });
});
