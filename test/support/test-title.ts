/**
 * A test title StrykerJS can select. Its jest runner picks a mutant's tests by name, and tests whose
 * names held `(`, `)`, `$` or `{` were never run (docs/testing.md, "Mutation testing"), so their
 * mutants survived. The title keeps letters, digits and a few plain marks; a test that titles itself
 * with a C# expression also puts the expression in the value it compares, so a failure still names it.
 */
export function safeTitle(source: string): string {
  return source
    .replace(/[^A-Za-z0-9 .,:_=<>!&|+*/-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
}
