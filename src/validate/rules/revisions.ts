/**
 * API revisions: `revisions` keys and `apiRevision` must be positive integers, as APIM numbers revisions; the
 * current revision is the API itself, not a `revisions` entry; and a `sourceApiId` written as a name
 * (`orders`, `orders;rev=2`) must name a declared API or one of its revisions.
 */
import { joinPointer } from "../../core/pointer";
import { isRevisionNumber } from "../../load/schema-documents";
import { CODES } from "../codes";
import { didYouMean } from "../../core/suggest";
import { entriesOf, isString, type Reporter } from "../reporter";

export function checkRevisions(data: unknown, r: Reporter): void {
  for (const [api, decl] of entriesOf((data as { apis?: unknown }).apis)) {
    if (isString(decl.apiRevision) && !isRevisionNumber(decl.apiRevision)) {
      r.error(
        CODES.badRevisionNumber,
        joinPointer("/apis", api, "apiRevision"),
        `apiRevision \`${decl.apiRevision}\` of API \`${api}\` is not a revision number`,
        'write the revision as a positive whole number in quotes, for example `apiRevision: "3"`',
      );
    }
    for (const [rev] of entriesOf(decl.revisions)) {
      if (isRevisionNumber(rev)) continue;
      r.error(
        CODES.badRevisionNumber,
        joinPointer("/apis", api, "revisions", rev),
        `revision \`${rev}\` of API \`${api}\` is not a revision number`,
        'key each revision by its number, a positive whole number in quotes, for example `"4": { apiRevisionDescription: ... }`',
        { atKey: true },
      );
    }
    const current = isString(decl.apiRevision) ? decl.apiRevision : "1";
    for (const [rev] of entriesOf(decl.revisions)) {
      if (rev !== current) continue;
      r.error(
        CODES.currentRevisionInRevisions,
        joinPointer("/apis", api, "revisions", rev),
        `revision \`${rev}\` of API \`${api}\` is its current revision (\`apiRevision: "${current}"\`), so it cannot also be declared under \`revisions\``,
        `the current revision's operations and policy are the API's own: move this entry's \`policy\` and \`operations\` to \`apis.${api}\`, and its \`apiRevisionDescription\` next to \`apiRevision\``,
        { atKey: true },
      );
    }
  }
  checkSourceRevisions(data, r);
}

/** The revisions of each declared API: "1", its `apiRevision` and its `revisions` keys. */
function declaredRevisions(data: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [api, decl] of entriesOf((data as { apis?: unknown }).apis)) {
    const revs = new Set(["1", ...entriesOf(decl.revisions).map(([k]) => k)]);
    if (isString(decl.apiRevision)) revs.add(decl.apiRevision);
    out.set(api, revs);
  }
  return out;
}

/** `sourceApiId: orders;rev=7` (a name, not an ARM id) must name a declared API, or a revision it declares. */
function checkSourceRevisions(data: unknown, r: Reporter): void {
  const known = declaredRevisions(data);
  for (const [api, decl] of entriesOf((data as { apis?: unknown }).apis)) {
    const source = decl.sourceApiId;
    if (!isString(source) || source.startsWith("/") || source.startsWith("[")) continue;
    const [name, rev] = source.split(";rev=");
    const at = joinPointer("/apis", api, "sourceApiId");
    const revs = known.get(name);
    if (!revs) {
      r.error(
        CODES.unknownSourceRevision,
        at,
        `sourceApiId of API \`${api}\` names API \`${name}\`, which is not declared${didYouMean(name, known.keys())}`,
        `name a declared API (\`sourceApiId: ${[...known.keys()].filter((k) => k !== api)[0] ?? "orders"}\`), or give the source's full ARM id`,
      );
    } else if (rev !== undefined && !revs.has(rev)) {
      const list = [...revs].sort((a, b) => Number(a) - Number(b));
      r.error(
        CODES.unknownSourceRevision,
        at,
        `sourceApiId of API \`${api}\` names revision ${rev} of \`${name}\`, which does not exist as a source (declared: ${list.join(", ")})`,
        `name a revision of \`${name}\` that exists (\`${name};rev=${list[list.length - 1]}\`), or declare revision ${rev} under \`apis.${name}.revisions\``,
      );
    }
  }
}
