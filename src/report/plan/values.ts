/** How plan values read in every report: one line, JSON-quoted, absence spelled out. */
import { SENSITIVE } from "../../core/secret";
import type { ChangeAction } from "../../diff/types";

export const ABSENT = "(absent)";

export function showValue(v: unknown): string {
  if (v === undefined) return ABSENT;
  // The mask and XML fragments read better bare; other strings are quoted so "" and spaces show.
  if (typeof v === "string") return v === SENSITIVE || v.startsWith("<") ? v : JSON.stringify(v);
  return JSON.stringify(v) ?? String(v);
}

export const MARKERS: Record<ChangeAction, string> = { create: "+", update: "~", delete: "-", replace: "±" };

export const ACTION_ORDER: ChangeAction[] = ["create", "update", "replace", "delete"];
