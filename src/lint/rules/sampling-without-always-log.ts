/**
 * APIMC513. With sampling on and `alwaysLog` unset, failed requests are sampled
 * like the rest, so on a busy API most errors never reach the logger.
 */
import type { Finding, LintContext, PreflightRule } from "../types";

export const samplingWithoutAlwaysLog: PreflightRule = {
  code: "APIMC513",
  severity: "info",
  title: "Sampled errors",
  catches:
    "A diagnostic that samples fewer than all requests (`sampling.percentage` between 0 and 100) without `alwaysLog: allErrors`: errors are sampled away like successful calls, which on a high-traffic API hides most failures.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-howto-app-insights#performance-implications-and-log-sampling",
  fix: "add alwaysLog: allErrors so every failed request is logged whatever the sampling rate.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    for (const r of Object.values(ctx.model.generic ?? {})) {
      if (r.kind !== "diagnostic" || r.properties.alwaysLog !== undefined) continue;
      const pct = (r.properties.sampling as { percentage?: number } | undefined)?.percentage;
      if (typeof pct !== "number" || pct <= 0 || pct >= 100) continue;
      const pointer = `${r.pointer}/sampling/percentage`;
      out.push({
        message: `diagnostic '${r.name}' samples ${pct}% of requests and does not set alwaysLog, so most failed requests are not logged`,
        at: ctx.locate(pointer),
        pointer,
        suppressed: r.ignore,
      });
    }
    return out;
  },
};
