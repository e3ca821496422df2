/**
 * dependsOn, checked independently of the reference graph that produces it: every reference a
 * resource's ARM body makes -- its parent, each resourceId(...) in its properties, the API a
 * product or gateway link names, the tag or group a link names, the OIDC provider or
 * authorization server an API's authenticationSettings name, and in policies and fragments every backend-id, fragment-id
 * and {{named value}} -- must be in its dependsOn, and dependsOn holds nothing else. The
 * expectation is read from the emitted template with plain string matching; nothing here calls
 * the graph.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildModel, emitArm, loadDeclarations } from "../../../src/index";
import { compileObject, json } from "./helpers";

interface ArmResource {
  type: string;
  name: string;
  properties?: Record<string, unknown>;
  dependsOn?: string[];
}

const PREFIX = "Microsoft.ApiManagement/service/";

/** `[concat(parameters('serviceName'), '/a/b')]` -> ["a", "b"]. */
function namesOf(r: ArmResource): string[] {
  const m = r.name.match(/^\[concat\(parameters\('serviceName'\), '\/(.*)'\)\]$/);
  if (!m) throw new Error(`unexpected resource name ${r.name}`);
  return m[1].split("/");
}

const key = (type: string, names: string[]) => `${type.slice(PREFIX.length)}:${names.join("/")}`;

/** `[resourceId('Microsoft.ApiManagement/service/x', parameters('serviceName'), 'a', 'b')]` -> "x:a/b". */
function keyOfResourceId(expr: string): string {
  const m = expr.match(/^\[resourceId\('([^']+)', parameters\('serviceName'\)((?:, '[^']*')+)\)\]$/);
  if (!m) throw new Error(`unexpected dependsOn entry ${expr}`);
  return key(m[1], [...m[2].matchAll(/'([^']*)'/g)].map((x) => x[1]));
}

function expectedReferences(r: ArmResource, byKey: Map<string, ArmResource>, namedValueByDisplayName: Map<string, string>): string[] {
  const refs = new Set<string>();
  const names = namesOf(r);
  const sub = r.type.slice(PREFIX.length).split("/");
  // The parent resource, when the template declares it.
  if (sub.length > 1) refs.add(key(PREFIX + sub.slice(0, -1).join("/"), names.slice(0, -1)));
  // Revisions (issue 12): the content of the current revision (`inventory;rev=2/...`) is the API's own content in the
  // model, so it also waits for the API; the release waits for the revision and for everything written to it.
  const revision = /^(.+);rev=(\d+)$/.exec(names[0] ?? "");
  if (revision && sub.length > 1 && byKey.has(`apis/releases:${revision[1]}/apimc-rev-${revision[2]}`)) refs.add(`apis:${revision[1]}`);
  if (sub.join("/") === "apis/releases") {
    const released = names[0] + ";rev=" + names[1].replace(/^apimc-rev-/, "");
    for (const k of byKey.keys()) if (k.split(":")[1].startsWith(`${released}/`)) refs.add(k);
  }
  // A product's or gateway's API link names the API by its last name segment.
  if (/^(products|gateways)\/apis$/.test(sub.join("/"))) refs.add(`apis:${names[names.length - 1]}`);
  // Tag and group links name the tag or group the same way (a built-in group is not in the template).
  if (/^(products|apis|apis\/operations)\/tags$/.test(sub.join("/"))) refs.add(`tags:${names[names.length - 1]}`);
  if (sub.join("/") === "products/groups") refs.add(`groups:${names[names.length - 1]}`);
  // A subscription's scope is a path below the service (`/products/partners`).
  const scope = sub.join("/") === "subscriptions" ? /^\/(products|apis)\/([^/]+)$/.exec(String(r.properties?.scope ?? "")) : null;
  if (scope) refs.add(`${scope[1]}:${scope[2]}`);
  // An API's authenticationSettings keep the OpenID Connect provider's or authorization server's name.
  const auth = (r.properties?.authenticationSettings ?? {}) as { openid?: { openidProviderId?: string }; oAuth2?: { authorizationServerId?: string } };
  if (auth.openid?.openidProviderId) refs.add(`openidConnectProviders:${auth.openid.openidProviderId}`);
  if (auth.oAuth2?.authorizationServerId) refs.add(`authorizationServers:${auth.oAuth2.authorizationServerId}`);
  const body = JSON.stringify(r.properties ?? {});
  for (const m of body.matchAll(/\[resourceId\('([^']+)', parameters\('serviceName'\)((?:, '[^']*')+)\)\]/g)) {
    refs.add(key(m[1], [...m[2].matchAll(/'([^']*)'/g)].map((x) => x[1])));
  }
  for (const m of body.matchAll(/backend-id=\\"([^"\\]+)\\"/g)) refs.add(`backends:${m[1]}`);
  for (const m of body.matchAll(/fragment-id=\\"([^"\\]+)\\"/g)) refs.add(`policyFragments:${m[1]}`);
  for (const m of body.matchAll(/\{\{([^{}]+)\}\}/g)) {
    const nv = namedValueByDisplayName.get(m[1]);
    if (nv) refs.add(`namedValues:${nv}`);
  }
  refs.delete(key(r.type, names));
  return [...refs].filter((k) => byKey.has(k)).sort();
}

function checkTemplate(resources: ArmResource[]): number {
  const byKey = new Map(resources.map((r) => [key(r.type, namesOf(r)), r]));
  const namedValueByDisplayName = new Map(
    resources.filter((r) => r.type === `${PREFIX}namedValues`).map((r) => [String(r.properties?.displayName), namesOf(r)[0]]),
  );
  let edges = 0;
  for (const r of resources) {
    const declared = (r.dependsOn ?? []).map(keyOfResourceId).sort();
    expect({ resource: key(r.type, namesOf(r)), dependsOn: declared }).toEqual({ resource: key(r.type, namesOf(r)), dependsOn: expectedReferences(r, byKey, namedValueByDisplayName) });
    edges += declared.length;
  }
  return edges;
}

const repo = path.resolve(__dirname, "../../..");
const sets = [path.join(repo, "examples/contoso"), path.join(repo, "test/cases/arm-basic/input"), path.join(repo, "test/cases/gateway-basic/input")];

describe("dependsOn matches the references in each resource's body", () => {
  test("the rich fixture, policies and product policies included", async () => {
    const { out } = await compileObject();
    const resources = json(out.files["azuredeploy.json"]).resources as ArmResource[];
    expect(checkTemplate(resources)).toBeGreaterThan(10);
  });

  test("the check is not vacuous: a dropped or an extra edge fails it", async () => {
    const { out } = await compileObject();
    const dropped = json(out.files["azuredeploy.json"]).resources as ArmResource[];
    const policy = dropped.find((r) => r.type === `${PREFIX}apis/policies`)!;
    policy.dependsOn = (policy.dependsOn ?? []).filter((d) => !d.includes("/backends'"));
    expect(() => checkTemplate(dropped)).toThrow();
    const extra = json(out.files["azuredeploy.json"]).resources as ArmResource[];
    const nv = extra.find((r) => r.type === `${PREFIX}namedValues`)!;
    nv.dependsOn = [...(nv.dependsOn ?? []), "[resourceId('Microsoft.ApiManagement/service/apis', parameters('serviceName'), 'orders')]"];
    expect(() => checkTemplate(extra)).toThrow();
  });

  test.each(sets.map((d) => [path.relative(repo, d), d]))("%s", async (_label, dir) => {
    const built = buildModel(await loadDeclarations(dir));
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const out = emitArm(built.model!);
    expect(checkTemplate(json(out.files["azuredeploy.json"]).resources as ArmResource[])).toBeGreaterThan(0);
  });

  test("arm-basic's expected template states its edges by hand: the product policy waits for its fragment and product", () => {
    const t = json(fs.readFileSync(path.join(repo, "test/cases/arm-basic/expected/azuredeploy.json"), "utf8"));
    const productPolicy = (t.resources as ArmResource[]).find((r) => r.type === `${PREFIX}products/policies`)!;
    expect((productPolicy.dependsOn ?? []).map(keyOfResourceId).sort()).toEqual(["policyFragments:partner-auth", "products:partners"]);
  });
});
