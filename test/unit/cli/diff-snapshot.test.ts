/**
 * `apimc diff` between two self-hosted gateway snapshots: what the gateway
 * will do differently, per operation, from two bundles' snapshot.json.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { runCli } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
const validatePlan = new Ajv2020({ allErrors: true }).compile(require("../../../schema/plan.schema.json"));
let work: string;

async function apimc(...args: string[]) {
  const r = await runCli([...args], { cwd: work });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-snapdiff-"));
  fs.cpSync(path.join(root, "examples/contoso"), path.join(work, "edited"), { recursive: true });
  const fragment = path.join(work, "edited/policies/fragments/correlation-id.xml");
  fs.writeFileSync(fragment, fs.readFileSync(fragment, "utf8").replace('exists-action="skip"', 'exists-action="override"'));
  expect((await apimc("compile", path.join(root, "examples/contoso"), "--target", "gateway", "--gateway", "onprem", "--out", "gw-base")).code).toBe(0);
  expect((await apimc("compile", "edited", "--target", "gateway", "--gateway", "onprem", "--out", "gw-head")).code).toBe(0);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("an edited fragment shows, per served operation, as one attribute change in the effective policy (exit 2)", async () => {
  const r = await apimc("diff", "gw-base/snapshot.json", "gw-head/snapshot.json", "--format", "json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(2);
  const plan = JSON.parse(r.stdout);
  expect(validatePlan(plan)).toBe(true);
  const snapshot = JSON.parse(fs.readFileSync(path.join(work, "gw-base/snapshot.json"), "utf8"));
  expect(plan.changes.map((c: { id: string }) => c.id)).toEqual(
    snapshot.operations.map((o: { api: string; operation: string }) => `apis/${o.api}/operations/${o.operation}`).sort(),
  );
  for (const c of plan.changes) {
    expect(c.action).toBe("update");
    expect(c.diff).toEqual([{ path: "policy/policies/inbound/set-header[@name='x-correlation-id']/@exists-action", before: "skip", after: "override" }]);
  }
});

test("bundle directories work too, and identical snapshots are no change (exit 0)", async () => {
  expect((await apimc("diff", "gw-base", "gw-head")).code).toBe(2);
  const same = await apimc("diff", "gw-base", "gw-base/snapshot.json");
  expect(same.code).toBe(0);
  expect(same.stdout).toBe("No changes.\n");
});

test("a snapshot against declarations, or a JSON file that is no snapshot, is a usage error (exit 1)", async () => {
  const mixed = await apimc("diff", "gw-base", "edited");
  expect(mixed.code).toBe(1);
  expect(mixed.stderr).toMatch(/is a gateway snapshot but the other side is not/);
  fs.writeFileSync(path.join(work, "other.json"), '{"hello": 1}\n');
  const other = await apimc("diff", "other.json", "gw-base/snapshot.json");
  expect(other.code).toBe(1);
  expect(other.stderr).toMatch(/^other\.json:1:1: error APIMC702: /m);
  expect(other.stderr).not.toMatch(/\n\s+at /);
});
