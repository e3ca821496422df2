/** set-body template="liquid" through `apimc test`: Microsoft's set-body samples, DotLiquid's PascalCase filters, XML binding, and a bad filter. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const repo = path.resolve(__dirname, "../..");

const op = (name: string, template: string, extra = "") => `      ${name}:
        displayName: ${name}
        method: POST
        urlTemplate: /${name}
        policy: |
          <policies><inbound>${extra}<set-body template="liquid">${template}</set-body></inbound><backend><forward-request /></backend></policies>
`;

const APIM = `version: 1
service: { name: liquid }
apis:
  l:
    displayName: L
    path: l
    protocols: [https]
    subscriptionRequired: false
    serviceUrl: https://backend.example
    operations:
${op("soap", `<soap:Envelope xmlns="http://tempuri.org/" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetOpenOrders><cust>{{body.getOpenOrders.cust}}</cust></GetOpenOrders></soap:Body></soap:Envelope>`)}${op("reshape", `{"order": {"id": "{{body.customer.purchase.identifier}}", "summary": "{{body.customer.purchase.orderShortDesc}}"}}`)}${op(
  "filters",
  `{"start":"{{body.startDateTime | Date:'yyyyMMddTHH:mm:ssZ'}}","tags":"{{body.tags | Sort | Join: ','}}","n":{{body.count | AtLeast: 10 | Plus: 1}},"half":{{body.count | DividedBy: 2.0}},"name":"{{body.name | Upcase | Truncate: 6}}","size":{{body.tags | Size}},"tenant":"{{context.Request.Headers.X-Tenant | Downcase | Default: 'none'}}"{% assign kind = body.kind %}{% case kind %}{% when 'a' %},"kind":"A"{% else %},"kind":"other"{% endcase %}}`,
)}${op("fromxml", `{"id":"{{body.Envelope.Body.GetOrder.id}}","lines":[{% for l in body.Envelope.Body.GetOrder.line %}"{{l.sku}}"{% unless forloop.last %},{% endunless %}{% endfor %}]}`, '<set-header name="Content-Type" exists-action="override"><value>text/xml</value></set-header>')}${op("badfilter", `{{body.name | at_leest: 1}}`)}`;

const TESTS = `backends:
  https://backend.example:
    - respond: { status: 200 }
tests:
  - name: JSON to SOAP (Microsoft's sample)
    request: { method: POST, url: /l/soap, body: { getOpenOrders: { cust: 1234 } } }
    expect:
      backendRequests: [{ body: '<soap:Envelope xmlns="http://tempuri.org/" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetOpenOrders><cust>1234</cust></GetOpenOrders></soap:Body></soap:Envelope>' }]
  - name: transform JSON (Microsoft's sample)
    request: { method: POST, url: /l/reshape, body: { customer: { purchase: { identifier: 42, orderShortDesc: two books } } } }
    expect:
      backendRequests: [{ body: { order: { id: "42", summary: two books } } }]
  - name: PascalCase filters in C# mode, case/when and case-insensitive headers
    request: { method: POST, url: /l/filters, headers: { x-tenant: ACME }, body: { startDateTime: "2026-03-04T05:06:07Z", tags: [b, a, c], count: 3, name: alexandra, kind: a } }
    expect:
      backendRequests: [{ body: { start: "20260304T05:06:07Z", tags: "a,b,c", n: 11, half: 1.5, name: "ALE...", size: 3, tenant: acme, kind: A } }]
  - name: an XML body binds by local name
    request: { method: POST, url: /l/fromxml, body: '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><GetOrder xmlns="urn:o" id="7"><line sku="A-1"/><line sku="B-2"/></GetOrder></s:Body></s:Envelope>' }
    expect:
      backendRequests: [{ body: { id: "7", lines: [A-1, B-2] } }]
  - name: an unknown filter fails the request like APIM, at the policy
    request: { method: POST, url: /l/badfilter, body: { name: x } }
    expect:
      status: 500
      error: { source: set-body, reason: LiquidTemplateFailure, contains: at_leest }
`;

describe("set-body with Liquid", () => {
  it("renders Microsoft's samples and DotLiquid's PascalCase filters", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-liquid-"));
    fs.writeFileSync(path.join(dir, "apim.yaml"), APIM);
    fs.writeFileSync(path.join(dir, "l.apimc-test.yaml"), TESTS);
    const io = memoryIo(repo);
    const code = await main(["node", "apimc", "test", dir], io);
    expect(io.stderr).toBe("");
    expect(io.stdout).toMatch(/5 passed, 0 failed, 5 total/);
    expect(code).toBe(0);
  });
});
