/**
 * Secrets in the wrong place or of the wrong type: validate and compile refuse
 * them and never print them, in text or JSON.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../support/cli";

const CANARY = "CANARY7331";

function apimc(args: string[], cwd: string) {
  return runCli([...args], { cwd });
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-secret-echo-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(yaml: string): void {
  fs.writeFileSync(path.join(dir, "apim.yaml"), `version: 1\nservice:\n  name: contoso\n${yaml}`);
}

const literalCredentials = [
  "backends:",
  "  orders:",
  "    url: https://orders.example.com",
  "    protocol: http",
  "    credentials:",
  `      header: { Authorization: ["Bearer ${CANARY}-h"] }`,
  `      query: { code: ["${CANARY}-q"] }`,
  `      authorization: { scheme: Basic, parameter: ${CANARY}-p }`,
  "",
].join("\n");

describe("literal backend credentials, APIMC172", () => {
  it("compile --target arm refuses, writes nothing and never prints the value", async () => {
    write(literalCredentials);
    const run = await apimc(["compile", ".", "--target", "arm", "--out", "out"], dir);
    expect(run.status).toBe(1);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(CANARY);
    expect([...(run.stdout + run.stderr).matchAll(/apim\.yaml:(\d+):\d+: error APIMC172:/g)].map((m) => m[1])).toEqual(["9", "10", "11"]);
  });

  it("accepts a value that mixes text and a named-value token", async () => {
    write(
      [
        "namedValues:",
        "  orders-token: { displayName: orders-token, secret: true, fromParameter: ordersToken }",
        "backends:",
        "  orders:",
        "    url: https://orders.example.com",
        "    protocol: http",
        "    credentials:",
        '      header: { Authorization: ["Bearer {{orders-token}}"] }',
        '      query: { code: ["{{orders-token}}"] }',
        '      authorization: { scheme: Basic, parameter: "x {{orders-token}}" }',
        "",
      ].join("\n"),
    );
    const run = await apimc(["validate", "."], dir);
    expect(run.stdout).toMatch(/^ok/m);
    expect(run.status).toBe(0);
  });
});

describe("secret-bearing values of the wrong type", () => {
  const wrongTypes = [
    "namedValues:",
    "  a: { displayName: a, secret: true, value: 73317331 }",
    "  b: { displayName: b, value: 73317332 }",
    "backends:",
    "  orders:",
    "    url: https://orders.example.com",
    "    protocol: http",
    "    credentials:",
    `      header: { Authorization: "Bearer ${CANARY}-h" }`,
    `      query: { code: "${CANARY}-q" }`,
    "      authorization: { scheme: Basic, parameter: 73317333 }",
    "    proxy: { url: https://proxy.example.com, password: 73317334 }",
    "",
  ].join("\n");

  it.each([["text"], ["json"]])("are described by type only with --format %s", async (format) => {
    write(wrongTypes);
    const run = await apimc(["validate", ".", "--format", format], dir);
    expect(run.status).toBe(1);
    const out = run.stdout + run.stderr;
    expect(out).not.toContain(CANARY);
    expect(out).not.toMatch(/7331733\d/);
    expect(out).toContain("Authorization of backend `orders` must be a list, not a string");
    expect(out).toContain("password of backend `orders` must be a string, not a number");
    expect(out).toContain("value of named value `a` must be a string, not a number");
    if (format === "json") {
      const codes = (JSON.parse(run.stdout) as Array<{ code: string; pointer: string }>).filter((d) => d.code === "APIMC103").map((d) => d.pointer);
      expect(codes).toEqual([
        "/namedValues/a/value",
        "/namedValues/b/value",
        "/backends/orders/credentials/header/Authorization",
        "/backends/orders/credentials/query/code",
        "/backends/orders/credentials/authorization/parameter",
        "/backends/orders/proxy/password",
      ]);
    }
  });
});
