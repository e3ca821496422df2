/**
 * The plan as a pull-request comment: counts per action, then one collapsible
 * section per resource. Every user value goes through `code()`, which escapes
 * HTML and table pipes, so a `|` or backtick in a value cannot break the table.
 */
import type { Change, Plan, PropertyChange } from "../../diff/types";
import { ACTION_ORDER, MARKERS, showValue } from "./values";

export function code(s: string): string {
  const escaped = s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "&#124;")
    .replace(/`/g, "&#96;")
    .replace(/\r?\n/g, "<br>");
  return `<code>${escaped}</code>`;
}

function cell(v: unknown, present: boolean): string {
  if (!present) return "";
  return code(typeof v === "string" ? v : showValue(v));
}

function row(d: PropertyChange): string {
  return `| ${code(d.path)} | ${cell(d.before, "before" in d)} | ${cell(d.after, "after" in d)} |`;
}

function section(c: Change): string[] {
  const summary = `${MARKERS[c.action]} <b>${c.action}</b> ${c.kind} ${code(c.id)}`;
  const lines = ["<details>", `<summary>${summary}${c.warnings?.length ? " ⚠️" : ""}</summary>`, ""];
  for (const w of c.warnings ?? []) lines.push(`> **Warning:** ${w}`, "");
  if (c.diff.length) {
    lines.push("| Property | Before | After |", "|---|---|---|", ...c.diff.map(row));
  } else {
    lines.push("_No property changes._");
  }
  lines.push("", "</details>", "");
  return lines;
}

export function renderPlanMarkdown(plan: Plan): string {
  const lines = ["### apimc plan", ""];
  if (plan.changes.length === 0) lines.push("No changes.", "");
  else {
    lines.push("| Action | Count |", "|---|---:|");
    for (const a of ACTION_ORDER) lines.push(`| ${MARKERS[a]} ${a} | ${plan.summary[a]} |`);
    lines.push("");
    for (const c of plan.changes) lines.push(...section(c));
  }
  if (plan.unmanaged && plan.unmanaged.length) {
    lines.push("<details>", `<summary>Unmanaged: ${plan.unmanaged.length} live resource(s) not declared</summary>`, "");
    for (const id of plan.unmanaged) lines.push(`- ${code(id)}`);
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}
