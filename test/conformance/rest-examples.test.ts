/**
 * Every PUT example of Microsoft's 2024-05-01 REST spec for a kind in the
 * registry becomes a declaration set (through the same live-to-declarations
 * conversion `plan --live` and `extract` use). Each must validate, compile
 * to ARM, and give back the example's `properties`, apart from documented
 * sugar (docs/format.md, "Microsoft's examples"):
 * - policy text is canonical and always `format: rawxml`;
 * - replaced contract properties (the registry's `contract.replaced`) such as
 *   an API's inline `apiVersionSet` details are not accepted;
 * - literal secrets stay errors, so the test moves each into a secret named
 *   value, as a user would, and the body then holds its `{{token}}`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ApimResources, apimRefOf, buildModel, emitArm, hasErrors, plan, readLiveModel, toArmProperties, canonicalPolicyText, declarationOfBody, type Diagnostic } from "../../src/index";
import { startArmEmulator, type ArmEmulator } from "../emulators/arm-emulator";
import { loadDeclarationsFromObject } from "../../src/load";
import { validateDeclarations } from "../../src/validate";
import { KINDS, kindDescriptor } from "../../src/model/kinds/registry";

const root = resolve(__dirname, "../..");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));
const specDir = join(shared, "specs/rest/2024-05-01");
const have = existsSync(join(specDir, "definitions.json"));

type Obj = Record<string, unknown>;
const SUB = "00000000-0000-0000-0000-000000000000";
const RG = "rg1";
const SERVICE = "apimService1";

interface Example {
  file: string;
  azureKind: string;
  names: string[];
  properties: Obj;
}

/** `{apiId}`-style path of a covered kind -> its Azure kind (from the registry's ARM paths). */
function azureKindOfPath(rel: string): string | undefined {
  const segs = rel.split("/").filter(Boolean);
  if (segs[segs.length - 2] === "policies") {
    const owner = segs.slice(0, -2);
    if (owner.length === 0) return "globalPolicy";
    const ownerKind = azureKindOfPath(owner.join("/"));
    return ownerKind === "api" || ownerKind === "operation" || ownerKind === "product" ? `${ownerKind}Policy` : undefined;
  }
  const type = segs.filter((_, i) => i % 2 === 0).join("/");
  return KINDS.find((k) => k.kind !== "policy" && k.armType === type)?.azureKinds[0];
}

const NOT_CONVERTED = new Set(["tag", "group", "logger", "diagnostic", "certificate", "subscription", "authorizationServer", "openidConnectProvider", "cache", "productTag", "productGroup", "apiTag", "apiDiagnostic", "operationTag", "apiRelease"]);

function examples(): Example[] {
  const out: Example[] = [];
  for (const f of readdirSync(specDir).filter((n) => n.endsWith(".json")).sort()) {
    const spec = JSON.parse(readFileSync(join(specDir, f), "utf8")) as { paths?: Record<string, { put?: { "x-ms-examples"?: Record<string, { $ref: string }> } }> };
    for (const [p, ops] of Object.entries(spec.paths ?? {})) {
      const m = /\/service\/\{serviceName\}\/(.+)$/.exec(p);
      if (!m || !ops.put) continue;
      const azureKind = azureKindOfPath(m[1]);
      // Issue 12's kinds are not converted from Microsoft's examples yet (their secrets and references need neighbours
      // the converter does not make); test/registry/new-kinds.test.ts and the generic round trip cover them.
      if (!azureKind || NOT_CONVERTED.has(azureKind)) continue;
      // A release is derived from `apiRevision`, and a revision (`echo-api;rev=3`) from `revisions`: neither is written
      // from a body; test/registry/api-revisions.test.ts covers them against the emulator.
      for (const ref of Object.values(ops.put["x-ms-examples"] ?? {})) {
        const file = join(specDir, ref.$ref);
        if (!existsSync(file)) continue;
        const ex = JSON.parse(readFileSync(file, "utf8")) as { parameters: Obj };
        const params = ex.parameters;
        const slots = [...m[1].matchAll(/\{([^}]+)\}/g)].map((s) => String(params[s[1]]));
        if (azureKind === "api" && slots[0].includes(";rev=")) continue;
        const body = (params.parameters ?? params.policyContent ?? params.policyFragmentContent ?? {}) as Obj;
        out.push({ file: ref.$ref.replace("./examples/", ""), azureKind, names: slots, properties: bodyProperties(body) });
      }
    }
  }
  return out;
}

/** The gateway-API example gives `provisioningState` beside, not inside, `properties`; apimc sends the contract's shape. */
function bodyProperties(body: Obj): Obj {
  if (body.properties !== undefined) return body.properties as Obj;
  return structuredClone(body);
}

const stubApi = (): Obj => ({ displayName: "stub", path: "stub", protocols: ["https"] });

/** Moves literal secrets into secret named values; returns the declaration set and the expected body. */
function declarationsFor(ex: Example): { data: Obj; id: string; expected: Obj } {
  const data: Obj = { version: 1, service: { name: SERVICE, resourceGroup: RG, subscriptionId: SUB } };
  const expected = structuredClone(ex.properties);
  const d = kindDescriptor(ex.azureKind.endsWith("Policy") ? "policy" : ex.azureKind);
  // Replaced properties whose meaning the sugar keeps (a reference, flattened or renamed fields, policy text) stay expected.
  const kept = new Set(["value", "format", "pool", "properties", "locationData", "document", ...d.references.map((r) => r.armProperty), ...d.defaults.map((x) => x.property)]);
  for (const key of Object.keys(d.contract?.replaced ?? {})) if (!kept.has(key)) delete expected[key];
  const decl = declarationOfBody(ex.azureKind as never, structuredClone(ex.properties)) as Obj | string;
  const namedValues: Obj = {};
  const secretParam = (name: string): string => {
    namedValues[name] = { displayName: name, fromParameter: name.replace(/-/g, "_") };
    return `{{${name}}}`;
  };
  const [n0, n1] = ex.names;
  let id: string;
  switch (ex.azureKind) {
    case "namedValue": {
      const nv = decl as Obj;
      if (nv.secret === true && typeof nv.value === "string") {
        delete nv.value;
        nv.fromParameter = "secret_value";
        delete expected.value;
      }
      data.namedValues = { [n0]: nv };
      id = `namedValues/${n0}`;
      break;
    }
    case "backend": {
      const b = decl as Obj;
      const c = b.credentials as Obj | undefined;
      if (c?.authorization) {
        (c.authorization as Obj).parameter = secretParam("backend-authorization");
        ((expected.credentials as Obj).authorization as Obj).parameter = "{{backend-authorization}}";
      }
      for (const part of ["header", "query"] as const) {
        for (const [k, vals] of Object.entries((c?.[part] ?? {}) as Record<string, string[]>)) {
          const replaced = vals.map((_, i) => secretParam(`backend-${part}-${k}-${i}`.toLowerCase()));
          (c![part] as Obj)[k] = replaced;
          ((expected.credentials as Obj)[part] as Obj)[k] = replaced;
        }
      }
      const proxy = b.proxy as Obj | undefined;
      if (proxy?.password) {
        proxy.password = secretParam("backend-proxy-password");
        (expected.proxy as Obj).password = "{{backend-proxy-password}}";
      }
      const backends: Obj = { [n0]: b };
      for (const m of ((b.pool as Obj | undefined)?.services ?? []) as Obj[]) backends[String(m.backend)] = { url: "https://member.example", protocol: "http" };
      data.backends = backends;
      id = `backends/${n0}`;
      break;
    }
    case "api": {
      const a = decl as Obj;
      if (typeof a.apiVersionSet === "string") data.apiVersionSets = { [a.apiVersionSet]: { displayName: "stub", versioningScheme: "Segment" } };
      data.apis = { [n0]: a };
      id = `apis/${n0}`;
      break;
    }
    case "operation":
      data.apis = { [n0]: { ...stubApi(), operations: { [n1]: decl } } };
      id = `apis/${n0}/operations/${n1}`;
      break;
    case "globalPolicy":
      data.policy = decl;
      id = "policy";
      break;
    case "apiPolicy":
      data.apis = { [n0]: { ...stubApi(), policy: decl } };
      id = `apis/${n0}/policy`;
      break;
    case "operationPolicy":
      data.apis = { [n0]: { ...stubApi(), operations: { [n1]: { method: "GET", urlTemplate: "/", policy: decl } } } };
      id = `apis/${n0}/operations/${n1}/policy`;
      break;
    case "productPolicy":
      data.products = { [n0]: { displayName: "stub", policy: decl } };
      id = `products/${n0}/policy`;
      break;
    case "policyFragment":
      data.policyFragments = { [n0]: decl };
      id = `policyFragments/${n0}`;
      break;
    case "product":
      data.products = { [n0]: decl };
      id = `products/${n0}`;
      break;
    case "productApi":
      data.apis = { [n1]: stubApi() };
      data.products = { [n0]: { displayName: "stub", apis: [n1] } };
      id = `products/${n0}/apis/${n1}`;
      break;
    case "apiVersionSet":
      data.apiVersionSets = { [n0]: decl };
      id = `apiVersionSets/${n0}`;
      break;
    case "gateway": {
      data.gateways = { [n0]: decl };
      id = `gateways/${n0}`;
      break;
    }
    case "gatewayApi":
      data.apis = { [n1]: stubApi() };
      data.gateways = { [n0]: { apis: [n1] } };
      id = `gateways/${n0}/apis/${n1}`;
      break;
    case "apiSchema":
      data.apis = { [n0]: { ...stubApi(), schemas: { [n1]: decl } } };
      id = `apis/${n0}/schemas/${n1}`;
      break;
    case "gatewayHostname":
      data.gateways = { [n0]: { hostnames: { [n1]: decl } } };
      id = `gateways/${n0}/hostnameConfigurations/${n1}`;
      break;
    default:
      data.gateways = { [n0]: { certificateAuthorities: { [n1]: decl } } };
      id = `gateways/${n0}/certificateAuthorities/${n1}`;
  }
  if (Object.keys(namedValues).length) data.namedValues = { ...(data.namedValues as Obj | undefined), ...namedValues };
  return { data, id, expected };
}

/** Documented sugar: policy text compares canonical, and is always rawxml. */
function comparable(azureKind: string, props: Obj): Obj {
  const out = structuredClone(props);
  if (azureKind.endsWith("Policy") || azureKind === "policyFragment") {
    if (typeof out.value === "string") out.value = canonicalPolicyText(out.format === "xml" || out.format === undefined ? out.value : out.value);
    delete out.format;
  }
  return out;
}

async function compileOne(ex: Example): Promise<{ diagnostics: Diagnostic[]; actual?: Obj; expected: Obj }> {
  const { data, id, expected } = declarationsFor(ex);
  const loaded = await loadDeclarationsFromObject(data, root);
  const diagnostics = [...loaded.diagnostics, ...validateDeclarations(loaded)];
  if (hasErrors(diagnostics)) return { diagnostics, expected };
  const built = buildModel(loaded);
  if (!built.model || hasErrors(built.diagnostics)) return { diagnostics: built.diagnostics, expected };
  const arm = emitArm(built.model);
  if (hasErrors(arm.diagnostics)) return { diagnostics: arm.diagnostics, expected };
  let actual: Obj;
  if (id.includes("/certificateAuthorities/")) {
    const ca = built.model.gateways[ex.names[0]].certificateAuthorities[ex.names[1]];
    actual = { isTrusted: ca.isTrusted ?? false };
  } else {
    actual = toArmProperties(built.model, id, { subscriptionId: SUB, resourceGroup: RG });
  }
  return { diagnostics: [], actual: comparable(ex.azureKind, actual), expected: comparable(ex.azureKind, expected) };
}

/**
 * Examples whose body Azure's own contract rejects: apimc keeps the
 * contract's enums, so these stay errors (counted, not hidden).
 */
const CONTRACT_VIOLATIONS: Readonly<Record<string, string>> = {
  "ApiManagementCreateApiUsingImportOverrideServiceUrl.json": "`format: swagger-link` is not in the contract's ContentFormat enum (`swagger-link-json` is)",
};

const all = have ? examples() : [];
const run = have ? describe : describe.skip;

run("Microsoft's 2024-05-01 PUT examples for the registered kinds", () => {
  const results: string[] = [];
  afterAll(() => {
    const passed = results.filter((r) => r.startsWith("pass")).length;
    console.log(`REST examples: ${passed}/${all.length} pass; ${Object.keys(CONTRACT_VIOLATIONS).length} rejected as contract violations`);
  });

  test("the examples cover every registered kind that has a PUT body example", () => {
    // productPolicy, gateway hostnames and certificate authorities have no example file in the spec folder.
    const kinds = [...new Set(all.map((e) => e.azureKind))].sort();
    expect(kinds).toEqual(["api", "apiPolicy", "apiSchema", "apiVersionSet", "backend", "gateway", "gatewayApi", "globalPolicy", "namedValue", "operation", "operationPolicy", "policyFragment", "product", "productApi"]);
  });

  test.each(all.map((e) => [e.file, e] as const))("%s", async (file, ex) => {
    const r = await compileOne(ex);
    if (CONTRACT_VIOLATIONS[file]) {
      expect(r.diagnostics.length).toBeGreaterThan(0);
      results.push(`rejected ${file}`);
      return;
    }
    expect(r.diagnostics.map((d) => `${d.code} ${d.pointer ?? ""} ${d.message}`)).toEqual([]);
    expect(r.actual).toEqual(r.expected);
    results.push(`pass ${file}`);
  });
});

/**
 * The generic round trip, per registered kind, with Microsoft's examples as
 * the declarations: compile, PUT every resource to the ARM emulator (which
 * checks each body against the REST contract), read the instance back
 * through src/state, and plan: no change.
 */
run("round trip of the examples through the ARM emulator", () => {
  // One emulator per example: the emulator keeps one instance's state.
  let arm: ArmEmulator;
  beforeEach(async () => {
    arm = await startArmEmulator({ sharedDir: shared });
  });
  afterEach(async () => {
    await arm?.stop();
  });

  // Azure derives displayName and protocols from a source API or an imported definition; the emulator does not, so
  // those examples cannot read back what Azure would store. They are counted here, not hidden.
  const derived = (e: Example) => e.azureKind === "api" && (e.properties.sourceApiId !== undefined || e.properties.format !== undefined);
  test("examples left out of the round trip because Azure derives their values", () => {
    const left = all.filter((e) => derived(e) && !CONTRACT_VIOLATIONS[e.file]);
    console.log(`round trip: ${all.length - left.length - Object.keys(CONTRACT_VIOLATIONS).length} examples; ${left.length} left out (Azure derives their API values)`);
    expect(left.length).toBeLessThan(all.length / 2);
  });

  test.each(all.filter((e) => !CONTRACT_VIOLATIONS[e.file] && !derived(e)).map((e) => [e.file, e] as const))("%s", async (file, ex) => {
    const { data } = declarationsFor(ex);
    const loaded = await loadDeclarationsFromObject(data, root);
    const model = buildModel(loaded).model!;
    const target = { subscriptionId: SUB, resourceGroup: RG, serviceName: `rt-${file.replace(/\.json$/, "").replace(/^ApiManagementCreate/, "").toLowerCase()}` };
    const r = new ApimResources(target, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t" });
    const style = { subscriptionId: SUB, resourceGroup: RG };
    const liveModel = { ...model, service: { ...model.service, name: target.serviceName } };
    for (const id of model.graph.order) {
      const body = toArmProperties(liveModel, id, style);
      if (id.startsWith("namedValues/") && body.secret === true && body.value === undefined && !body.keyVault) body.value = "from-parameter";
      await r.put(apimRefOf(id), body);
    }
    for (const g of Object.values(model.gateways)) {
      for (const [ca, v] of Object.entries(g.certificateAuthorities)) await r.put({ kind: "gatewayCertificateAuthority", names: [g.name, ca] }, { isTrusted: v.isTrusted ?? false });
    }
    const { model: live } = await readLiveModel(target, { resources: r });
    expect(arm.specViolations).toEqual([]);
    const changes = plan(live, liveModel).changes;
    expect(changes).toEqual([]);
  });
});

/**
 * The PUT body of each registered kind's path in the spec files (apimapis.json
 * for APIs and operations) is the registry's contract definition, which the
 * ARM emulator checks every PUT against.
 */
run("the registry's contracts are the spec paths' PUT bodies", () => {
  test("every registered kind's path names the registry's definition", () => {
    const seen: string[] = [];
    for (const f of readdirSync(specDir).filter((n) => n.endsWith(".json")).sort()) {
      const spec = JSON.parse(readFileSync(join(specDir, f), "utf8")) as { paths?: Record<string, { put?: { parameters?: Array<{ in: string; schema?: { $ref?: string } }> } }> };
      for (const [p, ops] of Object.entries(spec.paths ?? {})) {
        const m = /\/service\/\{serviceName\}\/(.+)$/.exec(p);
        const azureKind = m && ops.put ? azureKindOfPath(m[1]) : undefined;
        if (!azureKind) continue;
        const body = ops.put!.parameters?.find((x) => x.in === "body")?.schema?.$ref?.split("/").pop();
        const d = kindDescriptor(azureKind.endsWith("Policy") ? "policy" : azureKind);
        expect([f, azureKind, body]).toEqual([f, azureKind, d.contract?.definition]);
        seen.push(`${f}:${azureKind}`);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(["apimapis.json:api", "apimapis.json:operation", "apimapis.json:apiPolicy", "apimapis.json:operationPolicy"]));
  });

  test("the emulator rejects API and operation bodies outside the contract", async () => {
    const arm = await startArmEmulator({ sharedDir: shared });
    try {
      const r = new ApimResources({ subscriptionId: SUB, resourceGroup: RG, serviceName: "contract" }, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t" });
      await expect(r.put({ kind: "api", names: ["a"] }, { path: "a", displayName: "A", type: "ftp" })).rejects.toThrow(/REST contract/);
      await r.put({ kind: "api", names: ["a"] }, { path: "a", displayName: "A", type: "grpc" });
      await expect(r.put({ kind: "operation", names: ["a", "o"] }, { displayName: "O", urlTemplate: "/o" })).rejects.toThrow(/REST contract/);
      expect(arm.specViolations.map((v) => v.kind)).toEqual(["api", "operation"]);
    } finally {
      await arm.stop();
    }
  });
});

/**
 * The committed contract snapshot (schema/contract.2024-05-01.json, the input
 * of `npm run gen`) is what scripts/gen-contract.js extracts from the spec
 * now. The unit drift test checks the schema and types against the snapshot
 * without ../shared; this one checks the snapshot against ../shared.
 */
run("the contract snapshot", () => {
  test("matches a fresh extraction from ../shared (run `npm run gen` after a spec update)", () => {
    const gen = require("../../scripts/gen-contract.js") as { extract(): unknown; snapshotPath: string };
    expect(gen.extract()).toEqual(JSON.parse(readFileSync(gen.snapshotPath, "utf8")));
  });
});
