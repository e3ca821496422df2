/** The plan as JSON: exactly the Plan object, stable key order, trailing newline. */
import { stableStringify } from "../../core/stable-json";
import type { Plan } from "../../diff/types";

export function renderPlanJson(plan: Plan): string {
  return stableStringify(plan);
}
