/**
 * Layer 1: the declaration set against schema/apimc.schema.json with ajv, every
 * ajv error turned into a plain-English diagnostic at its source location.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { getAtPointer, joinPointer, splitPointer } from "../core/pointer";
import { CODES } from "./codes";
import type { Reporter } from "./reporter";
import { isSecretPointer } from "./secret-pointers";
import { describeType, describeValue, nounOf, propertyOf, subjectOf } from "./subject";
import { closest, didYouMean, listOr } from "./suggest";

type SchemaNode = Record<string, unknown>;

let compiled: { validate: ValidateFunction; schema: SchemaNode } | undefined;

/** The schema ships at `<package>/schema/`; walk up so this works from src/ (tests) and dist/src/ (CLI). */
function findSchemaFile(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "schema", "apimc.schema.json");
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    // Stryker disable next-line ConditionalExpression,StringLiteral: the schema ships next to the package, so the walk finds it before it reaches the root
    if (up === dir) throw new Error("schema/apimc.schema.json not found next to the apimc package");
    dir = up;
  }
}

/**
 * Loaded once per process. The validator was compiled ahead of time by `npm run gen`
 * (scripts/gen-validator.js, ajv's standalone code, next to the schema): compiling the
 * schema at run time was most of validation's cost. The schema itself is still read
 * for the `oneOf` branches' `$defs`.
 */
function validator(): { validate: ValidateFunction; schema: SchemaNode } {
  // Stryker disable next-line ConditionalExpression: only a cache; compiling on every call gives the same validator
  if (!compiled) {
    const file = findSchemaFile();
    const schema = JSON.parse(fs.readFileSync(file, "utf8")) as SchemaNode;
    compiled = { validate: require(file.replace(/\.json$/, ".validate.js")) as ValidateFunction, schema };
  }
  return compiled;
}

/** The schema's resource-name pattern (scripts/schema-src.js): the characters ARM names may not hold. */
const ARM_NAME_PATTERN = "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$";
const ARM_NAME_FORBIDDEN = /[*#&+:<>?/\\%\u0000-\u001F\u007F]/g;

/** Plain-English readings of the schema's patterns. */
const PATTERN_WORDS: Record<string, string> = {
  [ARM_NAME_PATTERN]: "must not contain any of `*`, `#`, `&`, `+`, `:`, `<`, `>`, `?`, `/`, `\\`, `%` or a control character",
  "^[A-Za-z0-9-._]+$": "may hold only letters, digits, period, dash and underscore",
  "^[A-Za-z0-9-]+$": "may hold only letters, digits and dashes",
  "^[A-Za-z][A-Za-z0-9_]*$": "must start with a letter and hold only letters, digits and underscores",
  "^[A-Za-z]+$": "must be letters only, such as `GET`",
  "^APIMC[0-9]{3}$": "must be a rule code such as `APIMC501`",
  "^[0-9a-fA-F-]{36}$": "must be a GUID such as `00000000-0000-0000-0000-000000000000`",
  "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$": "must start with a letter, hold only letters, digits and dashes, and not end with a dash",
};
const DURATION = /^\^P\(\?!\$\)/;
/** A pattern that only lists fixed names, `^(applicationinsights|azuremonitor|local)$`: the names. */
const FIXED_NAMES = /^\^\(([A-Za-z0-9|]+)\)\$$/;

function fixedNames(pattern: string): string[] | undefined {
  return FIXED_NAMES.exec(pattern)?.[1].split("|");
}

const JSON_TYPE_WORDS: Record<string, string> = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "`true` or `false`",
  object: "a map",
  array: "a list",
  null: "null",
};

/** Keywords that only echo another error (conditionals, combinators); layer 2 says the same thing plainly. */
const NOISE = new Set(["if", "then", "else", "not", "oneOf", "anyOf", "allOf", "propertyNames", "$ref"]);

export function checkSchema(data: unknown, reporter: Reporter): void {
  const { validate } = validator();
  if (validate(data)) return;
  const errors = dropOneOfNoise(validate.errors ?? [], data);
  for (const e of errors) {
    if (NOISE.has(e.keyword)) continue;
    report(e, data, reporter);
  }
}

function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typesOfBranch(branch: SchemaNode, root: SchemaNode): string[] {
  let b = branch;
  if (typeof b.$ref === "string" && b.$ref.startsWith("#/$defs/")) {
    b = ((root.$defs as SchemaNode)[b.$ref.slice("#/$defs/".length)] as SchemaNode) ?? {};
  }
  const t = b.type;
  return Array.isArray(t) ? (t as string[]) : typeof t === "string" ? [t] : [];
}

/**
 * A failed `oneOf` also reports every branch's errors. Keep only the errors of
 * the branch whose type matches the value; when no branch's type matches, keep
 * one type error that lists what is allowed.
 */
function dropOneOfNoise(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const root = validator().schema;
  const dropTypeAt = new Set<string>();
  const replaced: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== "oneOf" || !Array.isArray(e.schema)) continue;
    const branches = e.schema as SchemaNode[];
    const allowed = branches.flatMap((b) => typesOfBranch(b, root));
    const actual = jsonType(getAtPointer(data, e.instancePath));
    dropTypeAt.add(e.instancePath);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: no `oneOf` of the schema has a `number` branch, so an integer only ever matches an `integer` one
    const matches = allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
    if (!matches && allowed.length > 0) {
      replaced.push({ ...e, keyword: "type", params: { type: [...new Set(allowed)].join(",") } });
    }
  }
  if (dropTypeAt.size === 0) return errors;
  const kept = errors.filter((e) => !(e.keyword === "type" && dropTypeAt.has(e.instancePath)));
  // A mismatched value also fails the other branches' inner keywords (e.g. minLength on a map); keep only the type error then.
  const replacedAt = new Set(replaced.map((e) => e.instancePath));
  return [...kept.filter((e) => !replacedAt.has(e.instancePath) || e.keyword === "oneOf"), ...replaced];
}

function report(e: ErrorObject, data: unknown, r: Reporter): void {
  const pointer = e.instancePath;
  const value = e.data;
  const subject = subjectOf(pointer);
  const prop = propertyOf(pointer);
  const parent = e.parentSchema as SchemaNode | undefined;
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  // A value that may be a secret is described by its type only, whatever rule it broke.
  const secret = isSecretPointer(pointer);
  const shown = (v: unknown): string => (secret ? describeType(v) : describeValue(v));

  if (propertyName !== undefined) {
    // A resource name (map key) that breaks the ARM naming rules.
    const keyPointer = joinPointer(pointer, propertyName);
    r.error(CODES.badPattern, keyPointer, nameOfWhat(pointer, `\`${printable(propertyName)}\``) + " " + nameRuleWords(e, propertyName), nameHint(e, propertyName), { atKey: true });
    return;
  }

  switch (e.keyword) {
    case "additionalProperties": {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent?.properties as SchemaNode) ?? {});
      const where = pointer === "" ? "at the top level" : `in ${subject}${isNested(pointer) ? ` (${prop})` : ""}`;
      const suggestion = closest(key, allowed);
      r.error(
        CODES.unknownKey,
        joinPointer(pointer, key),
        `unknown key \`${key}\` ${where}${didYouMean(key, allowed)}`,
        suggestion ? `rename it to \`${suggestion}\`` : `remove it; allowed keys here are ${listOr(allowed)}`,
        { atKey: true },
      );
      return;
    }
    case "required": {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      // Stryker disable next-line ConditionalExpression,StringLiteral: the root has no required keys, so a missing key is never reported there
      const what = pointer === "" ? "the declaration set" : `${subject}${isNested(pointer) ? ` (${prop})` : ""}`;
      r.error(CODES.missingKey, pointer, `${what} is missing required \`${missing}\``, `add \`${missing}:\` ${describeSchema(((parent?.properties as SchemaNode) ?? {})[missing] as SchemaNode | undefined)}`, { atKey: true });
      return;
    }
    case "type": {
      const want = String((e.params as { type: string | string[] }).type)
        .split(",")
        .map((t) => JSON_TYPE_WORDS[t] ?? t);
      const wantText = want.length > 1 ? want.slice(0, -1).join(", ") + " or " + want[want.length - 1] : want[0];
      r.error(CODES.wrongType, pointer, `${prop} of ${subject} must be ${wantText}, not ${shown(getAtPointer(data, pointer))}`, `write ${wantText} here`);
      return;
    }
    case "enum": {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      r.error(CODES.notAllowedValue, pointer, `${prop} ${shown(value)} is not allowed in ${subject}; use ${listOr(allowed)}`, `use one of ${listOr(allowed)}${secret ? "" : didYouMean(String(value), allowed.map(String))}`);
      return;
    }
    case "const": {
      const allowed = (e.params as { allowedValue: unknown }).allowedValue;
      r.error(CODES.badConst, pointer, `${prop} must be \`${String(allowed)}\`, not ${shown(value)}`, `write \`${prop}: ${String(allowed)}\``);
      return;
    }
    case "pattern": {
      const pattern = String((e.params as { pattern: string }).pattern);
      const words = PATTERN_WORDS[pattern] ?? (DURATION.test(pattern) ? "must be an ISO 8601 duration such as `PT1M` or `PT30S`" : `must match \`${pattern}\``);
      r.error(CODES.badPattern, pointer, `${prop} ${shown(value)} of ${subject} ${words}`, hintForPattern(pattern, prop));
      return;
    }
    case "maxLength":
    case "minLength": {
      const limit = (e.params as { limit: number }).limit;
      const len = typeof value === "string" ? value.length : 0;
      if (e.keyword === "maxLength") {
        r.error(CODES.badLength, pointer, `${prop} of ${subject} is ${len} characters long; the limit is ${limit}`, `shorten it to at most ${limit} characters${prop === "value" ? ", or keep long text in a policy fragment" : ""}`);
      } else {
        r.error(CODES.badLength, pointer, `${prop} of ${subject} must not be empty`, `give ${prop} at least ${limit} character${limit === 1 ? "" : "s"}`);
      }
      return;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const range = rangeWords(parent);
      r.error(CODES.outOfRange, pointer, `${prop} ${secret ? describeType(value) : String(value)} of ${subject} is out of range; it must be ${range}`, `use a value ${range}`);
      return;
    }
    case "minItems":
    case "maxItems": {
      const limit = (e.params as { limit: number }).limit;
      const n = Array.isArray(value) ? value.length : 0;
      // Stryker disable next-line ConditionalExpression,StringLiteral: no list of the schema has a limit that one item breaks (minItems is 1, maxItems at least 10)
      r.error(CODES.badItems, pointer, `${prop} of ${subject} has ${n} item${n === 1 ? "" : "s"}; it needs ${e.keyword === "minItems" ? "at least" : "at most"} ${limit}`, e.keyword === "minItems" ? `add at least ${limit} item${limit === 1 ? "" : "s"}` : `remove items until at most ${limit} remain`);
      return;
    }
    case "uniqueItems": {
      const { i, j } = e.params as { i: number; j: number };
      const list = Array.isArray(value) ? value : [];
      r.error(CODES.badItems, joinPointer(pointer, i), `${prop} of ${subject} lists ${shown(list[i])} twice (items ${j} and ${i})`, "remove the repeated entry");
      return;
    }
    case "minProperties":
    case "maxProperties":
      r.error(CODES.badPolicyShape, pointer, `each policy element in ${subject} must be a map with exactly one key, the element name`, "write the element as `- set-header: { name: X-Id, exists-action: override }`");
      return;
    default:
      r.error(CODES.schemaOther, pointer, `${prop} of ${subject} ${e.message ?? "is not valid"}`, "compare with the format in docs/format.md");
  }
}

/**
 * Whether the pointer is below the resource the subject names (`/backends/b/circuitBreaker`, but not `/backends/b`
 * nor the operation `/apis/a/operations/o`), so the message adds the property: "backend `b` (circuitBreaker)".
 */
function isNested(pointer: string): boolean {
  const seg = splitPointer(pointer);
  const subjectDepth = seg[0] === "apis" && seg[2] === "operations" && seg.length >= 4 ? 4 : 2;
  return seg.length > subjectDepth;
}

/**
 * "backend name `x`", "operation name `x` in API `orders`", "name `x` in `diagnostics` of API `orders`": the map key
 * with the kind of resource it names (the registry's noun for a top-level section).
 */
function nameOfWhat(mapPointer: string, shownName: string): string {
  const seg = splitPointer(mapPointer);
  if (seg.length === 3 && seg[0] === "apis" && seg[2] === "operations") return `operation name ${shownName} in API \`${printable(seg[1])}\``;
  if (seg.length === 3) return `name ${shownName} in \`${seg[2]}\` of ${subjectOf(mapPointer)}`;
  return `${nounOf(seg[0] ?? "") ?? "resource"} name ${shownName}`;
}

/** Control characters shown as `\u0009` so the message stays on one line. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function forbiddenIn(name: string): string[] {
  return [...new Set(name.match(ARM_NAME_FORBIDDEN) ?? [])];
}

function nameRuleWords(e: ErrorObject, name: string): string {
  if (e.keyword === "pattern") {
    const pattern = String((e.params as { pattern: string }).pattern);
    const bad = pattern === ARM_NAME_PATTERN ? forbiddenIn(name) : [];
    if (bad.length > 0) {
      const words = bad.map((c) => (/[\u0000-\u001F\u007F]/.test(c) ? `the control character \`${printable(c)}\`` : `\`${c}\``));
      return `may not contain ${words.length > 1 ? words.slice(0, -1).join(", ") + " or " + words[words.length - 1] : words[0]} (an ARM resource name is one URL path segment: no \`*\`, \`#\`, \`&\`, \`+\`, \`:\`, \`<\`, \`>\`, \`?\`, \`/\`, \`\\\`, \`%\` or control characters)`;
    }
    const names = fixedNames(pattern);
    if (names) return `must be ${listOr(names)}`;
    return PATTERN_WORDS[pattern] ?? "is not a valid name";
  }
  if (e.keyword === "maxLength") return `is longer than ${(e.params as { limit: number }).limit} characters`;
  if (e.keyword === "minLength") return "must not be empty";
  return "is not a valid name";
}

function nameHint(e: ErrorObject, name: string): string {
  const pattern = e.keyword === "pattern" ? String((e.params as { pattern: string }).pattern) : undefined;
  const names = pattern === undefined ? undefined : fixedNames(pattern);
  if (names) return `rename it to ${listOr(names)}${didYouMean(name, names)}`;
  // A stricter pattern than ARM's (policy fragments: letters, digits and dashes): suggest a name that fits it.
  const forbidden = pattern === "^[A-Za-z0-9-]+$" ? /[^A-Za-z0-9-]/g : pattern !== undefined && forbiddenIn(name).length > 0 ? ARM_NAME_FORBIDDEN : undefined;
  if (forbidden) {
    const renamed = name.replace(forbidden, "-").replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
    return `rename it${renamed ? `, e.g. \`${renamed}\`` : ""}, and update the references to it`;
  }
  return "rename the resource; ARM resource names allow letters, digits, dashes and underscores";
}

function rangeWords(parent: SchemaNode | undefined): string {
  const min = parent?.minimum as number | undefined;
  const max = parent?.maximum as number | undefined;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  // Stryker disable next-line ConditionalExpression,StringLiteral: every minimum/maximum keyword of the schema comes with a minimum or a maximum, so "in range" is never reached
  if (max !== undefined) return `at most ${max}`;
  return "in range";
}

function describeSchema(s: SchemaNode | undefined): string {
  if (!s) return "with a value";
  if (Array.isArray(s.enum)) return `with one of ${listOr(s.enum as unknown[])}`;
  const t = typeof s.type === "string" ? JSON_TYPE_WORDS[s.type] : undefined;
  return t ? `with ${t}` : "with a value";
}

function hintForPattern(pattern: string, prop: string): string {
  if (pattern === "^[A-Za-z0-9-._]+$") return `replace spaces and other characters in ${prop}, e.g. \`orders-api-key\``;
  if (DURATION.test(pattern)) return "write a duration such as `PT1M` (one minute) or `PT30S`";
  return `change ${prop} so that it ${PATTERN_WORDS[pattern] ?? `matches \`${pattern}\``}`;
}
