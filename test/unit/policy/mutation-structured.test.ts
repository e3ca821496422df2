/**
 * The YAML form of a policy (`policy: { inbound: [ base, ... ] }`) as `apimc` turns it into XML:
 * the exact canonical text, XML escaping outside expressions only, canonical section order, and
 * every shape mistake reported as APIMC250 at its JSON pointer with the YAML position.
 */
import { parsePolicy, structuredPolicyToXml } from "../../../src/policy";

const opts = { file: "apim.yaml", pointer: "/apis/0/policy", line: 7, col: 5 };
const problems = (value: unknown): string[] => {
  const r = structuredPolicyToXml(value, opts);
  return r.diagnostics.map((d) => {
    expect(`${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}`).toBe("apim.yaml:7:5 error APIMC250");
    return `${d.pointer} ${d.message} | ${d.hint}`;
  });
};

describe("structured policies", () => {
  it("print as canonical XML, sections in APIM's order, text escaped except expressions", () => {
    const r = structuredPolicyToXml({
      outbound: ["base"],
      "on-error": null,
      backend: [],
      inbound: [
        "base",
        { "set-backend-service": { "backend-id": "orders" } },
        { "set-header": { name: "X-A&B", "exists-action": "override", _: [{ value: "a<b & c" }] } },
        { "set-body": "@(context.Request.Body.As<string>())" },
        { "set-body": "x < y & z" },
        { "set-variable": { name: "v", value: 'say "hi" & <b>' } },
        { "set-variable": { name: "e", value: '  @("a" + "<b>")' } },
        { "rate-limit": null },
        { choose: { _: [{ when: { condition: "@(true)", _: ["base"] } }] } },
        { "set-method": 42 },
        { "set-variable": { name: "b", value: true } },
        { trace: { source: "s", text: "msg", _: [{ metadata: { name: "a", value: "b" } }] } },
      ],
    }, opts);
    expect(r.diagnostics).toEqual([]);
    expect(r.text!.split("\n")).toEqual([
        "<policies>",
        "    <inbound>",
        "        <base />",
        "        <set-backend-service backend-id=\"orders\" />",
        "        <set-header name=\"X-A&amp;B\" exists-action=\"override\">",
        "            <value>a&lt;b &amp; c</value>",
        "        </set-header>",
        "        <set-body>@(context.Request.Body.As<string>())</set-body>",
        "        <set-body>x &lt; y &amp; z</set-body>",
        "        <set-variable name=\"v\" value=\"say &quot;hi&quot; &amp; &lt;b>\" />",
        "        <set-variable name=\"e\" value=\"  @(\"a\" + \"<b>\")\" />",
        "        <rate-limit />",
        "        <choose>",
        "            <when condition=\"@(true)\">",
        "                <base />",
        "            </when>",
        "        </choose>",
        "        <set-method>42</set-method>",
        "        <set-variable name=\"b\" value=\"true\" />",
        "        <trace source=\"s\">",
        "            msg",
        "            <metadata name=\"a\" value=\"b\" />",
        "        </trace>",
        "    </inbound>",
        "    <backend />",
        "    <outbound>",
        "        <base />",
        "    </outbound>",
        "    <on-error />",
        "</policies>",
        "",
    ]);
    // What it prints is a valid policy that prints the same.
    const parsed = parsePolicy(r.text!, { file: "apim.yaml" });
    expect(parsed.diagnostics).toEqual([]);
  });

  it.each([["a list", ["inbound"]], ["a string", "x"], ["null", null]])("refuses %s in place of the map of sections", (_label, value) => {
    expect(structuredPolicyToXml(value, opts).text).toBeUndefined();
    expect(problems(value)).toEqual([
      "/apis/0/policy A structured policy must be a map of sections (inbound, backend, outbound, on-error). | Write `policy: { inbound: [ base, ... ], outbound: [ base ] }`, or give the policy as XML text.",
    ]);
  });

  it("reports every shape mistake at its pointer and prints nothing", () => {
    const bad = {
      inbond: [],
      "in/bound": [],
      outbound: "base",
      inbound: [
        42,
        { a: 1, b: 2 },
        { "1bad": {} },
        "not valid!",
        { "set-header": "text" },
        { base: "x" },
        { "set-header": { _: "x" } },
        { "set-body": { text: {} } },
        { "set-header": { "a/b": 1, "ok": [1], name: { x: 1 } } },
        { "set-header": [1] },
        { value: "free text is fine for an element the catalog does not know" },
      ],
    };
    expect(structuredPolicyToXml(bad, opts).text).toBeUndefined();
    expect(problems(bad)).toEqual([
      "/apis/0/policy/inbond \"inbond\" is not a policy section. | Use only inbound, backend, outbound and on-error.",
      "/apis/0/policy/in~1bound \"in/bound\" is not a policy section. | Use only inbound, backend, outbound and on-error.",
      "/apis/0/policy/outbound Section \"outbound\" must be a list of policy elements. | Write `outbound: [ base, ... ]`.",
      "/apis/0/policy/inbound/0 A policy element must be a name such as `base` or a one-key map such as `{ set-header: { name: x } }`. | Write each element as `name` or `{ name: { attribute: value, _: [children], text: body } }`.",
      "/apis/0/policy/inbound/1 A policy element must be a name such as `base` or a one-key map such as `{ set-header: { name: x } }`. | Write each element as `name` or `{ name: { attribute: value, _: [children], text: body } }`.",
      "/apis/0/policy/inbound/2 A policy element must be a name such as `base` or a one-key map such as `{ set-header: { name: x } }`. | Write each element as `name` or `{ name: { attribute: value, _: [children], text: body } }`.",
      "/apis/0/policy/inbound/3 A policy element must be a name such as `base` or a one-key map such as `{ set-header: { name: x } }`. | Write each element as `name` or `{ name: { attribute: value, _: [children], text: body } }`.",
      "/apis/0/policy/inbound/4/set-header <set-header> takes attributes and child elements, not a text body. | Write `{ set-header: { attribute: value, _: [ children ] } }` with name.",
      "/apis/0/policy/inbound/5/base <base> takes attributes and child elements, not a text body. | Write `{ base: { attribute: value, _: [ children ] } }`.",
      "/apis/0/policy/inbound/6/set-header/_ The children of <set-header> must be a list. | Write `_: [ child, ... ]`.",
      "/apis/0/policy/inbound/7/set-body/text The text body of <set-body> must be a string. | Write `text: \"...\"`.",
      "/apis/0/policy/inbound/8/set-header/a~1b \"a/b\" is not a valid attribute name. | Attribute names are letters, digits, `-`, `_`, `.` and `:`.",
      "/apis/0/policy/inbound/8/set-header/ok Attribute \"ok\" of <set-header> must be a scalar. | Give the value as a string, number or boolean; use `_` for child elements.",
      "/apis/0/policy/inbound/8/set-header/name Attribute \"name\" of <set-header> must be a scalar. | Give the value as a string, number or boolean; use `_` for child elements.",
      "/apis/0/policy/inbound/9/set-header <set-header> must map to attributes, a text body or nothing. | Write `{ name: { attribute: value } }` or `{ name: text }`.",
    ]);
  });
});
