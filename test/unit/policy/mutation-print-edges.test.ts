/**
 * Where the canonical printer keeps whitespace and where it trims: only `set-body`, `value` and
 * Liquid templates (`template="liquid"`, any case) are sent as written. An attribute that merely
 * has the value "liquid", or a template that is not Liquid, does not make a body exact. Inside an
 * exact body an empty element is printed self-closed, in place.
 */
import { parsePolicy, printPolicy } from "../../../src/policy";

const print = (inbound: string): string => printPolicy(parsePolicy(`<policies><inbound>${inbound}</inbound></policies>`, { file: "p.xml" }).document!);
const wrap = (line: string): string => `<policies>\n    <inbound>\n        ${line}\n    </inbound>\n</policies>\n`;

describe("canonical printer: exact and trimmed bodies", () => {
  it("a body is trimmed unless its element takes it as written", () => {
    expect(print(`<log-to-eventhub logger-id="liquid">  x  </log-to-eventhub>`)).toBe(wrap(`<log-to-eventhub logger-id="liquid">x</log-to-eventhub>`));
    expect(print(`<publish-to-dapr topic="t" template="none">  y  </publish-to-dapr>`)).toBe(wrap(`<publish-to-dapr topic="t" template="none">y</publish-to-dapr>`));
    expect(print(`<publish-to-dapr topic="t" template="LIQUID">  y  </publish-to-dapr>`)).toBe(wrap(`<publish-to-dapr topic="t" template="LIQUID">  y  </publish-to-dapr>`));
  });

  it("an empty element inside an exact body is self-closed in place", () => {
    expect(print(`<set-body>a<br/>b <i></i></set-body>`)).toBe(wrap(`<set-body>a<br />b <i /></set-body>`));
  });

  it("an element holding one element and no text is printed on its own lines", () => {
    expect(print(`<choose><otherwise /></choose>`)).toBe(`<policies>\n    <inbound>\n        <choose>\n            <otherwise />\n        </choose>\n    </inbound>\n</policies>\n`);
  });
});
