/**
 * Every diagnostic code the docs promise has a case that triggers it. The documented codes are
 * read from the tables of docs/*.md; the triggered ones are collected by running the CLI
 * in-process over every golden case under test/cases and over the small cases below (one per
 * code no golden case reaches). A code documented but never triggered fails this test: either
 * it needs a case, or it can never happen and must leave the docs and the code.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildModel, compileGatewayBundle, emitArm, loadDeclarations } from "../../../src/index";
import { evaluateScript } from "../../../src/load/script-evaluate";
import { runCli } from "../../support/cli";

const repo = path.resolve(__dirname, "../../..");
const casesDir = path.join(repo, "test/cases");

/** Codes in the first column of a docs table: `| APIMC123 | ...`. */
function documentedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const doc of fs.readdirSync(path.join(repo, "docs")).filter((f) => f.endsWith(".md"))) {
    for (const m of fs.readFileSync(path.join(repo, "docs", doc), "utf8").matchAll(/^\| (APIMC\d{3}) \|/gm)) codes.set(m[1], doc);
  }
  return codes;
}

interface Extra {
  /** Files of a scratch project. */
  files: Record<string, string>;
  /** CLI arguments, run in the project; the diagnostics are read as JSON from stdout (or from `findings`). */
  args: string[];
  /** A JSON file in the project holding `findings` (the gateway bundle's preflight.json). */
  findings?: string;
}

const SERVICE = "version: 1\nservice: { name: s }\n";

const validate = (files: Record<string, string>, ...more: string[]): Extra => ({ files, args: ["validate", ".", "--format", "json", ...more] });
const withApi = (api: string, extra = "") => `${SERVICE}${extra}apis:\n  a:\n    displayName: A\n    path: a\n    protocols: [https]\n${api}`;
const breaker = (condition: string) =>
  `${SERVICE}backends:\n  b:\n    url: https://b.example.com\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { interval: PT1M, statusCodeRanges: [${condition}] }\n          tripDuration: PT1M\n`;
const compileArm = (files: Record<string, string>): Extra => ({ files, args: ["compile", ".", "--target", "arm", "--out", "out", "--format", "json"] });
const lint = (xml: string, ...args: string[]): Extra => ({ files: { "p.xml": xml }, args: ["policy", "lint", "p.xml", "--format", "json", ...args] });
const policyAt = (section: string) => `<policies>\n  <inbound>\n    <base />\n${section}\n  </inbound>\n</policies>\n`;
const ts = (text: string): Extra => validate({ "apim.ts": text });

/** `apimc test` over one operation whose inbound section holds `inbound`, with the given test file. */
const runtimeTest = (inbound: string, testFile = "tests:\n  - name: t\n    request: { method: GET, url: /a/x }\n"): Extra => ({
  files: {
    "apim.yaml": `${SERVICE}apis:\n  a:\n    displayName: A\n    path: a\n    protocols: [https]\n    subscriptionRequired: false\n    serviceUrl: https://a.example.com\n    operations:\n      get:\n        displayName: Get\n        method: GET\n        urlTemplate: /x\n        policy: |\n          <policies><inbound><base />${inbound}<return-response><set-status code="200" /></return-response></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>\n`,
    "t.apimc-test.yaml": testFile,
  },
  args: ["test", "."],
});

/** Cases for codes no golden case triggers, keyed by the code they prove. */
const EXTRA: Record<string, Extra> = {
  APIMC001: { files: {}, args: ["validate", "no/such/dir"] },
  APIMC002: validate({ "readme.txt": "no declarations here\n" }),
  APIMC010: validate({ "apim.yaml": `${SERVICE}include: ["parts/*.yaml"]\n` }),
  APIMC012: validate({ "apim.yaml": `${SERVICE}include: ["parts/*.yaml"]\nbackends:\n  b: { url: https://b.example.com, protocol: http }\n`, "parts/b.yaml": "backends:\n  b: { url: https://c.example.com, protocol: http }\n" }),
  APIMC013: validate({ "apim.yaml": `${SERVICE}include: 5\n` }),
  APIMC014: validate({ "apim.yaml": `${SERVICE}include: ["parts/*.yaml"]\nbackends: 1\n`, "parts/b.yaml": "backends:\n  b: { url: https://c.example.com, protocol: http }\n" }),
  APIMC016: { files: { "proj/apim.yaml": `${SERVICE}include: ["../shared/*.yaml"]\n`, "shared/b.yaml": "backends:\n  b: { url: https://c.example.com, protocol: http }\n" }, args: ["validate", "proj", "--format", "json"] },
  APIMC020: validate({ "apim.yaml": SERVICE }, "--env", "prod"),
  APIMC022: validate({ "apim.yaml": SERVICE }, "--env", "../x"),
  APIMC030: validate({ "apim.yaml": `${SERVICE}policy: policies/missing.xml\n` }),
  APIMC164: validate({ "apim.yaml": withApi("    revisions:\n      draft: { apiRevisionDescription: x }\n") }),
  APIMC165: validate({ "apim.yaml": withApi('    apiRevision: "2"\n    revisions:\n      "2": { apiRevisionDescription: x }\n') }),
  APIMC166: validate({ "apim.yaml": withApi("    sourceApiId: a;rev=9\n") }),
  APIMC041: validate({ "apim.yaml": withApi("    openapi: spec.yaml\n"), "spec.yaml": "hello: world\n" }),
  APIMC042: validate({ "apim.yaml": withApi("    openapi: spec.yaml\n"), "spec.yaml": "openapi: 3.1.0\ninfo: { title: t, version: '1' }\nwebhooks: {}\n" }),
  APIMC050: validate({ "apim.yaml": withApi("    wsdl: missing.wsdl\n") }),
  APIMC051: validate({ "apim.yaml": withApi("    wsdl: bad.wsdl\n"), "bad.wsdl": "<definitions>\n  <oops\n" }),
  APIMC052: validate({ "apim.yaml": withApi("    wsdl: empty.wsdl\n"), "empty.wsdl": '<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" name="e"></definitions>\n' }),
  APIMC061: ts("export default { version: 1, service: { name: 's' } \n"),
  APIMC062: ts("throw new Error('no region');\n"),
  APIMC063: ts("export {};\n"),
  APIMC064: ts("export default { version: 1, service: { name: 's', when: new Date(0) } };\n"),
  APIMC102: validate({ "apim.yaml": `${SERVICE}apiVersionSets:\n  billing: { displayName: Billing }\n` }),
  APIMC103: validate({ "apim.yaml": `${SERVICE}products:\n  p: { displayName: P, subscriptionsLimit: many }\n` }),
  APIMC108: validate({ "apim.yaml": "version: 2\nservice: { name: s }\n" }),
  APIMC109: validate({ "apim.yaml": withApi("    protocols: [https, https]\n").replace("    protocols: [https]\n", "") }),
  APIMC110: validate({ "apim.yaml": `${SERVICE}policy:\n  inbound:\n    - base\n    - { set-header: { name: a }, rewrite-uri: { template: / } }\n` }),
  APIMC121: validate({ "apim.yaml": `${SERVICE}backends:\n  b: { url: https://b.example.com }\n` }),
  APIMC123: validate({ "apim.yaml": `${SERVICE}backends:\n  p: { type: Pool }\n` }),
  APIMC124: validate({ "apim.yaml": `${SERVICE}backends:\n  s: { url: https://b.example.com, protocol: http }\n  p: { url: https://p.example.com, protocol: http, pool: { services: [ { backend: s } ] } }\n` }),
  APIMC126: validate({ "apim.yaml": breaker("{ min: 500, max: 599 }") }),
  APIMC128: validate({ "apim.yaml": `${SERVICE}namedValues:\n  n: { displayName: n }\n` }),
  APIMC129: validate({ "apim.yaml": `${SERVICE}namedValues:\n  n: { displayName: n, value: a, fromParameter: p }\n` }),
  APIMC130: validate({ "apim.yaml": `${SERVICE}namedValues:\n  n: { displayName: n, value: "  " }\n` }),
  // Backwards status-code range: ARM accepts it and the breaker never trips.
  APIMC131: validate({ "apim.yaml": breaker("{ min: 599, max: 500 }").replace("failureCondition: { ", "failureCondition: { count: 3, ") }),
  APIMC132: validate({ "apim.yaml": withApi("    openapi: spec.yaml\n    wsdl: s.wsdl\n"), "spec.yaml": "openapi: 3.0.0\ninfo: { title: t, version: '1' }\npaths: {}\n", "s.wsdl": "<definitions/>\n" }),
  APIMC009: { files: { "apim.yaml": SERVICE }, args: ["compile", ".", "--target", "nope", "--out", "out"] },
  APIMC243: lint(policyAt('    <rate-limit calls="{{calls}]" renewal-period="60" />')),
  APIMC331: { files: { "apim.yaml": SERVICE, "taken": "a file, not a folder\n" }, args: ["compile", ".", "--target", "arm", "--out", "taken/out"] },
  APIMC133: validate({ "apim.yaml": withApi("    type: grpc\n") }),
  APIMC900: runtimeTest("<xsl-transform><xsl:stylesheet /></xsl-transform>"),
  APIMC902: runtimeTest('<set-variable name="x" value="@(noSuchLocal + 1)" />'),
  APIMC903: runtimeTest('<set-variable name="x" value="@{ using (var r = 1) { } return 1; }" />'),
  APIMC910: runtimeTest("", "tests: [\n"),
  APIMC911: runtimeTest("", "testz: []\ntests:\n  - name: t\n    request: { method: GET, url: /a/x }\n"),
  APIMC912: runtimeTest("", "backends:\n  ghost: [ { respond: { status: 200 } } ]\ntests:\n  - name: t\n    request: { method: GET, url: /a/x }\n"),
  APIMC913: runtimeTest("", "clock: not-a-date\ntests:\n  - name: t\n    request: { method: GET, url: /a/x }\n"),
  APIMC914: runtimeTest("", "namedValues: {}\n"),
  APIMC915: runtimeTest("", "subscriptions:\n  k1: { product: nope }\ntests:\n  - name: t\n    request: { method: GET, url: /a/x }\n"),
  APIMC151: validate({ "apim.yaml": `${SERVICE}subscriptions:\n  s: { displayName: S, scope: { product: nope } }\n` }),
  APIMC152: validate({ "apim.yaml": `${SERVICE}products:\n  p: { displayName: P, tags: [nope] }\n` }),
  APIMC153: validate({ "apim.yaml": `${SERVICE}products:\n  p: { displayName: P, groups: [nope] }\n` }),
  APIMC155: validate({ "apim.yaml": withApi("    authenticationSettings: { openid: { openidProvider: nope } }\n") }),
  APIMC144: validate({ "apim.yaml": withApi("    apiVersionSet: missing\n    apiVersion: v1\n") }),
  APIMC145: validate({ "apim.yaml": withApi("    backend: missing\n") }),
  APIMC146: validate({ "apim.yaml": withApi("    apiVersionSet: vs\n", "apiVersionSets:\n  vs: { displayName: VS, versioningScheme: Segment }\n") }),
  APIMC147: validate({ "apim.yaml": withApi("    apiVersion: v1\n") }),
  APIMC148: validate({ "apim.yaml": `${SERVICE}backends:\n  b: { url: https://b.example.com, protocol: http, credentials: { header: { x-key: ["{{nope}}"] } } }\n` }),
  APIMC149: validate({ "apim.yaml": `${SERVICE}namedValues:\n  plain: { displayName: plain, value: hello }\nbackends:\n  b: { url: https://b.example.com, protocol: http, proxy: { url: https://p.example.com, username: u, password: "{{plain}}" } }\n` }),
  APIMC162: validate({ "apim.yaml": `${SERVICE}namedValues:\n  a: { displayName: Same, value: x }\n  b: { displayName: same, value: y }\n` }),
  APIMC171: validate({ "apim.yaml": `${SERVICE}backends:\n  b: { url: https://b.example.com, protocol: http, proxy: { url: https://p.example.com, username: u, password: hunter2 } }\n` }),
  APIMC200: lint("not xml at all"),
  APIMC202: lint(policyAt('    <set-header name="a" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("a", </value></set-header>')),
  APIMC203: lint(policyAt('    <set-variable name="x" value="@(context.Variables.GetValueOrDefault(&quot;a&quot;)" />')),
  APIMC204: { files: {}, args: ["policy", "lint", "missing.xml", "--format", "json"] },
  APIMC210: lint(policyAt("    <no-such-policy />")),
  APIMC211: lint(policyAt('    <set-header name="a" exists-action="override" colour="red"><value>b</value></set-header>')),
  APIMC213: lint("<policies>\n  <backend>\n    <http-data-source />\n  </backend>\n</policies>\n", "--scope", "global"),
  APIMC214: lint("<policies>\n  <inbound>\n    <base />\n  </inbound>\n  <inbound>\n    <base />\n  </inbound>\n</policies>\n"),
  APIMC215: lint("<policies>\n  <inbound>\n    <base />\n  </inbound>\n  <set-header name=\"a\" exists-action=\"override\"><value>b</value></set-header>\n</policies>\n"),
  APIMC216: lint(policyAt(""), "--scope", "global"),
  APIMC217: lint("<policies>\n  <inbound>\n    <set-header name=\"a\" exists-action=\"override\"><value>b</value></set-header>\n  </inbound>\n</policies>\n", "--scope", "api"),
  APIMC218: lint("<inbound />\n"),
  APIMC219: lint(policyAt('    <set-header exists-action="override"><value>b</value></set-header>')),
  APIMC222: lint('<fragment>\n  <include-fragment fragment-id="other" />\n</fragment>\n', "--scope", "fragment"),
  APIMC223: lint(`<fragment>\n  <!-- ${"x".repeat(530_000)} -->\n</fragment>\n`, "--scope", "fragment"),
  APIMC230: lint(policyAt("    <set-backend-service />")),
  APIMC250: validate({ "apim.yaml": `${SERVICE}policy:\n  sideways:\n    - base\n` }),
  APIMC260: lint(policyAt('    <set-header name="a" exists-action="sometimes"><value>b</value></set-header>')),
  APIMC261: lint(policyAt('    <authentication-basic username="u" password="hunter2" />')),
  APIMC310: compileArm({ "apim.yaml": `${SERVICE}namedValues:\n  k: { displayName: k, fromKeyVault: https://kv1.vault.azure.net/secrets/k }\n` }),
  APIMC312: compileArm({ "apim.yaml": `${SERVICE}namedValues:\n  k: { displayName: k, fromParameter: serviceName }\n` }),
  APIMC320: compileArm({ "apim.yaml": `${SERVICE}policy: big.xml\n`, "big.xml": policyAt(`    <!-- ${"x".repeat(4_300_000)} -->`) }),
  APIMC617: {
    files: { "apim.yaml": `${SERVICE}gateways:\n  e: { description: idle, apis: [] }\n` },
    args: ["compile", ".", "--target", "gateway", "--gateway", "e", "--out", "out"],
    findings: "out/preflight.json",
  },
  APIMC330: { files: { "apim.yaml": SERVICE, afile: "hi\n" }, args: ["compile", ".", "--target", "arm", "--out", "afile"] },
};

/**
 * Codes that validation always reports first under another code (so `apimc` never prints them),
 * kept as defence in depth for library users who build and emit without validating; proven
 * through the exported API. Each returns the codes it produced.
 */
const API_ONLY: Record<string, (dir: string) => Promise<string[]>> = {
  // validate reports a pool cycle as APIMC141; buildModel alone reports the cycle itself.
  APIMC301: async (dir) => {
    write(dir, { "apim.yaml": `${SERVICE}backends:\n  p1: { type: Pool, pool: { services: [ { backend: p2 } ] } }\n  p2: { type: Pool, pool: { services: [ { backend: p1 } ] } }\n` });
    return buildModel(await loadDeclarations(dir)).diagnostics.map((d) => d.code);
  },
  // validate reports a URI that is not a Key Vault secret URI as APIMC127; emitArm alone as APIMC311.
  APIMC311: async (dir) => {
    write(dir, { "apim.yaml": `version: 1\nservice:\n  name: s\n  keyVaults: { kv1: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1 }\nnamedValues:\n  k: { displayName: k, fromKeyVault: "https://kv1.vault.azure.net/keys/k" }\n` });
    const built = buildModel(await loadDeclarations(dir));
    return [...built.diagnostics, ...(built.model ? emitArm(built.model).diagnostics : [])].map((d) => d.code);
  },
  // validate reports an undeclared backend-id (APIMC24x); the gateway bundle alone as APIMC611.
  APIMC611: (dir) => gatewayCodes(dir, "    <set-backend-service backend-id=\"nope\" />\n", "orders"),
  // validate reports two APIs on one path as APIMC160; the gateway bundle alone as APIMC615.
  APIMC615: (dir) => gatewayCodes(dir, "", "Orders/"),
  // The typescript package is installed here; the loader is handed none, as on a machine without it.
  APIMC060: async (dir) => {
    const r = await evaluateScript(path.join(dir, "apim.ts"), "export default {};\n", undefined);
    return r.ok ? [] : r.diagnostics.map((d) => d.code);
  },
};

/** Codes of the gateway bundle built straight from the model, for an API `a` with an inbound policy and a second API `b`. */
async function gatewayCodes(dir: string, inbound: string, secondPath: string): Promise<string[]> {
  const api = (name: string, p: string) =>
    `  ${name}:\n    displayName: ${name}\n    path: ${p}\n    protocols: [https]\n    serviceUrl: https://${name}.example.com\n    operations: { o: { displayName: O, method: GET, urlTemplate: /o } }\n`;
  write(dir, {
    "apim.yaml": `${SERVICE}apis:\n${api("a", "orders")}    policy: a.xml\n${api("b", secondPath)}gateways:\n  g: { description: d, apis: [a, b] }\n`,
    "a.xml": policyAt(inbound),
  });
  const built = buildModel(await loadDeclarations(dir));
  const bundle = built.model ? compileGatewayBundle(built.model, { gateway: "g" }) : undefined;
  return [...JSON.stringify([built.diagnostics, bundle?.diagnostics, bundle?.preflight]).matchAll(/"code":"(APIMC\d{3})"/g)].map((m) => m[1]);
}

const triggered = new Map<string, string>();
/** Codes each extra case printed: an extra case must print the code it is there for. */
const extraCodes = new Map<string, string[]>();

/** Codes of the diagnostics in CLI output: JSON (`"code": "APIMC123"`) or text (`: error APIMC123:`). */
function collect(label: string, text: string): void {
  for (const m of text.matchAll(/"code": ?"(APIMC\d{3})"|: (?:error|warning|info) (APIMC\d{3}):/g)) {
    const code = m[1] ?? m[2];
    if (!triggered.has(code)) triggered.set(code, label);
  }
}

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-codes-"));
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

function declarationDirs(dir: string, depth = 0): string[] {
  if (["apim.yaml", "apim.json", "apim.ts", "apim.js"].some((f) => fs.existsSync(path.join(dir, f)))) return [dir];
  if (depth > 2) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => declarationDirs(path.join(dir, e.name), depth + 1));
}

beforeAll(async () => {
  for (const dir of declarationDirs(casesDir).sort()) {
    const r = await runCli(["validate", ".", "--format", "json"], { cwd: dir });
    collect(path.relative(repo, dir), r.stdout);
  }
  for (const name of fs.readdirSync(casesDir).filter((d) => d.startsWith("policy-"))) {
    const dir = path.join(casesDir, name);
    const args = fs.readFileSync(path.join(dir, "args.txt"), "utf8").trim().split(/\s+/).filter(Boolean);
    const r = await runCli(["policy", "lint", "policy.xml", ...args, "--format", "json"], { cwd: dir });
    collect(path.relative(repo, dir), r.stdout);
  }
  // The gateway bundles of the example and of the gateway golden case: preflight.json holds the APIMC6xx findings.
  for (const [input, gateway] of [
    [path.join(repo, "examples/contoso"), "onprem"],
    [path.join(casesDir, "gateway-basic/input"), "onprem"],
    [path.join(casesDir, "gateway-basic/input"), "edge"],
  ]) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-codes-gw-"));
    try {
      const r = await runCli(["compile", input, "--target", "gateway", "--gateway", gateway, "--out", path.join(out, "gw")]);
      const label = `${path.relative(repo, input)} --gateway ${gateway}`;
      collect(label, r.stdout + r.stderr);
      if (fs.existsSync(path.join(out, "gw/preflight.json"))) collect(label, fs.readFileSync(path.join(out, "gw/preflight.json"), "utf8"));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }
  for (const [code, run] of Object.entries(API_ONLY)) {
    const dir = project({});
    try {
      const codes = await run(dir);
      extraCodes.set(code, codes);
      if (codes.includes(code) && !triggered.has(code)) triggered.set(code, `API ${code}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const [code, extra] of Object.entries(EXTRA)) {
    const dir = project(extra.files);
    try {
      const r = await runCli(extra.args, { cwd: dir });
      const label = `EXTRA ${code}`;
      collect(label, r.stdout + r.stderr);
      if (extra.findings && fs.existsSync(path.join(dir, extra.findings))) collect(label, fs.readFileSync(path.join(dir, extra.findings), "utf8"));
      extraCodes.set(code, [...(r.stdout + r.stderr).matchAll(/APIMC\d{3}/g)].map((x) => x[0]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}, 120_000);

/**
 * Documented codes no input can reach today, and why each stays:
 * - APIMC119 is the schema check's fallback for a JSON Schema keyword that has no plain-English
 *   message of its own. Every keyword schema/apimc.schema.json uses today has one; it is kept so
 *   that a keyword added to the schema later is still reported rather than silently dropped.
 * - APIMC180 reports a crash of the policy checker (a bug in apimc) at the policy, so the other
 *   diagnostics are still printed; no valid input should reach it.
 * - APIMC901 is the runtime's answer to an element that is in neither the policy catalog nor its
 *   support table. `apimc test` stops on validation errors first (an unknown element is APIMC210),
 *   and a runtime test keeps every catalog element in the support table, so it guards drift only.
 */
const SAFETY_NETS = ["APIMC119", "APIMC180", "APIMC901"];

test("every documented diagnostic code is triggered by at least one case", () => {
  const untriggered = [...documentedCodes()].filter(([code]) => !triggered.has(code) && !SAFETY_NETS.includes(code)).map(([code, doc]) => `${code} (${doc})`);
  expect(untriggered).toEqual([]);
  // A safety net that starts firing is no longer one: give it a case and drop it from the list.
  expect(SAFETY_NETS.filter((code) => triggered.has(code))).toEqual([]);
});

test("each extra case triggers the code it is there for", () => {
  const missed = [...Object.keys(EXTRA), ...Object.keys(API_ONLY)].filter((code) => !(extraCodes.get(code) ?? []).includes(code) && !EXTRA[code]?.findings);
  expect(missed.map((code) => `${code}: printed ${[...new Set(extraCodes.get(code))].join(",") || "nothing"}`)).toEqual([]);
});
