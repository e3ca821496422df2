/** The support matrix as markdown: docs/runtime.md embeds exactly this text (a test keeps them equal). */
import { EXPRESSION_SUPPORT, POLICY_SUPPORT } from "./support";

export function policySupportMarkdown(): string {
  const rows = Object.keys(POLICY_SUPPORT)
    .sort()
    .map((name) => {
      const s = POLICY_SUPPORT[name];
      return `| \`${name}\` | ${s.level} | ${s.note ?? ""} |`;
    });
  return ["| policy | support | notes |", "| --- | --- | --- |", ...rows].join("\n");
}

export function expressionSupportMarkdown(): string {
  return ["| construct | support | notes |", "| --- | --- | --- |", ...EXPRESSION_SUPPORT.map((e) => `| ${e.construct} | ${e.level} | ${e.note ?? ""} |`)].join("\n");
}
