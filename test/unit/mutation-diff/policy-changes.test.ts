/**
 * Policy changes in a plan: a policy created or deleted shows its whole document (secrets masked); an
 * element added or removed has only the side it exists on; no policy on either side is no change.
 * Written against the mutants `npm run mutation` left in src/diff/policy-diff.ts; expectations by hand.
 */
import { diffPolicyDocuments, plan } from "../../../src/diff";
import { clone, contoso, doc } from "../diff/fixtures";

const XML = (inbound: string) => `<policies><inbound><base />${inbound}</inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`;

describe("policy changes", () => {
  test("no policy on either side is no change", () => {
    expect(diffPolicyDocuments(undefined, undefined)).toEqual([]);
  });

  test("a created policy shows its whole document under the root element's path", () => {
    const before = contoso();
    delete before.apis.orders.operations.getOrder.policy;
    const p = plan(before, contoso());
    expect(p.changes).toStrictEqual([
      {
        action: "create",
        kind: "policy",
        id: "apis/orders/operations/getOrder/policy",
        name: "policy",
        diff: [{ path: "policy/policies", after: expect.stringMatching(/^<policies>[\s\S]*<rate-limit calls="10" renewal-period="60" \/>[\s\S]*<\/policies>$/) }],
      },
    ]);
  });

  test("an element added has only an after, one removed only a before", () => {
    const added = diffPolicyDocuments(doc(XML("")), doc(XML('<set-variable name="x" value="1" />')));
    expect(added).toStrictEqual([{ path: "/policies/inbound/set-variable[@name='x']", after: '<set-variable name="x" value="1" />' }]);
    const removed = diffPolicyDocuments(doc(XML('<set-variable name="x" value="1" />')), doc(XML("")));
    expect(removed).toStrictEqual([{ path: "/policies/inbound/set-variable[@name='x']", before: '<set-variable name="x" value="1" />' }]);
  });

  test("an edited policy in a plan is one update line per attribute", () => {
    const after = clone(contoso());
    after.apis.orders.operations.getOrder.policy!.document = doc(XML('<rate-limit calls="10" renewal-period="90" />'));
    after.apis.orders.operations.getOrder.policy!.xml = XML('<rate-limit calls="10" renewal-period="90" />');
    expect(plan(contoso(), after).changes.map((c) => c.diff)).toStrictEqual([[{ path: "policy/policies/inbound/rate-limit/@renewal-period", before: "60", after: "90" }]]);
  });
});
