/**
 * The preflight rule contract: each rule is a pure function of the model that
 * returns findings; `runPreflight` turns findings into Diagnostics and applies
 * the ignore controls, so rules never deal with suppression themselves.
 */
import type { Severity, SourceLocation } from "../core/diagnostic";
import type { Model } from "../model/types";
import type { PolicyWalker } from "./policy-walk";

export interface LintContext {
  model: Model;
  /** Where the declaration value at a JSON pointer was written. */
  locate: (pointer: string) => SourceLocation;
  policies: PolicyWalker;
  /** Every preflight code, for checking `ignore` entries. */
  knownCodes: ReadonlySet<string>;
}

export interface Finding {
  message: string;
  at: SourceLocation;
  pointer: string;
  /** Overrides the rule's generic fix when the finding knows better. */
  hint?: string;
  /** Codes silenced by the owning resources' `ignore` lists or an `apimc-ignore` comment. */
  suppressed: readonly string[];
  /** API the finding belongs to, used to scope a self-hosted gateway's preflight. */
  api?: string;
}

export interface PreflightRule {
  /** Stable code, APIMC500–APIMC599. */
  code: string;
  severity: Severity;
  title: string;
  /** What the rule catches and why it matters, for the rule table. */
  catches: string;
  /** The Azure documentation the rule comes from (apimc's own docs for apimc-only rules). */
  docsUrl: string;
  /** Generic fix, printed as the diagnostic's hint. */
  fix: string;
  check(ctx: LintContext): Finding[];
}

export interface PreflightOptions {
  locate: (pointer: string) => SourceLocation;
  /** Codes to silence everywhere (the CLI's `--ignore`). */
  ignore?: string[];
  /** Turn warnings into errors (the CLI's `--strict`). */
  strict?: boolean;
  /** Name of a self-hosted gateway: keep only findings for the APIs it serves (plus instance-wide ones). */
  gateway?: string;
}

/** Rule metadata without the check, for docs and the gateway preflight report. */
export type PreflightRuleInfo = Omit<PreflightRule, "check">;
