/**
 * The generic round trip, once per registered kind (issue 11, point 4). For
 * each kind a declaration with every writable property it accepts is made
 * from the committed schema (so a new kind is covered by being registered),
 * then:
 *   validate -> compile to ARM (schema-valid when ../shared is present)
 *   -> PUT every resource to the ARM emulator (each body checked against the
 *   REST contract when ../shared is present) -> read back through src/state
 *   -> plan against the declarations: no change.
 * Write-only properties (import instructions) cannot be read back and are
 * left out; they are covered by the conformance test of Microsoft's examples.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ApimResources, apimRefOf, buildModel, emitArm, hasErrors, plan, readLiveModel, toArmProperties } from "../../src/index";
import { genericSecrets } from "../../src/model";
import { loadDeclarationsFromObject } from "../../src/load";
import { KINDS, kindDescriptor } from "../../src/model/kinds/registry";
import type { KindDescriptor } from "../../src/model/kinds/types";
import { validateDeclarations } from "../../src/validate";
import { startArmEmulator, type ArmEmulator } from "../emulators/arm-emulator";
import { loadArmSchemas } from "../support/arm-schema";

type Obj = Record<string, unknown>;
type Schema = Obj & { properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema | boolean; $ref?: string; enum?: unknown[]; oneOf?: Schema[] };

const root = resolve(__dirname, "../..");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));
const haveShared = existsSync(join(shared, "specs/rest/2024-05-01/definitions.json"));
const schema = JSON.parse(readFileSync(join(root, "schema/apimc.schema.json"), "utf8")) as Schema & { $defs: Record<string, Schema> };
const SUB = "00000000-0000-0000-0000-0000000000c3";
const RG = "rg";

/** apimc's own keys: references, files, policies, children; the test fills the ones a kind needs itself. */
const APIMC_KEYS = new Set(["ignore", "policy", "backend", "openapi", "wsdl", "operations", "apis", "hostnames", "certificateAuthorities", "fromKeyVault", "fromParameter", "keyVault", "apiVersionSet", "pool", "location"]);

/**
 * Cross-property rules the schema cannot state (DESIGN.md: REST constraints),
 * and secrets that must not be literal. A kind with such rules adds a line.
 */
const CONSTRAINTS: Readonly<Record<string, (d: Obj) => void>> = {
  backend: (d) => {
    const cb = ((d.circuitBreaker as Obj).rules as Obj[])[0].failureCondition as Obj;
    delete cb.percentage;
    cb.interval = "PT1M";
    ((d.circuitBreaker as Obj).rules as Obj[])[0].tripDuration = "PT1M";
    (((d.circuitBreaker as Obj).rules as Obj[])[0].failureCondition as Obj).statusCodeRanges = [{ min: 500, max: 599 }];
    const cred = d.credentials as Obj;
    cred.header = { "x-key": ["{{secret-nv}}"] };
    cred.query = { key: ["{{secret-nv}}"] };
    (cred.authorization as Obj).parameter = "{{secret-nv}}";
    (d.proxy as Obj).password = "{{secret-nv}}";
    (d.proxy as Obj).url = "http://proxy.example";
    d.type = "Single";
    d.url = "https://backend.example";
    d.resourceId = "https://management.example/app";
    // `certificate` (thumbprints) is ignored by Azure when `certificateIds` is set.
    delete cred.certificate;
    // Certificates by name need declared certificates: covered by test/registry/new-kinds.test.ts.
    delete cred.certificates;
    delete (d.serviceFabricCluster as Obj).clientCertificate;
  },
  api: (d) => {
    d.serviceUrl = "https://backend.example";
    d.termsOfServiceUrl = "https://contoso.example/tos";
    // A sourceApiId makes a revision or clone of another API, which the sample set does not hold.
    delete d.sourceApiId;
    d.isCurrent = true;
    // Tags and OAuth/OIDC references name other resources: covered by the apiTag kind and test/unit/model/registry-kinds.test.ts.
    delete d.tags;
    // API diagnostics are covered by the apiDiagnostic kind.
    delete d.diagnostics;
    // A schema with an inline document (a file path would need a file), and a non-current revision with its own
    // policy and operation; the apiRelease kind's sample makes another revision current.
    d.schemas = { "sample-schema": { contentType: "application/vnd.ms-azure-apim.graphql.schema", document: { value: "type Query { a: String }" } } };
    d.revisions = { "2": { apiRevisionDescription: "second", policy: POLICY, operations: { "rev-op": { method: "GET", urlTemplate: "/rev", displayName: "rev-op" } } } };
    // A revision number (APIMC164 otherwise); "1" is the revision every API starts as.
    d.apiRevision = "1";
    const auth = d.authenticationSettings as Obj;
    delete auth.openid;
    delete auth.oAuth2;
  },
  namedValue: (d) => {
    d.displayName = "sample-nv";
    d.secret = false;
    d.value = "sample-value";
  },
  product: (d) => {
    d.state = "published";
    // Tag and group links are covered by the productTag and productGroup kinds.
    delete d.tags;
    delete d.groups;
  },
  // Secrets come from a source, never a literal; the round trip supplies their values at PUT time.
  cache: (d) => {
    d.connectionString = { fromParameter: "cacheConnection" };
    d.useFromLocation = "westeurope";
  },
  certificate: (d) => {
    delete d.keyVault;
    d.data = { fromParameter: "pfx" };
    d.password = { fromParameter: "pfxPassword" };
  },
  authorizationServer: (d) => {
    d.clientSecret = { fromParameter: "clientSecret" };
    delete d.resourceOwnerPassword;
    d.grantTypes = ["authorizationCode"];
  },
  openidConnectProvider: (d) => {
    d.clientSecret = { fromParameter: "clientSecret" };
  },
  subscription: (d) => {
    d.primaryKey = { fromParameter: "primaryKey" };
    d.state = "active";
  },
  logger: (d) => {
    d.loggerType = "azureEventHub";
    d.credentials = { name: "events", endpointAddress: "ns.servicebus.windows.net" };
  },
  diagnostic: (d) => {
    d.logger = "sample-logger";
  },
  apiDiagnostic: (d) => {
    d.logger = "sample-logger";
  },
  operation: (d) => {
    // Tags name declared tags: covered by the operationTag kind.
    delete d.tags;
  },
  apiSchema: (d) => {
    // The document as a file path needs a file: inline, as the contract writes it.
    d.contentType = "application/vnd.ms-azure-apim.graphql.schema";
    d.document = { value: "type Query { b: String }" };
  },
  apiRevision: (d) => {
    d.policy = POLICY;
    d.operations = { "rev-op": { method: "GET", urlTemplate: "/rev", displayName: "rev-op" } };
  },
};

/** Names the contract fixes for a kind (service diagnostics), else `sample-<kind>`. */
const SAMPLE_NAMES: Readonly<Record<string, string>> = { diagnostic: "applicationinsights", apiDiagnostic: "applicationinsights", apiRevision: "3" };

/** Other resources a kind's sample refers to. */
const NEIGHBOURS: Readonly<Record<string, Obj>> = {
  diagnostic: { loggers: { "sample-logger": { loggerType: "applicationInsights", credentials: { connectionString: "{{secret-nv}}" } } } },
  apiDiagnostic: { loggers: { "sample-logger": { loggerType: "applicationInsights", credentials: { connectionString: "{{secret-nv}}" } } } },
};

function resolveRef(s: Schema): Schema {
  if (typeof s.$ref === "string") return schema.$defs[s.$ref.replace("#/$defs/", "")];
  return s;
}

/** A value for `s`, avoiding the kind's read-back defaults (they would read back as absent). */
function sample(s0: Schema, key: string, avoid: Map<string, unknown>, path: string): unknown {
  const s = resolveRef(s0);
  if (s.oneOf) return sample(s.oneOf[0], key, avoid, path);
  if (s.enum) return s.enum.find((v) => JSON.stringify(v) !== JSON.stringify(avoid.get(path))) ?? s.enum[0];
  switch (s.type) {
    case "boolean":
      return avoid.get(path) === true ? false : true;
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? Math.max(s.minimum, 1) : 1;
    case "array":
      return [sample(s.items ?? {}, key, avoid, `${path}/[]`)];
    case "object": {
      const out: Obj = {};
      for (const [k, p] of Object.entries(s.properties ?? {})) {
        if (APIMC_KEYS.has(k) && path === "") continue;
        out[k] = sample(p, k, avoid, path ? `${path}/${k}` : k);
      }
      if (!s.properties && s.additionalProperties && typeof s.additionalProperties === "object") {
        out[`sample-${key}`.toLowerCase()] = sample(s.additionalProperties, key, avoid, `${path}/*`);
      }
      return out;
    }
    default: {
      const max = typeof s.maxLength === "number" ? s.maxLength : 50;
      if (typeof s.pattern === "string" && !new RegExp(s.pattern as string).test(`sample-${key}`)) return "sample";
      return `sample-${key}`.slice(0, max);
    }
  }
}

/** Every accepted, readable property of a kind's declaration, from the schema. */
function fullDeclaration(d: KindDescriptor, schemaNode: Schema): Obj {
  const avoid = new Map(d.readBackDefaults.map((r) => [r.property, r.value]));
  const decl = sample(schemaNode, d.kind, avoid, "") as Obj;
  for (const k of d.writeOnly) delete decl[k];
  CONSTRAINTS[d.kind]?.(decl);
  return decl;
}

const POLICY = "<policies><inbound><base /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>";

/** The declaration set holding one sample of `kind`, placed as its descriptor says. */
function declarationsFor(d: KindDescriptor): Obj {
  const api = (): Obj => fullDeclaration(kindDescriptor("api"), schema.$defs.Api);
  const data: Obj = {
    version: 1,
    service: { name: `rt-${d.kind.toLowerCase()}`, resourceGroup: RG, subscriptionId: SUB },
    namedValues: { "secret-nv": { displayName: "secret-nv", fromParameter: "secret_nv" } },
  };
  switch (d.declaration.in) {
    case "top": {
      const decl = fullDeclaration(d, schema.$defs[d.schemaDef!]);
      if (d.kind === "policyFragment") decl.policy = "<fragment><set-header name=\"x\" exists-action=\"override\"><value>1</value></set-header></fragment>";
      data[d.declaration.key] = { ...(data[d.declaration.key] as Obj | undefined), [SAMPLE_NAMES[d.kind] ?? `sample-${d.kind.toLowerCase()}`]: decl };
      Object.assign(data, NEIGHBOURS[d.kind]);
      break;
    }
    case "policy":
      // The global scope has nothing to inherit, so no <base />.
      data.policy = POLICY.replace(/<base \/>/g, "");
      break;
    case "derived": {
      // A release: the API names revision 3 as current, so apimc creates it from revision 1 and releases it.
      const holder = api();
      holder.apiRevision = "3";
      holder.apiRevisionDescription = "third";
      data.apis = { "sample-api": holder };
      break;
    }
    default: {
      // A revision has no ARM parent (it is an `apis` resource) but is declared in its API's `revisions`.
      const parent = kindDescriptor(d.parent ?? "api");
      const parentDecl = parent.kind === "api" ? api() : fullDeclaration(parent, schema.$defs[parent.schemaDef!]);
      const key = d.declaration.key;
      const target = d.declaration.shape === "names" ? kindDescriptor(d.references[0].to) : undefined;
      if (target && target.kind !== "api" && target.declaration.in === "top") {
        // A link to a tag or group: declare one to link to.
        data[target.declaration.key] = { "linked-one": fullDeclaration(target, schema.$defs[target.schemaDef!]) };
        parentDecl[key] = ["linked-one"];
      } else if (d.declaration.shape === "names") {
        data.apis = { "linked-api": api() };
        parentDecl[key] = ["linked-api"];
      } else {
        const holder = (schema.$defs[parent.schemaDef!].properties as Record<string, Schema>)[key];
        const itemSchema = (holder.additionalProperties ?? {}) as Schema;
        const child = fullDeclaration(d, itemSchema);
        if (d.kind === "operation") child.urlTemplate = "/sample";
        parentDecl[key] = { [SAMPLE_NAMES[d.kind] ?? `sample-${d.kind.toLowerCase()}`]: child };
      }
      Object.assign(data, NEIGHBOURS[d.kind]);
      if (parent.kind === "operation") {
        // Three levels: the operation sits in an API.
        parentDecl.urlTemplate = "/sample";
        const holder = api();
        holder.operations = { "sample-operation": parentDecl };
        data.apis = { "sample-api": holder };
        break;
      }
      const top = parent.declaration.in === "top" ? parent.declaration.key : "apis";
      data[top] = { ...(data[top] as Obj | undefined), [`sample-${parent.kind.toLowerCase()}`]: parentDecl };
    }
  }
  return data;
}

const armSchemas = haveShared ? loadArmSchemas(shared) : undefined;

describe("generic round trip per registered kind", () => {
  let arm: ArmEmulator;
  beforeEach(async () => {
    arm = await startArmEmulator({ sharedDir: haveShared ? shared : false });
  });
  afterEach(async () => {
    await arm?.stop();
  });

  test.each(KINDS.map((k) => [k.kind, k] as const))("%s", async (_kind, d) => {
    const data = declarationsFor(d);
    const loaded = await loadDeclarationsFromObject(data, root);
    const diagnostics = validateDeclarations(loaded);
    // Warnings (such as an apiVersion without a version set) are advice, not a failed round trip.
    expect(diagnostics.filter((x) => x.severity === "error").map((x) => `${x.code} ${x.pointer} ${x.message}`)).toEqual([]);
    const built = buildModel(loaded);
    expect(built.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    const model = built.model!;

    const out = emitArm(model);
    expect(hasErrors(out.diagnostics)).toBe(false);
    if (armSchemas) expect(armSchemas.validateFiles(out.files)).toEqual([]);

    const target = { subscriptionId: SUB, resourceGroup: RG, serviceName: model.service.name };
    const r = new ApimResources(target, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t" });
    for (const id of model.graph.order) {
      const body = toArmProperties(model, id, { subscriptionId: SUB, resourceGroup: RG });
      if (id.startsWith("namedValues/") && body.secret === true && body.value === undefined) body.value = "deploy-time-value";
      // Secret sources of the registry-only kinds: the deployer supplies the values, as for secret named values.
      const generic = model.generic?.[id];
      if (generic) for (const { property } of genericSecrets(generic)) body[property] = property === "data" ? "TUlJQw==" : "deploy-time-value";
      // With the model, the API's content goes to the revision `apiRevision` names, as ARM does.
      await r.put(apimRefOf(id, model), body);
    }
    for (const g of Object.values(model.gateways)) {
      for (const [ca, v] of Object.entries(g.certificateAuthorities)) await r.put({ kind: "gatewayCertificateAuthority", names: [g.name, ca] }, { isTrusted: v.isTrusted ?? false });
    }
    expect(arm.specViolations).toEqual([]);

    const { model: live } = await readLiveModel(target, { resources: r });
    expect(plan(live, model).changes).toEqual([]);
  });
});
