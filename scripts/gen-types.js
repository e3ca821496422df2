// `npm run gen`: writes schema/apimc.schema.json and src/load/declarations.generated.ts.
// Sources: the kind registry (src/model/kinds), Microsoft's contract as
// extracted by scripts/gen-contract.js (schema/contract.2024-05-01.json,
// committed), and scripts/schema-src.js, which holds only apimc's additions
// and tightenings. Every writable contract property of a kind is accepted
// with Microsoft's description, enum and format, unless the registry says
// apimc replaces it (`contract.replaced`). `--check` fails on drift.
"use strict";
const fs = require("fs");
const path = require("path");
const { compile } = require("json-schema-to-typescript");
const { loadRegistry } = require("./ts-require");

const root = path.join(__dirname, "..");
const schemaPath = path.join(root, "schema", "apimc.schema.json");
const typesPath = path.join(root, "src", "load", "declarations.generated.ts");
const writablePath = path.join(root, "src", "model", "kinds", "contract.generated.ts");
const snapshotPath = path.join(root, "schema", "contract.2024-05-01.json");

// ajv-formats knows these; other swagger formats (arm-id) are documentation only.
const KNOWN_FORMATS = new Set(["int32", "int64", "float", "double", "duration", "date-time", "uri", "email", "uuid"]);

/** A contract property as apimc's schema states it: closed objects, known formats only. */
function asSchema(node) {
  if (Array.isArray(node)) return node.map(asSchema);
  if (typeof node !== "object" || node === null) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "format" && typeof v === "string" && !KNOWN_FORMATS.has(v)) continue;
    if (k === "properties") out.properties = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, asSchema(pv)]));
    else if (k === "items" || k === "additionalProperties") out[k] = asSchema(v);
    else out[k] = v;
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** apimc's own schema of a contract property, or the contract's with apimc's extra enum values (`contractEnumPlus`). */
function layered(own, contract) {
  const extra = own["x-apimc-enum-additions"];
  if (!extra) return own;
  const out = { ...contract, enum: [...contract.enum, ...extra.filter((v) => !contract.enum.includes(v))] };
  if (own["x-apimc-note"]) out.description = [contract.description?.replace(/\.?$/, "."), own["x-apimc-note"]].filter(Boolean).join(" ");
  return out;
}

/** The schema: schema-src's $defs with each kind's accepted contract properties layered under apimc's own. */
function buildSchema() {
  const schema = JSON.parse(JSON.stringify(require("./schema-src.js")));
  const { contracts } = JSON.parse(fs.readFileSync(snapshotPath, "utf8"));
  const { KINDS } = loadRegistry();
  for (const k of KINDS) addMissingTopLevel(schema, k, contracts);
  for (const k of KINDS) {
    if (!k.contract) continue;
    const contract = contracts[k.contract.definition];
    if (!contract) throw new Error(`contract snapshot lacks ${k.contract.definition}: run node scripts/gen-contract.js`);
    const def = k.schemaDef ? schema.$defs[k.schemaDef] : locateNested(schema, k);
    if (!def) continue;
    const own = def.properties;
    const merged = {};
    for (const [key, prop] of Object.entries(contract.properties)) {
      if (key in k.contract.replaced) continue;
      merged[key] = key in own ? layered(own[key], asSchema(prop)) : asSchema(prop);
    }
    for (const [key, prop] of Object.entries(own)) if (!(key in merged)) merged[key] = prop;
    def.properties = merged;
  }
  // Name rules of every map of resources come from the registry.
  for (const k of KINDS) {
    const holder = mapHolder(schema, k);
    if (holder) holder.propertyNames = nameRules(k.names);
  }
  return schema;
}

/**
 * A top-level kind schema-src.js does not mention gets its map and its `$defs`
 * entry from the registry: the contract's description and required
 * properties, and a secret source for each of its secret properties. So a
 * kind with no sugar needs no line in schema-src.js; one with additions
 * writes its entry there, and the contract is layered under it as usual.
 */
function addMissingTopLevel(schema, k, contracts) {
  if (k.declaration.in !== "top" || !k.schemaDef || !k.contract) return;
  const contract = contracts[k.contract.definition];
  if (!contract) return;
  const noun = k.noun || k.kind;
  if (!schema.properties[k.declaration.key]) {
    schema.properties[k.declaration.key] = {
      type: "object",
      description: `Each ${noun}, keyed by ARM resource name.`,
      additionalProperties: { $ref: `#/$defs/${k.schemaDef}` },
    };
  }
  if (schema.$defs[k.schemaDef]) return;
  const properties = {};
  for (const rule of k.secrets) {
    if (!rule.sources.includes("fromParameter") || rule.property.includes("/")) continue;
    const described = (contract.properties[rule.property] || {}).description;
    properties[rule.property] = {
      description: `${described ? `${described.replace(/\.?$/, ".")} ` : ""}A secret source: \`{ fromParameter: NAME }\` or \`{ fromKeyVault: SECRET_URI }\`; a literal is an error.`,
      anyOf: [{ type: "string", description: "A literal secret: rejected (APIMC173)." }, { $ref: "#/$defs/SecretSource" }],
    };
  }
  const def = { type: "object", description: contract.description || `A ${noun}.`, properties, additionalProperties: false };
  const required = (contract.required || []).filter((r) => !(r in k.contract.replaced));
  if (required.length) def.required = required;
  schema.$defs[k.schemaDef] = def;
}

function nameRules(n) {
  const out = {};
  if (n.pattern !== undefined) out.pattern = n.pattern;
  out.minLength = n.minLength;
  out.maxLength = n.maxLength;
  return out;
}

/** The schema node of the map that holds a kind's declarations, if it is a map with name rules. */
function mapHolder(schema, k) {
  if (k.declaration.in === "top") return schema.properties[k.declaration.key];
  // A kind without an ARM parent (an API revision, kept in its API's `revisions`) has its names checked by a rule.
  if (k.declaration.in !== "parent" || k.declaration.shape !== "map" || !k.parent) return undefined;
  const parentKind = loadRegistry().kindDescriptor(k.parent);
  const parentDef = parentKind.schemaDef && schema.$defs[parentKind.schemaDef];
  const holder = parentDef && parentDef.properties[k.declaration.key];
  return holder && holder.propertyNames ? holder : undefined;
}

/** Nested kinds without a $defs entry (gateway hostnames, certificate authorities). */
function locateNested(schema, k) {
  if (k.declaration.in !== "parent" || k.declaration.shape !== "map" || !k.parent) return undefined;
  const parentKind = loadRegistry().kindDescriptor(k.parent);
  const parentDef = parentKind.schemaDef && schema.$defs[parentKind.schemaDef];
  const holder = parentDef && parentDef.properties[k.declaration.key];
  const inner = holder && holder.additionalProperties;
  return inner && typeof inner === "object" && inner.properties ? inner : undefined;
}

function writableKeys() {
  const { contracts } = JSON.parse(fs.readFileSync(snapshotPath, "utf8"));
  const lines = Object.keys(contracts)
    .sort()
    .map((name) => `  ${name}: [${Object.keys(contracts[name].properties).sort().map((p) => JSON.stringify(p)).join(", ")}],`);
  return [
    "/* Generated from schema/contract.2024-05-01.json by `npm run gen`. Do not edit. */",
    "/** Writable `properties` of each PUT body definition of Microsoft's 2024-05-01 contract. */",
    "export const CONTRACT_WRITABLE: Readonly<Record<string, readonly string[]>> = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}

async function render() {
  const json = JSON.stringify(buildSchema(), null, 2) + "\n";
  const ts = await compile(JSON.parse(json), "ApimcDeclarations", {
    bannerComment: "/* Generated from schema/apimc.schema.json by `npm run gen`. Do not edit. */",
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: false, printWidth: 120 },
  });
  return { json, ts, writable: writableKeys() };
}

module.exports = { render, schemaPath, typesPath, writablePath };

if (require.main === module) {
  render().then(({ json, ts, writable }) => {
    if (process.argv.includes("--check")) {
      const same = (p, text) => fs.existsSync(p) && fs.readFileSync(p, "utf8") === text;
      if (!same(schemaPath, json) || !same(typesPath, ts) || !same(writablePath, writable)) {
        console.error("schema or generated types are out of date: run `npm run gen`");
        process.exit(1);
      }
      return;
    }
    fs.writeFileSync(schemaPath, json);
    fs.writeFileSync(typesPath, ts);
    fs.writeFileSync(writablePath, writable);
  });
}
