/**
 * Every PUT example of Microsoft's 2024-05-01 REST spec for a kind in the
 * registry becomes a declaration set (through the same live-to-declarations
 * conversion `plan --live` and `extract` use). Each must validate, compile
 * to ARM, and give back the example's `properties`, apart from documented
 * sugar (docs/format.md, "Microsoft's examples"):
 * - policy text is canonical and always `format: rawxml`;
 * - replaced contract properties (the registry's `contract.replaced`) such as
 *   an API's inline `apiVersionSet` details are not accepted;
 * - literal secrets stay errors, so the test moves each, as a user would,
 *   into a secret named value (the body then holds its `{{token}}`: backend
 *   and logger credentials) or into a secure deploy parameter
 *   (`{ fromParameter }`: certificates, caches, OAuth and OpenID Connect
 *   secrets), which the compiled template holds as `[parameters('...')]`;
 * - ARM ids compare relative to the service (`/loggers/x`), as Azure's
 *   examples write them either way.
 * Neighbours an example names (a diagnostic's logger, a subscription's
 * product, a link's tag) are declared as stubs.
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

/** Issue 12's kinds: their round trip through the emulator is test/registry/round-trip.test.ts's (secret sources need values). */
const ROUND_TRIP_ELSEWHERE = new Set(["tag", "group", "logger", "diagnostic", "certificate", "subscription", "authorizationServer", "openidConnectProvider", "cache", "productTag", "productGroup", "apiTag", "apiDiagnostic", "operationTag"]);
/** A release is derived from `apiRevision`, not written from a body. */
const NOT_CONVERTED = new Set(["apiRelease"]);

function examples(): Example[] {
  const out: Example[] = [];
  for (const f of readdirSync(specDir).filter((n) => n.endsWith(".json")).sort()) {
    const spec = JSON.parse(readFileSync(join(specDir, f), "utf8")) as { paths?: Record<string, { put?: { "x-ms-examples"?: Record<string, { $ref: string }> } }> };
    for (const [p, ops] of Object.entries(spec.paths ?? {})) {
      const m = /\/service\/\{serviceName\}\/(.+)$/.exec(p);
      if (!m || !ops.put) continue;
      const azureKind = azureKindOfPath(m[1]);
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

/** A logger a diagnostic names: Azure Monitor needs no credentials. */
const stubLogger = (): Obj => ({ loggerType: "azureMonitor" });

/**
 * Moves literal secrets into secret named values or secure deploy parameters, as a user would; returns the
 * declaration set, the expected body, and the properties that must be `[parameters(...)]` in the template.
 */
function declarationsFor(ex: Example): { data: Obj; id: string; expected: Obj; parameters: Record<string, string> } {
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
  const [n0, n1, n2] = ex.names;
  const parameters: Record<string, string> = {};
  // A literal where the registry asks for a secret source becomes `{ fromParameter }`; the body leaves it to the parameter.
  const fromParameter = (o: Obj) => {
    for (const { property } of d.secrets.filter((x) => !x.sources.includes("{{named value}}"))) {
      if (typeof o[property] !== "string") continue;
      parameters[property] = `${n0}_${property}`.replace(/[^A-Za-z0-9_]/g, "_");
      o[property] = { fromParameter: parameters[property] };
      delete expected[property];
    }
  };
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
    case "gatewayCertificateAuthority":
      data.gateways = { [n0]: { certificateAuthorities: { [n1]: decl } } };
      id = `gateways/${n0}/certificateAuthorities/${n1}`;
      break;
    case "logger": {
      // Logger credentials APIM resolves `{{named value}}` tokens in: the literal moves into a secret named value.
      const l = decl as Obj;
      const c = l.credentials as Record<string, string> | undefined;
      for (const { property } of d.secrets) {
        const key = property.split("/")[1];
        if (typeof c?.[key] !== "string") continue;
        c[key] = secretParam(`${n0}-${key}`.toLowerCase());
        ((expected.credentials as Obj)[key] as string) = c[key];
      }
      data.loggers = { [n0]: l };
      id = `loggers/${n0}`;
      break;
    }
    case "diagnostic": {
      const g = decl as Obj;
      data.loggers = { [String(g.logger)]: stubLogger() };
      data.diagnostics = { [n0]: g };
      id = `diagnostics/${n0}`;
      break;
    }
    case "apiDiagnostic": {
      const g = decl as Obj;
      data.loggers = { [String(g.logger)]: stubLogger() };
      data.apis = { [n0]: { ...stubApi(), diagnostics: { [n1]: g } } };
      id = `apis/${n0}/diagnostics/${n1}`;
      break;
    }
    case "subscription": {
      const sub = decl as Obj;
      const scope = sub.scope as Obj;
      if (typeof scope?.product === "string") data.products = { [scope.product]: { displayName: "stub", subscriptionRequired: true } };
      if (typeof scope?.api === "string") data.apis = { [scope.api]: stubApi() };
      fromParameter(sub);
      data.subscriptions = { [n0]: sub };
      id = `subscriptions/${n0}`;
      break;
    }
    case "apiTag":
      data.tags = { [n1]: { displayName: "stub" } };
      data.apis = { [n0]: { ...stubApi(), tags: [n1] } };
      id = `apis/${n0}/tags/${n1}`;
      break;
    case "operationTag":
      data.tags = { [n2]: { displayName: "stub" } };
      data.apis = { [n0]: { ...stubApi(), operations: { [n1]: { method: "GET", urlTemplate: "/", tags: [n2] } } } };
      id = `apis/${n0}/operations/${n1}/tags/${n2}`;
      break;
    case "productTag":
      data.tags = { [n1]: { displayName: "stub" } };
      data.products = { [n0]: { displayName: "stub", tags: [n1] } };
      id = `products/${n0}/tags/${n1}`;
      break;
    case "productGroup":
      data.groups = { [n1]: { displayName: "stub" } };
      data.products = { [n0]: { displayName: "stub", groups: [n1] } };
      id = `products/${n0}/groups/${n1}`;
      break;
    default: {
      // A top-level kind whose declaration is its contract body (tags, groups, certificates, caches, OAuth servers...).
      if (d.declaration.in !== "top") throw new Error(`no conversion for ${ex.azureKind}`);
      const o = decl as Obj;
      fromParameter(o);
      data[d.declaration.key] = { [n0]: o };
      id = `${d.armType}/${n0}`;
    }
  }
  if (Object.keys(namedValues).length) data.namedValues = { ...(data.namedValues as Obj | undefined), ...namedValues };
  return { data, id, expected, parameters };
}

const SERVICE_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.ApiManagement/service/${SERVICE}/`;

/** ARM ids compare relative to the service: Azure's examples write `/loggers/x` and full ids alike, and Azure resolves both. */
function serviceRelative(v: unknown): unknown {
  if (typeof v === "string") return v.startsWith(SERVICE_ID) ? `/${v.slice(SERVICE_ID.length)}` : v;
  if (Array.isArray(v)) return v.map(serviceRelative);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, serviceRelative(x)]));
  return v;
}

/** Documented sugar: policy text compares canonical, and is always rawxml; ARM ids compare relative to the service. */
function comparable(azureKind: string, props: Obj): Obj {
  const out = serviceRelative(props) as Obj;
  if (azureKind.endsWith("Policy") || azureKind === "policyFragment") {
    if (typeof out.value === "string") out.value = canonicalPolicyText(out.format === "xml" || out.format === undefined ? out.value : out.value);
    delete out.format;
  }
  return out;
}

async function compileOne(ex: Example): Promise<{ diagnostics: Diagnostic[]; actual?: Obj; expected: Obj; templated?: Obj; parameters?: Obj }> {
  const { data, id, expected, parameters } = declarationsFor(ex);
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
  // A secret moved into a deploy parameter is `[parameters('...')]` in the compiled template, never the literal.
  const template = JSON.parse(arm.files["azuredeploy.json"] ?? "{}") as { resources?: Array<{ name: string; properties?: Obj }> };
  const armName = `[concat(parameters('serviceName'), '/${id.split("/").filter((_, i) => i % 2 === 1).join("/")}')]`;
  const resource = template.resources?.find((r) => r.name === armName);
  const templated = Object.fromEntries(Object.keys(parameters).map((k) => [k, resource?.properties?.[k]]));
  const wanted = Object.fromEntries(Object.entries(parameters).map(([k, p]) => [k, `[parameters('${p}')]`]));
  return { diagnostics: [], actual: comparable(ex.azureKind, actual), expected: comparable(ex.azureKind, expected), templated, parameters: wanted };
}

/**
 * Examples whose body Azure's own contract rejects and apimc does not accept
 * either (counted, not hidden). None today: the one such example,
 * `format: swagger-link`, is an apimc addition to the contract's enum
 * (docs/format.md, "Import formats"), since Azure accepts it.
 */
const CONTRACT_VIOLATIONS: Readonly<Record<string, string>> = {};

const all = have ? examples() : [];
const run = have ? describe : describe.skip;

run("Microsoft's 2024-05-01 PUT examples for the registered kinds", () => {
  const results: string[] = [];
  afterAll(() => {
    const passed = results.filter((r) => r.startsWith("pass")).length;
    console.log(`REST examples: ${passed}/${all.length} pass; ${Object.keys(CONTRACT_VIOLATIONS).length} rejected as contract violations`);
  });

  test("the examples cover every registered kind that has a PUT body example", () => {
    // productPolicy, gateway hostnames and certificate authorities, product tags and product groups have no example
    // file in the spec folder (apimproducts.json names ApiManagementCreateProductTag.json and
    // ApiManagementCreateProductGroup.json, which are absent); test/registry/round-trip.test.ts covers them.
    const kinds = [...new Set(all.map((e) => e.azureKind))].sort();
    expect(kinds).toEqual([
      "api",
      "apiDiagnostic",
      "apiPolicy",
      "apiSchema",
      "apiTag",
      "apiVersionSet",
      "authorizationServer",
      "backend",
      "cache",
      "certificate",
      "diagnostic",
      "gateway",
      "gatewayApi",
      "globalPolicy",
      "group",
      "logger",
      "namedValue",
      "openidConnectProvider",
      "operation",
      "operationPolicy",
      "operationTag",
      "policyFragment",
      "product",
      "productApi",
      "subscription",
      "tag",
    ]);
    // Every example converts: nothing Azure accepts is left that apimc cannot express.
    expect(all.length).toBe(51);
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
    expect(r.templated).toEqual(r.parameters);
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
    const left = all.filter((e) => derived(e) && !CONTRACT_VIOLATIONS[e.file] && !ROUND_TRIP_ELSEWHERE.has(e.azureKind));
    const elsewhere = all.filter((e) => ROUND_TRIP_ELSEWHERE.has(e.azureKind)).length;
    console.log(`round trip: ${all.length - left.length - elsewhere - Object.keys(CONTRACT_VIOLATIONS).length} examples; ${left.length} left out (Azure derives their API values); ${elsewhere} of issue 12's kinds in test/registry/round-trip.test.ts`);
    expect(left.length).toBeLessThan(all.length / 2);
  });

  test.each(all.filter((e) => !CONTRACT_VIOLATIONS[e.file] && !derived(e) && !ROUND_TRIP_ELSEWHERE.has(e.azureKind)).map((e) => [e.file, e] as const))("%s", async (file, ex) => {
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
