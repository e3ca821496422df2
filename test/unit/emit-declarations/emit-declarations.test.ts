/** The declaration writer through the public API: secret named values become unique parameters; plain ones keep their value. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildModel, emitDeclarations, loadDeclarations } from "../../../src/index";

async function modelOf(yaml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-emitdecl-"));
  fs.writeFileSync(path.join(dir, "apim.yaml"), yaml);
  const built = buildModel(await loadDeclarations(dir));
  fs.rmSync(dir, { recursive: true, force: true });
  return built.model!;
}

test("secret named values without a source get distinct camelCase parameters, and their values are never written", async () => {
  const model = await modelOf(
    [
      "version: 1",
      "service: { name: s }",
      "namedValues:",
      "  api-key: { displayName: api-key, value: CANARY-one, secret: true }",
      "  api_key: { displayName: api_key, value: CANARY-two, secret: true }",
      "  9lives: { displayName: nine, value: CANARY-three, secret: true }",
      "  region: { displayName: region, value: westeurope }",
      "",
    ].join("\n"),
  );
  const out = emitDeclarations(model);
  expect(out.parameters).toEqual([
    { parameter: "apiKey", namedValue: "api-key", resource: "namedValues/api-key", property: "value" },
    { parameter: "apiKey2", namedValue: "api_key", resource: "namedValues/api_key", property: "value" },
    { parameter: "p9lives", namedValue: "9lives", resource: "namedValues/9lives", property: "value" },
  ]);
  const yaml = out.files["apim.yaml"];
  expect(yaml).not.toMatch(/CANARY/);
  expect(yaml).toContain("    value: westeurope\n");
  expect(emitDeclarations(model).files).toEqual(out.files);
});
