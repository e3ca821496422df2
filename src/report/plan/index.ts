import type { Plan } from "../../diff/types";
import { renderPlanJson } from "./json";
import { renderPlanMarkdown } from "./markdown";
import { renderPlanText, type PlanTextOptions } from "./text";

export type PlanFormat = "text" | "markdown" | "json";
export const PLAN_FORMATS: readonly PlanFormat[] = ["text", "markdown", "json"];

export function renderPlan(plan: Plan, format: PlanFormat, opts: PlanTextOptions = {}): string {
  if (format === "json") return renderPlanJson(plan);
  if (format === "markdown") return renderPlanMarkdown(plan);
  return renderPlanText(plan, opts);
}

export { renderPlanJson, renderPlanMarkdown, renderPlanText };
export type { PlanTextOptions };
