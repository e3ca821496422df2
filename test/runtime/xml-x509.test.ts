/**
 * XML (System.Xml.Linq) and X509 in expressions: through the exported
 * compile/evaluate functions, and a client certificate policy through
 * `apimc test` (main(argv, io)) with a certificate given as fields and as a PEM.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileExpression, evaluateProgram, type EvalEnv } from "../../src/runtime";
import { ContextModel, CsRecord, HeaderMap, MessageBody, RequestModel, UrlModel } from "../../src/runtime/context";
import { CsDateTime, CsGuid } from "../../src/runtime/expression/values";
import { main } from "../../src/cli/main";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const repo = path.resolve(__dirname, "../..");
const SOAP = `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetOrder xmlns="urn:orders" id="42">
      <status>open</status>
      <line sku="A-1">2</line>
      <line sku="B-2">5</line>
    </GetOrder>
  </soap:Body>
</soap:Envelope>`;

function env(body?: string): EvalEnv {
  const req = new RequestModel("POST", new UrlModel("https://gw.example/orders"), new HeaderMap({}), new MessageBody(body), "10.1.2.3");
  const rec = (t: string, f: Record<string, unknown>) => new CsRecord(t, f);
  const ctx = new ContextModel(req, rec("IApi", { Name: "Orders" }), rec("IOperation", { Name: "Get" }), null, null, null, rec("IDeployment", { Region: "local" }), new CsGuid("00000000-0000-4000-8000-000000000001"), new CsDateTime(Date.UTC(2026, 0, 1)), () => Date.UTC(2026, 0, 1), []);
  return { context: ctx, now: () => Date.UTC(2026, 0, 1), newGuid: () => "11111111-2222-4333-8444-555555555555" };
}

function run(source: string, body = SOAP): unknown {
  const c = compileExpression(source);
  expect(c.problems).toEqual([]);
  return evaluateProgram(c.program!, env(body));
}

describe("XML in expressions", () => {
  it.each([
    ['@(context.Request.Body.As<XDocument>().Root.Name.LocalName)', "Envelope"],
    ['@(context.Request.Body.As<XElement>().Name.NamespaceName)', "http://schemas.xmlsoap.org/soap/envelope/"],
    ['@(context.Request.Body.As<XDocument>().Descendants().Where(r => r.Name.LocalName == "status").First().Value)', "open"],
    ['@{ XNamespace o = "urn:orders"; var doc = context.Request.Body.As<XDocument>(); return doc.Descendants(o + "line").Count(); }', 2],
    // Names match by namespace, as in .NET: the unqualified name does not find a namespaced element.
    ['@(context.Request.Body.As<XDocument>().Descendants("line").Count())', 0],
    ['@(context.Request.Body.As<XDocument>().Descendants("{urn:orders}GetOrder").First().Attribute("id").Value)', "42"],
    ['@(string.Join(",", context.Request.Body.As<XElement>().Descendants("{urn:orders}line").Select(l => l.Attribute("sku").Value + "=" + l.Value)))', "A-1=2,B-2=5"],
    ['@(context.Request.Body.As<XElement>().Element("{http://schemas.xmlsoap.org/soap/envelope/}Body").Elements().First().Name.ToString())', "{urn:orders}GetOrder"],
    ['@(context.Request.Body.As<XElement>().Element("Body") == null)', true],
    ['@(context.Request.Body.As<XDocument>().Descendants("{urn:orders}status").First().Parent.Name.LocalName)', "GetOrder"],
    ['@(XDocument.Parse("<a><b>1</b><b>2</b></a>").Root.Elements("b").Last().Value)', "2"],
    ['@(XElement.Parse("<a x=\\"1\\"><b>t</b></a>").ToString())', '<a x="1">\n  <b>t</b>\n</a>'],
    ['@(XElement.Parse("<a><b>t</b></a>").ToString(SaveOptions.DisableFormatting))', "<a><b>t</b></a>"],
    ['@{ var e = new XElement("order", new XAttribute("id", 7), new XElement("sku", "A-1")); return e.ToString(SaveOptions.DisableFormatting); }', '<order id="7"><sku>A-1</sku></order>'],
    ['@{ var e = XElement.Parse("<a><b>1</b></a>"); e.Element("b").Value = "2"; e.SetAttributeValue("v", "x"); return e.ToString(SaveOptions.DisableFormatting); }', '<a v="x"><b>2</b></a>'],
  ])("%s", (src, expected) => {
    expect(run(src)).toEqual(expected);
  });

  it("throws XmlException on a body that is not XML, as APIM does", () => {
    expect(() => run("@(context.Request.Body.As<XElement>().Name.LocalName)", "{not xml")).toThrow(expect.objectContaining({ type: "System.Xml.XmlException" }));
  });

  it("still reports the XML APIs apimc does not model at their position", () => {
    const c = compileExpression("@{ var r = XmlReader.Create(new StringReader(\"<a/>\")); return 1; }");
    expect(c.problems.map((p) => [p.offset, p.message])).toEqual([
      [11, expect.stringContaining("`XmlReader`")],
      [32, expect.stringContaining("`StringReader`")],
      [32, "apimc's expression runtime cannot construct `StringReader`."],
    ]);
  });
});

const CERT_POLICY = `<policies>
        <inbound>
          <choose>
            <when condition="@(context.Request.Certificate == null || !context.Request.Certificate.VerifyNoRevocation() || context.Request.Certificate.Issuer != &quot;CN=Contoso CA, O=Contoso&quot; || context.Request.Certificate.Thumbprint != &quot;3E5B6F0A6F0C3F4B7D0B8A7B0F4F2C1D9E8A7B6C&quot;)">
              <return-response><set-status code="403" reason="Invalid client certificate" /></return-response>
            </when>
          </choose>
          <return-response>
            <set-status code="200" />
            <set-header name="x-cert" exists-action="override"><value>@{ var c = context.Request.Certificate; return c.Subject + "|" + c.SerialNumber + "|" + c.NotAfter.ToString("yyyy-MM-dd") + "|" + c.Verify(); }</value></set-header>
          </return-response>
        </inbound>
        <backend><forward-request /></backend>
        <outbound />
        <on-error />
      </policies>`;

const APIM = `version: 1
service: { name: certs }
apis:
  certs:
    displayName: Certs
    path: certs
    protocols: [https]
    subscriptionRequired: false
    serviceUrl: https://certs.example
    policy: |
      ${CERT_POLICY.replace(/\n/g, "\n      ")}
    operations:
      get: { displayName: Get, method: GET, urlTemplate: / }
      pem:
        displayName: Pem
        method: GET
        urlTemplate: /pem
        policy: |
          <policies>
            <inbound>
              <return-response><set-status code="200" /><set-header name="x-cert" exists-action="override"><value>@{ var c = context.Request.Certificate; return c.Subject + "|" + c.Issuer + "|" + c.Thumbprint + "|" + c.SerialNumber + "|" + c.NotBefore.ToString("yyyy-MM-dd") + "|" + c.Verify(); }</value></set-header></return-response>
            </inbound>
          </policies>
`;

describe("context.Request.Certificate in apimc test", () => {
  it("runs the documented client-certificate check with a certificate given as fields, and as a PEM", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-cert-"));
    fs.writeFileSync(path.join(dir, "apim.yaml"), APIM);
    const pem = fs.readFileSync(path.join(__dirname, "fixtures/client-cert.pem"), "utf8");
    const good = "{ subject: \"CN=client, O=Contoso\", issuer: \"CN=Contoso CA, O=Contoso\", thumbprint: 3e5b6f0a6f0c3f4b7d0b8a7b0f4f2c1d9e8a7b6c, serialNumber: 0a1b, notAfter: 2027-06-30T00:00:00Z }";
    fs.writeFileSync(
      path.join(dir, "certs.apimc-test.yaml"),
      `clock: 2027-01-01T00:00:00Z
tests:
  - name: a matching certificate passes
    request: { method: GET, url: /certs/, certificate: ${good} }
    expect: { status: 200, headers: { x-cert: "CN=client, O=Contoso|0A1B|2027-06-30|True" } }
  - name: no certificate is refused
    request: { method: GET, url: /certs/ }
    expect: { status: 403 }
  - name: an untrusted chain is refused
    request: { method: GET, url: /certs/, certificate: { subject: "CN=client", issuer: "CN=Contoso CA, O=Contoso", thumbprint: 3E5B6F0A6F0C3F4B7D0B8A7B0F4F2C1D9E8A7B6C, trusted: false } }
    expect: { status: 403 }
  - name: an expired certificate is refused
    request: { method: GET, url: /certs/, certificate: { issuer: "CN=Contoso CA, O=Contoso", thumbprint: 3E5B6F0A6F0C3F4B7D0B8A7B0F4F2C1D9E8A7B6C, notAfter: 2026-12-31T00:00:00Z } }
    expect: { status: 403 }
  - name: a revoked certificate passes VerifyNoRevocation but not Verify
    request: { method: GET, url: /certs/, certificate: { subject: "CN=r", issuer: "CN=Contoso CA, O=Contoso", thumbprint: 3E5B6F0A6F0C3F4B7D0B8A7B0F4F2C1D9E8A7B6C, revoked: true } }
    expect: { status: 200, headers: { x-cert: "CN=r|01|2100-01-01|False" } }
  - name: a PEM gives the fields in .NET's format
    request:
      method: GET
      url: /certs/pem
      certificate:
        pem: |
${pem.trim().replace(/^/gm, "          ")}
    expect: { status: 200, headers: { x-cert: "CN=client.contoso.example, O=Contoso, C=US|CN=client.contoso.example, O=Contoso, C=US|0D73C3048EF690189A6F12E1BCD8A6C474390C55|0A1B2C|2026-12-07|True" } }
`,
    );
    const io = memoryIo(repo);
    const code = await main(["node", "apimc", "test", dir], io);
    expect(io.stderr).toBe("");
    expect(io.stdout).toMatch(/6 passed, 0 failed, 6 total/);
    expect(code).toBe(0);
  });

  it("reports a certificate PEM that is not one at file:line:col", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-cert-"));
    fs.writeFileSync(path.join(dir, "apim.yaml"), APIM);
    fs.writeFileSync(path.join(dir, "bad.apimc-test.yaml"), "tests:\n  - name: t\n    request: { method: GET, url: /certs/, certificate: { pem: nope, notAfter: someday } }\n    expect: { status: 200 }\n");
    const io = memoryIo(repo);
    expect(await main(["node", "apimc", "test", dir], io)).toBe(1);
    expect(io.stderr).toContain("bad.apimc-test.yaml:3:63: error APIMC913: `certificate.pem` is not a PEM certificate");
    expect(io.stderr).toContain("bad.apimc-test.yaml:3:79: error APIMC913: `notAfter` is not an ISO 8601 date-time.");
  });
});
