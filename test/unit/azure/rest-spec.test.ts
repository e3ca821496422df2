import { loadRestSpec, sharedDir } from "../../support/rest-spec";

const spec = loadRestSpec(sharedDir());
const maybe = spec ? describe : describe.skip;

maybe("REST contract check used by the ARM emulator", () => {
  it("accepts valid request bodies", () => {
    expect(spec!.validateRequestBody("backend", { properties: { url: "https://orders.example.com", protocol: "http" } })).toEqual([]);
    expect(spec!.validateRequestBody("apiPolicy", { properties: { value: "<policies/>", format: "rawxml" } })).toEqual([]);
    expect(spec!.validateRequestBody("namedValue", { properties: { displayName: "key", secret: true, value: "v" } })).toEqual([]);
    expect(spec!.validateRequestBody("api", { properties: { path: "orders", displayName: "Orders", protocols: ["https"] } })).toEqual([]);
  });

  it("rejects bodies that break the contract, naming the property", () => {
    const errors = spec!.validateRequestBody("backend", { properties: { url: 5, protocol: "ftp" } });
    expect(errors.join("\n")).toMatch(/BackendContract\/properties\/url/);
    expect(errors.join("\n")).toMatch(/protocol/);
  });
});
