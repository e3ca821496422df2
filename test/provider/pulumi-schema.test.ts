/**
 * GetSchema: the `apimc` plugin returns a Pulumi package schema for
 * `apimc:index:*` that equals the committed provider/schema.json, is valid
 * against the rules of Pulumi's published package metaschema, covers every kind
 * with typed inputs, outputs, secrets and descriptions, and whose references all
 * resolve. The published metaschema is not on the npm registry, so the rules are
 * restated in test/fixtures; the rule tables below prove the restatement holds
 * each published rule (citing its pointer) and refuses nothing the published file
 * allows. Needs dist/ (the plugin runs from it).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { NATIVE_TOKENS } from "../../provider/native/tokens";
import { startEmulators, type Emulators } from "./provider-env";
import { startPlugin, type PluginCall } from "./plugin-host";

const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const root = path.resolve(__dirname, "../..");
/** The published metaschema's rules, restated (see the file's $comment and docs/pulumi.md, Other languages). */
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

/** A clone of the served schema changed by `mutate`. */
function variant(mutate: (s: any) => void): any {
  const s = structuredClone(schema);
  mutate(s);
  return s;
}

const backend = (s: any) => s.resources["apimc:index:Backend"];
const anyType = (s: any) => s.types[Object.keys(s.types)[0]];

/**
 * Every rule of Pulumi's published metaschema that a package schema can break,
 * cited by its JSON pointer in the published file (pkg/codegen/schema/pulumi.json),
 * with a change to apimc's schema that breaks only that rule. The restatement
 * must refuse each one: it is at least as strict as the published file.
 */
const RULES: Array<[string, (s: any) => void]> = [
  ["#/required (name)", (s) => delete s.name],
  ["#/additionalProperties", (s) => (s.extra = true)],
  ["#/properties/name/pattern", (s) => (s.name = "1apimc")],
  ["#/properties/version/pattern (not semver)", (s) => (s.version = "latest")],
  ["#/properties/version/pattern (leading zero)", (s) => (s.version = "1.02.0")],
  ["#/properties/version/pattern (numeric prerelease with a leading zero)", (s) => (s.version = "1.0.0-01")],
  ["#/properties/keywords/items/type", (s) => (s.keywords = [1])],
  ["#/properties/namespace/pattern", (s) => (s.namespace = "Contoso")],
  ["#/properties/validateCredentialsOnNew/type", (s) => (s.validateCredentialsOnNew = "yes")],
  ["#/properties/meta/additionalProperties", (s) => (s.meta.other = 1)],
  ["#/properties/meta/properties/moduleFormat/format (regex)", (s) => (s.meta.moduleFormat = "(")],
  ["#/properties/config/additionalProperties", (s) => (s.config = { other: {} })],
  ["#/properties/config/properties/variables/additionalProperties (propertySpec)", (s) => (s.config = { variables: { a: { type: "text" } } })],
  ["#/properties/types/propertyNames (token)", (s) => (s.types["apimc:Thing"] = anyType(s))],
  ["#/properties/resources/propertyNames (token)", (s) => (s.resources["apimc:Backend"] = backend(s))],
  ["#/properties/functions/propertyNames (token)", (s) => (s.functions = { "apimc-get": {} })],
  ["#/$defs/token/pattern (module starts with a digit)", (s) => (s.resources["apimc:1index:Backend"] = backend(s))],
  ["#/$defs/token/pattern (member starts with a digit)", (s) => (s.resources["apimc:index:1Backend"] = backend(s))],
  ["#/properties/dependencies/items/required", (s) => (s.dependencies = [{ version: "1.0.0" }])],
  ["#/properties/dependencies/items/properties/version/pattern", (s) => (s.dependencies = [{ name: "azure-native", version: "3" }])],
  ["#/properties/dependencies/items/properties/parameterization/required", (s) => (s.dependencies = [{ name: "terraform-provider", parameterization: { name: "x", version: "1.0.0" } }])],
  ["#/$defs/parameterization/properties/baseProvider/additionalProperties", (s) => (s.parameterization = { baseProvider: { name: "x", version: "1.0.0", url: "u" }, parameter: "AA==" })],
  ["#/$defs/parameterization/properties/baseProvider/required", (s) => (s.parameterization = { baseProvider: { name: "x" }, parameter: "AA==" })],
  ["#/properties/provider ($defs/resourceSpec)", (s) => (s.provider = { inputProperties: { a: { type: "text" } } })],
  ["#/$defs/typeSpec/oneOf (no form: a primitive with items)", (s) => (backend(s).inputProperties.name = { type: "string", items: { type: "string" } })],
  ["#/$defs/typeSpec/oneOf/0/properties/type/enum", (s) => (backend(s).inputProperties.name = { type: "text" })],
  ["#/$defs/typeSpec/oneOf/1/required (items)", (s) => (backend(s).inputProperties.name = { type: "array" })],
  ["#/$defs/typeSpec/oneOf/2/properties/additionalProperties ($ref typeSpec)", (s) => (backend(s).inputProperties.name = { type: "object", additionalProperties: { type: "text" } })],
  ["#/$defs/typeSpec/oneOf/3/properties/$ref/format (uri-reference)", (s) => (backend(s).inputProperties.properties = { $ref: "#/types/apimc:index:Backend Declaration" })],
  ["#/$defs/typeSpec/oneOf/4/properties/oneOf/minItems", (s) => (backend(s).inputProperties.name = { oneOf: [{ type: "string" }] })],
  ["#/$defs/typeSpec/oneOf/4/properties/discriminator/required", (s) => (backend(s).inputProperties.name = { oneOf: [{ type: "string" }, { type: "integer" }], discriminator: {} })],
  ["#/$defs/typeSpec/oneOf/4/properties/discriminator/properties/propertyName/minLength", (s) => (backend(s).inputProperties.name = { oneOf: [{ type: "string" }, { type: "integer" }], discriminator: { propertyName: "" } })],
  ["#/$defs/typeSpec/oneOf/4/properties/discriminator/properties/mapping/additionalProperties/type", (s) => (backend(s).inputProperties.name = { oneOf: [{ type: "string" }, { type: "integer" }], discriminator: { propertyName: "kind", mapping: { a: 1 } } })],
  ["#/$defs/typeSpec/properties/plain/type", (s) => (backend(s).inputProperties.name.plain = "yes")],
  ["#/$defs/propertySpec/properties/secret/type", (s) => (backend(s).inputProperties.name.secret = "true")],
  ["#/$defs/propertySpec/properties/replaceOnChanges/type", (s) => (backend(s).inputProperties.name.replaceOnChanges = 1)],
  ["#/$defs/propertySpec/properties/default/type", (s) => (backend(s).inputProperties.name.default = {})],
  ["#/$defs/propertySpec/properties/const/type", (s) => (backend(s).inputProperties.name.const = ["a"])],
  ["#/$defs/propertySpec/properties/defaultInfo/required", (s) => (backend(s).inputProperties.name.defaultInfo = {})],
  ["#/$defs/propertySpec/properties/description/type", (s) => (backend(s).inputProperties.name.description = 1)],
  ["#/$defs/complexTypeSpec/oneOf (neither an object nor an enum type)", (s) => (anyType(s).type = "string")],
  ["#/$defs/complexTypeSpec/properties/isOverlay/type", (s) => (anyType(s).isOverlay = "no")],
  ["#/$defs/enumTypeSpec/properties/enum/items/required", (s) => (s.types["apimc:index:Protocol"] = { type: "string", enum: [{ name: "http" }] })],
  ["#/$defs/enumTypeSpec/properties/type/enum", (s) => (s.types["apimc:index:Protocol"] = { type: "array", enum: [{ value: "http" }] })],
  ["#/$defs/objectTypeSpec/properties/required/items/type", (s) => (anyType(s).required = [1])],
  ["#/$defs/objectTypeSpec/properties/properties/additionalProperties (propertySpec)", (s) => (anyType(s).properties = { a: { type: "text" } })],
  ["#/$defs/objectTypeSpec/properties/overlaySupportedLanguages/items/enum", (s) => (anyType(s).overlaySupportedLanguages = ["rust"])],
  ["#/$defs/resourceSpec/properties/requiredInputs/items/type", (s) => (backend(s).requiredInputs = [1])],
  ["#/$defs/resourceSpec/properties/inputProperties/additionalProperties (propertySpec)", (s) => (backend(s).inputProperties.extra = { type: "text" })],
  ["#/$defs/resourceSpec/allOf/0 (objectTypeSpec: outputs)", (s) => (backend(s).properties.extra = { type: "text" })],
  ["#/$defs/resourceSpec/properties/stateInputs ($defs/objectTypeSpec)", (s) => (backend(s).stateInputs = { properties: { a: { type: "text" } } })],
  ["#/$defs/resourceSpec/properties/listInputs ($defs/objectTypeSpec)", (s) => (backend(s).listInputs = { required: [1] })],
  ["#/$defs/resourceSpec/properties/aliases/items/type", (s) => (backend(s).aliases = [1])],
  ["#/$defs/resourceSpec/properties/aliases/items/properties/type/type", (s) => (backend(s).aliases = [{ type: 1 }])],
  ["#/$defs/resourceSpec/properties/isComponent/type", (s) => (backend(s).isComponent = "no")],
  ["#/$defs/resourceSpec/properties/methods/additionalProperties/type", (s) => (backend(s).methods = { get: 1 })],
  ["#/$defs/resourceSpec/properties/deprecationMessage/type", (s) => (backend(s).deprecationMessage = true)],
  ["#/$defs/functionSpec/properties/inputs ($defs/objectTypeSpec)", (s) => (s.functions = { "apimc:index:get": { inputs: { properties: { a: { type: "text" } } } } })],
  ["#/$defs/functionSpec/properties/outputs/anyOf", (s) => (s.functions = { "apimc:index:get": { outputs: { required: [1] } } })],
  ["#/$defs/functionSpec/properties/multiArgumentInputs/items/type", (s) => (s.functions = { "apimc:index:get": { multiArgumentInputs: [1] } })],
  ["#/$defs/functionSpec/properties/plain/type", (s) => (s.functions = { "apimc:index:get": { plain: "no" } })],
];

/**
 * Documents the published metaschema allows, beyond what apimc emits: the
 * restatement must accept each one, so it is no stricter than the published file.
 */
const ALLOWED: Array<[string, (s: any) => void]> = [
  ["package fields", (s) => Object.assign(s, { homepage: "h", repository: "r", logoUrl: "l", attribution: "a", pluginDownloadURL: "p", configurationDocsUrl: "c", validateCredentialsOnNew: true, namespace: "contoso-apim", allowedPackageNames: ["apim"] })],
  ["a semver with v, prerelease and build", (s) => (s.version = "v1.2.3-rc.1.x-y+build.05")],
  ["a token without a module", (s) => (s.resources["apimc::Thing"] = backend(s))],
  ["meta.supportPack", (s) => (s.meta.supportPack = true)],
  ["config variables and defaults", (s) => (s.config = { variables: { region: { type: "string", default: "westeurope", defaultInfo: { environment: ["REGION"] } } }, defaults: ["region"] })],
  ["dependencies with parameterization", (s) => (s.dependencies = [{ name: "azure-native", version: "3.0.0", pluginDownloadURL: "u" }, { name: "tf", parameterization: { name: "x", version: "1.0.0", value: "AA==" } }])],
  ["package parameterization", (s) => (s.parameterization = { baseProvider: { name: "terraform-provider", version: "0.8.0" }, parameter: "AA==" })],
  ["a provider resource", (s) => (s.provider = { inputProperties: { token: { type: "string", secret: true } } })],
  ["a map type without an element type", (s) => (backend(s).inputProperties.extra = { type: "object" })],
  ["a named type that also states its type", (s) => (backend(s).inputProperties.properties.type = "object")],
  ["a union with a discriminator", (s) => (backend(s).inputProperties.u = { type: "string", oneOf: [{ type: "string" }, { $ref: "#/types/apimc:index:BackendDeclaration" }], discriminator: { propertyName: "kind", mapping: { a: "#/types/apimc:index:BackendDeclaration" } } })],
  ["an array of maps of built-ins", (s) => (backend(s).inputProperties.a = { type: "array", items: { type: "object", additionalProperties: { $ref: "pulumi.json#/Any" } }, plain: true })],
  ["property options", (s) => Object.assign(backend(s).inputProperties.name, { const: "x", deprecationMessage: "d", language: {}, willReplaceOnChanges: true })],
  ["an enum type", (s) => (s.types["apimc:index:Protocol"] = { type: "string", enum: [{ name: "Http", value: "http", description: "d", deprecationMessage: "m" }, { value: "soap" }] })],
  ["object type options", (s) => Object.assign(anyType(s), { isOverlay: false, overlaySupportedLanguages: ["nodejs", "go"], language: {} })],
  ["resource options", (s) => Object.assign(backend(s), { aliases: ["apimc:index:OldBackend", { type: "apimc:old:Backend" }], isComponent: false, methods: { get: "apimc:index:Backend/get" }, deprecationMessage: "d", isOverlay: false, stateInputs: { properties: { armId: { type: "string" } } }, listInputs: { properties: {} } })],
  ["a function", (s) => (s.functions = { "apimc:index:getBackend": { description: "d", inputs: { properties: { name: { type: "string" } }, required: ["name"] }, outputs: { properties: { url: { type: "string" } } }, multiArgumentInputs: ["name"], plain: false } })],
  ["a function returning a type", (s) => (s.functions = { "apimc:index:getUrl": { returnType: { type: "string" } } })],
];

describe("the restatement holds every rule of the published metaschema, no more", () => {
  let compiled: any;
  const validate = () => {
    if (!compiled) {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      compiled = ajv.compile(JSON.parse(readFileSync(METASCHEMA, "utf8")));
    }
    return compiled;
  };

  const KEYWORDS = new Set(["required", "additionalProperties", "pattern", "type", "format", "propertyNames", "enum", "minItems", "minLength", "oneOf", "anyOf"]);
  test.each(RULES)("refuses a schema that breaks %s", (rule, mutate) => {
    const v = validate();
    expect(v(variant(mutate))).toBe(false);
    // Refused for the cited reason: the rule's keyword is among the errors (unless the rule is a nested
    // schema, named in parentheses, whose own keywords report the failure).
    const keyword = rule.split(" ")[0].split("/").pop()!;
    const nested = /\((\$ref )?\w*Spec\)|\(\$defs\//.test(rule);
    if (KEYWORDS.has(keyword) && !nested) expect((v.errors as Array<{ keyword: string }>).map((e) => e.keyword)).toContain(keyword);
  });

  test.each(ALLOWED)("accepts %s", (_what, mutate) => {
    const v = validate();
    const ok = v(variant(mutate));
    expect(v.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
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
