/**
 * Secret and `{{named value}}` checks come from each descriptor (`secrets`, `namedValueTokens`), so a kind's
 * token-bearing property gets the same checks by being declared there. Loggers show it: their credentials were
 * checked for literals only; now undeclared tokens and plain named values are found there as in backends.
 */
import { loadDeclarationsFromObject } from "../../src/load";
import { validateDeclarations } from "../../src/validate";
import { KINDS } from "../../src/model/kinds/registry";
import { CODES } from "../../src/validate/codes";

async function diagnosticsOf(data: Record<string, unknown>) {
  const loaded = await loadDeclarationsFromObject({ version: 1, service: { name: "svc" }, ...data }, __dirname);
  return validateDeclarations(loaded).map((d) => [d.code, d.severity, d.pointer, d.message]);
}

const LOGGER = { loggerType: "applicationInsights", resourceId: "/subscriptions/x/resourceGroups/rg/providers/microsoft.insights/components/ai" };

describe("the registry's secret rules", () => {
  test("an undeclared token in a logger credential is an error, as in a backend", async () => {
    const d = await diagnosticsOf({
      loggers: { l: { ...LOGGER, credentials: { instrumentationKey: "{{ai-key}}" } } },
      backends: { b: { url: "https://b.example.com", protocol: "http", credentials: { header: { "x-key": ["{{ai-kee}}"] } } } },
      namedValues: { k: { displayName: "ai-kee", fromParameter: "aiKey" } },
    });
    expect(d).toEqual([
      ["APIMC148", "error", "/loggers/l/credentials/instrumentationKey", "logger `l` refers to named value `{{ai-key}}`, which is not declared; did you mean `ai-kee`?"],
    ]);
  });

  test("a secret-bearing property fed by a plain named value warns, in loggers and backends alike", async () => {
    const d = await diagnosticsOf({
      namedValues: { k: { displayName: "plain-key", value: "not-secret" } },
      loggers: { l: { ...LOGGER, credentials: { instrumentationKey: "{{plain-key}}" } } },
      backends: { b: { url: "https://b.example.com", protocol: "http", proxy: { url: "http://p", username: "{{plain-key}}", password: "{{plain-key}}" } } },
    });
    expect(d.map(([code, severity, pointer, message]) => [code, severity, pointer, String(message).split(" comes from")[0]])).toEqual([
      ["APIMC149", "warning", "/backends/b/proxy/password", "proxy password of backend `b`"],
      ["APIMC149", "warning", "/loggers/l/credentials/instrumentationKey", "`credentials.instrumentationKey` of logger `l`"],
    ]);
  });

  test("a literal in a header is reported under the header's name, and the value is never echoed", async () => {
    const canary = "canary-4c1e-literal";
    const d = await diagnosticsOf({ backends: { b: { url: "https://b.example.com", protocol: "http", credentials: { header: { "x~key/1": [canary] } } } } });
    expect(d.map(([code, , pointer, message]) => [code, pointer, message])).toEqual([
      ["APIMC172", "/backends/b/credentials/header/x~0key~11/0", "header `x~key/1` of backend `b` holds a literal value; credentials must be `{{named value}}` references"],
    ]);
    expect(JSON.stringify(d)).not.toContain(canary);
  });

  test("every named-value secret says how a literal is reported, and its code exists", () => {
    for (const d of KINDS) {
      for (const s of d.secrets.filter((x) => x.sources.includes("{{named value}}"))) {
        expect([d.kind, s.property, s.literal !== undefined && s.literal.code in CODES]).toEqual([d.kind, s.property, true]);
      }
    }
  });
});
