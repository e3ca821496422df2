/**
 * The typed model and document rules: where each element may appear, the
 * `<policies>`/`<fragment>` shapes, `<base />` inheritance, set-backend-service
 * and references to backends, named values and fragments.
 */
import { makeDiagnostic, type Diagnostic, type Severity } from "../core/diagnostic";
import { closest, didYouMean } from "../core/suggest";
import { acceptedOutsideReference, allowedInSection, allowedSections, CONTAINERS, POLICY_CATALOG, referenceUrl } from "./catalog";
import { CODES } from "./codes";
import { printPolicy } from "./print";
import { policyReferences } from "./references";
import { lintPolicyValues } from "./value-rules";
import type { PolicyDocument, PolicyElement, PolicyPosition, PolicyScope, PolicySection } from "./types";

export interface LintPolicyContext {
  scope: PolicyScope;
  pointer?: string;
  /** Declared named values by displayName; references are checked only when given. */
  namedValues?: ReadonlySet<string>;
  backends?: ReadonlySet<string>;
  fragments?: ReadonlySet<string>;
  /** Declared certificates; `certificate-id` is checked only when given. */
  certificates?: ReadonlySet<string>;
}

const SECTIONS: readonly PolicySection[] = ["inbound", "backend", "outbound", "on-error"];
export const FRAGMENT_MAX_BYTES = 512 * 1024;

export function lintPolicy(doc: PolicyDocument, ctx: LintPolicyContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (code: string, severity: Severity, message: string, at: PolicyPosition, hint: string): void => {
    out.push(makeDiagnostic(code, severity, message, { file: doc.file, line: at.line, col: at.col }, ctx.pointer ?? "", hint));
  };
  const root = doc.root;
  /** Whether the section being walked keeps `<base />` (the backend-id caveat only bites then). */
  let inheriting = false;

  if (ctx.scope === "fragment") {
    if (root.name !== "fragment") {
      report(CODES.wrongRoot, "error", `A policy fragment must have <fragment> as its root, not <${root.name}>.`, root.pos, "Wrap the fragment's policies in `<fragment>...</fragment>`, without sections.");
    }
    for (const child of elements(root)) {
      if ((SECTIONS as readonly string[]).includes(child.name) || child.name === "policies") {
        report(CODES.fragmentSection, "error", `A policy fragment cannot hold <${child.name}>: fragments hold policy statements only.`, child.pos, "Remove the section element and keep its statements directly inside <fragment>; the section is chosen where the fragment is included.");
      }
    }
    // Stryker disable next-line StringLiteral: Buffer.byteLength reads an empty encoding name as utf8 (the default), so "" counts the same bytes.
    const size = Buffer.byteLength(printPolicy(doc), "utf8");
    if (size > FRAGMENT_MAX_BYTES) {
      report(CODES.fragmentTooLarge, "error", `The fragment is ${size} bytes; APIM accepts at most ${FRAGMENT_MAX_BYTES} bytes (512 KB).`, root.pos, "Split the fragment into smaller fragments.");
    }
    walkStatements(root.children, undefined);
  } else {
    if (root.name !== "policies") {
      report(CODES.wrongRoot, "error", `A policy must have <policies> as its root, not <${root.name}>.`, root.pos, root.name === "fragment" ? "This looks like a fragment: lint it with --scope fragment, or declare it under policyFragments." : "Wrap the policy in `<policies>` with inbound, backend, outbound and on-error sections.");
    }
    const seen = new Map<string, PolicyElement>();
    for (const child of elements(root)) {
      if (!(SECTIONS as readonly string[]).includes(child.name)) {
        report(CODES.unknownSection, "error", `<${child.name}> cannot appear directly in <policies>; only inbound, backend, outbound and on-error can.`, child.pos, `Move <${child.name}> into the section where it should run.`);
        continue;
      }
      const first = seen.get(child.name);
      if (first) {
        report(CODES.duplicateSection, "error", `Section <${child.name}> appears twice (first at line ${first.pos.line}); APIM allows each section once.`, child.pos, `Merge the two <${child.name}> sections into one.`);
      } else seen.set(child.name, child);
      const section = child.name as PolicySection;
      const hasBase = elements(child).some((e) => e.name === "base");
      if (ctx.scope !== "global" && !hasBase) {
        report(CODES.missingBase, "warning", `Section <${section}> at ${ctx.scope} scope has no <base />, so the policies of the enclosing scopes are not applied here.`, child.pos, `Add <base /> to <${section}> (usually first) unless dropping inheritance is intended.`);
      }
      inheriting = hasBase;
      walkStatements(child.children, section);
    }
  }

  const knownNv = ctx.namedValues;
  for (const ref of policyReferences(doc, knownNv)) {
    const at = { line: ref.line, col: ref.col };
    if (ref.kind === "namedValue" && knownNv && !knownNv.has(ref.name)) {
      const near = closest(ref.name, knownNv);
      report(CODES.unknownNamedValue, "error", `Named value "{{${ref.name}}}" is not declared${endOr(ref.name, knownNv)}`, at, near ? `Write {{${near}}} if that is the one meant; otherwise declare a named value with displayName "${ref.name}" under namedValues.` : `Declare a named value with displayName "${ref.name}" under namedValues, or fix the name.`);
    } else if (ref.kind === "backend" && ctx.backends && !ctx.backends.has(ref.name)) {
      const near = closest(ref.name, ctx.backends);
      report(CODES.unknownBackend, "error", `Backend "${ref.name}" is not declared${endOr(ref.name, ctx.backends)}`, at, near ? `Write backend-id="${near}" if that is the one meant; otherwise declare backend "${ref.name}" under backends.` : `Declare backend "${ref.name}" under backends, or use one of: ${list(ctx.backends)}.`);
    } else if (ref.kind === "certificate" && ctx.certificates && !ctx.certificates.has(ref.name)) {
      const near = closest(ref.name, ctx.certificates);
      report(
        CODES.unknownCertificate,
        "error",
        `Certificate "${ref.name}" is not declared${endOr(ref.name, ctx.certificates)}`,
        at,
        near ? `Write certificate-id="${near}" if that is the one meant; otherwise declare certificate "${ref.name}" under certificates.` : `Declare certificate "${ref.name}" under certificates (keyVault, or data and password from a parameter)${ctx.certificates.size ? `, or use one of: ${list(ctx.certificates)}` : ""}.`,
      );
    } else if (ref.kind === "fragment" && ctx.fragments && !ctx.fragments.has(ref.name)) {
      report(CODES.unknownFragment, "error", `Policy fragment "${ref.name}" is not declared${endOr(ref.name, ctx.fragments)}`, at, `Declare fragment "${ref.name}" under policyFragments, or use one of: ${list(ctx.fragments)}.`);
    }
  }
  out.push(...lintPolicyValues(doc, ctx.pointer ?? ""));
  return out;

  function walkStatements(nodes: PolicyElement["children"], section: PolicySection | undefined): void {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      checkStatement(node, section);
      if (node.name === "choose") {
        for (const branch of elements(node)) {
          if (branch.name === "when" || branch.name === "otherwise") walkStatements(branch.children, section);
          else report(CODES.unknownElement, "error", `<${branch.name}> inside <choose> is not <when> or <otherwise>; Azure refuses the policy.`, branch.pos, "Put statements inside <when condition=\"...\"> or <otherwise>.");
        }
      } else if (CONTAINERS.has(node.name)) walkStatements(node.children, section);
    }
  }

  function checkStatement(el: PolicyElement, section: PolicySection | undefined): void {
    const name = el.name;
    if (name === "base") {
      if (ctx.scope === "fragment") report(CODES.fragmentBase, "error", "A policy fragment cannot hold <base />.", el.pos, "Remove <base />; inheritance is decided by the policy that includes the fragment.");
      else if (ctx.scope === "global") report(CODES.baseAtGlobal, "warning", "<base /> does nothing at global scope: there is no enclosing scope to inherit from.", el.pos, "Remove <base /> from the global policy.");
      return;
    }
    if (name === "include-fragment" && ctx.scope === "fragment") {
      report(CODES.fragmentNested, "error", "A policy fragment cannot include another fragment.", el.pos, "Inline the other fragment's statements, or include both fragments from the policy.");
    }
    if (name === "when" || name === "otherwise") {
      // A branch outside <choose> (a stray or misplaced <when>) is refused by Azure like an unknown element.
      report(CODES.unknownElement, "error", `<${name}> is valid only directly inside <choose>; Azure refuses the policy when it is saved.`, el.pos, `Put <${name}> inside a <choose> element, or remove it.`);
      return;
    }
    // <choose> goes on to the catalog like any statement (its only attribute is id); sections are checked where they stand.
    if ((SECTIONS as readonly string[]).includes(name)) return;
    const spec = POLICY_CATALOG[name];
    if (!spec) {
      // Azure refuses an unknown element when the policy is saved, so this is an error, not a note.
      const near = closest(name, Object.keys(POLICY_CATALOG));
      report(CODES.unknownElement, "error", `<${name}> is not a known policy element${near ? ` (did you mean <${near}>?)` : ""}; Azure refuses the policy when it is saved.`, el.pos, near ? `Rename it to <${near}>.` : "Check the spelling against the APIM policy reference (https://learn.microsoft.com/azure/api-management/api-management-policies).");
      return;
    }
    if (section && !allowedInSection(spec, section)) {
      const moveTo = `Move <${name}> to ${allowedSections(spec).map((s) => `<${s}>`).join(" or ")}`;
      const evidence = acceptedOutsideReference(spec, section, el.attributes.map((a) => a.name));
      if (evidence) {
        report(CODES.wrongSection, "warning", `<${name}> is documented for ${allowedSections(spec).map((s) => `<${s}>`).join(", ")} only, not <${section}>; Azure accepts it here: ${evidence}.`, el.pos, `${moveTo} to stay within ${referenceUrl(name)}, or keep it if this is deliberate.`);
      } else {
        report(CODES.wrongSection, "error", `<${name}> cannot be used in the <${section}> section (${referenceUrl(name)}, Usage).`, el.pos, `${moveTo}.`);
      }
    }
    if (spec.notInScopes?.includes(ctx.scope)) {
      report(CODES.wrongScope, "error", `<${name}> cannot be used at ${ctx.scope} scope.`, el.pos, `Move <${name}> to a scope other than ${spec.notInScopes.join(", ")}.`);
    }
    for (const a of el.attributes) {
      // `id` is accepted on every policy element: Microsoft's policy toolkit (`WithId`) writes it on any element it compiles.
      if (!spec.attributes.includes(a.name) && a.name !== "id" && !a.name.startsWith("xmlns")) {
        // A typo, or a name cut short (`retry-after-header` for `retry-after-header-name`).
        const near = closest(a.name, spec.attributes) ?? (a.name.length >= 4 ? spec.attributes.find((x) => x.startsWith(a.name)) : undefined);
        report(CODES.unknownAttribute, "error", `<${name}> has no attribute "${a.name}"${near ? ` (did you mean ${near}?)` : ""}; Azure refuses the policy when it is saved.`, a.pos, near ? `Rename it to ${near}="...".` : `Remove it; known attributes: ${spec.attributes.join(", ") || "none"}.`);
      }
    }
    for (const r of spec.required ?? []) {
      if (!el.attributes.some((a) => a.name === r)) {
        report(CODES.missingAttribute, "warning", `<${name}> is missing attribute "${r}".`, el.pos, `Add ${r}="..." to <${name}>.`);
      }
    }
    if (name === "set-backend-service") checkBackendService(el);
  }

  function checkBackendService(el: PolicyElement): void {
    const baseUrl = el.attributes.find((a) => a.name === "base-url");
    const backendId = el.attributes.find((a) => a.name === "backend-id");
    const dapr = el.attributes.some((a) => a.name === "dapr-app-id");
    if ((baseUrl && backendId) || (!baseUrl && !backendId && !dapr)) {
      report(CODES.backendServiceTarget, "error", "<set-backend-service> needs exactly one of base-url or backend-id.", el.pos, baseUrl ? "Keep either base-url or backend-id, not both." : 'Add backend-id="<declared backend>" (preferred) or base-url="https://...".');
    } else if (baseUrl && inheriting && ctx.scope !== "global") {
      report(CODES.backendIdInheritance, "info", "If an enclosing scope sets the backend with backend-id, this base-url cannot override it: APIM only lets a backend-id be overridden by another backend-id.", baseUrl.pos, "Declare the URL as a backend and use backend-id here.");
    }
  }
}

function elements(el: PolicyElement): PolicyElement[] {
  return el.children.filter((c): c is PolicyElement => c.type === "element");
}

/** "; did you mean `x`?" when a name is close, else the full stop. */
function endOr(word: string, candidates: Iterable<string>): string {
  return didYouMean(word, candidates) || ".";
}

function list(names: ReadonlySet<string>): string {
  const all = [...names].sort();
  return all.length ? all.slice(0, 8).join(", ") : "(none declared)";
}
