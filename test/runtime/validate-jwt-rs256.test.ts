/** validate-jwt with RS256: keys from an openid-config served by the test file's mocks, and inline n/e keys. */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = publicKey.export({ format: "jwk" }) as { n: string; e: string };
const other = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

function token(claims: Record<string, unknown>, key = privateKey, kid = "k1"): string {
  const b = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${b({ alg: "RS256", typ: "JWT", kid })}.${b(claims)}`;
  return `${data}.${crypto.sign("sha256", Buffer.from(data), key).toString("base64url")}`;
}

it("accepts a token signed by the openid-config's key and refuses another signer", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-rs256-"));
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1
service: { name: jwt }
apis:
  secure:
    displayName: Secure
    path: secure
    protocols: [https]
    subscriptionRequired: false
    serviceUrl: https://backend.example
    policy: |
      <policies>
        <inbound>
          <validate-jwt header-name="Authorization" failed-validation-httpcode="401">
            <openid-config url="https://login.example/.well-known/openid-configuration" />
            <audiences><audience>api://secure</audience></audiences>
          </validate-jwt>
        </inbound>
        <backend><forward-request /></backend>
        <outbound />
        <on-error />
      </policies>
    operations:
      get: { displayName: Get, method: GET, urlTemplate: "/" }
  inline:
    displayName: Inline
    path: inline
    protocols: [https]
    subscriptionRequired: false
    serviceUrl: https://backend.example
    policy: |
      <policies>
        <inbound>
          <validate-jwt header-name="Authorization">
            <issuer-signing-keys><key id="k1" n="${jwk.n}" e="${jwk.e}" /></issuer-signing-keys>
          </validate-jwt>
          <return-response><set-status code="204" reason="No Content" /></return-response>
        </inbound>
      </policies>
    operations:
      get: { displayName: Get, method: GET, urlTemplate: "/" }
`,
  );
  const good = token({ aud: "api://secure", exp: 1893456000 });
  const bad = token({ aud: "api://secure", exp: 1893456000 }, other);
  fs.writeFileSync(
    path.join(dir, "jwt.apimc-test.yaml"),
    `backends:
  https://login.example:
    - match: { path: /.well-known/openid-configuration }
      respond: { status: 200, body: { issuer: "https://login.example", jwks_uri: "https://login.example/keys" } }
    - match: { path: /keys }
      respond: { status: 200, body: { keys: [ { kty: RSA, kid: k1, n: "${jwk.n}", e: "${jwk.e}" } ] } }
  https://backend.example:
    - respond: { status: 200, body: ok }
tests:
  - name: good signature
    request: { method: GET, url: /secure/, headers: { Authorization: "Bearer ${good}" } }
    expect: { status: 200, body: ok }
  - name: other signer
    request: { method: GET, url: /secure/, headers: { Authorization: "Bearer ${bad}" } }
    expect: { status: 401, error: { source: validate-jwt, reason: TokenSignatureInvalid } }
  - name: inline RSA key
    request: { method: GET, url: /inline/, headers: { Authorization: "Bearer ${good}" } }
    expect: { status: 204 }
  - name: inline RSA key, wrong signer
    request: { method: GET, url: /inline/, headers: { Authorization: "Bearer ${bad}" } }
    expect: { status: 401 }
`,
  );
  const io = memoryIo(dir);
  const code = await main(["node", "apimc", "test", "."], io);
  expect(io.stderr).toBe("");
  expect(io.stdout).toMatch(/4 passed, 0 failed, 4 total\n$/);
  expect(code).toBe(0);
});
