import { effectivePolicy, parsePolicy, printPolicy, type PolicyDocument, type PolicyElement } from "../../../src/index";

const parse = (text: string, file = "p.xml"): PolicyDocument => {
  const r = parsePolicy(text, { file });
  if (!r.document) throw new Error(JSON.stringify(r.diagnostics));
  return r.document;
};

describe("effectivePolicy", () => {
  const global = parse(`<policies><inbound><cors allow-credentials="false" /></inbound><outbound><set-header name="X-Global" exists-action="override"><value>1</value></set-header></outbound></policies>`);
  const product = parse(`<policies><inbound><base /><rate-limit calls="10" renewal-period="60" /></inbound></policies>`);
  const api = parse(`<policies><inbound><base /><include-fragment fragment-id="auth" /><set-backend-service backend-id="orders" /></inbound><outbound><set-header name="X-Api" exists-action="override"><value>2</value></set-header></outbound></policies>`);
  const op = parse(`<policies><inbound><set-header name="X-Op" exists-action="override"><value>3</value></set-header><base /></inbound></policies>`);
  const auth = parse(`<fragment><validate-jwt header-name="Authorization" /></fragment>`);

  it("expands <base /> along global -> product -> api -> operation and inlines fragments, tagging origins", () => {
    const eff = effectivePolicy(
      [
        { origin: "global", document: global },
        { origin: "products/starter", document: product },
        { origin: "apis/orders", document: api },
        { origin: "apis/orders/operations/get", document: op },
      ],
      { auth },
    );
    const inbound = eff.root.children[0] as PolicyElement;
    expect(inbound.children.map((c) => `${(c as PolicyElement).name}@${(c as PolicyElement).origin}`)).toEqual([
      "set-header@apis/orders/operations/get",
      "cors@global",
      "rate-limit@products/starter",
      "validate-jwt@policyFragments/auth",
      "set-backend-service@apis/orders",
    ]);
    // The operation has no outbound: it inherits the api's, which drops global's (no <base />).
    const outbound = eff.root.children[1] as PolicyElement;
    expect(outbound.name).toBe("outbound");
    expect(outbound.children.map((c) => (c as PolicyElement).attributes[0].value)).toEqual(["X-Api"]);
    expect(printPolicy(eff)).toContain('<validate-jwt header-name="Authorization" />');
  });
});
