/** Policy documents: parsed and linted by the policy stage, references checked against this declaration set. */
import { makeDiagnostic, type Diagnostic } from "../../core/diagnostic";
import { splitPointer } from "../../core/pointer";
import type { LoadedDeclarations, PolicySource } from "../../load/types";
import { lintPolicy, parsePolicyShared, secretFieldTokens, structuredPolicyToXml, type PolicyDocument, type PolicyScope } from "../../policy";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { isPlainNamedValue, plainNamedValueFix } from "./references";

/**
 * The scope of the policy at `pointer` (`/apis/a/policy`, `/apis/a/operations/o/policy`...). A non-current revision's
 * policies (`/apis/a/revisions/2/policy`, `/apis/a/revisions/2/operations/o/policy`) are API and operation policies
 * of that revision, and are checked like the current revision's.
 */
export function scopeOf(pointer: string): PolicyScope | undefined {
  // The loader collects exactly these places (load/policy-sources.ts policyPointers), so the first segments decide.
  const seg = splitPointer(pointer);
  switch (seg[0]) {
    case "policy":
      return "global";
    case "products":
      return "product";
    case "policyFragments":
      return "fragment";
    case "apis": {
      const inApi = seg[2] === "revisions" ? seg.slice(4) : seg.slice(2);
      return inApi[0] === "operations" ? "operation" : "api";
    }
    default:
      return undefined;
  }
}

export function checkPolicies(loaded: LoadedDeclarations, r: Reporter): void {
  const data = loaded.data;
  // displayName defaults to the map key, as in the model.
  const byDisplayName = new Map(entriesOf(data.namedValues).map(([key, nv]) => [isString(nv.displayName) ? nv.displayName : key, nv] as const));
  const namedValues = new Set(byDisplayName.keys());
  const plain = new Set([...byDisplayName].filter(([, nv]) => isPlainNamedValue(nv)).map(([n]) => n));
  const backends = new Set(entriesOf(data.backends).map(([n]) => n));
  const fragments = new Set(entriesOf(data.policyFragments).map(([n]) => n));
  const certificates = new Set(entriesOf(data.certificates).map(([n]) => n));
  for (const src of loaded.policies) {
    const scope = scopeOf(src.pointer);
    // Stryker disable next-line ConditionalExpression: every pointer the loader collects (policyPointers) has a scope; this guards a new kind of policy place
    if (!scope) continue;
    let found: Diagnostic[];
    // No policy reaches the catch (the policy stage reports, never throws: the 300-run fast-check test in
    // robustness.test.ts), so its mutants show as not covered; it guards the rest of the set against a bug there.
    try {
      found = checkOne(src, scope, { namedValues, backends, fragments, certificates, plain });
    } catch (e) {
      // A crash in the policy stage must not hide every other diagnostic of the set.
      const at = r.locate(src.pointer);
      found = [makeDiagnostic(CODES.policyStageFailed, "error", `the policy checker failed on this policy: ${e instanceof Error ? e.message : String(e)}`, at, src.pointer, "this is a bug in apimc; please report it with the policy text")];
    }
    // Structured YAML is printed to XML first: positions in that text mean nothing to the user, so point at the YAML.
    const relocated = src.structured !== undefined ? found.map((d) => relocate(d, r, src.pointer)) : found;
    r.diagnostics.push(...relocated);
  }
}

interface Known {
  namedValues: ReadonlySet<string>;
  backends: ReadonlySet<string>;
  fragments: ReadonlySet<string>;
  certificates: ReadonlySet<string>;
  /** displayNames of named values with a plain `value`. */
  plain: ReadonlySet<string>;
}

function checkOne(src: PolicySource, scope: PolicyScope, known: Known): Diagnostic[] {
  let text = src.text;
  const out: Diagnostic[] = [];
  if (src.structured !== undefined && text === "") {
    const printed = structuredPolicyToXml(src.structured, { file: src.file, pointer: src.pointer, line: src.line, col: src.col });
    out.push(...printed.diagnostics);
    if (printed.text === undefined) return out;
    text = printed.text;
  }
  if (text.trim() === "") return out;
  const parsed = parsePolicyShared(src, text, { file: src.file, line: src.line, col: src.col, lineIndent: src.lineIndent, scope, pointer: src.pointer });
  out.push(...parsed.diagnostics);
  if (parsed.document) {
    out.push(...lintPolicy(parsed.document, { scope, pointer: src.pointer, namedValues: known.namedValues, backends: known.backends, fragments: known.fragments, certificates: known.certificates }));
    out.push(...plainSecrets(parsed.document, src.pointer, known.plain));
  }
  return out;
}

/** A credential field of a policy (authentication-basic@password, an Authorization header...) fed from a plain named value. */
function plainSecrets(doc: PolicyDocument, pointer: string, plain: ReadonlySet<string>): Diagnostic[] {
  return secretFieldTokens(doc.root)
    .filter((t) => plain.has(t.name))
    .map((t) =>
      makeDiagnostic(
        CODES.secretFromPlainNamedValue,
        "warning",
        `${t.label} takes a credential from named value \`{{${t.name}}}\`, which holds a plain \`value\`, so the credential is stored unencrypted and shown in clear`,
        { file: doc.file, line: t.pos.line, col: t.pos.col },
        pointer,
        plainNamedValueFix(t.name),
      ),
    );
}

function relocate(d: Diagnostic, r: Reporter, pointer: string): Diagnostic {
  // Stryker disable next-line LogicalOperator: every policy-stage diagnostic carries its policy's pointer
  const at = r.locate(d.pointer || pointer);
  return { ...d, file: at.file, line: at.line, col: at.col };
}
