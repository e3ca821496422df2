/** The plan as a terminal listing, coloured only when the output is a TTY. */
import type { Change, ChangeAction, Plan, PropertyChange } from "../../diff/types";
import { MARKERS, showValue } from "./values";

export interface PlanTextOptions {
  color?: boolean;
  /** Added to the unmanaged hint, e.g. "use --prune to delete them". */
  pruneHint?: string;
}

const COLORS: Record<ChangeAction, string> = { create: "32", update: "33", delete: "31", replace: "35" };

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function propertyLine(action: ChangeAction, d: PropertyChange): string {
  if (action === "create") return `${d.path}: ${showValue(d.after)}`;
  if (action === "delete") return `${d.path}: ${showValue(d.before)}`;
  return `${d.path}: ${showValue(d.before)} -> ${showValue(d.after)}`;
}

function changeBlock(c: Change, color: boolean): string[] {
  const head = `${MARKERS[c.action]} ${c.kind} ${c.id}${c.action === "replace" ? " (replace)" : ""}`;
  const lines = [paint(color, COLORS[c.action], head)];
  for (const w of c.warnings ?? []) lines.push(`    ! ${w}`);
  // Multi-line values (added or removed policy elements) stay indented under their property.
  for (const d of c.diff) lines.push(`    ${propertyLine(c.action, d).replace(/\n/g, "\n      ")}`);
  return lines;
}

export function renderPlanText(plan: Plan, opts: PlanTextOptions = {}): string {
  const color = opts.color ?? false;
  const s = plan.summary;
  const lines: string[] = [];
  if (plan.changes.length === 0) lines.push("No changes.");
  else {
    for (const c of plan.changes) lines.push(...changeBlock(c, color), "");
    lines.push(`Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete.`);
  }
  if (plan.unmanaged && plan.unmanaged.length) {
    lines.push("", `Unmanaged (live but not declared${opts.pruneHint ? `; ${opts.pruneHint}` : ""}):`);
    for (const id of plan.unmanaged) lines.push(`    ${id}`);
  }
  return lines.join("\n") + "\n";
}
