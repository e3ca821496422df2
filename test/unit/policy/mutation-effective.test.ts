/**
 * The effective policy of an operation (`apimc policy effective`): `<base />` replaced by the
 * enclosing scope's section along global -> product -> api -> operation, a scope without a section
 * inheriting it whole, fragments inlined where they are included (nested ones too), and every
 * element tagged with the scope it came from. A missing or self-including fragment stays visible.
 */
import { effectivePolicy, parsePolicy, printPolicy, type PolicyDocument, type PolicyNode } from "../../../src/policy";

const parse = (t: string, file = "p.xml"): PolicyDocument => parsePolicy(t, { file }).document!;
/** One line per node: name, attributes and the origin tag, children indented. */
const tree = (nodes: PolicyNode[], indent = ""): string[] =>
  nodes.flatMap((n) =>
    n.type === "element"
      ? [`${indent}${n.name}${n.attributes.map((a) => ` ${a.name}=${a.value}`).join("")} @${n.origin ?? "-"}`, ...tree(n.children, indent + "  ")]
      : [`${indent}#${n.type} ${n.text.trim()}`],
  );

describe("effectivePolicy", () => {
  const global = parse(`<policies><inbound><cors allow-credentials="false" /></inbound><backend><forward-request timeout="30" /></backend><outbound><set-header name="X-Global" exists-action="override"><value>g</value></set-header></outbound></policies>`, "global.xml");
  const product = parse(`<policies><inbound><base /><rate-limit calls="10" renewal-period="60" /></inbound><outbound><base /></outbound></policies>`, "product.xml");
  const api = parse(`<policies><inbound><base /><!-- auth first --><include-fragment fragment-id="outer" /><include-fragment fragment-id="missing" /><include-fragment fragment-id="loop" /><include-fragment /></inbound><on-error><set-status code="500" /></on-error></policies>`, "api.xml");
  const op = parse(`<policies><inbound><set-header name="X-Op" exists-action="override"><value>o</value></set-header><base /></inbound></policies>`, "op.xml");
  const fragments = {
    outer: parse(`<fragment><include-fragment fragment-id="auth" /><choose><when condition="@(true)"><base /></when></choose></fragment>`),
    auth: parse(`<fragment><validate-jwt header-name="Authorization" /></fragment>`),
    loop: parse(`<fragment><set-variable name="l" value="1" /><include-fragment fragment-id="loop" /></fragment>`),
  };
  // Merged inside each test: coverage per test only sees calls made in a test.
  const merge = (): PolicyDocument =>
    effectivePolicy(
    [
      { origin: "global", document: global },
      { origin: "products/starter", document: product },
      { origin: "apis/orders", document: api },
      { origin: "apis/orders/operations/get", document: op },
    ],
    fragments,
  );

  it("merges the four scopes and the fragments, each element tagged with its origin", () => {
    expect(tree([merge().root])).toEqual([
      "policies @apis/orders/operations/get",
      "  inbound @-",
      "    set-header name=X-Op exists-action=override @apis/orders/operations/get",
      "      value @apis/orders/operations/get",
      "        #text o",
      "    cors allow-credentials=false @global",
      "    rate-limit calls=10 renewal-period=60 @products/starter",
      "    #comment auth first",
      "    validate-jwt header-name=Authorization @policyFragments/auth",
      "    choose @policyFragments/outer",
      "      when condition=@(true) @policyFragments/outer",
      "        cors allow-credentials=false @global",
      "        rate-limit calls=10 renewal-period=60 @products/starter",
      "    include-fragment fragment-id=missing @apis/orders",
      "    set-variable name=l value=1 @policyFragments/loop",
      "    include-fragment fragment-id=loop @policyFragments/loop",
      "    include-fragment @apis/orders",
      "  backend @-",
      "    forward-request timeout=30 @global",
      "  outbound @-",
      "    set-header name=X-Global exists-action=override @global",
      "      value @global",
      "        #text g",
      "  on-error @-",
      "    set-status code=500 @apis/orders",
    ]);
  });

  it("belongs to the innermost scope's file and prints as a policy", () => {
    const eff = merge();
    expect(eff.file).toBe("op.xml");
    expect(eff.root.origin).toBe("apis/orders/operations/get");
    expect(printPolicy(eff).split("\n")).toEqual([
      "<policies>",
      "    <inbound>",
      "        <set-header name=\"X-Op\" exists-action=\"override\">",
      "            <value>o</value>",
      "        </set-header>",
      "        <cors allow-credentials=\"false\" />",
      "        <rate-limit calls=\"10\" renewal-period=\"60\" />",
      "        <!-- auth first -->",
      "        <validate-jwt header-name=\"Authorization\" />",
      "        <choose>",
      "            <when condition=\"@(true)\">",
      "                <cors allow-credentials=\"false\" />",
      "                <rate-limit calls=\"10\" renewal-period=\"60\" />",
      "            </when>",
      "        </choose>",
      "        <include-fragment fragment-id=\"missing\" />",
      "        <set-variable name=\"l\" value=\"1\" />",
      "        <include-fragment fragment-id=\"loop\" />",
      "        <include-fragment />",
      "    </inbound>",
      "    <backend>",
      "        <forward-request timeout=\"30\" />",
      "    </backend>",
      "    <outbound>",
      "        <set-header name=\"X-Global\" exists-action=\"override\">",
      "            <value>g</value>",
      "        </set-header>",
      "    </outbound>",
      "    <on-error>",
      "        <set-status code=\"500\" />",
      "    </on-error>",
      "</policies>",
      "",
    ]);
  });

  it("has only the sections some scope declares", () => {
    const only = effectivePolicy([{ origin: "global", document: global }, { origin: "apis/orders", document: parse(`<policies><inbound><base /></inbound></policies>`, "api.xml") }], {});
    expect(printPolicy(only)).toBe(`<policies>\n    <inbound>\n        <cors allow-credentials="false" />\n    </inbound>\n    <backend>\n        <forward-request timeout="30" />\n    </backend>\n    <outbound>\n        <set-header name="X-Global" exists-action="override">\n            <value>g</value>\n        </set-header>\n    </outbound>\n</policies>\n`);
    expect(only.file).toBe("api.xml");
    expect(only.root.origin).toBe("apis/orders");
    const inboundOnly = effectivePolicy([{ origin: "apis/orders", document: parse(`<policies><inbound><cors /></inbound></policies>`) }], {});
    expect(printPolicy(inboundOnly)).toBe(`<policies>\n    <inbound>\n        <cors />\n    </inbound>\n</policies>\n`);
  });

  it("of no layers is an empty <policies />", () => {
    const empty = effectivePolicy([], {});
    expect(printPolicy(empty)).toBe("<policies />\n");
    expect(empty.file).toBe("");
    expect(empty.root.origin).toBeUndefined();
  });
});
