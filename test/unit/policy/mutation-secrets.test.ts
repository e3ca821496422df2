/**
 * Literal credentials in policies, as a reviewer sees them: which fields hold one (APIMC261 at the
 * value), which take their value from a `{{named value}}`, and the masked copy that diffs and
 * snapshots print. Real shapes from Microsoft's policy reference: authentication-basic,
 * authentication-certificate (password and PFX body), Authorization and subscription-key headers,
 * validate-jwt signing and decryption keys, a send-request's proxy.
 */
import { isLiteralSecretValue, lintPolicy, literalSecretFields, maskPolicySecrets, parsePolicy, printPolicy, secretFieldTokens } from "../../../src/policy";

const SECRETS_POLICY = `<policies>
    <inbound>
        <authentication-basic username="svc-user" password="p@ssw0rd" />
        <authentication-basic username="svc-user" password="{{backend-password}}" />
        <authentication-certificate thumbprint="ABCDEF0123" password="pfx-pass" body="MIIKpAIBAzCC" />
        <authentication-certificate certificate-id="client" password="@(context.Variables.GetValueOrDefault<string>(&quot;p&quot;))" />
        <set-header name="Authorization" exists-action="override">
            <value>Basic dXNlcjpwYXNz</value>
        </set-header>
        <set-header name="X-CSRF-Token" exists-action="override">
            <value>Fetch</value>
        </set-header>
        <set-header name="Ocp-Apim-Subscription-Key" exists-action="override">
            <value>{{sub-key}}</value>
        </set-header>
        <set-header name="X-Trace" exists-action="override">
            <value>visible</value>
        </set-header>
        <set-query-parameter name="sig" exists-action="override">
            <value>not-secret-by-name</value>
        </set-query-parameter>
        <set-query-parameter name="api_secret" exists-action="override">
            <value><![CDATA[s3cr3t]]></value>
        </set-query-parameter>
        <set-header name="x-api-token" exists-action="override">
            <value>   </value>
        </set-header>
        <cache-lookup-value key="token" variable-name="t" />
        <validate-jwt header-name="Authorization">
            <issuer-signing-keys>
                <key>c2lnbmluZy1rZXk=</key>
                <key n="0vx7agoebGcQSuu" e="AQAB" />
            </issuer-signing-keys>
            <decryption-keys>
                <key>{{jwt-decrypt}}</key>
            </decryption-keys>
        </validate-jwt>
        <send-request mode="new" response-variable-name="r">
            <set-url>https://login.example.com</set-url>
            <set-header name="client-secret" exists-action="override">
                <value>@("x")</value>
            </set-header>
            <proxy url="http://proxy:8080" username="u" password="proxy-pass" />
        </send-request>
    </inbound>
</policies>
`;

const doc = parsePolicy(SECRETS_POLICY, { file: "p.xml" }).document!;

describe("literal credentials in a policy", () => {
  it("are found at their value, in document order; tokens, expressions, blanks, CSRF tokens and non-secret names are not", () => {
    expect(literalSecretFields(doc.root).map((f) => `${f.pos.line}:${f.pos.col} ${f.label}`)).toEqual([
      "3:61 authentication-basic@password",
      "5:71 authentication-certificate@password",
      "5:87 authentication-certificate@body",
      "8:20 set-header[Authorization]/value",
      "23:20 set-query-parameter[api_secret]/value",
      "31:22 issuer-signing-keys/key",
      "43:67 proxy@password",
    ]);
  });

  it("are each a warning APIMC261 of policy lint", () => {
    expect(lintPolicy(doc, { scope: "global" }).map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      "3:61 warning APIMC261 authentication-basic@password holds a literal credential; it would be stored and shown in clear in the policy.",
      "5:71 warning APIMC261 authentication-certificate@password holds a literal credential; it would be stored and shown in clear in the policy.",
      "5:87 warning APIMC261 authentication-certificate@body holds a literal credential; it would be stored and shown in clear in the policy.",
      "8:20 warning APIMC261 set-header[Authorization]/value holds a literal credential; it would be stored and shown in clear in the policy.",
      "23:20 warning APIMC261 set-query-parameter[api_secret]/value holds a literal credential; it would be stored and shown in clear in the policy.",
      "31:22 warning APIMC261 issuer-signing-keys/key holds a literal credential; it would be stored and shown in clear in the policy.",
      "43:67 warning APIMC261 proxy@password holds a literal credential; it would be stored and shown in clear in the policy.",
    ]);
  });

  it("credential fields that take a named value name it", () => {
    expect(secretFieldTokens(doc.root).map((f) => `${f.pos.line}:${f.pos.col} ${f.label} ${f.name}`)).toEqual([
      "4:61 authentication-basic@password backend-password",
      "14:20 set-header[Ocp-Apim-Subscription-Key]/value sub-key",
      "35:22 decryption-keys/key jwt-decrypt",
    ]);
  });

  it("are masked, and only they, in the copy diffs print", () => {
    expect(printPolicy({ ...doc, root: maskPolicySecrets(doc.root) }).split("\n")).toEqual([
      "<policies>",
      "    <inbound>",
      "        <authentication-basic username=\"svc-user\" password=\"(sensitive)\" />",
      "        <authentication-basic username=\"svc-user\" password=\"{{backend-password}}\" />",
      "        <authentication-certificate thumbprint=\"ABCDEF0123\" password=\"(sensitive)\" body=\"(sensitive)\" />",
      "        <authentication-certificate certificate-id=\"client\" password=\"@(context.Variables.GetValueOrDefault<string>(&quot;p&quot;))\" />",
      "        <set-header name=\"Authorization\" exists-action=\"override\">",
      "            <value>(sensitive)</value>",
      "        </set-header>",
      "        <set-header name=\"X-CSRF-Token\" exists-action=\"override\">",
      "            <value>Fetch</value>",
      "        </set-header>",
      "        <set-header name=\"Ocp-Apim-Subscription-Key\" exists-action=\"override\">",
      "            <value>{{sub-key}}</value>",
      "        </set-header>",
      "        <set-header name=\"X-Trace\" exists-action=\"override\">",
      "            <value>visible</value>",
      "        </set-header>",
      "        <set-query-parameter name=\"sig\" exists-action=\"override\">",
      "            <value>not-secret-by-name</value>",
      "        </set-query-parameter>",
      "        <set-query-parameter name=\"api_secret\" exists-action=\"override\">",
      "            <value>(sensitive)</value>",
      "        </set-query-parameter>",
      "        <set-header name=\"x-api-token\" exists-action=\"override\">",
      "            <value>   </value>",
      "        </set-header>",
      "        <cache-lookup-value key=\"token\" variable-name=\"t\" />",
      "        <validate-jwt header-name=\"Authorization\">",
      "            <issuer-signing-keys>",
      "                <key>(sensitive)</key>",
      "                <key n=\"0vx7agoebGcQSuu\" e=\"AQAB\" />",
      "            </issuer-signing-keys>",
      "            <decryption-keys>",
      "                <key>{{jwt-decrypt}}</key>",
      "            </decryption-keys>",
      "        </validate-jwt>",
      "        <send-request mode=\"new\" response-variable-name=\"r\">",
      "            <set-url>https://login.example.com</set-url>",
      "            <set-header name=\"client-secret\" exists-action=\"override\">",
      "                <value>@(\"x\")</value>",
      "            </set-header>",
      "            <proxy url=\"http://proxy:8080\" username=\"u\" password=\"(sensitive)\" />",
      "        </send-request>",
      "    </inbound>",
      "</policies>",
      "",
    ]);
    // The document itself is untouched.
    expect(printPolicy(doc)).toBe(SECRETS_POLICY);
  });

  it.each([
    ["p@ssw0rd", true],
    ["  spaced  ", true],
    ["", false],
    ["   ", false],
    ["{{backend-password}}", false],
    [" {{backend-password}} ", false],
    ["prefix-{{part}}", false],
    ["{{not a token}}", true],
    ["@(context.Variables[\"p\"])", false],
    [" @{ return \"p\"; }", false],
    ["@notAnExpression", true],
  ])("literal credential case %#: %s", (value, literal) => {
    expect(isLiteralSecretValue(value)).toBe(literal);
  });
});
