/** `<!-- apimc-ignore APIMC501, APIMC509 -->`: codes that the comment silences for the next element. */
const IGNORE = /^\s*apimc-ignore\s+([A-Za-z0-9,\s]+?)\s*$/;

export function commentIgnoreCodes(commentText: string): string[] {
  const m = IGNORE.exec(commentText);
  if (!m) return [];
  return m[1]
    .split(/[\s,]+/)
    .filter((c) => c !== "")
    .map((c) => c.toUpperCase());
}
