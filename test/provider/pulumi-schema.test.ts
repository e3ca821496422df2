/**
 * GetSchema: the `apimc` plugin returns a Pulumi package schema for
 * `apimc:index:*` that equals the committed provider/schema.json, is valid
 * against the package metaschema rules, covers every kind with typed inputs,
 * outputs, secrets and descriptions, and whose references all resolve.
 * Needs dist/ (the plugin runs from it).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { NATIVE_TOKENS } from "../../provider/native/tokens";
import { startEmulators, type Emulators } from "./provider-env";
import { startPlugin, type PluginCall } from "./plugin-host";

const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const root = path.resolve(__dirname, "../..");
/** The metaschema rules the schema is checked against (see the file's $comment for its source). */
const METASCHEMA = path.join(root, "test/fixtures/pulumi-package-metaschema.restated.json");

let emulators: Emulators;
let plugin: PluginCall;
let text: string;
let schema: any;

beforeAll(async () => {
  emulators = await startEmulators();
  plugin = await startPlugin(emulators.env);
  text = await plugin.schema();
  schema = JSON.parse(text);
});

afterAll(async () => {
  await plugin?.stop();
  await emulators?.stop();
});

test("GetSchema returns exactly the committed provider/schema.json (regenerate with npm run gen:pulumi-schema)", () => {
  expect(text).toBe(readFileSync(path.join(root, "provider/schema.json"), "utf8"));
});

test("the schema is valid against the package metaschema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(METASCHEMA, "utf8")));
  const ok = validate(schema);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test("the metaschema check is not vacuous: broken schemas fail it", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(METASCHEMA, "utf8")));
  const broken = (mutate: (s: any) => void) => {
    const s = structuredClone(schema);
    mutate(s);
    return validate(s);
  };
  expect(broken((s) => (s.resources["apimc:Backend"] = s.resources["apimc:index:Backend"]))).toBe(false);
  expect(broken((s) => (s.resources["apimc:index:Backend"].inputProperties.name = { type: "text" }))).toBe(false);
  expect(broken((s) => (s.resources["apimc:index:Backend"].inputProperties.name = { type: "array" }))).toBe(false);
  expect(broken((s) => (s.version = "latest"))).toBe(false);
  expect(broken((s) => (s.extra = true))).toBe(false);
});

test("one resource per kind under apimc:index, with the plugin's version", async () => {
  expect(schema.name).toBe("apimc");
  expect(schema.version).toBe(await plugin.version());
  expect(Object.keys(schema.resources).sort()).toEqual(Object.values(NATIVE_TOKENS).sort());
});

test("inputs, outputs, required fields, replace-on-change and descriptions", () => {
  for (const [token, r] of Object.entries<any>(schema.resources)) {
    expect([token, typeof r.description]).toEqual([token, "string"]);
    for (const [name, p] of [...Object.entries<any>(r.inputProperties), ...Object.entries<any>(r.properties)]) {
      expect([token, name, typeof p.description]).toEqual([token, name, "string"]);
    }
    expect(r.properties.armId).toMatchObject({ type: "string" });
    expect(r.requiredInputs).toContain("service");
    expect(r.inputProperties.service.replaceOnChanges).toBe(true);
  }
  const backend = schema.resources["apimc:index:Backend"];
  expect(backend.requiredInputs).toEqual(["name", "properties", "service"]);
  expect(backend.inputProperties.name.replaceOnChanges).toBe(true);
  expect(backend.inputProperties.properties.$ref).toBe("#/types/apimc:index:BackendDeclaration");
  const policy = schema.resources["apimc:index:Policy"];
  expect(policy.requiredInputs).toEqual(["service", "xml"]);
  // The declaration types come from schema/apimc.schema.json: same keys, same descriptions.
  const declarations = JSON.parse(readFileSync(path.join(root, "schema/apimc.schema.json"), "utf8"));
  const backendType = schema.types["apimc:index:BackendDeclaration"];
  expect(Object.keys(backendType.properties).sort()).toEqual(Object.keys(declarations.$defs.Backend.properties).sort());
  expect(backendType.properties.url.description).toBe(declarations.$defs.Backend.properties.url.description);
  expect(schema.types["apimc:index:ApiDeclaration"].properties.operations).toEqual(expect.objectContaining({ type: "object", additionalProperties: { $ref: "#/types/apimc:index:OperationDeclaration" } }));
  // Policies of APIs and products are separate Policy resources, so they are not inputs there.
  expect(schema.types["apimc:index:ApiDeclaration"].properties.policy).toBeUndefined();
  expect(schema.types["apimc:index:ProductDeclaration"].properties.policy).toBeUndefined();
});

test("secrets: a NamedValue's parameter value, properties and parts, and a Backend's parts", () => {
  const nv = schema.resources["apimc:index:NamedValue"];
  expect(nv.inputProperties.parameterValue.secret).toBe(true);
  for (const k of ["properties", "parts", "parameterValue"]) expect([k, nv.properties[k].secret]).toEqual([k, true]);
  expect(schema.resources["apimc:index:Backend"].properties.parts.secret).toBe(true);
  expect(schema.resources["apimc:index:Api"].properties.parts.secret).toBeUndefined();
});

test("every type reference resolves to a type in the schema or a Pulumi built-in", () => {
  const refs: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "$ref" && typeof x === "string") refs.push(x);
        else walk(x);
      }
    }
  };
  walk(schema);
  expect(refs.length).toBeGreaterThan(10);
  for (const ref of refs) {
    if (ref.startsWith("pulumi.json#/")) expect(["pulumi.json#/Any", "pulumi.json#/Archive", "pulumi.json#/Asset", "pulumi.json#/Json"]).toContain(ref);
    else expect([ref, schema.types[ref.replace(/^#\/types\//, "")] !== undefined]).toEqual([ref, true]);
  }
});
