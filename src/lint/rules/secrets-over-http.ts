/** APIMC504. Backend credentials sent to an http:// URL travel in clear text. */
import type { Finding, LintContext, PreflightRule } from "../types";
import { isPlainHttp } from "../hosts";

export const secretsOverHttp: PreflightRule = {
  code: "APIMC504",
  severity: "warning",
  title: "Secrets over plain HTTP",
  catches:
    "Backend credentials (`credentials.header`, `credentials.query`, `credentials.authorization`) sent to an `http://` backend URL, or a proxy password sent to an `http://` proxy.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/backends",
  fix: "use an https:// URL for a backend (or proxy) that receives credentials.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    // Stryker disable next-line MethodExpression: runPreflight sorts the findings, so the walk order cannot show
    for (const name of Object.keys(ctx.model.backends).sort()) {
      const b = ctx.model.backends[name];
      const { url, credentials, proxy } = b.properties;
      const sent: string[] = [];
      for (const h of Object.keys(credentials?.header ?? {}).sort()) sent.push(`header ${h}`);
      for (const q of Object.keys(credentials?.query ?? {}).sort()) sent.push(`query parameter ${q}`);
      if (credentials?.authorization) sent.push(`an Authorization (${credentials.authorization.scheme}) header`);
      if (url !== undefined && isPlainHttp(url) && sent.length > 0) {
        const pointer = `${b.pointer}/url`;
        out.push({
          message: `backend '${name}' sends credentials (${sent.join(", ")}) to a plain http:// URL`,
          at: ctx.locate(pointer),
          pointer,
          suppressed: b.ignore,
        });
      }
      if (proxy?.password && isPlainHttp(proxy.url)) {
        const pointer = `${b.pointer}/proxy/url`;
        out.push({
          message: `backend '${name}' sends its proxy password to a plain http:// proxy URL`,
          at: ctx.locate(pointer),
          pointer,
          suppressed: b.ignore,
        });
      }
    }
    return out;
  },
};
