/**
 * Layer 2 on the sides of its rules that layer2-wording.test.ts leaves out: display names that default to the
 * key, API paths compared without slashes and case and per version, routes compared with any parameter name,
 * pools of pools, the `backend:` sugar, built-in groups, `{{tokens}}` from plain named values, and the
 * parameter names suggested for literal secrets. Each expected line (line:col, severity, code, pointer,
 * message, fix) was checked by hand against docs/codes-validate.md. Written against the survivors of StrykerJS
 * over src/validate (docs/testing.md, "src/validate").
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadDeclarations, validateDeclarations } from "../../../src/index";
import { full, useTempService } from "../../support/temp-service";

const service = useTempService("apimc-rules-edges-");
const check = service.check;

const PLAIN_FIX = (nv: string): string =>
  `make named value \`${nv}\` a secret: replace its \`value\` with \`fromParameter: <name>\`, \`fromKeyVault: <secret URI>\` or \`keyVault: { secretIdentifier: ... }\`, then rotate the credential it held`;

const CASES: Array<[string, string, string[]]> = [
  [
    "APIMC105: a key that cannot stand in for a missing displayName, with a suggested one",
    'namedValues:\n  "a b":\n    value: x\n  "!!":\n    value: y\n  ok.key_1-x:\n    value: z\n',
    [
      "5:3 error APIMC105 /namedValues/a b | named value `a b` has no displayName, and its key cannot stand in for one: a displayName holds only letters, digits, `.`, `-` and `_` | add `displayName: a-b` and use that name in policies as {{...}}",
      "7:3 error APIMC105 /namedValues/!! | named value `!!` has no displayName, and its key cannot stand in for one: a displayName holds only letters, digits, `.`, `-` and `_` | add `displayName: my-value` and use that name in policies as {{...}}",
    ],
  ],
  [
    "APIMC162: display names compare without case, and a missing one is the key",
    "namedValues:\n  a:\n    displayName: Orders-Key\n    value: x\n  orders-key:\n    value: y\n  n2:\n    displayName: Dup\n    value: x\n  n3:\n    displayName: dup\n    value: y\n",
    [
      "9:5 error APIMC162 /namedValues/orders-key | named value `orders-key` has displayName `orders-key` (its key, as it has no displayName), which named value `a` already has | display names are how policies refer to named values (`{{name}}`), so each must be unique; rename one",
      "14:18 error APIMC162 /namedValues/n3/displayName | named value `n3` has displayName `dup`, which named value `n2` already has | display names are how policies refer to named values (`{{name}}`), so each must be unique; rename one",
    ],
  ],
  [
    "APIMC147: a version without a version set is a warning at the key",
    "apis:\n  a:\n    displayName: A\n    path: a\n    apiVersion: v1\n",
    ["8:5 warning APIMC147 /apis/a/apiVersion | API `a` sets `apiVersion` without an `apiVersionSet`, so the version is not used for routing | add `apiVersionSet: <name>`, or remove `apiVersion`"],
  ],
  [
    "APIMC160: paths compare without surrounding slashes and without case",
    'apis:\n  a:\n    displayName: A\n    path: /Orders/\n  b:\n    displayName: B\n    path: orders\n  c:\n    displayName: C\n    path: ""\n  d:\n    displayName: D\n    path: "/"\n  e:\n    displayName: E\n    path: orders/v2\n',
    [
      "10:11 error APIMC160 /apis/b/path | API `b` uses path `orders`, which API `a` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
      "16:11 error APIMC160 /apis/d/path | API `d` uses path `/`, which API `c` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
    ],
  ],
  [
    "APIMC160: an empty path is the root path",
    'apis:\n  c:\n    displayName: C\n    path: "/"\n  d:\n    displayName: D\n    path: ""\n',
    ["10:11 error APIMC160 /apis/d/path | API `d` uses the root path, which API `c` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s"],
  ],
  [
    "APIMC160/146: one path per version of a version set",
    "apiVersionSets:\n  vs: { displayName: V, versioningScheme: Segment }\napis:\n  a:\n    displayName: A\n    path: a\n    apiVersionSet: vs\n    apiVersion: v1\n  b:\n    displayName: B\n    path: a\n    apiVersionSet: vs\n    apiVersion: v1\n  c:\n    displayName: C\n    path: a\n    apiVersionSet: vs\n    apiVersion: v2\n  d:\n    displayName: D\n    path: a\n    apiVersionSet: vs\n",
    [
      "14:11 error APIMC160 /apis/b/path | API `b` uses path `a` with version `v1`, which API `a` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
      "25:20 error APIMC146 /apis/d/apiVersionSet | API `d` is in version set `vs` but has no `apiVersion` | add `apiVersion: v1` (the version this API answers to)",
    ],
  ],
  [
    "APIMC161: routes compare with any parameter name, without case or a trailing slash, query included",
    'apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      o1: { method: get, urlTemplate: "/x/{id}/" }\n      o2: { method: GET, urlTemplate: "/X/{other}" }\n      o3: { method: GET, urlTemplate: "/x/{id}?q={a}" }\n      o4: { method: GET, urlTemplate: "/x/{id}?q={b}" }\n      o5: { method: GET, urlTemplate: "/x/{id}?r={b}" }\n      o6: { method: POST, urlTemplate: "/x/{id}" }\n',
    [
      "10:39 error APIMC161 /apis/a/operations/o2/urlTemplate | operation `o2` of API `a` repeats `GET /X/{other}`, already used by operation `o1` | change the method or urlTemplate, or name it `o1` to refine that operation instead of adding a second one",
      "12:39 error APIMC161 /apis/a/operations/o4/urlTemplate | operation `o4` of API `a` repeats `GET /x/{id}?q={b}`, already used by operation `o3` | change the method or urlTemplate, or name it `o3` to refine that operation instead of adding a second one",
    ],
  ],
  [
    "APIMC141: a pool member that is itself a pool, or the pool itself",
    "backends:\n  p:\n    type: Pool\n    pool: { services: [ { backend: q }, { backend: p }, { backend: s } ] }\n  q:\n    type: Pool\n    pool: { services: [ { backend: s } ] }\n  s: { url: https://s, protocol: http }\n",
    [
      "7:36 error APIMC141 /backends/p/pool/services/0/backend | pool `p` names backend `q`, which is itself a pool | pools can only hold Single backends; list that pool's members instead",
      "7:52 error APIMC141 /backends/p/pool/services/1/backend | pool `p` names backend `p`, which is itself a pool | pools can only hold Single backends; list that pool's members instead",
    ],
  ],
  [
    "APIMC145: the backend sugar of an API and of an operation",
    "backends:\n  orders: { url: https://s, protocol: http }\napis:\n  a:\n    displayName: A\n    path: a\n    backend: order\n    operations:\n      o: { method: GET, urlTemplate: /, backend: nothing }\n      p: { method: GET, urlTemplate: /p, backend: orders }\n",
    [
      "10:14 error APIMC145 /apis/a/backend | API `a` routes to backend `order`, which is not declared; did you mean `orders`? | declare backend `order` under `backends`, or fix the name",
      "12:50 error APIMC145 /apis/a/operations/o/backend | operation `o` of API `a` routes to backend `nothing`, which is not declared | declare backend `nothing` under `backends`, or fix the name",
    ],
  ],
  [
    "APIMC153: a product's groups may name the built-in ones",
    "products:\n  p:\n    displayName: P\n    groups: [developers, admins, guests, administrators]\n",
    ["7:26 error APIMC153 /products/p/groups/1 | product `p` names group `admins`, which is not declared | declare group `admins` under `groups` (the built-in ones are administrators, developers, guests), or remove it from the list"],
  ],
  [
    "APIMC149: a credential or proxy password from a plain named value, but not a URL or a secret one",
    'backends:\n  b:\n    url: "https://{{host}}/x"\n    protocol: http\n    credentials: { header: { x-key: ["{{plainkey}}"] }, query: { code: ["{{Secret-Key}}"] } }\n    proxy: { url: http://p, username: u, password: "{{plainkey}}" }\nnamedValues:\n  host: { value: h }\n  plainkey: { value: k }\n  sk: { displayName: Secret-Key, secret: true, fromParameter: sk }\n',
    [
      `8:38 warning APIMC149 /backends/b/credentials/header/x-key/0 | credential header of backend \`b\` comes from named value \`plainkey\`, which holds a plain \`value\`, so the credential is stored unencrypted and shown in clear | ${PLAIN_FIX("plainkey")}`,
      `9:52 warning APIMC149 /backends/b/proxy/password | proxy password of backend \`b\` comes from named value \`plainkey\`, which holds a plain \`value\`, so the credential is stored unencrypted and shown in clear | ${PLAIN_FIX("plainkey")}`,
    ],
  ],
  [
    "APIMC173: the suggested parameter name is the resource and property in camel case, starting with a letter",
    'certificates:\n  "1-cert":\n    data: abc\n    password: pw\ncaches:\n  my-cache:\n    connectionString: c\n    useFromLocation: default\n',
    [
      "6:11 error APIMC173 /certificates/1-cert/data | `data` of certificate `1-cert` is a literal; secrets must not be written in the file | write `data: { fromParameter: pCertData }` (a secure deploy parameter) or `data: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
      "7:15 error APIMC173 /certificates/1-cert/password | `password` of certificate `1-cert` is a literal; secrets must not be written in the file | write `password: { fromParameter: pCertPassword }` (a secure deploy parameter) or `password: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
      "10:23 error APIMC173 /caches/my-cache/connectionString | `connectionString` of cache `my-cache` is a literal; secrets must not be written in the file | write `connectionString: { fromParameter: myCacheConnectionString }` (a secure deploy parameter) or `connectionString: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
    ],
  ],
  [
    "APIMC150: an API's diagnostic names its logger, and the message names the diagnostic and its API",
    "loggers:\n  appins: { loggerType: azureMonitor }\napis:\n  a:\n    displayName: A\n    path: a\n    diagnostics:\n      applicationinsights: { logger: appinz }\n",
    ["11:38 error APIMC150 /apis/a/diagnostics/applicationinsights/logger | diagnostic `applicationinsights` of API `a` names logger `appinz`, which is not declared; did you mean `appins`? | declare logger `appinz` under `loggers`, or fix the name"],
  ],
  [
    "APIMC140: a pool is never offered itself as the member it meant",
    "backends:\n  orders:\n    type: Pool\n    pool: { services: [ { backend: order } ] }\n",
    ["7:36 error APIMC140 /backends/orders/pool/services/0/backend | pool `orders` names backend `order`, which is not declared | declare backend `order` under `backends`, or fix the name"],
  ],
  [
    "APIMC141: a member with a pool but no type is a pool too",
    "backends:\n  p:\n    type: Pool\n    pool: { services: [ { backend: half } ] }\n  half:\n    url: https://h\n    protocol: http\n    pool: { services: [ { backend: s } ] }\n  s: { url: https://s, protocol: http }\n",
    [
      "7:36 error APIMC141 /backends/p/pool/services/0/backend | pool `p` names backend `half`, which is itself a pool | pools can only hold Single backends; list that pool's members instead",
      "11:5 error APIMC124 /backends/half/pool | backend `half` has `pool` but is not of type `Pool` | add `type: Pool` to make this backend a pool",
    ],
  ],
  [
    "APIMC151: a subscription is scoped to a product, in the registry's own verb",
    "products:\n  prod: { displayName: P }\nsubscriptions:\n  s:\n    displayName: S\n    scope: { product: prd }\n",
    ["9:23 error APIMC151 /subscriptions/s/scope/product | subscription `s` is scoped to product `prd`, which is not declared; did you mean `prod`? | declare product `prd` under `products`, or fix the name"],
  ],
  [
    "APIMC148: an unknown token in a credential, with the closest display name",
    'namedValues:\n  tok: { displayName: token-a, secret: true, fromParameter: t }\nbackends:\n  b:\n    url: https://b\n    protocol: http\n    credentials: { header: { x: ["{{token-a}}", "{{token-b}}"] } }\n',
    ["10:49 error APIMC148 /backends/b/credentials/header/x/1 | backend `b` refers to named value `{{token-b}}`, which is not declared; did you mean `token-a`? | declare a named value with `displayName: token-b`, or fix the name"],
  ],
  [
    "APIMC160: a revision shares its API's path unless it is the current one",
    'apis:\n  a:\n    displayName: A\n    path: a\n  a2:\n    displayName: A\n    path: a\n    apiRevision: "2"\n  a3:\n    displayName: A\n    path: A/\n    apiRevision: "3"\n    isCurrent: true\n',
    ["14:11 error APIMC160 /apis/a3/path | API `a3` uses path `A/`, which API `a` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s"],
  ],
  [
    "APIMC105: the suggested displayName collapses and trims runs of other characters",
    'namedValues:\n  "!-a  b-!":\n    value: x\n',
    ["5:3 error APIMC105 /namedValues/!-a  b-! | named value `!-a  b-!` has no displayName, and its key cannot stand in for one: a displayName holds only letters, digits, `.`, `-` and `_` | add `displayName: a-b` and use that name in policies as {{...}}"],
  ],
  [
    "APIMC160: leading and trailing slashes are dropped, inner ones kept",
    'apis:\n  p1: { displayName: P1, path: x }\n  p2: { displayName: P2, path: "//x" }\n  p3: { displayName: P3, path: "y//" }\n  p4: { displayName: P4, path: y }\n  p5: { displayName: P5, path: a/b }\n  p6: { displayName: P6, path: ab }\n',
    [
      "6:32 error APIMC160 /apis/p2/path | API `p2` uses path `//x`, which API `p1` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
      "8:32 error APIMC160 /apis/p4/path | API `p4` uses path `y`, which API `p3` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
    ],
  ],
  [
    "APIMC161: a parameter is not an empty segment, a query is not part of the path, and trailing slashes go",
    'apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      o1: { method: GET, urlTemplate: "/x" }\n      o2: { method: GET, urlTemplate: "/x/{id}" }\n      o3: { method: GET, urlTemplate: "/ab" }\n      o4: { method: GET, urlTemplate: "/a?b" }\n      o5: { method: GET, urlTemplate: "/x//" }\n      o6: { method: GET, urlTemplate: "/q?a={aa}" }\n      o7: { method: GET, urlTemplate: "/q?a={bb}" }\n      o8: { method: GET, urlTemplate: "/q?a=" }\n',
    [
      "13:39 error APIMC161 /apis/a/operations/o5/urlTemplate | operation `o5` of API `a` repeats `GET /x//`, already used by operation `o1` | change the method or urlTemplate, or name it `o1` to refine that operation instead of adding a second one",
      "15:39 error APIMC161 /apis/a/operations/o7/urlTemplate | operation `o7` of API `a` repeats `GET /q?a={bb}`, already used by operation `o6` | change the method or urlTemplate, or name it `o6` to refine that operation instead of adding a second one",
    ],
  ],
  [
    "APIMC173 and APIMC174: suggested parameter names from names with digits and runs of separators",
    'certificates:\n  c2:\n    data: abc\n  "12-c":\n    data: abc\n  "my--big_c-":\n    data: abc\nloggers:\n  ai2:\n    loggerType: applicationInsights\n    credentials: { instrumentationKey: k }\n  "12-ai":\n    loggerType: applicationInsights\n    credentials: { instrumentationKey: k }\n  "my--big_ai-":\n    loggerType: applicationInsights\n    credentials: { instrumentationKey: k }\n',
    [
      "6:11 error APIMC173 /certificates/c2/data | `data` of certificate `c2` is a literal; secrets must not be written in the file | write `data: { fromParameter: c2Data }` (a secure deploy parameter) or `data: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
      "8:11 error APIMC173 /certificates/12-c/data | `data` of certificate `12-c` is a literal; secrets must not be written in the file | write `data: { fromParameter: pCData }` (a secure deploy parameter) or `data: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
      "10:11 error APIMC173 /certificates/my--big_c-/data | `data` of certificate `my--big_c-` is a literal; secrets must not be written in the file | write `data: { fromParameter: myBigCData }` (a secure deploy parameter) or `data: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
      "14:40 error APIMC174 /loggers/ai2/credentials/instrumentationKey | `credentials.instrumentationKey` of logger `ai2` is a literal; it must be a `{{named value}}` reference | declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. `namedValues: { ai2-instrumentationkey: { displayName: ai2-instrumentationkey, fromParameter: ai2InstrumentationKey } }`, and write `instrumentationKey: \"{{ai2-instrumentationkey}}\"`; then rotate the exposed secret",
      "17:40 error APIMC174 /loggers/12-ai/credentials/instrumentationKey | `credentials.instrumentationKey` of logger `12-ai` is a literal; it must be a `{{named value}}` reference | declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. `namedValues: { 12-ai-instrumentationkey: { displayName: 12-ai-instrumentationkey, fromParameter: pAiInstrumentationKey } }`, and write `instrumentationKey: \"{{12-ai-instrumentationkey}}\"`; then rotate the exposed secret",
      "20:40 error APIMC174 /loggers/my--big_ai-/credentials/instrumentationKey | `credentials.instrumentationKey` of logger `my--big_ai-` is a literal; it must be a `{{named value}}` reference | declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. `namedValues: { my--big_ai--instrumentationkey: { displayName: my--big_ai--instrumentationkey, fromParameter: myBigAiInstrumentationKey } }`, and write `instrumentationKey: \"{{my--big_ai--instrumentationkey}}\"`; then rotate the exposed secret",
    ],
  ],
];

describe("layer 2 rules at their edges", () => {
  it("an API without a path is not compared with the others", async () => {
    const out = await check("apis:\n  a:\n    displayName: A\n  b:\n    displayName: B\n    path: b\n");
    expect(out.filter((d) => d.code === "APIMC160")).toEqual([]);
  });

  it.each(CASES)("%s", async (_what, yaml, expected) => {
    expect(full(await check(yaml))).toEqual(expected);
  });
});

const POLICY = (inbound: string): string =>
  `"<policies><inbound><base />${inbound}</inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>"`;

describe("REST constraints the wording suites leave out", () => {
  it("APIMC132: an API imports from one definition, not both", async () => {
    fs.writeFileSync(path.join(service.dir, "o.yaml"), "openapi: 3.0.3\ninfo: { title: O, version: '1' }\npaths: {}\n");
    fs.writeFileSync(path.join(service.dir, "w.wsdl"), "<definitions/>");
    const out = await check("apis:\n  a:\n    displayName: A\n    path: a\n    openapi: o.yaml\n    wsdl: w.wsdl\n");
    expect(full(out.filter((d) => d.code === "APIMC132"))).toEqual(["9:5 error APIMC132 /apis/a/wsdl | API `a` sets both `openapi` and `wsdl` | keep one: an API imports its operations from one definition"]);
  });

  it("APIMC123 and APIMC128: a pool without members and a named value without a value, at their keys", async () => {
    expect(full(await check("backends:\n  p:\n    type: Pool\nnamedValues:\n  n:\n    displayName: n\n"))).toEqual([
      "5:3 error APIMC123 /backends/p | backend `p` is a Pool without `pool.services` | add `pool: { services: [ { backend: <single backend name>, priority: 1, weight: 50 } ] }`",
      "8:3 error APIMC128 /namedValues/n | named value `n` has no value | give exactly one of `value` (plain text), `keyVault: { secretIdentifier }`, `fromKeyVault: <secret URI>` or `fromParameter: <name>`",
    ]);
  });

  it("APIMC125 and APIMC131: count with percentage, and only the range that runs backwards", async () => {
    const out = await check(
      "backends:\n  b:\n    url: https://b\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { count: 1, percentage: 5, interval: PT1M, statusCodeRanges: [ { min: 500, max: 400 }, { min: 500 }, { min: 400, max: 500 } ] }\n          tripDuration: PT1M\n",
    );
    expect(full(out.filter((d) => d.code !== "APIMC102"))).toEqual([
      "11:41 error APIMC125 /backends/b/circuitBreaker/rules/0/failureCondition/percentage | circuit breaker rule 0 of backend `b` sets both `count` and `percentage` | keep one: `count` trips after N failures, `percentage` after a share of failures",
      "11:99 error APIMC131 /backends/b/circuitBreaker/rules/0/failureCondition/statusCodeRanges/0/min | status code range 500–400 of backend `b` runs backwards | make `min` less than or equal to `max`",
    ]);
  });
});

describe("policy documents, checked at their own scope", () => {
  const SET_HEADER = "<set-header name='x' exists-action='override'><value>1</value></set-header>";

  it("a section without <base /> is a warning at every scope but the global one, where <base /> itself is", async () => {
    const out = await check(
      `policy: ${POLICY("")}\nproducts:\n  p:\n    displayName: P\n    policy: ${POLICY(SET_HEADER).replace("<base />", "")}\napis:\n  a:\n    displayName: A\n    path: a\n    policy: ${POLICY(SET_HEADER).replace("<base />", "")}\n    operations:\n      o:\n        method: GET\n        urlTemplate: /\n        policy: ${POLICY(SET_HEADER).replace("<base />", "")}\n    revisions:\n      "2":\n        policy: ${POLICY(SET_HEADER).replace("<base />", "")}\npolicyFragments:\n  f:\n    policy: "<fragment><base /></fragment>"\n`,
    );
    const at = (d: { line: number; col: number; code: string; pointer: string; message: string }): string => `${d.line}:${d.col} ${d.code} ${d.pointer} | ${d.message}`;
    expect(out.map(at)).toEqual([
      "4:29 APIMC216 /policy | <base /> does nothing at global scope: there is no enclosing scope to inherit from.",
      "4:56 APIMC216 /policy | <base /> does nothing at global scope: there is no enclosing scope to inherit from.",
      "4:84 APIMC216 /policy | <base /> does nothing at global scope: there is no enclosing scope to inherit from.",
      "4:113 APIMC216 /policy | <base /> does nothing at global scope: there is no enclosing scope to inherit from.",
      "8:24 APIMC217 /products/p/policy | Section <inbound> at product scope has no <base />, so the policies of the enclosing scopes are not applied here.",
      "13:24 APIMC217 /apis/a/policy | Section <inbound> at api scope has no <base />, so the policies of the enclosing scopes are not applied here.",
      "18:28 APIMC217 /apis/a/operations/o/policy | Section <inbound> at operation scope has no <base />, so the policies of the enclosing scopes are not applied here.",
      "21:28 APIMC217 /apis/a/revisions/2/policy | Section <inbound> at api scope has no <base />, so the policies of the enclosing scopes are not applied here.",
      "24:24 APIMC221 /policyFragments/f/policy | A policy fragment cannot hold <base />.",
    ]);
  });

  it("names a declared backend and certificate without a diagnostic", async () => {
    const out = await check(
      `policy: ${POLICY("<set-backend-service backend-id='b' /><authentication-certificate certificate-id='c' />").replace(/<base \/>/g, "")}\nbackends:\n  b: { url: https://b, protocol: http }\ncertificates:\n  c: { data: { fromParameter: cdata } }\n`,
    );
    expect(full(out)).toEqual([]);
  });

  it("a structured policy's element errors are located in the YAML", async () => {
    const out = await check("apis:\n  a:\n    displayName: A\n    path: a\n    policy:\n      inbound:\n        - base\n        - bogus-thing: { x: 1 }\n");
    expect(full(out).map((l) => l.split(" | ")[0])).toEqual(["9:7 error APIMC210 /apis/a/policy"]);
  });
});

describe("policies of a non-current revision", () => {
  // They were never checked: validate passed a revision policy that Azure refuses when it is saved.
  it("are checked like the current revision's, at the API and operation scope, located in the YAML", async () => {
    const out = await check(
      `apis:\n  a:\n    displayName: A\n    path: a\n    revisions:\n      "2":\n        policy: ${POLICY("<bogus-element />")}\n        operations:\n          o:\n            policy: ${POLICY("<set-header name='x' exists-action='override'><value>{{nope}}</value></set-header>")}\n    operations:\n      o: { method: GET, urlTemplate: / }\n`,
    );
    expect(full(out)).toEqual([
      "10:45 error APIMC210 /apis/a/revisions/2/policy | <bogus-element> is not a known policy element; Azure refuses the policy when it is saved. | Check the spelling against the APIM policy reference (https://learn.microsoft.com/azure/api-management/api-management-policies).",
      '13:102 error APIMC241 /apis/a/revisions/2/operations/o/policy | Named value "{{nope}}" is not declared. | Declare a named value with displayName "nope" under namedValues, or fix the name.',
    ]);
  });
});

// APIMC161 and APIMC163 against operations imported from an OpenAPI file (the same cases run through the CLI in
// test/cases; here they stay in the fast suites StrykerJS runs). Checked by hand against docs/format.md "Operation names".
const SPEC = `openapi: 3.0.3
info: { title: Orders, version: "1" }
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
      responses: { "200": { description: ok } }
  /v2/orders/{id}:
    get:
      operationId: get_order
      parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
      responses: { "200": { description: ok } }
`;

async function checkImported(operations: string): Promise<string[]> {
  fs.mkdirSync(path.join(service.dir, "specs"));
  fs.writeFileSync(path.join(service.dir, "specs", "orders.yaml"), SPEC);
  fs.writeFileSync(
    path.join(service.dir, "apim.yaml"),
    `version: 1\nservice:\n  name: contoso\napis:\n  orders:\n    displayName: Orders\n    path: orders\n    openapi: specs/orders.yaml\n    operations:\n${operations}`,
  );
  return full(validateDeclarations(await loadDeclarations(service.dir)));
}

const REFINE = "to refine the operation imported from the API's OpenAPI/WSDL file, or give it a method and urlTemplate";

describe("declared operations against imported ones", () => {
  it("refining imported operations by Azure's name or by the raw operationId is no diagnostic", async () => {
    expect(await checkImported("      getorder:\n        description: A.\n      get_order:\n        description: B.\n")).toEqual([]);
  });

  it("apimc's old kebab name is recognised and explained", async () => {
    expect(await checkImported("      get-order:\n        description: Reads one order.\n")).toEqual([
      `10:7 error APIMC163 /apis/orders/operations/get-order | operation \`get-order\` of API \`orders\` has no \`method\` and \`urlTemplate\` and refines no imported operation; did you mean \`getorder\`? | rename it to \`getorder\` (or to its operationId \`getOrder\`) ${REFINE} (\`get-order\` is the name apimc gave imported operations before it followed Azure's naming; see docs/format.md "Operation names")`,
    ]);
  });

  it("a name close to the second of two colliding imports suggests Azure's suffixed name and its operationId", async () => {
    expect(await checkImported("      getorder-2:\n        description: There is no third operation.\n")).toEqual([
      `10:7 error APIMC163 /apis/orders/operations/getorder-2 | operation \`getorder-2\` of API \`orders\` has no \`method\` and \`urlTemplate\` and refines no imported operation; did you mean \`getorder-1\`? | rename it to \`getorder-1\` (or to its operationId \`get_order\`) ${REFINE}`,
    ]);
  });

  it("a name equal to an imported one but for case and punctuation suggests that one", async () => {
    expect(await checkImported("      g.e.t.o.r.d.e.r:\n        description: x\n")).toEqual([
      `10:7 error APIMC163 /apis/orders/operations/g.e.t.o.r.d.e.r | operation \`g.e.t.o.r.d.e.r\` of API \`orders\` has no \`method\` and \`urlTemplate\` and refines no imported operation; did you mean \`getorder\`? | rename it to \`getorder\` (or to its operationId \`getOrder\`) ${REFINE}`,
    ]);
  });

  it("a half-declared operation says which of method and urlTemplate it lacks, with no suggestion when nothing is close", async () => {
    expect(await checkImported("      zzzzzzzzzzzz:\n        method: GET\n")).toEqual([
      "10:7 error APIMC163 /apis/orders/operations/zzzzzzzzzzzz | operation `zzzzzzzzzzzz` of API `orders` has no `urlTemplate` and refines no imported operation | give the operation a `method` (e.g. GET) and a `urlTemplate` (e.g. /orders/{id})",
    ]);
  });

  it("a declared route that repeats an imported one is reported on the declared operation, with any parameter name", async () => {
    expect(await checkImported("      extra:\n        method: get\n        urlTemplate: /Orders/{orderId}\n")).toEqual([
      "12:22 error APIMC161 /apis/orders/operations/extra/urlTemplate | operation `extra` of API `orders` repeats `GET /Orders/{orderId}`, already used by operation `getorder` | change the method or urlTemplate, or name it `getorder` to refine that operation instead of adding a second one",
    ]);
  });
});
