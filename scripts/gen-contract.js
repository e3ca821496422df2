// Extracts, from Microsoft's REST contract (../shared/specs/rest/2024-05-01),
// the writable `properties` of the PUT body of every kind in the registry
// (src/model/kinds) and writes them to schema/contract.2024-05-01.json.
// That snapshot is committed, so `npm run gen`, `npm test` and the build
// never need ../shared; only refreshing the snapshot does.
"use strict";
const fs = require("fs");
const path = require("path");
const { loadRegistry } = require("./ts-require");

const root = path.join(__dirname, "..");
const snapshotPath = path.join(root, "schema", "contract.2024-05-01.json");
const shared = path.resolve(process.env.APIMC_SHARED || path.join(root, "..", "shared"));
const specDir = path.join(shared, "specs", "rest", "2024-05-01");

function specAvailable() {
  return fs.existsSync(path.join(specDir, "definitions.json"));
}

/** Swagger 2 schema -> JSON Schema 2020-12 of the writable part: refs inlined, readOnly and x-ms-* dropped. */
function writable(defs, node, seen) {
  if (Array.isArray(node)) return node.map((n) => writable(defs, n, seen));
  if (typeof node !== "object" || node === null) return node;
  if (typeof node.$ref === "string") {
    // Only the resource envelope (id, name, type) comes from common-types; apimc needs `properties`.
    if (!node.$ref.startsWith("#") && /common-types/.test(node.$ref)) return {};
    const m = /#\/definitions\/(.+)$/.exec(node.$ref);
    if (!m || !defs[m[1]]) throw new Error(`unresolved contract reference ${node.$ref}`);
    if (seen.includes(m[1])) return { type: "object", description: `Recursive ${m[1]}.` };
    const { $ref: _r, ...siblings } = node;
    const target = writable(defs, defs[m[1]], [...seen, m[1]]);
    return { ...target, ...writable(defs, siblings, seen) };
  }
  let out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith("x-ms-") || k === "readOnly" || k === "example" || k === "discriminator") continue;
    if (k === "properties") {
      const props = {};
      for (const [pk, pv] of Object.entries(v)) {
        if (pv && pv.readOnly) continue;
        props[pk] = writable(defs, pv, seen);
      }
      out.properties = props;
    } else if (k === "allOf") {
      for (const part of v) {
        const w = writable(defs, part, seen);
        out.properties = { ...(w.properties || {}), ...(out.properties || {}) };
        if (w.required) out.required = [...new Set([...(out.required || []), ...w.required])];
        if (!out.description && w.description) out.description = w.description;
        if (w.type) out.type = w.type;
      }
    } else if (k === "additionalProperties" || k === "items") {
      out[k] = writable(defs, v, seen);
    } else {
      out[k] = v;
    }
  }
  if (out.properties) {
    // Required keys that are read-only are not for the client to send.
    if (out.required) out.required = out.required.filter((r) => r in out.properties);
    if (out.required && !out.required.length) delete out.required;
    if (!out.type) out.type = "object";
  }
  return out;
}

function extract() {
  const defs = JSON.parse(fs.readFileSync(path.join(specDir, "definitions.json"), "utf8")).definitions;
  const { KINDS } = loadRegistry();
  const contracts = {};
  for (const k of KINDS) {
    const name = k.contract && k.contract.definition;
    if (!name || contracts[name]) continue;
    const body = writable(defs, defs[name], [name]);
    const props = body.properties && body.properties.properties;
    if (!props) throw new Error(`${name} has no properties object`);
    contracts[name] = props;
  }
  return { apiVersion: "2024-05-01", source: "specs/rest/2024-05-01/definitions.json", contracts };
}

module.exports = { extract, snapshotPath, specAvailable, specDir };

if (require.main === module) {
  if (!specAvailable()) {
    console.log(`gen-contract: no REST spec at ${specDir}; keeping the committed ${path.relative(root, snapshotPath)}`);
    process.exit(0);
  }
  fs.writeFileSync(snapshotPath, JSON.stringify(extract(), null, 2) + "\n");
  console.log(`wrote ${path.relative(root, snapshotPath)}`);
}
