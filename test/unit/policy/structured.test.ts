import { structuredPolicyToXml, parsePolicy, printPolicy } from "../../../src/index";

describe("structuredPolicyToXml", () => {
  const opts = { file: "apim.yaml", pointer: "/apis/0/policy", line: 12, col: 5 };
  it("maps the YAML form onto canonical XML", () => {
    const { text, diagnostics } = structuredPolicyToXml(
      {
        outbound: ["base"],
        inbound: [
          "base",
          { "set-backend-service": { "backend-id": "orders" } },
          { "set-header": { name: "X-Req", "exists-action": "override", _: [{ value: '@(context.RequestId.ToString() + "<")' }] } },
          { "set-method": "GET" },
          { "rate-limit": { calls: 10, "renewal-period": 60 } },
        ],
      },
      opts,
    );
    expect(diagnostics).toEqual([]);
    expect(text).toBe(
      '<policies>\n    <inbound>\n        <base />\n        <set-backend-service backend-id="orders" />\n        <set-header name="X-Req" exists-action="override">\n            <value>@(context.RequestId.ToString() + "<")</value>\n        </set-header>\n        <set-method>GET</set-method>\n        <rate-limit calls="10" renewal-period="60" />\n    </inbound>\n    <outbound>\n        <base />\n    </outbound>\n</policies>\n',
    );
    expect(printPolicy(parsePolicy(text!, { file: "x" }).document!)).toBe(text);
  });
  it("reports every mistake with its pointer", () => {
    const { text, diagnostics } = structuredPolicyToXml({ inbound: [{ a: 1, b: 2 }], outbund: [] }, opts);
    expect(text).toBeUndefined();
    expect(diagnostics.map((d) => `${d.code} ${d.pointer} ${d.line}:${d.col}`)).toEqual(["APIMC250 /apis/0/policy/inbound/0 12:5", "APIMC250 /apis/0/policy/outbund 12:5"]);
  });
});
