/**
 * src/azure knows no kind: src/state tells it, from the registry, where each
 * kind lives and how it is read. Every kind src/state reads (one per
 * descriptor, a policy once per scope) is listed through it against the ARM
 * emulator, whose route table is an independent model of Azure's paths: a
 * path the registry got wrong is a route the emulator does not know
 * (InvalidResourceType), not an empty list.
 */
import { APIM_KINDS, ApimResources, apimResourceId, type ApimKind } from "../../../src/index";
import { armKindOf } from "../../../src/state";
import { KINDS } from "../../../src/model/kinds/registry";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";

const TARGET = { subscriptionId: "00000000-0000-0000-0000-0000000000d1", resourceGroup: "rg", serviceName: "svc" };
let emu: ArmEmulator;
let apim: ApimResources;

beforeAll(async () => {
  emu = await startArmEmulator();
  apim = new ApimResources(TARGET, { armEndpoint: emu.url, caPem: emu.caPem, credential: "static:t", retryBaseMs: 1, lroPollMs: 0 });
});
afterAll(async () => {
  await emu.stop();
});

const slots = (kind: ApimKind): number => armKindOf(kind).path.split("/").filter((s) => s === "*").length;
const isSingleton = (kind: ApimKind): boolean => !armKindOf(kind).path.endsWith("/*");

describe("src/state reads every registered kind through the generic src/azure", () => {
  test("one Azure kind per descriptor, a policy once per scope", () => {
    expect([...APIM_KINDS].sort()).toEqual(KINDS.flatMap((d) => d.azureKinds).sort());
  });

  test.each(APIM_KINDS.filter((k) => !isSingleton(k)))("%s lists through its registry path", async (kind) => {
    const parents = Array.from({ length: slots(kind) - 1 }, (_, i) => `p${i}`);
    expect(await apim.list(kind, parents)).toEqual([]);
    const names = [...parents, "x"];
    const filled = armKindOf(kind).path.replace(/\*/g, () => names.shift() as string);
    expect(apimResourceId(TARGET, { kind, names: [...parents, "x"] })).toBe(`/subscriptions/${TARGET.subscriptionId}/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc/${filled}`);
  });

  test("a policy at each scope is written and read at its registry path, as rawxml", async () => {
    await apim.put({ kind: "api", names: ["a"] }, { displayName: "A", path: "a", protocols: ["https"] });
    await apim.put({ kind: "operation", names: ["a", "get"] }, { displayName: "Get", method: "GET", urlTemplate: "/" });
    await apim.put({ kind: "product", names: ["p"] }, { displayName: "P" });
    const policy = "<policies><inbound /><backend /><outbound /><on-error /></policies>";
    const scopes: Array<[ApimKind, string[]]> = [["globalPolicy", []], ["apiPolicy", ["a"]], ["operationPolicy", ["a", "get"]], ["productPolicy", ["p"]]];
    expect(scopes.map(([k]) => k).sort()).toEqual(APIM_KINDS.filter(isSingleton).sort());
    for (const [kind, names] of scopes) {
      await apim.put({ kind, names }, { value: policy, format: "rawxml" });
      expect((await apim.list(kind, names)).map((l) => [l.ref.kind, l.properties.value])).toEqual([[kind, policy]]);
    }
    const reads = emu.requests.filter((r) => r.method === "GET" && r.path.endsWith("/policies/policy"));
    expect(reads.map((r) => r.query.format)).toEqual(["rawxml", "rawxml", "rawxml", "rawxml"]);
  });
});
