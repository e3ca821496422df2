/**
 * Layer 1 (the JSON Schema) on the keywords and places schema-wording.test.ts leaves out: nested unknown and
 * missing keys, ISO 8601 durations, rule codes, GUIDs, parameter names, upper limits on lists and numbers, values
 * that may be two types, repeated list items, empty and multi-character resource names, and the words for a
 * section itself, diagnostics' fixed names and nouns from the kind registry. Each expected line (line:col, code, pointer, message, fix) was checked by hand against
 * docs/codes-validate.md and the schema. Written against the survivors of StrykerJS over src/validate
 * (docs/testing.md, "src/validate").
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { countResources, loadDeclarations, validateDeclarations } from "../../../src/index";
import { full, useTempService } from "../../support/temp-service";

const service = useTempService("apimc-schema-edges-");
const check = service.check;

const breaker = (failureCondition: string): string =>
  `backends:\n  b:\n    url: https://b\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: ${failureCondition}\n          tripDuration: PT1M\n`;

const CASES: Array<[string, string, string[]]> = [
  [
    "an unknown key two levels down names the property it is in",
    breaker("{ count: 1, interval: PT1M, bogus: 1 }"),
    ["11:57 error APIMC101 /backends/b/circuitBreaker/rules/0/failureCondition/bogus | unknown key `bogus` in backend `b` (failureCondition) | remove it; allowed keys here are `count`, `percentage`, `interval`, `statusCodeRanges` or `errorReasons`"],
  ],
  [
    "an unknown key in an operation's request names the request",
    "apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      o: { urlTemplate: /, method: GET, request: { bogus: 1 } }\n",
    ["9:52 error APIMC101 /apis/a/operations/o/request/bogus | unknown key `bogus` in operation `o` of API `a` (request) | remove it; allowed keys here are `description`, `queryParameters`, `headers` or `representations`"],
  ],
  [
    "an unknown key close to a known one in a diagnostic",
    "diagnostics:\n  applicationinsights:\n    logger: x\n    loggerz: x\nloggers:\n  x: { loggerType: azureMonitor }\n",
    ["7:5 error APIMC101 /diagnostics/applicationinsights/loggerz | unknown key `loggerz` in diagnostic `applicationinsights`; did you mean `logger`? | rename it to `logger`"],
  ],
  [
    "a missing key in a nested map names the map and the allowed values",
    "loggers:\n  x: { credentials: {} }\ngateways:\n  g:\n    location: {}\n",
    [
      "5:3 error APIMC102 /loggers/x | logger `x` is missing required `loggerType` | add `loggerType:` with one of `azureEventHub`, `applicationInsights` or `azureMonitor`",
      "8:5 error APIMC102 /gateways/g/location | gateway `g` (location) is missing required `name` | add `name:` with a string",
    ],
  ],
  [
    "an interval that is not an ISO 8601 duration",
    breaker("{ count: 1, interval: 1 minute }"),
    ["11:51 error APIMC105 /backends/b/circuitBreaker/rules/0/failureCondition/interval | interval `1 minute` of backend `b` must be an ISO 8601 duration such as `PT1M` or `PT30S` | write a duration such as `PT1M` (one minute) or `PT30S`"],
  ],
  [
    "a count under its minimum of 1",
    breaker("{ count: 0, interval: PT1M }"),
    ["11:38 error APIMC107 /backends/b/circuitBreaker/rules/0/failureCondition/count | count 0 of backend `b` is out of range; it must be at least 1 | use a value at least 1"],
  ],
  [
    "a list over its maximum length",
    breaker(`{ count: 1, interval: PT1M, statusCodeRanges: [ ${Array(11).fill("{ min: 500, max: 599 }").join(", ")} ] }`),
    ["11:75 error APIMC109 /backends/b/circuitBreaker/rules/0/failureCondition/statusCodeRanges | statusCodeRanges of backend `b` has 11 items; it needs at most 10 | remove items until at most 10 remain"],
  ],
  [
    "a parameter name that does not start with a letter",
    "namedValues:\n  n:\n    displayName: n\n    fromParameter: 1abc\n",
    ["7:20 error APIMC105 /namedValues/n/fromParameter | fromParameter `1abc` of named value `n` must start with a letter and hold only letters, digits and underscores | change fromParameter so that it must start with a letter and hold only letters, digits and underscores"],
  ],
  [
    "an ignore entry that is not a rule code",
    "namedValues:\n  n:\n    displayName: n\n    value: x\n    ignore: [APIMC5]\n",
    ["8:14 error APIMC105 /namedValues/n/ignore/0 | ignore[0] `APIMC5` of named value `n` must be a rule code such as `APIMC501` | change ignore[0] so that it must be a rule code such as `APIMC501`"],
  ],
  [
    "an empty optional string",
    'backends:\n  b:\n    url: https://b\n    protocol: http\n    description: ""\n',
    ["8:18 error APIMC106 /backends/b/description | description of backend `b` must not be empty | give description at least 1 character"],
  ],
  [
    "a policy that is neither a string nor a map",
    "apis:\n  a:\n    displayName: A\n    path: a\n    policy: 5\n",
    ["8:13 error APIMC103 /apis/a/policy | policy of API `a` must be a string or a map, not the number 5 | write a string or a map here"],
  ],
  [
    "a subscription scope that is neither a string nor a map",
    "subscriptions:\n  s:\n    scope: 5\n    displayName: S\n",
    ["6:12 error APIMC103 /subscriptions/s/scope | scope of subscription `s` must be a string or a map, not the number 5 | write a string or a map here"],
  ],
  [
    "a section that is not a map",
    "namedValues: 5\n",
    ["4:14 error APIMC103 /namedValues | namedValues of `namedValues` must be a map, not the number 5 | write a map here"],
  ],
  [
    "a named-value tag list over its 32 items",
    `namedValues:\n  n:\n    displayName: n\n    value: x\n    tags: [${Array.from({ length: 33 }, (_, i) => `t${i}`).join(", ")}]\n`,
    ["8:11 error APIMC109 /namedValues/n/tags | tags of named value `n` has 33 items; it needs at most 32 | remove items until at most 32 remain"],
  ],
  [
    "a logged body size over its maximum of 8192 bytes",
    "diagnostics:\n  applicationinsights:\n    logger: x\n    frontend: { request: { body: { bytes: 9000 } } }\nloggers:\n  x: { loggerType: azureMonitor }\n",
    ["7:43 error APIMC107 /diagnostics/applicationinsights/frontend/request/body/bytes | bytes 9000 of diagnostic `applicationinsights` is out of range; it must be at most 8192 | use a value at most 8192"],
  ],
  [
    "a policy element map with two keys",
    "policy:\n  inbound:\n    - { set-header: {}, base: {} }\n",
    ["6:7 error APIMC110 /policy/inbound/0 | each policy element in the global policy must be a map with exactly one key, the element name | write the element as `- set-header: { name: X-Id, exists-action: override }`"],
  ],
];

describe("schema diagnostics at the edges", () => {
  it.each(CASES)("%s", async (_what, yaml, expected) => {
    const codes = new Set(expected.map((l) => l.split(" ")[2]));
    expect(full((await check(yaml)).filter((d) => codes.has(d.code)))).toEqual(expected);
  });

  it("a product listing one API twice is APIMC109 at the first of the two", async () => {
    const out = await check("apis:\n  x:\n    displayName: X\n    path: x\nproducts:\n  p:\n    displayName: P\n    apis: [x, x]\n");
    expect(full(out)).toEqual(["11:12 error APIMC109 /products/p/apis/0 | apis of product `p` lists `x` twice (items 1 and 0) | remove the repeated entry"]);
  });

  it("a resource name with two forbidden characters lists both, and an all-forbidden name gets no example", async () => {
    const out = await check('backends:\n  "*#":\n    url: https://b\n    protocol: http\n');
    expect(full(out)).toEqual([
      "5:3 error APIMC105 /backends/*# | backend name `*#` may not contain `*` or `#` (an ARM resource name is one URL path segment: no `*`, `#`, `&`, `+`, `:`, `<`, `>`, `?`, `/`, `\\`, `%` or control characters) | rename it, and update the references to it",
    ]);
  });

  it("a resource name with three forbidden characters lists them with commas", async () => {
    const out = await check('products:\n  "a*b#c&d":\n    displayName: P\n');
    expect(out.map((d) => d.message)).toEqual([
      "product name `a*b#c&d` may not contain `*`, `#` or `&` (an ARM resource name is one URL path segment: no `*`, `#`, `&`, `+`, `:`, `<`, `>`, `?`, `/`, `\\`, `%` or control characters)",
    ]);
    expect(out.map((d) => d.hint)).toEqual(["rename it, e.g. `a-b-c-d`, and update the references to it"]);
  });

  it("an empty resource name must not be empty", async () => {
    const out = await check('backends:\n  "":\n    url: https://b\n    protocol: http\n');
    expect(full(out)[0]).toBe("5:3 error APIMC105 /backends/ | backend name `` must not be empty | rename the resource; ARM resource names allow letters, digits, dashes and underscores");
  });

  it("the declaration version must be 1, and a subscription id must be a GUID", async () => {
    fs.writeFileSync(path.join(service.dir, "apim.yaml"), "version: 2\nservice:\n  name: c\n  subscriptionId: abc\n");
    const out = validateDeclarations(await loadDeclarations(service.dir));
    expect(full(out)).toEqual([
      "1:10 error APIMC108 /version | version must be `1`, not the number 2 | write `version: 1`",
      "4:19 error APIMC105 /service/subscriptionId | subscriptionId `abc` of `service` must be a GUID such as `00000000-0000-0000-0000-000000000000` | change subscriptionId so that it must be a GUID such as `00000000-0000-0000-0000-000000000000`",
    ]);
  });

  it("an unknown key in an operation names the operation once", async () => {
    const out = await check("apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      o: { method: GET, urlTemplate: /, bogus: 1 }\n");
    expect(full(out)).toEqual([
      "9:41 error APIMC101 /apis/a/operations/o/bogus | unknown key `bogus` in operation `o` of API `a` | remove it; allowed keys here are `templateParameters`, `description`, `request`, `responses`, `displayName`, `method`, `urlTemplate`, `policy`, `backend`, `tags` or `ignore`",
    ]);
  });

  it("a missing key below an operation names the operation and the property", async () => {
    const out = await check("apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      o: { method: GET, urlTemplate: /, responses: [ { description: x } ] }\n");
    expect(full(out)).toEqual(["9:54 error APIMC102 /apis/a/operations/o/responses/0 | operation `o` of API `a` (responses[0]) is missing required `statusCode` | add `statusCode:` with a whole number"]);
  });

  it("a diagnostic's name must be one of the three Azure knows, top-level or in an API", async () => {
    const out = await check('diagnostics:\n  bogus:\n    logger: l\nloggers:\n  l: { loggerType: azureMonitor }\napis:\n  a:\n    displayName: A\n    path: a\n    diagnostics:\n      "x*": { logger: l }\n      azuremonitr: { logger: l }\n');
    expect(full(out)).toEqual([
      "5:3 error APIMC105 /diagnostics/bogus | diagnostic name `bogus` must be `applicationinsights`, `azuremonitor` or `local` | rename it to `applicationinsights`, `azuremonitor` or `local`",
      "14:7 error APIMC105 /apis/a/diagnostics/x* | name `x*` in `diagnostics` of API `a` must be `applicationinsights`, `azuremonitor` or `local` | rename it to `applicationinsights`, `azuremonitor` or `local`",
      "15:7 error APIMC105 /apis/a/diagnostics/azuremonitr | name `azuremonitr` in `diagnostics` of API `a` must be `applicationinsights`, `azuremonitor` or `local` | rename it to `applicationinsights`, `azuremonitor` or `local`; did you mean `azuremonitor`?",
    ]);
  });

  it("a resource name is named with the registry's noun, and a stricter pattern than ARM's gets a name that fits it", async () => {
    const out = await check('caches:\n  my_cache:\n    connectionString: { fromParameter: c }\n    useFromLocation: default\nopenidConnectProviders:\n  "o:x":\n    displayName: O\n    metadataEndpoint: https://x\n    clientId: c\n');
    expect(full(out)).toEqual([
      "5:3 error APIMC105 /caches/my_cache | cache name `my_cache` may hold only letters, digits and dashes | rename it, e.g. `my-cache`, and update the references to it",
      "9:3 error APIMC105 /openidConnectProviders/o:x | OpenID Connect provider name `o:x` may not contain `:` (an ARM resource name is one URL path segment: no `*`, `#`, `&`, `+`, `:`, `<`, `>`, `?`, `/`, `\\`, `%` or control characters) | rename it, e.g. `o-x`, and update the references to it",
    ]);
  });

  it("a secret-holding map of the wrong type is described by its type, never echoed", async () => {
    const out = await check("backends:\n  b:\n    url: https://b\n    protocol: http\n    credentials: 5\n    proxy: hunter2-proxy\nloggers:\n  l:\n    loggerType: azureEventHub\n    credentials: { connectionString: [hunter2-conn] }\n");
    expect(JSON.stringify(out)).not.toContain("hunter2");
    expect(full(out)).toEqual([
      "8:18 error APIMC103 /backends/b/credentials | credentials of backend `b` must be a map, not a number | write a map here",
      "9:12 error APIMC103 /backends/b/proxy | proxy of backend `b` must be a map, not a string | write a map here",
      "13:38 error APIMC103 /loggers/l/credentials/connectionString | connectionString of logger `l` must be a string, not a list | write a string here",
    ]);
  });

  it("a resource that is not a map gets only the schema's diagnostic, never a rule's", async () => {
    expect(full(await check("backends:\n  b: x\n  n: null\n  l: [1]\n"))).toEqual([
      "5:6 error APIMC103 /backends/b | b of backend `b` must be a map, not `x` | write a map here",
      "6:6 error APIMC103 /backends/n | n of backend `n` must be a map, not null | write a map here",
      "7:6 error APIMC103 /backends/l | l of backend `l` must be a map, not a list | write a map here",
    ]);
  });

  it("names a map key ending in a digit as itself, and a list item past 9 by its index", async () => {
    const out = await check(`namedValues:\n  n1: 5\n  n:\n    displayName: n\n    value: x\n    tags: [a, b, c, d, e, f, g, h, i, j, 7]\n  m:\n    displayName: m\n    value: "${"v".repeat(4097)}"\nproducts:\n  p:\n    displayName: P\n    subscriptionsLimit: "${"s".repeat(40)}"\n`);
    expect(full(out)).toEqual([
      "5:7 error APIMC103 /namedValues/n1 | n1 of named value `n1` must be a map, not the number 5 | write a map here",
      "9:42 error APIMC103 /namedValues/n/tags/10 | tags[10] of named value `n` must be a string, not the number 7 | write a string here",
      "12:12 error APIMC106 /namedValues/m/value | value of named value `m` is 4097 characters long; the limit is 4096 | shorten it to at most 4096 characters, or keep long text in a policy fragment",
      `16:25 error APIMC103 /products/p/subscriptionsLimit | subscriptionsLimit of product \`p\` must be a whole number, not \`${"s".repeat(40)}\` | write a whole number here`,
    ]);
  });

  it("says why a Key Vault secret URI is not one, and a non-secret proxy url is shown", async () => {
    const out = await check('namedValues:\n  k1: { displayName: k1, fromKeyVault: " https://kv-one.vault.azure.net/secrets/x " }\n  k2: { displayName: k2, fromKeyVault: "xhttps://kv-one.vault.azure.net/secrets/x" }\n  k3: { displayName: k3, fromKeyVault: "https://myvault.azure.net/secrets/x" }\n  k4: { displayName: k4, fromKeyVault: "https://kv-one.vault.azure.net/x/secrets/a" }\nbackends:\n  b: { url: https://b, protocol: http, proxy: { url: 5 } }\n');
    const fix = "write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)";
    expect(full(out)).toEqual([
      `6:40 error APIMC127 /namedValues/k2/fromKeyVault | fromKeyVault of named value \`k2\` is not a Key Vault secret URI: it does not start with \`https://\` | ${fix}`,
      `7:40 error APIMC127 /namedValues/k3/fromKeyVault | fromKeyVault of named value \`k3\` is not a Key Vault secret URI: host \`myvault.azure.net\` is not a Key Vault (\`<vault>.vault.azure.net\`) | ${fix}`,
      `8:40 error APIMC127 /namedValues/k4/fromKeyVault | fromKeyVault of named value \`k4\` is not a Key Vault secret URI: its path is not \`/secrets/<name>\` | ${fix}`,
      "10:54 error APIMC103 /backends/b/proxy/url | url of backend `b` must be a string, not the number 5 | write a string here",
    ]);
  });

  it("a file that is not a map is the loader's diagnostic alone, and counts no resource", async () => {
    fs.writeFileSync(path.join(service.dir, "apim.yaml"), "- a\n- b\n");
    const loaded = await loadDeclarations(service.dir);
    expect(validateDeclarations(loaded).map((d) => `${d.code} ${d.message}`)).toEqual(["APIMC005 the file must hold a map of top-level keys, not a list of 2 items"]);
    expect(countResources(loaded)).toBe(0);
  });

  it("counts the resources of the sections that are maps only", async () => {
    fs.writeFileSync(path.join(service.dir, "apim.yaml"), "service:\n  name: c\nbackends: abc\napis:\n  a: { displayName: A, path: a }\n");
    const loaded = await loadDeclarations(service.dir);
    expect(full(validateDeclarations(loaded))).toEqual(["3:11 error APIMC103 /backends | backends of `backends` must be a map, not `abc` | write a map here"]);
    expect(countResources(loaded)).toBe(1);
  });

  it("a value that may be one of two types is reported once, with both types or with the branch it matches", async () => {
    const out = await check('apis:\n  a: { displayName: A, path: a, policy: [1] }\n  b: { displayName: B, path: b, policy: null }\n  c: { displayName: C, path: c, policy: "" }\nsubscriptions:\n  s: { displayName: S, scope: allApi }\n  t: { displayName: T, scope: [1] }\n');
    // An empty policy is also read as a file name (APIMC030, with the folder's path); the schema's words are the point here.
    expect(full(out.filter((d) => d.code !== "APIMC030"))).toEqual([
      "5:41 error APIMC103 /apis/a/policy | policy of API `a` must be a string or a map, not a list | write a string or a map here",
      "6:41 error APIMC103 /apis/b/policy | policy of API `b` must be a string or a map, not null | write a string or a map here",
      "7:41 error APIMC106 /apis/c/policy | policy of API `c` must not be empty | give policy at least 1 character",
      "9:31 error APIMC104 /subscriptions/s/scope | scope `allApi` is not allowed in subscription `s`; use `allApis` | use one of `allApis`; did you mean `allApis`?",
      "10:31 error APIMC103 /subscriptions/t/scope | scope of subscription `t` must be a string or a map, not a list | write a string or a map here",
    ]);
  });

  it("an empty section, an operations map of the wrong type, a key in an API's diagnostic, a key starting with a digit", async () => {
    const out = await check('backends:\nproducts: ~\napis:\n  a:\n    displayName: A\n    path: a\n    operations: 5\n    diagnostics:\n      local: { logger: l, bogus: 1 }\nloggers:\n  l: { loggerType: azureMonitor }\nnamedValues:\n  "1a": 5\n');
    expect(full(out)).toEqual([
      "4:10 error APIMC103 /backends | backends of `backends` must be a map, not null | write a map here",
      "5:11 error APIMC103 /products | products of `products` must be a map, not null | write a map here",
      "10:17 error APIMC103 /apis/a/operations | operations of API `a` must be a map, not the number 5 | write a map here",
      "12:27 error APIMC101 /apis/a/diagnostics/local/bogus | unknown key `bogus` in API `a` (local) | remove it; allowed keys here are `alwaysLog`, `sampling`, `frontend`, `backend`, `logClientIp`, `httpCorrelationProtocol`, `verbosity`, `operationNameFormat`, `metrics`, `logger` or `ignore`",
      "16:9 error APIMC103 /namedValues/1a | 1a of named value `1a` must be a map, not the number 5 | write a map here",
    ]);
  });

  it("a pattern with no plain-English reading is quoted as it is", async () => {
    fs.writeFileSync(path.join(service.dir, "apim.yaml"), "version: 1\nservice:\n  name: c\n  keyVaults:\n    v: /nope\n");
    const out = validateDeclarations(await loadDeclarations(service.dir));
    expect(full(out)).toEqual([
      "5:8 error APIMC105 /service/keyVaults/v | v `/nope` of `service` must match `^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$` | change v so that it matches `^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/[^/]+$`",
    ]);
  });
});
