/** diffPolicies through the public API: identity matching, readable paths, moves, canonical bodies. */
import fc from "fast-check";
import { diffPolicies, parsePolicy, printPolicy, type PolicyDocument } from "../../../src/index";

const parse = (text: string): PolicyDocument => {
  const r = parsePolicy(text, { file: "p.xml" });
  if (!r.document) throw new Error(JSON.stringify(r.diagnostics));
  return r.document;
};
const header = (name: string, action = "override", value = "1") => `<set-header name="${name}" exists-action="${action}"><value>${value}</value></set-header>`;
const inbound = (...body: string[]) => parse(`<policies><inbound><base />${body.join("")}</inbound><backend><base /></backend></policies>`);

describe("diffPolicies", () => {
  const before = parse(`<policies>
  <inbound>
    <base />
    <set-header name="A" exists-action="override"><value>1</value></set-header>
    <set-header name="B" exists-action="override"><value>2</value></set-header>
    <rate-limit calls="10" renewal-period="60" />
  </inbound>
</policies>`);

  it("a reformat is no change: indentation, attribute order, quote style, entities vs CDATA, comments", () => {
    expect(diffPolicies(before, parse(printPolicy(before)))).toEqual([]);
    const a = parse(`<policies><inbound><set-header name="A" exists-action="override"><value>a &lt; b</value></set-header><rate-limit calls="10" renewal-period="60" /></inbound></policies>`);
    const b = parse(`<policies>
  <inbound>
    <!-- why: tracing -->
    <set-header exists-action='override' name='A'><value><![CDATA[a < b]]></value></set-header>
    <rate-limit renewal-period="60"
                calls="10"/>
  </inbound>
</policies>`);
    expect(diffPolicies(a, b)).toEqual([]);
  });

  it("a changed body is compared byte for byte", () => {
    expect(diffPolicies(inbound(header("A", "override", "x")), inbound(header("A", "override", "x ")))).toEqual([
      { change: "changed", path: "/policies/inbound/set-header[@name='A']/value/text()", before: "x", after: "x " },
    ]);
  });

  it("reports changed attributes and text, added and removed elements, with keyed paths and no needless indexes", () => {
    const after = parse(`<policies><inbound><base /><set-header name="A" exists-action="skip"><value>1</value></set-header><set-header name="B" exists-action="override"><value>22</value></set-header><cors /></inbound></policies>`);
    expect(diffPolicies(before, after)).toEqual([
      { change: "changed", path: "/policies/inbound/set-header[@name='A']/@exists-action", before: "override", after: "skip" },
      { change: "changed", path: "/policies/inbound/set-header[@name='B']/value/text()", before: "2", after: "22" },
      { change: "removed", path: "/policies/inbound/rate-limit", before: '<rate-limit calls="10" renewal-period="60" />' },
      { change: "added", path: "/policies/inbound/cors", after: "<cors />" },
    ]);
  });

  it("inserting one element among same-named siblings is exactly one `added` change", () => {
    const a = inbound(header("x-a"), header("x-b"), header("x-c"));
    const b = inbound(header("x-request-id"), header("x-a"), header("x-b"), header("x-c"));
    expect(diffPolicies(a, b)).toEqual([{ change: "added", path: "/policies/inbound/set-header[@name='x-request-id']", after: expect.stringContaining('name="x-request-id"') }]);
  });

  it("an attribute change on a keyed element names the key in its path", () => {
    const a = inbound(header("x-a"), header("x-request-id"));
    const b = inbound(header("x-a"), header("x-request-id", "skip"));
    expect(diffPolicies(a, b)).toEqual([{ change: "changed", path: "/policies/inbound/set-header[@name='x-request-id']/@exists-action", before: "override", after: "skip" }]);
  });

  it("a reorder is reported as `moved` with 1-based positions, and changes inside the moved element still show", () => {
    const a = inbound(header("x-a"), header("x-b"), header("x-c"));
    const b = inbound(header("x-b"), header("x-c"), header("x-a", "skip"));
    expect(diffPolicies(a, b)).toEqual([
      { change: "moved", path: "/policies/inbound/set-header[@name='x-a']", before: "2", after: "4" },
      { change: "changed", path: "/policies/inbound/set-header[@name='x-a']/@exists-action", before: "override", after: "skip" },
    ]);
    const c = parse(`<policies><inbound><rate-limit calls="1" renewal-period="1" /><base /></inbound></policies>`);
    const d = parse(`<policies><inbound><base /><rate-limit calls="1" renewal-period="1" /></inbound></policies>`);
    expect(diffPolicies(c, d)).toEqual([{ change: "moved", path: "/policies/inbound/rate-limit", before: "1", after: "2" }]);
  });

  it("uses each element's key from the table: fragment-id, counter-key, key, condition", () => {
    const a = parse(`<policies><inbound>
      <include-fragment fragment-id="auth" /><include-fragment fragment-id="cors" />
      <rate-limit-by-key calls="5" renewal-period="60" counter-key="@(context.Subscription.Id)" />
      <cache-lookup-value key="k1" variable-name="v" /><cache-lookup-value key="k2" variable-name="w" />
      <choose><when condition="@(true)"><set-variable name="a" value="1" /></when><otherwise /></choose>
    </inbound></policies>`);
    const b = parse(`<policies><inbound>
      <include-fragment fragment-id="audit" /><include-fragment fragment-id="auth" /><include-fragment fragment-id="cors" />
      <rate-limit-by-key calls="6" renewal-period="60" counter-key="@(context.Subscription.Id)" />
      <cache-lookup-value key="k1" variable-name="v" /><cache-lookup-value key="k2" variable-name="x" />
      <choose><when condition="@(true)"><set-variable name="a" value="2" /></when><otherwise /></choose>
    </inbound></policies>`);
    expect(diffPolicies(a, b).map((c) => `${c.change} ${c.path}`)).toEqual([
      "added /policies/inbound/include-fragment[@fragment-id='audit']",
      "changed /policies/inbound/rate-limit-by-key[@counter-key='@(context.Subscription.Id)']/@calls",
      "changed /policies/inbound/cache-lookup-value[@key='k2']/@variable-name",
      "changed /policies/inbound/choose/when[@condition='@(true)']/set-variable[@name='a']/@value",
    ]);
  });

  it("falls back to `[n]` for repeated unkeyed siblings and for repeated keys; quotes keys holding a quote", () => {
    const a = parse(`<policies><inbound><rate-limit calls="1" renewal-period="1" /><rate-limit calls="2" renewal-period="1" />${header("d")}${header("d")}<set-variable name="it's" value="1" /></inbound></policies>`);
    const b = parse(`<policies><inbound><rate-limit calls="1" renewal-period="1" /><rate-limit calls="3" renewal-period="1" />${header("d")}${header("d", "skip")}<set-variable name="it's" value="2" /></inbound></policies>`);
    expect(diffPolicies(a, b).map((c) => c.path)).toEqual([
      "/policies/inbound/rate-limit[2]/@calls",
      "/policies/inbound/set-header[@name='d'][2]/@exists-action",
      `/policies/inbound/set-variable[@name="it's"]/@value`,
    ]);
  });

  it("header names match regardless of case, so a case change is an attribute change", () => {
    expect(diffPolicies(inbound(header("X-Trace")), inbound(header("x-trace")))).toEqual([
      { change: "changed", path: "/policies/inbound/set-header[@name='x-trace']/@name", before: "X-Trace", after: "x-trace" },
    ]);
  });

  it("property: any insertion into any list of distinct keyed siblings is one `added`; any permutation reports only moves", () => {
    const names = fc.uniqueArray(fc.stringMatching(/^x-[a-z]{1,6}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(names, fc.nat(), (list, at) => {
        const [inserted, ...rest] = list;
        const pos = at % (rest.length + 1);
        const after = [...rest.slice(0, pos), inserted, ...rest.slice(pos)];
        const changes = diffPolicies(inbound(...rest.map((n) => header(n))), inbound(...after.map((n) => header(n))));
        expect(changes).toEqual([{ change: "added", path: `/policies/inbound/set-header[@name='${inserted}']`, after: expect.any(String) }]);
      }),
    );
    fc.assert(
      fc.property(names.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }))), ([a, b]) => {
        const changes = diffPolicies(inbound(...a.map((n) => header(n))), inbound(...b.map((n) => header(n))));
        expect(changes.every((c) => c.change === "moved")).toBe(true);
        expect(changes.length === 0).toBe(a.join() === b.join());
      }),
    );
  });
});
