/**
 * Layer 2 on the sides of its rules that layer2-wording.test.ts leaves out: display names that default to the
 * key, API paths compared without slashes and case and per version, routes compared with any parameter name,
 * pools of pools, the `backend:` sugar, built-in groups, `{{tokens}}` from plain named values, and the
 * parameter names suggested for literal secrets. Each expected line (line:col, severity, code, pointer,
 * message, fix) was checked by hand against docs/codes-validate.md. Written against the survivors of StrykerJS
 * over src/validate (docs/testing.md, "src/validate").
 */
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
];

describe("layer 2 rules at their edges", () => {
  it.each(CASES)("%s", async (_what, yaml, expected) => {
    expect(full(await check(yaml))).toEqual(expected);
  });
});
