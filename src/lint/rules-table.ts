/** The rule table of docs/rules.md (and the README), generated so it cannot drift from the rules. */
import type { PreflightRuleInfo } from "./types";

export function rulesTable(rules: readonly PreflightRuleInfo[]): string {
  const cell = (s: string) => escapeOutsideCode(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lines = [
    "| Code | Severity | Rule | What it catches | Fix | Azure doc |",
    "|---|---|---|---|---|---|",
    ...rules.map((r) => `| ${r.code} | ${r.severity} | ${cell(r.title)} | ${cell(r.catches)} | ${cell(capital(r.fix))} | ${docLink(r.docsUrl)} |`),
  ];
  return lines.join("\n") + "\n";
}

/** Azure pages become links; apimc's own docs are named, since the table is included from more than one folder. */
function docLink(url: string): string {
  return /^https?:\/\//.test(url) ? `[${docTitle(url)}](${url})` : `apimc \`${url}\``;
}

function docTitle(url: string): string {
  const u = new URL(url);
  const page = u.pathname.split("/").filter(Boolean).pop() ?? u.hostname;
  return u.hash ? `${page}${u.hash}` : page;
}

/** `<name>` outside a code span would be read as an HTML tag and vanish. */
function escapeOutsideCode(s: string): string {
  return s
    .split("`")
    .map((part, i) => (i % 2 === 0 ? part.replace(/</g, "&lt;").replace(/>/g, "&gt;") : part))
    .join("`");
}
