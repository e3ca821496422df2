import * as path from "path";
import { loadDeclarations, loadDeclarationsFromObject, mergedOperations } from "../../../src/index";
import { brief, FIX } from "./fixtures";
import { AzureNameAllocator, azureOperationName } from "../../../src/load/operation-names";

const OPENAPI = path.join(FIX, "openapi");

async function load() {
  return loadDeclarationsFromObject(
    { version: 1, service: { name: "demo" }, apis: { v2: { openapi: "petstore-v2.json" }, v31: { openapi: "items-v31.yaml" } } },
    OPENAPI,
  );
}

describe("OpenAPI import", () => {
  it("derives OpenAPI 2.0 operations without the basePath", async () => {
    const l = await load();
    expect(l.diagnostics).toEqual([]);
    const v2 = l.imports.v2;
    expect(v2).toMatchObject({ format: "openapi", pointer: "/apis/v2/openapi", title: "Swagger Petstore", file: path.join(OPENAPI, "petstore-v2.json") });
    expect(Object.keys(v2.operations)).toEqual(["findpets", "addpet", "findpetbyid", "deletepet"]);
    expect(v2.operations["findpetbyid"]).toMatchObject({
      displayName: "findPetById",
      method: "GET",
      urlTemplate: "/pets/{id}",
      templateParameters: [{ name: "id", type: "integer", required: true, description: "ID of pet to fetch" }],
    });
    expect(v2.operations["findpets"].request?.queryParameters?.map((p) => `${p.name}:${p.type}`)).toEqual(["tags:array", "limit:integer"]);
    expect(v2.operations["findpets"].responses?.map((r) => r.statusCode)).toEqual([200]);
    expect(v2.operations["findpets"].responses?.[0].representations?.map((r) => r.contentType)).toEqual(["application/json", "application/xml", "text/xml", "text/html"]);
    // The body is a `$ref` to a Swagger definition: the representation names the imported schema and the type.
    expect(v2.operations["addpet"].request?.representations).toEqual([{ contentType: "application/json", schemaId: "definitions", typeName: "NewPet" }]);
    expect(v2.schemas?.definitions.contentType).toBe("application/vnd.ms-azure-apim.swagger.definitions+json");
    expect(Object.keys(v2.schemas?.definitions.document.definitions ?? {})).toContain("NewPet");
    expect(v2.operations["deletepet"]).toMatchObject({ method: "DELETE", responses: [{ statusCode: 204, description: "pet deleted" }] });
  });

  it("derives OpenAPI 3.1 operations: type arrays, path-level parameters, fallback and unique names", async () => {
    const l = await load();
    const ops = l.imports.v31.operations;
    expect(Object.keys(ops)).toEqual(["getitem", "getitem-1", "post-items", "get-orders-orderid-lines"]);
    expect(ops["post-items"]).toEqual({
      displayName: "Create an item",
      method: "POST",
      urlTemplate: "/items",
      request: { description: "The new item", representations: [{ contentType: "application/json", schemaId: "components", typeName: "Item" }, { contentType: "application/xml" }] },
    });
    expect(ops["getitem"].templateParameters).toEqual([{ name: "itemId", type: "integer", required: true }]);
    expect(ops["getitem"].request?.headers).toEqual([{ name: "X-Trace", type: "string" }]);
    expect(ops["getitem"].request?.queryParameters).toEqual([{ name: "expand", type: "string", defaultValue: "brief", values: ["full", "brief"] }]);
    expect(ops["getitem"].responses).toEqual([
      { statusCode: 200, description: "The item", representations: [{ contentType: "application/json", schemaId: "components", typeName: "Item" }], headers: [{ name: "X-Rate", type: "integer" }] },
      { statusCode: 404, description: "Not found" },
    ]);
    expect(ops["getitem-1"]).toMatchObject({ method: "DELETE", displayName: "GetItem" });
    expect(ops["get-orders-orderid-lines"]).toMatchObject({
      displayName: "GET /orders/{orderId}/lines",
      templateParameters: [{ name: "orderId", type: "string", required: true }],
    });
    for (const name of Object.keys(ops)) expect(name).toMatch(/^[^*#&+:<>?]{1,80}$/);
    // OpenAPI 3 components.schemas become one schema, `$ref`s kept as Azure stores them.
    expect(l.imports.v31.schemas?.components.contentType).toBe("application/vnd.oai.openapi.components+json");
    expect(Object.keys(l.imports.v31.schemas?.components.document.components ?? {})).toEqual(["schemas"]);
  });

  it("names operations by Azure's rule: lower-case, underscores dropped, runs of other characters to one dash, trimmed, 76 characters, -1...-999 on collision", () => {
    expect(azureOperationName("cancelOrder")).toBe("cancelorder");
    expect(azureOperationName("get_order")).toBe("getorder");
    expect(azureOperationName("--Get  Order//v2--")).toBe("get-order-v2");
    expect(azureOperationName("a".repeat(100))).toHaveLength(76);
    const names = new AzureNameAllocator();
    expect(["getorder", "getorder", "getorder"].map((n) => names.take(n))).toEqual(["getorder", "getorder-1", "getorder-2"]);
  });

  it("derives OpenAPI 3.0 operations and merges declared ones over them (keyed by Azure's name or the raw operationId)", async () => {
    const l = await loadDeclarations(path.join(FIX, "basic"));
    const merged = mergedOperations(l, "pets");
    expect(Object.keys(merged)).toEqual(["createpets", "listpets", "ping", "showpetbyid"]);
    expect(merged["listpets"]).toMatchObject({ imported: true, pointer: "/apis/pets/operations/listPets" });
    expect(merged["listpets"].operation).toMatchObject({ method: "GET", urlTemplate: "/pets", displayName: "List all pets", description: "Refined by hand." });
    expect(merged["listpets"].operation.request?.queryParameters).toEqual([
      { name: "limit", type: "integer", description: "How many items to return at one time (max 100)" },
    ]);
    expect(merged["createpets"]).toMatchObject({ imported: true, pointer: "/apis/pets/openapi" });
    expect(merged.ping).toMatchObject({ imported: false, pointer: "/apis/pets/operations/ping", operation: { method: "GET", urlTemplate: "/ping" } });
    expect(l.imports.pets.operations["listpets"].description).toBeUndefined();
  });

  it("is deterministic", async () => {
    const a = await load();
    const b = await load();
    expect(JSON.stringify(a.imports)).toBe(JSON.stringify(b.imports));
  });

  it("reports missing, broken and non-OpenAPI files without crashing", async () => {
    const l = await loadDeclarations(path.join(FIX, "bad-refs"));
    expect(brief(l.diagnostics)).toEqual([
      "bad-refs/apim.yaml:4:9 error APIMC030 /policy",
      "bad-refs/apim.yaml:7:14 error APIMC040 /apis/nope/openapi",
      "bad-refs/apim.yaml:11:14 error APIMC041 /apis/plain/openapi",
      "bad-refs/apim.yaml:16:14 warning APIMC042 /apis/hooks/openapi",
      "openapi/broken.yaml:4:7 error APIMC041 /apis/broken/openapi",
      "wsdl/bad.wsdl:5:19 error APIMC051 /apis/soap/wsdl",
    ]);
    const msg = (code: string) => l.diagnostics.find((d) => d.code === code)?.message ?? "";
    expect(msg("APIMC040")).toContain(path.join(FIX, "bad-refs", "specs", "missing.yaml"));
    expect(msg("APIMC030")).toContain(path.join(FIX, "bad-refs", "policies", "missing.xml"));
    expect(msg("APIMC041")).toContain("no `openapi` (3.x) or `swagger` (2.0) version field");
    for (const d of l.diagnostics) expect(d.message).not.toMatch(/\n|\s+at /);
    expect(l.imports.hooks.operations).toEqual({});
  });
});
