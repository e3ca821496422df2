/** json-to-xml options (attribute-block-name, namespace-separator, namespace-prefix) and xml-to-json kinds, through `apimc test`. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const repo = path.resolve(__dirname, "../..");

const APIM = `version: 1
service: { name: jx }
apis:
  j:
    displayName: J
    path: j
    protocols: [https]
    subscriptionRequired: false
    serviceUrl: https://backend.example
    operations:
      toxml:
        displayName: To XML
        method: POST
        urlTemplate: /toxml
        policy: |
          <policies><inbound><json-to-xml apply="always" consider-accept-header="false" parse-date="false" namespace-separator="_" namespace-prefix="xmlns" attribute-block-name="#attrs" /></inbound><backend><forward-request /></backend></policies>
      tojsonarrays:
        displayName: To JSON arrays
        method: GET
        urlTemplate: /tojson2
        policy: |
          <policies><outbound><xml-to-json kind="direct" apply="always" consider-accept-header="false" always-array-child-elements="true" /></outbound></policies>
      tojson:
        displayName: To JSON
        method: GET
        urlTemplate: /tojson
        policy: |
          <policies><outbound><xml-to-json kind="direct" apply="content-type-xml" consider-accept-header="false" /></outbound></policies>
`;

const TESTS = `backends:
  https://backend.example:
    - match: { path: /tojson2 }
      respond: { status: 200, headers: { content-type: text/xml }, body: '<order><sku>A-1</sku><note>n</note><note>m</note></order>' }
    - match: { path: /tojson }
      respond: { status: 200, headers: { content-type: text/xml }, body: '<order id="7"><sku>A-1</sku><sku>B-2</sku></order>' }
    - respond: { status: 200 }
tests:
  - name: json-to-xml reads attributes from the attribute block and namespaces by prefix and separator
    request: { method: POST, url: /j/toxml, headers: { content-type: application/json }, body: { o_order: { "xmlns_o": "urn:orders", "#attrs": { id: "7" }, o_sku: A-1, note: null } } }
    expect:
      backendRequests: [{ body: '<?xml version="1.0" encoding="utf-8"?><o:order xmlns:o="urn:orders" id="7"><o:sku>A-1</o:sku><note /></o:order>', headers: { Content-Type: application/xml } }]
  - name: xml-to-json direct keeps attributes with @ and repeats as lists
    request: { method: GET, url: /j/tojson }
    expect:
      body: { order: { "@id": "7", sku: [A-1, B-2] } }
      headers: { Content-Type: application/json }
  - name: xml-to-json always-array-child-elements makes a single child a list
    request: { method: GET, url: /j/tojson2 }
    expect:
      body: { order: { sku: [A-1], note: [n, m] } }
`;

describe("json-to-xml and xml-to-json", () => {
  it("apply the common options", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-jx-"));
    fs.writeFileSync(path.join(dir, "apim.yaml"), APIM);
    fs.writeFileSync(path.join(dir, "jx.apimc-test.yaml"), TESTS);
    const io = memoryIo(repo);
    const code = await main(["node", "apimc", "test", dir], io);
    expect(io.stderr).toBe("");
    expect(io.stdout).toMatch(/3 passed, 0 failed, 3 total/);
    expect(code).toBe(0);
  });
});
