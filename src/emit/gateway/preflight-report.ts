/** The preflight findings as Markdown for people and JSON for machines. */
import { stableStringify } from "../../core/stable-json";
import { PREFLIGHT_SECTIONS, type PreflightFinding } from "./preflight";

export interface PreflightReportHeader {
  service: string;
  gateway: string;
  selfHostedOnly: boolean;
}

export function preflightJson(header: PreflightReportHeader, findings: PreflightFinding[]): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return stableStringify(
    {
      ...header,
      summary: { errors: count("error"), warnings: count("warning"), infos: count("info") },
      findings: findings.map((f) => ({ ...f })),
    },
    { keepOrder: true },
  );
}

export function preflightMarkdown(header: PreflightReportHeader, findings: PreflightFinding[]): string {
  const lines = [`# Preflight: self-hosted gateway \`${header.gateway}\` of \`${header.service}\``, ""];
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(`${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} note(s).${header.selfHostedOnly ? " Compiled with `--self-hosted-only`." : ""}`, "");
  for (const [id, title] of PREFLIGHT_SECTIONS) {
    const list = findings.filter((f) => f.section === id);
    lines.push(`## ${title}`, "");
    if (list.length === 0) {
      lines.push("None.", "");
      continue;
    }
    for (const f of list) {
      const where = f.file === "" ? "" : ` — \`${f.file}${f.line > 0 ? `:${f.line}${f.col > 0 ? `:${f.col}` : ""}` : ""}\``;
      lines.push(`- **${f.severity} ${f.code}**${where}: ${escapeMd(f.message)}`);
      if (f.hint) lines.push(`  - fix: ${escapeMd(f.hint)}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** Policy element names like <cors> would vanish in rendered Markdown. */
function escapeMd(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
