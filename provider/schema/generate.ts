/**
 * The Pulumi package schema of the `apimc` plugin (`GetSchema`), so SDKs for
 * Python, C#, Go, Java and YAML can be generated with `pulumi package gen-sdk`.
 *
 * It is derived, not written by hand: the resource tokens come from the
 * provider kinds (`NATIVE_TOKENS`), the `properties` input of each kind is the
 * kind's declaration type from `schema/apimc.schema.json` (the single source of
 * truth for the format, DESIGN §3), and secrets follow the secret outputs both
 * resource forms declare. The committed `provider/schema.json` is this output;
 * a test fails when they drift (`npm run gen:pulumi-schema` rewrites it).
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { ProviderKind } from "../types";
import { RESOURCE_KINDS } from "../../src/index";
import { BACKEND_SECRET_OUTPUTS, NAMED_VALUE_SECRET_OUTPUTS, NATIVE_TOKENS, REGISTRY_SECRET_OUTPUTS } from "../native/tokens";
import { REGISTRY_PROVIDER_KINDS } from "../types";

type Json = Record<string, unknown>;

/** A Pulumi type reference or property (the metaschema's typeSpec plus propertySpec fields). */
export interface PulumiProperty {
  type?: string;
  items?: PulumiProperty;
  additionalProperties?: PulumiProperty;
  $ref?: string;
  description?: string;
  secret?: boolean;
  replaceOnChanges?: boolean;
}

export interface PulumiObjectType {
  type: "object";
  description?: string;
  properties: Record<string, PulumiProperty>;
  required?: string[];
}

export interface PulumiResource {
  description: string;
  inputProperties: Record<string, PulumiProperty>;
  requiredInputs: string[];
  properties: Record<string, PulumiProperty>;
  required: string[];
}

export interface PulumiPackageSchema {
  name: string;
  displayName: string;
  version: string;
  description: string;
  keywords: string[];
  license: string;
  repository?: string;
  publisher: string;
  meta: { moduleFormat: string };
  language: Record<string, Json>;
  resources: Record<string, PulumiResource>;
  types: Record<string, PulumiObjectType>;
}

const ANY: PulumiProperty = { $ref: "pulumi.json#/Any" };
const PREFIX = "apimc:index:";

/** The declaration type (`$defs` name) of each kind's `properties` input, from the kind registry. */
function declarationDef(kind: Exclude<ProviderKind, "policy" | "apiRelease">): string {
  const def = RESOURCE_KINDS.find((d) => d.kind === kind)?.schemaDef;
  if (!def) throw new Error(`the kind registry gives no declaration type for ${kind}`);
  return def;
}

function isRegistryKind(kind: ProviderKind): boolean {
  return (REGISTRY_PROVIDER_KINDS as readonly string[]).includes(kind);
}

/**
 * Declaration keys a provider resource does not take: policies of APIs,
 * products and operations are separate `Policy` resources (check rejects them,
 * APIMC853), and `ignore` lists only silence `apimc validate` rules.
 */
const NOT_INPUTS: Record<string, readonly string[]> = {
  Api: ["policy"],
  ApiRevision: ["policy"],
  Operation: ["policy"],
  Product: ["policy"],
};

/** Hand-written descriptions; a registry kind's comes from its declaration's description in the format's schema. */
const DESCRIPTION: Partial<Record<ProviderKind, string>> = {
  namedValue: "An APIM named value. Its value comes from exactly one of `value`, `keyVault` (APIM reads Key Vault), `fromKeyVault` (apimc reads Key Vault at deploy time) or `fromParameter` (`parameterValue`, a secret).",
  backend: "An APIM backend: a single service or a load-balanced pool.",
  api: "An APIM API with its operations and schemas, and its revisions (`apiRevision`, `revisions`): a new revision is created from the current one and gets the operations, and an `ApiRelease` makes it current. Its policies are separate `Policy` resources; operations added outside apimc are found on refresh.",
  policy: "An APIM policy document at one scope: global (no `api` or `product`), a product, an API, or an operation of an API. Reformatting the XML is not a change.",
  policyFragment: "An APIM policy fragment.",
  product: "An APIM product with its API links.",
  apiVersionSet: "An APIM API version set.",
  gateway: "A self-hosted APIM gateway with its API links, hostname configurations and certificate authorities.",
  apiRelease:
    "The release that makes a revision of an API current (`apis/<api>/releases/apimc-rev-<revision>`). Declare it after the revision's `Api` and `Policy` resources (`dependsOn`); a release is never deleted, the API's deletion takes it with it.",
};

function pascal(s: string): string {
  return s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());
}

/** Finds apimc's package root (holding `schema/`) from this file in src or dist. */
function packageRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "apimc") return dir;
    if (path.dirname(dir) === dir) throw new Error("apimc's package.json was not found above the schema generator");
  }
}

/** Converts declaration JSON Schema to Pulumi types, naming each object type after its path. */
class Converter {
  readonly types: Record<string, PulumiObjectType> = {};
  constructor(private readonly defs: Record<string, Json>) {}

  /** A named object type for `$defs/<name>` (declarations end in `Declaration`, so they never clash with resource tokens). */
  defType(name: string): string {
    const token = `${PREFIX}${name}Declaration`;
    if (!this.types[token]) {
      this.types[token] = { type: "object", properties: {} };
      this.types[token] = this.objectType(this.defs[name], `${name}Declaration`, NOT_INPUTS[name] ?? []);
    }
    return token;
  }

  private objectType(schema: Json, name: string, skip: readonly string[]): PulumiObjectType {
    const props = (schema.properties ?? {}) as Record<string, Json>;
    const properties: Record<string, PulumiProperty> = {};
    for (const key of Object.keys(props).sort()) {
      if (skip.includes(key)) continue;
      properties[key] = this.property(props[key], `${name}${pascal(key)}`);
    }
    const required = ((schema.required ?? []) as string[]).filter((r) => properties[r] !== undefined).sort();
    return {
      type: "object",
      ...(typeof schema.description === "string" ? { description: schema.description } : {}),
      properties,
      ...(required.length ? { required } : {}),
    };
  }

  property(schema: Json, name: string): PulumiProperty {
    const description = typeof schema.description === "string" ? { description: schema.description } : {};
    return { ...this.typeOf(schema, name), ...description };
  }

  /** Primitive, array, map, named object or, for unions and conditional shapes, Any. */
  private typeOf(schema: Json, name: string): PulumiProperty {
    if (typeof schema.$ref === "string") {
      const def = schema.$ref.replace(/^#\/\$defs\//, "");
      const target = this.defs[def];
      return target && target.type === "object" && target.properties ? { $ref: `#/types/${this.defType(def)}` } : target ? this.typeOf(target, pascal(def)) : ANY;
    }
    const type = schema.type;
    if (type === "string" || type === "integer" || type === "number" || type === "boolean") return { type };
    if (type === "array" && schema.items && typeof schema.items === "object") return { type: "array", items: this.strip(this.property(schema.items as Json, `${name}Item`)) };
    if (type === "object" && schema.properties) {
      const token = `${PREFIX}${name}`;
      this.types[token] = this.objectType(schema, name, []);
      return { $ref: `#/types/${token}` };
    }
    if (type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
      return { type: "object", additionalProperties: this.strip(this.property(schema.additionalProperties as Json, `${name}Value`)) };
    }
    if (type === "object") return { type: "object", additionalProperties: ANY };
    if (schema.const !== undefined && ["string", "number", "boolean"].includes(typeof schema.const)) return { type: typeof schema.const };
    return ANY;
  }

  /** Element types carry no description of their own in Pulumi's typeSpec. */
  private strip(p: PulumiProperty): PulumiProperty {
    const { description: _d, ...rest } = p;
    return rest;
  }
}

function common(): Record<string, PulumiProperty> {
  return {
    service: { $ref: `#/types/${PREFIX}ServiceTarget`, description: "The APIM instance the resource lives in. Changing it replaces the resource.", replaceOnChanges: true },
    baseDir: { type: "string", description: "Directory that relative file references (`openapi:`, `policy:` files) resolve from; default: the provider's working directory." },
    context: {
      $ref: "pulumi.json#/Any",
      description: "Declarations this resource refers to (pool members, version sets, APIs), in the declaration format, so references resolve as in a whole declaration set. `ApimService` fills it.",
    },
  };
}

const OUTPUTS: Record<string, PulumiProperty> = {
  armId: { type: "string", description: "ARM id of the resource (the parent, for a resource that owns children such as operations or API links). Also the resource's Pulumi id." },
  parts: {
    type: "object",
    additionalProperties: { type: "object", additionalProperties: ANY },
    description: "The ARM `properties` bodies last written or read, keyed by `kind:names` (secret values left out); refresh compares them with the live resources.",
  },
};

const REGISTRY_NOTE =
  " Secret-bearing properties are secret sources: `fromParameter` values come from `parameterValues` (always secret), `fromKeyVault` ones are read at deploy time and never stored.";

/** Whether the registry gives the kind secret-source properties (`{ fromParameter }`, `{ fromKeyVault }`). */
function hasSecretSources(kind: ProviderKind): boolean {
  return RESOURCE_KINDS.some((d) => d.kind === kind && d.secrets.some((r) => r.sources.includes("fromParameter")));
}

function resourceOf(kind: ProviderKind, conv: Converter, defs: Record<string, Json>): PulumiResource {
  const inputs: Record<string, PulumiProperty> = { ...common() };
  const required = ["service"];
  if (kind === "apiRelease") {
    delete inputs.context;
    delete inputs.baseDir;
    inputs.api = { type: "string", description: "Name of the API. Changing it replaces the resource.", replaceOnChanges: true };
    inputs.revision = { type: "string", description: "The revision it makes current, a positive whole number (`\"4\"`). Changing it replaces the resource.", replaceOnChanges: true };
    inputs.notes = { type: "string", description: "Release notes." };
    required.push("api", "revision");
  } else if (kind === "policy") {
    delete inputs.context;
    delete inputs.baseDir;
    inputs.api = { type: "string", description: "API name, for an API or operation policy. Changing it replaces the resource.", replaceOnChanges: true };
    inputs.operation = { type: "string", description: "Operation name (with `api`), for an operation policy. Changing it replaces the resource.", replaceOnChanges: true };
    inputs.product = { type: "string", description: "Product name, for a product policy. Changing it replaces the resource.", replaceOnChanges: true };
    inputs.revision = {
      type: "string",
      description: "API revision the API or operation policy belongs to (`\"4\"` writes `apis/<api>;rev=4/...`). Moving it is an update that leaves the old revision's policy as it is; a revision's policy is never deleted.",
    };
    inputs.xml = { type: "string", description: "The policy document in the APIM policy dialect (`rawxml`)." };
    required.push("xml");
  } else {
    inputs.name = { type: "string", description: "ARM resource name. Changing it replaces the resource.", replaceOnChanges: true };
    inputs.properties = { $ref: `#/types/${conv.defType(declarationDef(kind))}`, description: `The ${kind} in the apimc declaration format (property names follow the ARM REST contract of api-version 2024-05-01).` };
    required.push("name", "properties");
  }
  if (kind === "namedValue") {
    inputs.parameterValue = { type: "string", secret: true, description: "The value of a `fromParameter` named value. Always secret." };
  }
  if (isRegistryKind(kind)) {
    inputs.parameterValues = {
      type: "object",
      additionalProperties: { type: "string" },
      secret: true,
      description: "Values of the `fromParameter` secret sources in `properties`, by parameter name. Always secret.",
    };
  }
  const secretOutputs = new Set<string>(
    kind === "namedValue" ? NAMED_VALUE_SECRET_OUTPUTS : kind === "backend" ? BACKEND_SECRET_OUTPUTS : isRegistryKind(kind) ? REGISTRY_SECRET_OUTPUTS : [],
  );
  const outputs: Record<string, PulumiProperty> = { ...inputs, ...OUTPUTS };
  if (kind === "namedValue") outputs.secretVersion = { type: "string", description: "Key Vault version of the value last sent, for `fromKeyVault`; a rotation changes it." };
  if (isRegistryKind(kind)) {
    outputs.secretVersions = {
      type: "object",
      additionalProperties: { type: "string" },
      description: "Key Vault version last sent for each `fromKeyVault` property; a rotation changes it.",
    };
  }
  for (const [key, p] of Object.entries(outputs)) {
    const { replaceOnChanges: _r, ...rest } = p;
    outputs[key] = secretOutputs.has(key) ? { ...rest, secret: true } : rest;
  }
  const sort = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  return {
    description: DESCRIPTION[kind] ?? `${String(defs[declarationDef(kind as Exclude<ProviderKind, "policy" | "apiRelease">)]?.description ?? kind)}${hasSecretSources(kind) ? REGISTRY_NOTE : ""}`,
    inputProperties: sort(inputs),
    requiredInputs: required.sort(),
    properties: sort(outputs),
    required: ["armId", "parts", "service", ...(kind === "policy" ? ["xml"] : kind === "apiRelease" ? ["api", "revision"] : ["name", "properties"])].sort(),
  };
}

/** The schema GetSchema returns. */
export function pulumiSchema(): PulumiPackageSchema {
  const root = packageRoot();
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string; license?: string; repository?: string | { url?: string } };
  const declarations = JSON.parse(readFileSync(path.join(root, "schema/apimc.schema.json"), "utf8")) as { $defs: Record<string, Json> };
  const conv = new Converter(declarations.$defs);
  const resources: Record<string, PulumiResource> = {};
  for (const kind of (Object.keys(NATIVE_TOKENS) as ProviderKind[]).sort()) resources[NATIVE_TOKENS[kind]] = resourceOf(kind, conv, declarations.$defs);
  conv.types[`${PREFIX}ServiceTarget`] = {
    type: "object",
    description: "The APIM instance a resource lives in.",
    properties: {
      resourceGroup: { type: "string", description: "Resource group of the APIM instance." },
      serviceName: { type: "string", description: "Name of the APIM instance." },
      subscriptionId: { type: "string", description: "Azure subscription id (a GUID)." },
    },
    required: ["resourceGroup", "serviceName", "subscriptionId"],
  };
  const types = Object.fromEntries(Object.keys(conv.types).sort().map((k) => [k, conv.types[k]]));
  const repository = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  return {
    name: "apimc",
    displayName: "apimc",
    version: pkg.version,
    description:
      "Azure API Management configuration as code: apimc's resources (named values, backends, APIs with operations, policies, fragments, products, version sets, gateways, tags, groups, certificates, loggers, diagnostics, caches, authorization servers, OpenID Connect providers, subscriptions), served by the `apimc` resource plugin.",
    keywords: ["pulumi", "azure", "api-management", "apim", "category/cloud", "kind/native"],
    license: pkg.license ?? "MIT",
    ...(repository ? { repository } : {}),
    publisher: "apimc",
    meta: { moduleFormat: "(.*)" },
    language: {
      csharp: { rootNamespace: "Apimc", respectSchemaVersion: true },
      python: { packageName: "pulumi_apimc", respectSchemaVersion: true },
    },
    resources,
    types,
  };
}

/** The schema as GetSchema sends it and `provider/schema.json` holds it. */
export function pulumiSchemaText(): string {
  return `${JSON.stringify(pulumiSchema(), null, 2)}\n`;
}
