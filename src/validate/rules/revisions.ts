/** API revision numbers: `revisions` keys and `apiRevision` must be positive integers, as APIM numbers revisions. */
import { joinPointer } from "../../core/pointer";
import { isRevisionNumber } from "../../load/schema-documents";
import { CODES } from "../codes";
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
  }
}
