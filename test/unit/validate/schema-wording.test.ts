/**
 * Layer 1 (the JSON Schema) as a user reads it: one declaration mistake per schema keyword, with the
 * exact code, line:col, JSON pointer, message and fix apimc prints. Written by hand against
 * docs/codes-validate.md; secret values are described by their type only. Written against the survivors
 * of `npm run mutation` over src/validate (docs/testing.md).
 */
import { full, useTempService } from "../../support/temp-service";

const service = useTempService("apimc-wording-");
const check = service.check;

const ARM_NAME_RULE = "(an ARM resource name is one URL path segment: no `*`, `#`, `&`, `+`, `:`, `<`, `>`, `?`, `/`, `\\`, `%` or control characters)";

describe("schema diagnostics, keyword by keyword", () => {
  it.each([
    ["an unknown top-level key close to a known one", "backendz: {}\n", ["4:1 error APIMC101 /backendz | unknown key `backendz` at the top level; did you mean `backends`? | rename it to `backends`"]],
    [
      "an unknown top-level key close to nothing",
      "zzzzzzzz: 1\n",
      [
        "4:1 error APIMC101 /zzzzzzzz | unknown key `zzzzzzzz` at the top level | remove it; allowed keys here are `$schema`, `version`, `include`, `service`, `namedValues`, `backends`, `apis`, `apiVersionSets`, `products`, `policyFragments`, `policy`, `gateways`, `tags`, `groups`, `loggers`, `diagnostics`, `certificates`, `subscriptions`, `authorizationServers`, `openidConnectProviders` or `caches`",
      ],
    ],
    [
      "a missing required key in a nested list item",
      "backends:\n  b:\n    url: https://b\n    protocol: http\n    circuitBreaker:\n      rules:\n        - failureCondition: { count: 1, interval: PT1M }\n          tripDuration: PT1M\n",
      ["10:11 error APIMC102 /backends/b/circuitBreaker/rules/0 | backend `b` (rules[0]) is missing required `name` | add `name:` with a string"],
    ],
    ["a value outside an enum", "backends:\n  b:\n    url: https://b\n    protocol: ftp\n", ["7:15 error APIMC104 /backends/b/protocol | protocol `ftp` is not allowed in backend `b`; use `http` or `soap` | use one of `http` or `soap`"]],
    [
      "a displayName with a space",
      "namedValues:\n  n:\n    displayName: has space\n    value: x\n",
      ["6:18 error APIMC105 /namedValues/n/displayName | displayName `has space` of named value `n` may hold only letters, digits, period, dash and underscore | replace spaces and other characters in displayName, e.g. `orders-api-key`"],
    ],
    [
      "a method that is not letters",
      "apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      o: { method: G1, urlTemplate: / }\n",
      ["9:20 error APIMC105 /apis/a/operations/o/method | method `G1` of operation `o` of API `a` must be letters only, such as `GET` | change method so that it must be letters only, such as `GET`"],
    ],
    ["an empty string", 'apis:\n  a:\n    displayName: ""\n    path: a\n', ["6:18 error APIMC106 /apis/a/displayName | displayName of API `a` must not be empty | give displayName at least 1 character"]],
    [
      "a number over the maximum",
      "backends:\n  p:\n    type: Pool\n    pool: { services: [ { backend: b, weight: 1001 } ] }\n  b: { url: https://b, protocol: http }\n",
      ["7:47 error APIMC107 /backends/p/pool/services/0/weight | weight 1001 of backend `p` is out of range; it must be between 0 and 100 | use a value between 0 and 100"],
    ],
    [
      "a number under the minimum",
      "products:\n  p:\n    displayName: P\n    subscriptionsLimit: -1\n",
      ["7:25 error APIMC107 /products/p/subscriptionsLimit | subscriptionsLimit -1 of product `p` is out of range; it must be at least 0 | use a value at least 0"],
    ],
    ["an empty list", "apis:\n  a:\n    displayName: A\n    path: a\n    protocols: []\n", ["8:16 error APIMC109 /apis/a/protocols | protocols of API `a` has 0 items; it needs at least 1 | add at least 1 item"]],
    [
      "a repeated list item",
      "apis:\n  a:\n    displayName: A\n    path: a\n    protocols: [https, https]\n",
      ["8:17 error APIMC109 /apis/a/protocols/0 | protocols of API `a` lists `https` twice (items 1 and 0) | remove the repeated entry"],
    ],
    ["a number where a string goes", "backends:\n  b:\n    url: 5\n    protocol: http\n", ["6:10 error APIMC103 /backends/b/url | url of backend `b` must be a string, not the number 5 | write a string here"]],
    ["a fractional number where a string goes", "backends:\n  b:\n    url: 5.5\n    protocol: http\n", ["6:10 error APIMC103 /backends/b/url | url of backend `b` must be a string, not the number 5.5 | write a string here"]],
    ["a boolean where a string goes", "backends:\n  b:\n    url: true\n    protocol: http\n", ["6:10 error APIMC103 /backends/b/url | url of backend `b` must be a string, not `true` | write a string here"]],
    ["null where a string goes", "backends:\n  b:\n    url: null\n    protocol: http\n", ["6:10 error APIMC103 /backends/b/url | url of backend `b` must be a string, not null | write a string here"]],
    ["a map where a string goes", "backends:\n  b:\n    url: { a: 1 }\n    protocol: http\n", ["6:10 error APIMC103 /backends/b/url | url of backend `b` must be a string, not a map | write a string here"]],
    [
      "a long string where a number goes",
      "products:\n  p:\n    displayName: P\n    subscriptionsLimit: \"a string that is longer than forty characters in all\"\n",
      ["7:25 error APIMC103 /products/p/subscriptionsLimit | subscriptionsLimit of product `p` must be a whole number, not a string | write a whole number here"],
    ],
  ])("%s", async (_what, yaml, expected) => {
    expect(full(await check(yaml))).toEqual(expected);
  });

  it("describes a secret by its type only, whatever rule it broke", async () => {
    const out = await check("namedValues:\n  n:\n    displayName: n\n    value: 5\n  m:\n    displayName: m\n    value: true\n  l:\n    displayName: l\n    value: [1]\n  o:\n    displayName: o\n    value: { a: 1 }\n  z:\n    displayName: z\n    value: null\n");
    expect(out.filter((d) => d.code === "APIMC103").map((d) => d.message)).toEqual([
      "value of named value `n` must be a string, not a number",
      "value of named value `m` must be a string, not a boolean",
      "value of named value `l` must be a string, not a list",
      "value of named value `o` must be a string, not a map",
      "value of named value `z` must be a string, not null",
    ]);
  });

  it("describes a wrong-typed proxy password and backend credential by type, never by value", async () => {
    const out = await check("backends:\n  b:\n    url: https://b\n    protocol: http\n    proxy: { url: http://p, password: 12345678 }\n    credentials: { header: { x-key: [ 98765 ] } }\n");
    const texts = out.map((d) => d.message).join("\n");
    expect(texts).not.toContain("12345678");
    expect(texts).not.toContain("98765");
    expect(out.filter((d) => d.code === "APIMC103").map((d) => `${d.pointer} | ${d.message}`)).toEqual([
      "/backends/b/proxy/password | password of backend `b` must be a string, not a number",
      "/backends/b/credentials/header/x-key/0 | x-key[0] of backend `b` must be a string, not a number",
    ]);
  });

  it("reports a policy element map with the wrong number of keys at the element", async () => {
    const out = await check("policy:\n  inbound:\n    - {}\n");
    expect(full(out.filter((d) => d.code === "APIMC110"))).toEqual([
      "6:7 error APIMC110 /policy/inbound/0 | each policy element in the global policy must be a map with exactly one key, the element name | write the element as `- set-header: { name: X-Id, exists-action: override }`",
    ]);
  });
});

describe("resource names, the map keys, that ARM cannot take", () => {
  // Titled by the pointer, not by the YAML: StrykerJS does not run a test whose title holds `{`, `(` or `$` (docs/testing.md).
  const named = (rows: Array<[string, string]>): Array<[string, string, string]> => rows.map(([yaml, expected]) => [expected.split(" ")[3], yaml, expected]);
  it.each(named([
    ["backends:\n  \"a*b:c\":\n    url: https://b\n    protocol: http\n", `5:3 error APIMC105 /backends/a*b:c | backend name \`a*b:c\` may not contain \`*\` or \`:\` ${ARM_NAME_RULE} | rename it, e.g. \`a-b-c\`, and update the references to it`],
    ["backends:\n  \"a&&&b\":\n    url: https://b\n    protocol: http\n", `5:3 error APIMC105 /backends/a&&&b | backend name \`a&&&b\` may not contain \`&\` ${ARM_NAME_RULE} | rename it, e.g. \`a-b\`, and update the references to it`],
    ["backends:\n  \"a\\tb\":\n    url: https://b\n    protocol: http\n", `5:3 error APIMC105 /backends/a\tb | backend name \`a\\u0009b\` may not contain the control character \`\\u0009\` ${ARM_NAME_RULE} | rename it, e.g. \`a-b\`, and update the references to it`],
    ["backends:\n  \"//\":\n    url: https://b\n    protocol: http\n", `5:3 error APIMC105 /backends/~1~1 | backend name \`//\` may not contain \`/\` ${ARM_NAME_RULE} | rename it, and update the references to it`],
    ["backends:\n  \"-a#-\":\n    url: https://b\n    protocol: http\n", `5:3 error APIMC105 /backends/-a#- | backend name \`-a#-\` may not contain \`#\` ${ARM_NAME_RULE} | rename it, e.g. \`a\`, and update the references to it`],
    ["apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      \"x/y\": { method: GET, urlTemplate: / }\n", `9:7 error APIMC105 /apis/a/operations/x~1y | operation name \`x/y\` in API \`a\` may not contain \`/\` ${ARM_NAME_RULE} | rename it, e.g. \`x-y\`, and update the references to it`],
    ["gateways:\n  \"g%\":\n    location: { name: x }\n", `5:3 error APIMC105 /gateways/g% | gateway name \`g%\` may not contain \`%\` ${ARM_NAME_RULE} | rename it, e.g. \`g\`, and update the references to it`],
    ["namedValues:\n  \"n?\":\n    displayName: n\n    value: x\n", `5:3 error APIMC105 /namedValues/n? | named value name \`n?\` may not contain \`?\` ${ARM_NAME_RULE} | rename it, e.g. \`n\`, and update the references to it`],
    ["apiVersionSets:\n  \"v+\":\n    displayName: V\n    versioningScheme: Segment\n", `5:3 error APIMC105 /apiVersionSets/v+ | version set name \`v+\` may not contain \`+\` ${ARM_NAME_RULE} | rename it, e.g. \`v\`, and update the references to it`],
    ["products:\n  \"p<\":\n    displayName: P\n", `5:3 error APIMC105 /products/p< | product name \`p<\` may not contain \`<\` ${ARM_NAME_RULE} | rename it, e.g. \`p\`, and update the references to it`],
    // Fragment names follow a stricter pattern than ARM's: the message says which, and the fix suggests a name that fits it
    // (it used to say that ARM names allow underscores, right after rejecting one).
    ["policyFragments:\n  \"f>\":\n    policy: <fragment/>\n", "5:3 error APIMC105 /policyFragments/f> | policy fragment name `f>` may hold only letters, digits and dashes | rename it, e.g. `f`, and update the references to it"],
    ["policyFragments:\n  f_x:\n    policy: <fragment/>\n", "5:3 error APIMC105 /policyFragments/f_x | policy fragment name `f_x` may hold only letters, digits and dashes | rename it, e.g. `f-x`, and update the references to it"],
    ["apis:\n  \"a\\\\b\":\n    displayName: A\n    path: a\n", `5:3 error APIMC105 /apis/a\\b | API name \`a\\b\` may not contain \`\\\` ${ARM_NAME_RULE} | rename it, e.g. \`a-b\`, and update the references to it`],
  ]))("APIMC105 at %s", async (_at, yaml, expected) => {
    expect(full((await check(yaml)).filter((d) => d.code === "APIMC105"))).toEqual([expected]);
  });

  it("says how long a name may be", async () => {
    const name = "b".repeat(81);
    const out = await check(`backends:\n  ${name}:\n    url: https://b\n    protocol: http\n`);
    expect(full(out)).toEqual([`5:3 error APIMC105 /backends/${name} | backend name \`${name}\` is longer than 80 characters | rename the resource; ARM resource names allow letters, digits, dashes and underscores`]);
  });

  it("accepts a name of exactly 80 characters", async () => {
    expect(await check(`backends:\n  ${"b".repeat(80)}:\n    url: https://b\n    protocol: http\n`)).toEqual([]);
  });
});
