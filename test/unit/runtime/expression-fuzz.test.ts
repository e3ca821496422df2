/** No input crashes the C# front end: every text either compiles or yields problems with offsets inside it. */
import fc from "fast-check";
import { compileExpression, evaluateProgram } from "../../../src/runtime";

const pieces = ["context", ".", "Request", "Headers", "(", ")", "{", "}", "[", "]", '"x"', "'c'", "1", "2.5", "+", "-", "*", "/", "==", "?", ":", "??", "=>", "x", "var", "if", "return", ";", "new", "JObject", "<", ">", "string", "$\"{x}\"", "@\"a\"\"b\"", ",", "!", "&&", "is", "as", "foreach", "in", "Where", "Select"];

describe("C# front end robustness", () => {
  it("never throws on arbitrary token soup, and problem offsets stay inside the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.boolean(), (toks, block) => {
        const src = `${block ? "@{" : "@("}${toks.join(" ")}${block ? "}" : ")"}`;
        const c = compileExpression(src);
        for (const p of c.problems) {
          expect(p.offset).toBeGreaterThanOrEqual(0);
          expect(p.offset).toBeLessThanOrEqual(src.length);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws anything but a C# exception when evaluating what compiles", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("1", "2", "+", "-", "*", "/", "(", ")", '"s"', "?", ":", "==", "true", "null", "??"), { minLength: 1, maxLength: 12 }), (toks) => {
        const c = compileExpression(`@(${toks.join(" ")})`);
        if (!c.program || c.problems.length) return;
        try {
          evaluateProgram(c.program, { context: null, now: () => 0, newGuid: () => "" });
        } catch (e) {
          expect((e as { type?: string }).type).toMatch(/^System\./);
        }
      }),
      { numRuns: 400 },
    );
  });
});
