/**
 * APIMC161 and APIMC163 against operations imported from an OpenAPI file, in-process through `loadDeclarations` and
 * `validateDeclarations`: a declared operation that names no imported one, the imported name it most likely meant
 * (Azure's name, the raw operationId, apimc's old kebab name), and a declared route that repeats an imported one.
 * The same cases run through the CLI in test/cases; this file keeps them in the fast suites StrykerJS runs
 * (docs/testing.md, "src/validate"). Expected lines were checked by hand against docs/format.md "Operation names".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadDeclarations, validateDeclarations } from "../../../src/index";
import { full, useTempService } from "../../support/temp-service";

const service = useTempService("apimc-imported-ops-");

const SPEC = `openapi: 3.0.3
info: { title: Orders, version: "1" }
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
      responses: { "200": { description: ok } }
  /v2/orders/{id}:
    get:
      operationId: get_order
      parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
      responses: { "200": { description: ok } }
`;

async function check(operations: string): Promise<string[]> {
  fs.mkdirSync(path.join(service.dir, "specs"));
  fs.writeFileSync(path.join(service.dir, "specs", "orders.yaml"), SPEC);
  fs.writeFileSync(
    path.join(service.dir, "apim.yaml"),
    `version: 1\nservice:\n  name: contoso\napis:\n  orders:\n    displayName: Orders\n    path: orders\n    openapi: specs/orders.yaml\n    operations:\n${operations}`,
  );
  return full(validateDeclarations(await loadDeclarations(service.dir)));
}

const REFINE = "to refine the operation imported from the API's OpenAPI/WSDL file, or give it a method and urlTemplate";

describe("declared operations against imported ones", () => {
  it("refining imported operations by Azure's name or by the raw operationId is no diagnostic", async () => {
    expect(await check("      getorder:\n        description: A.\n      get_order:\n        description: B.\n")).toEqual([]);
  });

  it("apimc's old kebab name is recognised and explained", async () => {
    expect(await check("      get-order:\n        description: Reads one order.\n")).toEqual([
      `10:7 error APIMC163 /apis/orders/operations/get-order | operation \`get-order\` of API \`orders\` has no \`method\` and \`urlTemplate\` and refines no imported operation; did you mean \`getorder\`? | rename it to \`getorder\` (or to its operationId \`getOrder\`) ${REFINE} (\`get-order\` is the name apimc gave imported operations before it followed Azure's naming; see docs/format.md "Operation names")`,
    ]);
  });

  it("a name close to the second of two colliding imports suggests Azure's suffixed name and its operationId", async () => {
    expect(await check("      getorder-2:\n        description: There is no third operation.\n")).toEqual([
      `10:7 error APIMC163 /apis/orders/operations/getorder-2 | operation \`getorder-2\` of API \`orders\` has no \`method\` and \`urlTemplate\` and refines no imported operation; did you mean \`getorder-1\`? | rename it to \`getorder-1\` (or to its operationId \`get_order\`) ${REFINE}`,
    ]);
  });

  it("a name equal to an imported one but for case and punctuation suggests that one", async () => {
    expect(await check("      g.e.t.o.r.d.e.r:\n        description: x\n")).toEqual([
      `10:7 error APIMC163 /apis/orders/operations/g.e.t.o.r.d.e.r | operation \`g.e.t.o.r.d.e.r\` of API \`orders\` has no \`method\` and \`urlTemplate\` and refines no imported operation; did you mean \`getorder\`? | rename it to \`getorder\` (or to its operationId \`getOrder\`) ${REFINE}`,
    ]);
  });

  it("a half-declared operation says which of method and urlTemplate it lacks, with no suggestion when nothing is close", async () => {
    expect(await check("      zzzzzzzzzzzz:\n        method: GET\n")).toEqual([
      "10:7 error APIMC163 /apis/orders/operations/zzzzzzzzzzzz | operation `zzzzzzzzzzzz` of API `orders` has no `urlTemplate` and refines no imported operation | give the operation a `method` (e.g. GET) and a `urlTemplate` (e.g. /orders/{id})",
    ]);
  });

  it("a declared route that repeats an imported one is reported on the declared operation, with any parameter name", async () => {
    expect(await check("      extra:\n        method: get\n        urlTemplate: /Orders/{orderId}\n")).toEqual([
      "12:22 error APIMC161 /apis/orders/operations/extra/urlTemplate | operation `extra` of API `orders` repeats `GET /Orders/{orderId}`, already used by operation `getorder` | change the method or urlTemplate, or name it `getorder` to refine that operation instead of adding a second one",
    ]);
  });
});
