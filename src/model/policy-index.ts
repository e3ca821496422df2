import type { PolicySource } from "../load/types";

/** Loader policy sources by the pointer of their `policy` property. */
export type PolicySourceIndex = Map<string, PolicySource>;

export function indexPolicies(list: readonly PolicySource[]): PolicySourceIndex {
  return new Map(list.map((p) => [p.pointer, p]));
}
