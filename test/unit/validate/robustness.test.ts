/** No declaration value, however odd, makes validation throw: a user mistake is always a diagnostic. */
import * as fc from "fast-check";
import * as os from "node:os";
import { loadDeclarationsFromObject, validateDeclarations } from "../../../src/index";

const sections = ["version", "service", "namedValues", "backends", "apis", "apiVersionSets", "products", "policyFragments", "policy", "gateways", "include"];
const key = fc.oneof(fc.constantFrom(...sections, "url", "protocol", "type", "pool", "services", "backend", "weight", "operations", "method", "urlTemplate", "path", "apis", "displayName", "value", "secret", "keyVault", "secretIdentifier", "circuitBreaker", "rules", "failureCondition", "count", "percentage"), fc.string({ maxLength: 6 }));
const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 200 }), fc.boolean(), fc.constant(null), fc.constantFrom("Pool", "Single", "http", "GET", "/x/{id}", "{{a}}", "<policies/>"));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
})).node;

describe("validateDeclarations on arbitrary input", () => {
  it("never throws and always returns located diagnostics", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...sections), tree, { maxKeys: 6 }), async (data) => {
        const loaded = await loadDeclarationsFromObject(data, os.tmpdir());
        const out = validateDeclarations(loaded);
        for (const d of out) {
          expect(typeof d.code).toBe("string");
          expect(d.line).toBeGreaterThanOrEqual(0);
          expect(typeof d.message).toBe("string");
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
