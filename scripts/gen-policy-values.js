// Writes src/policy/attribute-values.generated.ts: the typed attributes
// (enumerations, integers, booleans) of each policy element, read from the
// policy XSDs in $APIMC_SHARED/specs/policy-xsd (default ../shared). Run once
// when the XSDs change; apimc never reads ../shared at run time.
"use strict";
const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");

const root = path.join(__dirname, "..");
const shared = path.resolve(process.env.APIMC_SHARED || path.join(root, "..", "shared"));
const dir = path.join(shared, "specs", "policy-xsd", "resources", "policySchemas");
const out = path.join(root, "src", "policy", "attribute-values.generated.ts");

const PRIMITIVE = {
  "xs:int": "int", "xs:integer": "int", "xs:long": "int",
  "xs:unsignedInt": "uint", "xs:nonNegativeInteger": "uint", "xs:positiveInteger": "posint",
  "xs:boolean": "bool", "xs:float": "number",
};

/** Parses one XSD into named simple types, complex types and top-level elements. */
function readXsd(file) {
  const p = new SaxesParser();
  const simple = {}; const complex = {}; const elements = {};
  const stack = [];
  p.on("opentag", (t) => {
    const a = t.attributes;
    const parent = stack[stack.length - 1];
    const node = { name: t.name, a, kids: [] };
    if (parent) parent.kids.push(node);
    stack.push(node);
    if (stack.length === 2) {
      if (t.name === "xs:simpleType") simple[a.name] = node;
      else if (t.name === "xs:complexType") complex[a.name] = node;
      else if (t.name === "xs:element") elements[a.name] = a.type ?? node;
    }
  });
  p.on("closetag", () => stack.pop());
  p.write(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "")).close();
  return { simple, complex, elements };
}

const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".xsd")).sort().map((f) => [f, readXsd(path.join(dir, f))]);
const simple = {}; const complex = {};
for (const [, d] of docs) { Object.assign(simple, d.simple); Object.assign(complex, d.complex); }

// The XSDs type these as xs:int, but a negative count, period, size or
// timeout is meaningless and APIM refuses it on save.
const NON_NEGATIVE = new Set(["calls", "renewal-period", "bandwidth", "timeout", "timeout-ms", "continue-timeout", "duration", "max-count", "tokens-per-minute", "token-quota", "clock-skew", "index", "failed-validation-httpcode", "failed-check-httpcode", "status-code"]);

function find(node, name) { return node.kids.find((k) => k.name === name); }

/** A value kind for a simple type: a primitive name or the enumeration's values; undefined when any string goes. */
function kindOfSimpleNode(node) {
  const r = find(node, "xs:restriction");
  if (r) {
    const en = r.kids.filter((k) => k.name === "xs:enumeration").map((k) => k.a.value);
    if (en.length) return en;
    return PRIMITIVE[r.a.base];
  }
  const u = find(node, "xs:union");
  if (u) {
    const members = (u.a.memberTypes || "").split(/\s+/).filter((m) => m && m !== "expression");
    if (members.length !== 1) return undefined;
    return kindOfType(members[0]);
  }
  return undefined;
}

function kindOfType(t) {
  if (PRIMITIVE[t]) return PRIMITIVE[t];
  if (simple[t]) return kindOfSimpleNode(simple[t]);
  return undefined;
}

function attributesOf(ct, acc, seen = new Set()) {
  if (!ct || seen.has(ct)) return acc;
  seen.add(ct);
  const visit = (node) => {
    for (const k of node.kids) {
      if (k.name === "xs:attribute" && k.a.name) {
        const kind = k.a.type ? kindOfType(k.a.type) : find(k, "xs:simpleType") ? kindOfSimpleNode(find(k, "xs:simpleType")) : undefined;
        if (kind && !(k.a.name in acc)) acc[k.a.name] = kind === "int" && NON_NEGATIVE.has(k.a.name) ? "uint" : kind;
      } else if (k.name === "xs:extension" || k.name === "xs:restriction") {
        visit(k);
        attributesOf(complex[k.a.base], acc, seen);
      } else if (k.name === "xs:complexContent" || k.name === "xs:simpleContent" || k.name === "xs:attributeGroup") visit(k);
    }
  };
  visit(ct);
  return acc;
}

const table = {};
for (const [f, d] of docs) {
  const name = f.replace(/\.xsd$/, "");
  const decl = d.elements[name];
  const ct = typeof decl === "string" ? complex[decl] : decl && find(decl, "xs:complexType");
  if (!ct) continue;
  const attrs = attributesOf(ct, {});
  if (Object.keys(attrs).length) table[name] = Object.fromEntries(Object.entries(attrs).sort(([x], [y]) => x.localeCompare(y)));
}

const lines = Object.entries(table).map(([el, attrs]) => `  ${JSON.stringify(el)}: { ${Object.entries(attrs).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} },`);
const ts = `/* Generated from the policy XSDs by \`node scripts/gen-policy-values.js\`. Do not edit. */
/** \`int\`, \`uint\` (0 or more), \`posint\` (1 or more), \`bool\`, \`number\`, or the allowed values. */
export type PolicyValueKind = "int" | "uint" | "posint" | "bool" | "number" | readonly string[];

export const POLICY_ATTRIBUTE_VALUES: Readonly<Record<string, Readonly<Record<string, PolicyValueKind>>>> = {
${lines.join("\n")}
};
`;
fs.writeFileSync(out, ts);
console.log(`wrote ${path.relative(root, out)} (${Object.keys(table).length} elements)`);
