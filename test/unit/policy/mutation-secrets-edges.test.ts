/**
 * Edges of literal-credential detection that change what a reviewer sees: the label and position
 * of a finding (attribute order, a comment before the value), comments that are not a value, and
 * `{{named values}}` outside credential fields, which are not credential sources.
 */
import { literalSecretFields, maskPolicySecrets, parsePolicy, printElementText, secretFieldTokens, type PolicyElement } from "../../../src/policy";

const root = (inbound: string): PolicyElement => parsePolicy(`<policies>\n    <inbound>\n        ${inbound}\n    </inbound>\n</policies>`, { file: "p.xml" }).document!.root;
const fields = (inbound: string): string[] => literalSecretFields(root(inbound)).map((f) => `${f.pos.line}:${f.pos.col} ${f.label}`);
const tokens = (inbound: string): string[] => secretFieldTokens(root(inbound)).map((f) => `${f.pos.line}:${f.pos.col} ${f.label} ${f.name}`);

describe("literal credential findings", () => {
  it("name the header by its name attribute wherever it is", () => {
    expect(fields(`<set-header exists-action="override" name="Authorization"><value>Bearer abc</value></set-header>`)).toEqual(["3:74 set-header[Authorization]/value"]);
  });
  it("point at the value's text, not at a comment before it", () => {
    expect(fields(`<set-header name="Authorization"><value><!-- rotated monthly -->Bearer abc</value></set-header>`)).toEqual(["3:73 set-header[Authorization]/value"]);
  });
  it("a value holding only a comment holds no credential", () => {
    expect(fields(`<set-header name="Authorization"><value><!-- set by the gateway --></value></set-header>`)).toEqual([]);
  });
});

describe("credential sources", () => {
  it("are the named values of credential fields only", () => {
    expect(
      tokens(`<authentication-basic username="{{backend-user}}" password="{{backend-password}}" />\n<set-header name="X-Trace"><value>{{trace-id}}</value></set-header>\n<set-header name="api-key"><value>{{api-key}}</value></set-header>`),
    ).toEqual(["3:69 authentication-basic@password backend-password", "5:35 set-header[api-key]/value api-key"]);
  });
});

describe("masking", () => {
  it("a <value> on its own, without the element it belongs to, is left alone", () => {
    const inbound = root(`<set-header name="Authorization"><value>Bearer abc</value></set-header>`).children[0] as PolicyElement;
    const header = inbound.children[0] as PolicyElement;
    const alone = header.children[0] as PolicyElement;
    expect(alone.name).toBe("value");
    expect(printElementText(maskPolicySecrets(alone))).toBe("<value>Bearer abc</value>");
    expect(literalSecretFields(alone)).toEqual([]);
    expect(printElementText(maskPolicySecrets(header, inbound))).toBe("<set-header name=\"Authorization\">\n    <value>(sensitive)</value>\n</set-header>");
  });
});
