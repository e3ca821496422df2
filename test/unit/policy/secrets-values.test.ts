/**
 * Literal credentials in policies (APIMC261) and typed attribute values
 * (APIMC260), through the real CLI: validate and policy lint report them at the
 * value's position; diff, snapshot.json never print a literal credential; the
 * ARM template keeps it (it is what APIM must run), which is why validate warns.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
const CANARY = "CANARY-7f3a";

async function apimc(args: string[], cwd = root) {
  const r = await runCli([...args], { cwd, env: { NO_COLOR: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const APIM = `version: 1
service:
  name: contoso
namedValues:
  backend-password:
    displayName: backend-password
    secret: true
    fromParameter: backendPassword
apis:
  orders:
    displayName: Orders
    path: orders
    protocols: [https]
    serviceUrl: https://orders.example.com
    policy: policy.xml
    operations:
      get-order:
        displayName: Get order
        method: GET
        urlTemplate: /orders
gateways:
  onprem:
    apis: [orders]
`;

function policy(password: string, header: string): string {
  return `<policies>
    <inbound>
        <base />
        <authentication-basic username="u" password="${password}" />
        <set-header name="Authorization" exists-action="override">
            <value>${header}</value>
        </set-header>
    </inbound>
    <backend>
        <base />
    </backend>
    <outbound>
        <base />
    </outbound>
    <on-error>
        <base />
    </on-error>
</policies>
`;
}

function project(policyText: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-secret-"));
  fs.writeFileSync(path.join(dir, "apim.yaml"), APIM);
  fs.writeFileSync(path.join(dir, "policy.xml"), policyText);
  return dir;
}

function readTree(dir: string): string {
  let all = "";
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    all += e.isDirectory() ? readTree(p) : fs.readFileSync(p, "utf8");
  }
  return all;
}

describe("literal credentials in policies", () => {
  const before = project(policy(CANARY, `Bearer ${CANARY}-hdr`));
  const after = project(policy(`${CANARY}-2`, `Bearer ${CANARY}-hdr2`));
  const referenced = project(policy("{{backend-password}}", "Bearer {{backend-password}}"));

  test("validate warns at the value, never printing it", async () => {
    const r = await apimc(["validate", "."], before);
    expect(r.stdout + r.stderr).not.toContain(CANARY);
    const lines = r.stderr.split("\n").filter((l) => l.includes("APIMC261"));
    expect(lines).toEqual([
      `policy.xml:4:54: warning APIMC261: authentication-basic@password holds a literal credential; it would be stored and shown in clear in the policy. (at /apis/orders/policy)`,
      `policy.xml:6:20: warning APIMC261: set-header[Authorization]/value holds a literal credential; it would be stored and shown in clear in the policy. (at /apis/orders/policy)`,
    ]);
    expect(r.stderr).toContain("fix: Declare a secret named value");
    expect(r.code).toBe(0);
  });

  test("{{named value}} references are not flagged", async () => {
    const r = await apimc(["validate", referenced]);
    expect(r.stdout + r.stderr).not.toContain("APIMC261");
    expect(r.code).toBe(0);
  });

  test.each(["text", "markdown", "json"])("diff --format %s masks the changed credential", async (format) => {
    const r = await apimc(["diff", before, after, "--format", format]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain(CANARY);
    expect(r.stdout).toContain("(sensitive)");
    expect(r.stdout).toContain("authentication-basic/@password");
  });

  test("diff shows a {{token}} that replaces a literal, and masks an added element's literal", async () => {
    const r = await apimc(["diff", before, referenced, "--format", "json"]);
    expect(r.stdout).not.toContain(CANARY);
    expect(r.stdout).toContain("{{backend-password}}");
    const empty = project(policy("{{backend-password}}", "Bearer {{backend-password}}").replace(/ *<authentication-basic[^\n]*\n/, ""));
    const added = await apimc(["diff", empty, before, "--format", "text"]);
    expect(added.stdout).not.toContain(CANARY);
    expect(added.stdout).toContain('password="(sensitive)"');
  });

  test("snapshot.json masks the literal; the ARM template keeps it for APIM", async () => {
    const gw = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "apimc-gw-")), "out");
    const g = await apimc(["compile", before, "--target", "gateway", "--gateway", "onprem", "--out", gw]);
    expect(g.code).toBe(0);
    const snapshot = fs.readFileSync(path.join(gw, "snapshot.json"), "utf8");
    expect(snapshot).not.toContain(CANARY);
    expect(snapshot).toContain('password=\\"(sensitive)\\"');
    const arm = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "apimc-arm-")), "out");
    const a = await apimc(["compile", before, "--target", "arm", "--out", arm]);
    expect(a.code).toBe(0);
    expect(readTree(arm)).toContain(CANARY);
  });
});

describe("typed policy attribute values", () => {
  const bad = `<policies>
    <inbound>
        <base />
        <set-header name="x-a" exists-action="bogus" />
        <rate-limit calls="abc" renewal-period="-1" />
        <set-status code="@(200)" />
        <cache-lookup vary-by-developer="{{flag}}" vary-by-developer-groups="False" />
    </inbound>
</policies>
`;

  test("policy lint reports each bad value at its position, naming what is allowed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-values-"));
    const file = path.join(dir, "p.xml");
    fs.writeFileSync(file, bad);
    const r = await apimc(["policy", "lint", "p.xml", "--scope", "api"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l.includes("APIMC260"))).toEqual([
      'p.xml:4:47: error APIMC260: <set-header> attribute "exists-action" must be one of override, append, skip, delete, not "bogus".',
      'p.xml:5:28: error APIMC260: <rate-limit> attribute "calls" must be a whole number, 0 or more, not "abc".',
      'p.xml:5:49: error APIMC260: <rate-limit> attribute "renewal-period" must be a whole number, 0 or more, not "-1".',
    ]);
  });

  test("validate reports the same error with the declaration's pointer, and a scalar body for set-header in YAML", async () => {
    const dir = project(bad.replace("</inbound>", "</inbound>\n    <backend><base /></backend>\n    <outbound><base /></outbound>\n    <on-error><base /></on-error>"));
    const r = await apimc(["validate", "."], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`policy.xml:4:47: error APIMC260: <set-header> attribute "exists-action" must be one of override, append, skip, delete, not "bogus". (at /apis/orders/policy)`);

    const yamlDir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-structured-"));
    fs.writeFileSync(path.join(yamlDir, "apim.yaml"), APIM.replace("    policy: policy.xml\n", "    policy:\n      inbound:\n        - base\n        - set-header: 5\n"));
    const y = await apimc(["validate", yamlDir]);
    expect(y.code).toBe(1);
    expect(y.stderr).toMatch(/apim\.yaml:\d+:\d+: error APIMC250: <set-header> takes attributes and child elements, not a text body\. \(at \/apis\/orders\/policy\/inbound\/1\/set-header\)/);
  });
});
