/** The C# interpreter through its public functions: parse + check + evaluate, and diagnostics at exact offsets. */
import { compileExpression, evaluateProgram, type EvalEnv } from "../../../src/runtime";
import { ContextModel, CsRecord, HeaderMap, MessageBody, RequestModel, UrlModel } from "../../../src/runtime/context";
import { CsDateTime, CsGuid } from "../../../src/runtime/expression/values";
import { safeTitle } from "../../support/test-title";

function env(headers: Record<string, string> = {}, body?: string): EvalEnv {
  const req = new RequestModel("GET", new UrlModel("https://gw.example/orders/42?status=open&tag=a&tag=b"), new HeaderMap(headers), new MessageBody(body), "10.1.2.3");
  const rec = (t: string, f: Record<string, unknown>) => new CsRecord(t, f);
  const ctx = new ContextModel(req, rec("IApi", { Name: "Orders", Id: "orders" }), rec("IOperation", { Name: "Get order", Method: "GET" }), null, null, null, rec("IDeployment", { Region: "local" }), new CsGuid("00000000-0000-4000-8000-000000000001"), new CsDateTime(Date.UTC(2026, 0, 2, 3, 4, 5)), () => Date.UTC(2026, 0, 2, 3, 4, 6), []);
  ctx.Variables.set("n", 41);
  ctx.Variables.set("s", "text");
  return { context: ctx, now: () => Date.UTC(2026, 0, 2, 3, 4, 6), newGuid: () => "11111111-2222-4333-8444-555555555555" };
}

function run(source: string, e: EvalEnv = env()): unknown {
  const c = compileExpression(source);
  if (!c.program) throw new Error(c.problems.map((p) => p.message).join("; "));
  expect(c.problems).toEqual([]);
  return evaluateProgram(c.program, e);
}

describe("C# expressions", () => {
  it.each(([
    ['@(context.Request.Headers.GetValueOrDefault("X-Tenant", "none"))', "acme"],
    ['@(context.Request.Headers.GetValueOrDefault("missing", "none"))', "none"],
    ["@(context.Request.Url.Query.GetValueOrDefault(\"tag\", \"\"))", "a,b"],
    ["@(context.Request.Url.Path + \"|\" + context.Request.Url.Host)", "/orders/42|gw.example"],
    ["@(context.Request.IpAddress)", "10.1.2.3"],
    ["@(context.Api.Name.ToUpper())", "ORDERS"],
    ["@(context.Product?.Name ?? \"no product\")", "no product"],
    ["@(context.Variables.GetValueOrDefault<int>(\"n\") + 1)", 42],
    ["@(context.Variables.GetValueOrDefault<string>(\"missing\", \"d\"))", "d"],
    ["@((string)context.Variables[\"s\"] == \"text\" ? \"yes\" : \"no\")", "yes"],
    ["@(context.Variables[\"n\"] is int)", true],
    ["@(context.Variables[\"s\"] as string)", "text"],
    ["@(7 / 2)", 3],
    ["@(7 / 2.0)", 3.5],
    ["@($\"{context.Operation.Name} #{40 + 2:D4}\")", "Get order #0042"],
    ['@(@"C:\\path ""quoted""")', 'C:\\path "quoted"'],
    ["@(new[] { 5, 3, 9 }.Where(x => x > 3).Select(x => x * 2).OrderBy(x => x).ToArray()[0])", 10],
    ["@(new[] { 1, 2, 3 }.Any(x => x == 2) && new[] { 1, 2 }.All(x => x > 0))", true],
    ["@(new[] { \"a\", \"b\" }.FirstOrDefault(x => x == \"z\") ?? \"none\")", "none"],
    ["@(new List<string> { \"x\", \"y\" }.Count())", 2],
    ["@(new[] { \"a\", \"b\" }.Contains(\"b\"))", true],
    ["@(string.Join(\",\", new[] { \"a\", \"b\" }))", "a,b"],
    ["@(\"a,b,,c\".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Length)", 3],
    ["@(String.IsNullOrEmpty(context.Request.Headers.GetValueOrDefault(\"x\", \"\")))", true],
    ["@(Math.Max(3, 8) + Math.Abs(-2))", 10],
    ["@(Convert.ToBase64String(Encoding.UTF8.GetBytes(\"hi\")))", "aGk="],
    ["@(Encoding.UTF8.GetString(Convert.FromBase64String(\"aGk=\")))", "hi"],
    ["@(Regex.IsMatch(\"order-42\", @\"^order-\\d+$\"))", true],
    ["@(Regex.Match(\"id=42\", @\"id=(?<n>\\d+)\").Groups[\"n\"].Value)", "42"],
    ["@(Uri.EscapeDataString(\"a b&c\"))", "a%20b%26c"],
    ["@(WebUtility.UrlEncode(\"a b\"))", "a+b"],
    ["@(DateTime.UtcNow.ToString(\"yyyy-MM-ddTHH:mm:ssZ\"))", "2026-01-02T03:04:06Z"],
    ["@(context.Timestamp.AddHours(1).Hour)", 4],
    ["@((DateTime.UtcNow - context.Timestamp).TotalSeconds)", 1],
    ["@(context.Elapsed.TotalMilliseconds)", 1000],
    ["@(TimeSpan.FromMinutes(90).TotalHours)", 1.5],
    ["@(context.RequestId.ToString())", "00000000-0000-4000-8000-000000000001"],
    ["@(Guid.NewGuid().ToString(\"N\").Length)", 32],
    ["@(int.Parse(\"12\") * 2)", 24],
    ["@(new JObject(new JProperty(\"a\", 1)).ToString(Newtonsoft.Json.Formatting.None))", '{"a":1}'],
    ["@((string)JObject.Parse(\"{\\\"a\\\":{\\\"b\\\":\\\"c\\\"}}\")[\"a\"][\"b\"])", "c"],
    ["@(JObject.Parse(\"{\\\"a\\\":[1,2,3]}\")[\"a\"].Value<JArray>().Count)", 3],
    ["@(JArray.Parse(\"[1,2,3]\").Select(t => (int)t).Sum())", 6],
    ["@(\"Basic dTpw\".AsBasic().Username)", "u"],
    ["@(\"  x \".Trim().PadLeft(3, '*'))", "**x"],
    ["@(\"abc\".Substring(1, 1) + \"abc\"[2])", "bc"],
    ["@(context.Request.Body.As<JObject>(preserveContent: true)[\"id\"].ToString())", "7"],
  ] as Array<[string, unknown]>).map(([source, expected], i) => [i, safeTitle(source), source, expected] as const))("case %i: %s", (_i, _title, source, expected) => {
    // The source is part of the compared value, so a failure names the expression.
    expect({ source, value: run(source, env({ "x-tenant": "acme" }, '{"id":7}')) }).toEqual({ source, value: expected });
  });

  it("runs statement blocks: locals, if, foreach, for, while, try/catch, return", () => {
    const src = `@{
      var total = 0;
      foreach (var x in new[] { 1, 2, 3, 4 }) { if (x % 2 == 0) { continue; } total += x; }
      for (int i = 0; i < 3; i++) total++;
      int n = 0;
      while (n < 2) { n++; }
      string r;
      try { r = int.Parse("x").ToString(); } catch (FormatException e) { r = "bad:" + e.Message.Length.ToString(); }
      if (int.TryParse("5", out var parsed)) { total += parsed; }
      return total + n + "|" + r.StartsWith("bad:");
    }`;
    expect(run(src)).toBe("14|True");
  });

  it("reads the JWT claims of a bearer token", () => {
    const payload = Buffer.from(JSON.stringify({ sub: "alice", aud: "api", exp: 1893456000, roles: ["a", "b"] })).toString("base64url");
    const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const token = `${header}.${payload}.sig`;
    const e = env({ Authorization: `Bearer ${token}` });
    expect(run('@(context.Request.Headers.GetValueOrDefault("Authorization","").AsJwt()?.Subject)', e)).toBe("alice");
    expect(run('@(context.Request.Headers.GetValueOrDefault("Authorization","").AsJwt().Claims.GetValueOrDefault("roles", ""))', e)).toBe("a,b");
    expect(run('@(context.Request.Headers.GetValueOrDefault("Authorization","").AsJwt().ExpirationTime.Value.Year)', e)).toBe(2030);
    expect(run('@("garbage".AsJwt() == null)', e)).toBe(true);
  });

  it("consumes the body when preserveContent is not set, as APIM does", () => {
    const e = env({}, "hello");
    expect(run("@(context.Request.Body.As<string>())", e)).toBe("hello");
    expect(run("@(context.Request.Body.As<string>())", e)).toBe("");
  });

  it("throws the .NET exception APIM would report", () => {
    const cases: Array<[string, string]> = [
      ['@(int.Parse("x"))', "System.FormatException"],
      ['@(context.Product.Name)', "System.NullReferenceException"],
      ['@((int)context.Variables["s"])', "System.InvalidCastException"],
      ['@(context.Variables["missing"])', "System.Collections.Generic.KeyNotFoundException"],
      ["@(1 / 0)", "System.DivideByZeroException"],
      ['@(JObject.Parse("not json"))', "Newtonsoft.Json.JsonReaderException"],
      ["@(new[] { 1 }.First(x => x > 5))", "System.InvalidOperationException"],
    ];
    for (const [src, type] of cases) {
      let thrown: unknown;
      try {
        run(src);
      } catch (e) {
        thrown = e;
      }
      expect((thrown as { type?: string })?.type).toBe(type);
    }
  });

  it("reports unsupported constructs and unknown names at their exact offset", () => {
    const at = (src: string) => compileExpression(src).problems.map((p) => ({ at: p.offset, unsupported: p.unsupported, text: src.slice(p.offset, p.offset + 8), message: p.message }));
    expect(at("@{ switch (1) { default: return 1; } }")).toEqual([expect.objectContaining({ at: 3, unsupported: true, message: expect.stringContaining("switch") })]);
    expect(at('@(new XmlDocument())')).toEqual([expect.objectContaining({ at: 6, unsupported: true, message: expect.stringContaining("XmlDocument") })]);
    expect(at('@(context.Request.Headerz.Count)')).toEqual([expect.objectContaining({ at: 18, text: "Headerz.", message: expect.stringContaining("Headerz") })]);
    expect(at("@(Math.Foo(1))")).toEqual([expect.objectContaining({ at: 7, message: expect.stringContaining("Math.Foo") })]);
    expect(at("@(undefinedThing + 1)")).toEqual([expect.objectContaining({ at: 2, unsupported: false })]);
    expect(at('@("unclosed)')).toEqual([expect.objectContaining({ at: 2, unsupported: false })]);
    expect(at("@{ int Local(int x) { return x; } return Local(1); }")).toEqual([expect.objectContaining({ at: 3, message: expect.stringContaining("local function") })]);
  });

  it("caches a parsed expression: the same text compiles once", () => {
    const a = compileExpression("@(context.Request.Method)");
    const b = compileExpression("@(context.Request.Method)");
    expect(a).toBe(b);
  });

  it("decodes XML entities in expressions written as escaped XML", () => {
    expect(run("@(&quot;a&quot; + &quot;b&quot;)")).toBe("ab");
  });
});
