/**
 * Layer 2 of validation as a user reads it: REST constraints, references, uniqueness, revisions and
 * secrets, each on both sides of its rule, with the exact line:col, severity, code, JSON pointer, message
 * and fix apimc prints. Each expected line was checked by hand against docs/codes-validate.md and the
 * rule it states. Written against the survivors of `npm run mutation` over src/validate
 * (docs/testing.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { countResources, loadDeclarations, validateDeclarations } from "../../../src/index";
import { full, useTempService } from "../../support/temp-service";

const service = useTempService("apimc-layer2-");
const check = service.check;

const CASES: Array<[string, string, string[]]> = [
  [
    "APIMC124: a pool on a backend with no type says to add `type: Pool`",
    "backends:\n  b:\n    url: https://b\n    protocol: http\n    pool: { services: [ { backend: c } ] }\n  c: { url: https://c, protocol: http }\n",
    [
      "8:5 error APIMC124 /backends/b/pool | backend `b` has `pool` but is not of type `Pool` | add `type: Pool` to make this backend a pool",
    ],
  ],
  [
    "APIMC124: a pool on a `type: Single` backend says to set the type or drop the pool",
    "backends:\n  b:\n    type: Single\n    url: https://b\n    protocol: http\n    pool: { services: [ { backend: c } ] }\n  c: { url: https://c, protocol: http }\n",
    [
      "9:5 error APIMC124 /backends/b/pool | backend `b` has `pool` but is not of type `Pool` | set `type: Pool`, or remove `pool`",
    ],
  ],
  [
    "APIMC120/121: a Single backend needs a url and a protocol, reported at the backend's key",
    "backends:\n  b:\n    type: Single\n    description: x\n",
    [
      "5:3 error APIMC120 /backends/b | backend `b` (type Single) has no `url` | add `url: https://...`, the runtime URL APIM forwards requests to",
      "5:3 error APIMC121 /backends/b | backend `b` (type Single) has no `protocol` | add `protocol: http` (or `soap` for SOAP pass-through)",
    ],
  ],
  [
    "APIMC122: a Pool must not set url or protocol, each reported at its key",
    "backends:\n  p:\n    type: Pool\n    url: https://p\n    protocol: http\n    pool: { services: [ { backend: c } ] }\n  c: { url: https://c, protocol: http }\n",
    [
      "7:5 error APIMC122 /backends/p/url | backend `p` is a Pool and must not set `url` | remove `url`; a pool sends traffic to the `url` of its member backends",
      "8:5 error APIMC122 /backends/p/protocol | backend `p` is a Pool and must not set `protocol` | remove `protocol`; a pool sends traffic to the `url` of its member backends",
    ],
  ],
  [
    "APIMC125/131: count and percentage together; a backwards status range, but not an equal one",
    "backends:\n  b:\n    url: https://b\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { count: 3, percentage: 50, interval: PT1M, statusCodeRanges: [ { min: 500, max: 599 }, { min: 599, max: 500 }, { min: 500, max: 500 } ] }\n          tripDuration: PT1M\n",
    [
      "11:41 error APIMC125 /backends/b/circuitBreaker/rules/0/failureCondition/percentage | circuit breaker rule 0 of backend `b` sets both `count` and `percentage` | keep one: `count` trips after N failures, `percentage` after a share of failures",
      "11:124 error APIMC131 /backends/b/circuitBreaker/rules/0/failureCondition/statusCodeRanges/1/min | status code range 599–500 of backend `b` runs backwards | make `min` less than or equal to `max`",
    ],
  ],
  [
    "APIMC126: a breaker rule with neither count nor percentage, and only that rule",
    "backends:\n  b:\n    url: https://b\n    protocol: http\n    circuitBreaker:\n      rules:\n        - name: r\n          failureCondition: { interval: PT1M }\n          tripDuration: PT1M\n        - name: s\n          failureCondition: { count: 1, interval: PT1M }\n          tripDuration: PT1M\n",
    [
      "11:11 error APIMC126 /backends/b/circuitBreaker/rules/0/failureCondition | circuit breaker rule 0 of backend `b` sets neither `count` nor `percentage` | add `count: 5` (failures) or `percentage: 50` to the failure condition",
    ],
  ],
  [
    "APIMC129/127: three sources name the first two; a bad secret URI is still checked",
    "namedValues:\n  t: { displayName: t, value: x, keyVault: { secretIdentifier: https://kv.vault.azure.net/secrets/a }, fromParameter: p }\n",
    [
      "5:34 error APIMC129 /namedValues/t/keyVault | named value `t` sets both `value` and `keyVault`; a named value takes exactly one source | keep one of `value` and `keyVault` and `fromParameter`",
      "5:64 error APIMC127 /namedValues/t/keyVault/secretIdentifier | keyVault.secretIdentifier of named value `t` is not a Key Vault secret URI: the vault name, secret name or version has characters Key Vault does not allow | write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
    ],
  ],
  [
    "APIMC130: a blank value is empty; an empty secret value is APIMC170 instead",
    "namedValues:\n  e: { displayName: e, value: \"  \" }\n  s: { displayName: s, secret: true, value: \"\" }\n",
    [
      "5:31 error APIMC130 /namedValues/e/value | named value `e` has an empty value | APIM rejects empty or blank values; write the value, or remove the named value",
      "6:45 error APIMC170 /namedValues/s/value | named value `s` is secret but its value is written in the file | remove `value` and give the secret one of: `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }` (APIM reads Key Vault), `fromKeyVault: <secret URI>` (apimc reads Key Vault at deploy time) or `fromParameter: <name>` (a secure deploy parameter); then rotate the exposed secret",
    ],
  ],
  [
    "APIMC127 says why a Key Vault URI is wrong",
    "namedValues:\n  h: { displayName: h, fromKeyVault: https://example.com/secrets/a }\n  u: { displayName: u, fromKeyVault: \"https://[bad\" }\n  c: { displayName: c, keyVault: { secretIdentifier: \"https://kv.vault.azure.net/secrets/a_b\" } }\n  cn: { displayName: cn, fromKeyVault: https://kv.vault.azure.cn/secrets/a }\n  up: { displayName: up, fromKeyVault: HTTPS://KV.VAULT.AZURE.NET/secrets/a }\n",
    [
      "5:38 error APIMC127 /namedValues/h/fromKeyVault | fromKeyVault of named value `h` is not a Key Vault secret URI: host `example.com` is not a Key Vault (`<vault>.vault.azure.net`) | write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
      "6:38 error APIMC127 /namedValues/u/fromKeyVault | fromKeyVault of named value `u` is not a Key Vault secret URI: it is not a URL | write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
      "7:54 error APIMC127 /namedValues/c/keyVault/secretIdentifier | keyVault.secretIdentifier of named value `c` is not a Key Vault secret URI: the vault name, secret name or version has characters Key Vault does not allow | write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
      "8:40 error APIMC127 /namedValues/cn/fromKeyVault | fromKeyVault of named value `cn` is not a Key Vault secret URI: the vault name, secret name or version has characters Key Vault does not allow | write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
      "9:40 error APIMC127 /namedValues/up/fromKeyVault | fromKeyVault of named value `up` is not a Key Vault secret URI: the vault name, secret name or version has characters Key Vault does not allow | write `https://<vault>.vault.azure.net/secrets/<secret-name>` (leave out the version so APIM picks up rotations)",
    ],
  ],
  [
    "APIMC133: gRPC and OData APIs need their definition or operations",
    "apis:\n  g:\n    displayName: G\n    path: g\n    type: grpc\n  o:\n    displayName: O\n    path: o\n    type: odata\n  ok:\n    displayName: K\n    path: k\n    type: grpc\n    format: grpc-link\n    value: https://x/p.proto\n  ok2:\n    displayName: K2\n    path: k2\n    type: odata\n    operations: { o: { method: GET, urlTemplate: / } }\n  wrongfmt:\n    displayName: W\n    path: w\n    type: grpc\n    format: odata-link\n    value: https://x\n  novalue:\n    displayName: NV\n    path: nv\n    type: grpc\n    format: grpc\n  src:\n    displayName: S\n    path: s\n    type: grpc\n    sourceApiId: ok\n  http:\n    displayName: H\n    path: h\n    type: http\n",
    [
      "8:11 error APIMC133 /apis/g/type | API `g` is of type `grpc` but neither gives the .proto file nor declares operations | add `format: grpc-link` with `value: <URL of the .proto file>`, or `format: grpc` with its text in `value`; Azure builds the operations from it",
      "12:11 error APIMC133 /apis/o/type | API `o` is of type `odata` but neither gives the OData metadata document ($metadata) nor declares operations | add `format: odata-link` with `value: <URL of the OData metadata document ($metadata)>`, or `format: odata` with its text in `value`; Azure builds the operations from it",
      "27:11 error APIMC133 /apis/wrongfmt/type | API `wrongfmt` is of type `grpc` but neither gives the .proto file nor declares operations | add `format: grpc-link` with `value: <URL of the .proto file>`, or `format: grpc` with its text in `value`; Azure builds the operations from it",
      "33:11 error APIMC133 /apis/novalue/type | API `novalue` is of type `grpc` but neither gives the .proto file nor declares operations | add `format: grpc-link` with `value: <URL of the .proto file>`, or `format: grpc` with its text in `value`; Azure builds the operations from it",
    ],
  ],
  [
    "APIMC172/171: literal backend credentials and proxy passwords, but not named-value references",
    "namedValues:\n  tok: { displayName: tok, fromParameter: t }\nbackends:\n  b:\n    url: https://b\n    protocol: http\n    credentials:\n      header: { x-key: [ literal, \"Bearer {{tok}}\" ] }\n      query: { code: [ \"{{tok}}\", lit2 ] }\n      authorization: { scheme: Basic, parameter: plain }\n    proxy: { url: http://p, password: \"  {{tok}}  \" }\n  c:\n    url: https://c\n    protocol: http\n    proxy: { url: http://p, password: \"x{{tok}}\" }\n",
    [
      "11:26 error APIMC172 /backends/b/credentials/header/x-key/0 | header `x-key` of backend `b` holds a literal value; credentials must be `{{named value}}` references | declare a secret named value, e.g. `namedValues: { orders-token: { displayName: orders-token, secret: true, fromParameter: ordersToken } }` (or `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }`), and reference it here, e.g. `\"Bearer {{orders-token}}\"`; then rotate the exposed secret",
      "12:35 error APIMC172 /backends/b/credentials/query/code/1 | query parameter `code` of backend `b` holds a literal value; credentials must be `{{named value}}` references | declare a secret named value, e.g. `namedValues: { orders-token: { displayName: orders-token, secret: true, fromParameter: ordersToken } }` (or `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }`), and reference it here, e.g. `\"{{orders-token}}\"`; then rotate the exposed secret",
      "13:50 error APIMC172 /backends/b/credentials/authorization/parameter | authorization parameter of backend `b` is a literal; credentials must be `{{named value}}` references | declare a secret named value, e.g. `namedValues: { orders-token: { displayName: orders-token, secret: true, fromParameter: ordersToken } }` (or `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }`), and reference it here, e.g. `parameter: \"{{orders-token}}\"`; then rotate the exposed secret",
      "18:39 error APIMC171 /backends/c/proxy/password | proxy password of backend `c` is a literal; secrets must not be written in the file | declare a secret named value (keyVault, fromKeyVault or fromParameter) and write `password: \"{{its-display-name}}\"`",
    ],
  ],
  [
    "APIMC173: literal certificate data and password",
    "certificates:\n  c:\n    data: literal-pfx\n    password: pw\n  k:\n    keyVault: { secretIdentifier: https://kv1.vault.azure.net/secrets/c }\n",
    [
      "6:11 error APIMC173 /certificates/c/data | `data` of certificate `c` is a literal; secrets must not be written in the file | write `data: { fromParameter: cData }` (a secure deploy parameter) or `data: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
      "7:15 error APIMC173 /certificates/c/password | `password` of certificate `c` is a literal; secrets must not be written in the file | write `password: { fromParameter: cPassword }` (a secure deploy parameter) or `password: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
    ],
  ],
  [
    "APIMC173: a literal cache connection string, with a camel-case parameter name in the fix",
    "caches:\n  my-cache:\n    connectionString: literal\n    useFromLocation: default\n",
    [
      "6:23 error APIMC173 /caches/my-cache/connectionString | `connectionString` of cache `my-cache` is a literal; secrets must not be written in the file | write `connectionString: { fromParameter: myCacheConnectionString }` (a secure deploy parameter) or `connectionString: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
    ],
  ],
  [
    "APIMC174: literal logger credentials, but not a named-value reference with spaces around it",
    "namedValues:\n  ik: { displayName: ik, fromParameter: ik }\nloggers:\n  ai:\n    loggerType: applicationInsights\n    credentials: { instrumentationKey: literal }\n  ai2:\n    loggerType: applicationInsights\n    credentials: { connectionString: \" {{ik}} \" }\n  eh:\n    loggerType: azureEventHub\n    credentials: { name: hub, connectionString: \"Endpoint=sb://x\" }\n",
    [
      "9:40 error APIMC174 /loggers/ai/credentials/instrumentationKey | `credentials.instrumentationKey` of logger `ai` is a literal; it must be a `{{named value}}` reference | declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. `namedValues: { ai-instrumentationkey: { displayName: ai-instrumentationkey, fromParameter: aiInstrumentationKey } }`, and write `instrumentationKey: \"{{ai-instrumentationkey}}\"`; then rotate the exposed secret",
      "15:49 error APIMC174 /loggers/eh/credentials/connectionString | `credentials.connectionString` of logger `eh` is a literal; it must be a `{{named value}}` reference | declare a secret named value (keyVault, fromKeyVault or fromParameter), e.g. `namedValues: { eh-connectionstring: { displayName: eh-connectionstring, fromParameter: ehConnectionString } }`, and write `connectionString: \"{{eh-connectionstring}}\"`; then rotate the exposed secret",
    ],
  ],
  [
    "APIMC173: a literal OAuth client secret",
    "authorizationServers:\n  a-s:\n    displayName: A\n    clientRegistrationEndpoint: https://x\n    authorizationEndpoint: https://x\n    grantTypes: [ authorizationCode ]\n    clientId: id\n    clientSecret: sec\n",
    [
      "11:19 error APIMC173 /authorizationServers/a-s/clientSecret | `clientSecret` of authorization server `a-s` is a literal; secrets must not be written in the file | write `clientSecret: { fromParameter: aSClientSecret }` (a secure deploy parameter) or `clientSecret: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }`; then rotate the exposed secret",
    ],
  ],
  [
    "APIMC164/165: revision numbers and the current revision",
    "apis:\n  a:\n    displayName: A\n    path: a\n    apiRevision: \"x\"\n    revisions:\n      \"0\": { apiRevisionDescription: d }\n      \"two\": { apiRevisionDescription: d }\n  b:\n    displayName: B\n    path: b\n    apiRevision: \"3\"\n    revisions:\n      \"3\": { apiRevisionDescription: d }\n      \"4\": { apiRevisionDescription: d }\n  c:\n    displayName: C\n    path: c\n    revisions:\n      \"1\": { apiRevisionDescription: d }\n",
    [
      "8:18 error APIMC164 /apis/a/apiRevision | apiRevision `x` of API `a` is not a revision number | write the revision as a positive whole number in quotes, for example `apiRevision: \"3\"`",
      "10:7 error APIMC164 /apis/a/revisions/0 | revision `0` of API `a` is not a revision number | key each revision by its number, a positive whole number in quotes, for example `\"4\": { apiRevisionDescription: ... }`",
      "11:7 error APIMC164 /apis/a/revisions/two | revision `two` of API `a` is not a revision number | key each revision by its number, a positive whole number in quotes, for example `\"4\": { apiRevisionDescription: ... }`",
      "17:7 error APIMC165 /apis/b/revisions/3 | revision `3` of API `b` is its current revision (`apiRevision: \"3\"`), so it cannot also be declared under `revisions` | the current revision's operations and policy are the API's own: move this entry's `policy` and `operations` to `apis.b`, and its `apiRevisionDescription` next to `apiRevision`",
      "23:7 error APIMC165 /apis/c/revisions/1 | revision `1` of API `c` is its current revision (`apiRevision: \"1\"`), so it cannot also be declared under `revisions` | the current revision's operations and policy are the API's own: move this entry's `policy` and `operations` to `apis.c`, and its `apiRevisionDescription` next to `apiRevision`",
    ],
  ],
  [
    "APIMC166: sourceApiId names a declared API and revision; ARM ids and expressions are not checked",
    "apis:\n  orders:\n    displayName: O\n    path: o\n    revisions:\n      \"4\": { apiRevisionDescription: d }\n      \"10\": { apiRevisionDescription: d }\n  copy1:\n    displayName: C1\n    path: c1\n    sourceApiId: \"orders;rev=7\"\n  copy2:\n    displayName: C2\n    path: c2\n    sourceApiId: ordrs\n  copy3:\n    displayName: C3\n    path: c3\n    sourceApiId: \"orders;rev=10\"\n  copy4:\n    displayName: C4\n    path: c4\n    sourceApiId: \"/subscriptions/x/apis/y\"\n  copy5:\n    displayName: C5\n    path: c5\n    sourceApiId: \"[parameters('x')]\"\n",
    [
      "14:18 error APIMC166 /apis/copy1/sourceApiId | sourceApiId of API `copy1` names revision 7 of `orders`, which does not exist as a source (declared: 1, 4, 10) | name a revision of `orders` that exists (`orders;rev=10`), or declare revision 7 under `apis.orders.revisions`",
      "18:18 error APIMC166 /apis/copy2/sourceApiId | sourceApiId of API `copy2` names API `ordrs`, which is not declared; did you mean `orders`? | name a declared API (`sourceApiId: orders`), or give the source's full ARM id",
    ],
  ],
  [
    "APIMC166 with no other API to suggest",
    "apis:\n  copy:\n    displayName: C\n    path: c\n    sourceApiId: nothing\n",
    [
      "8:18 error APIMC166 /apis/copy/sourceApiId | sourceApiId of API `copy` names API `nothing`, which is not declared | name a declared API (`sourceApiId: orders`), or give the source's full ARM id",
    ],
  ],
  [
    "references: pool members, named-value tokens in credentials, backends, product APIs and groups",
    "namedValues:\n  tok: { displayName: api-token, fromParameter: t }\n  pl: { value: x }\nbackends:\n  a: { url: https://a, protocol: http }\n  p:\n    type: Pool\n    pool: { services: [ { backend: a }, { backend: p }, { backend: gone } ] }\n  c:\n    url: https://c\n    protocol: http\n    credentials: { header: { x: [ \"{{ api-token }}\", \"{{nope}}\", \"{{pl}}\" ] } }\n    proxy: { url: http://p, username: \"{{pl}}\", password: \"{{pl}}\" }\napis:\n  x:\n    displayName: X\n    path: x\n    backend: b\n  y:\n    displayName: Y\n    path: y\n    backend: a\n    apiVersionSet: vs\n    apiVersion: v1\napiVersionSets:\n  vs: { displayName: VS, versioningScheme: Segment }\nproducts:\n  pr:\n    displayName: P\n    apis: [ x, z ]\n    groups: [ developers, admins2 ]\n",
    [
      "11:52 error APIMC141 /backends/p/pool/services/1/backend | pool `p` names backend `p`, which is itself a pool | pools can only hold Single backends; list that pool's members instead",
      "11:68 error APIMC140 /backends/p/pool/services/2/backend | pool `p` names backend `gone`, which is not declared | declare backend `gone` under `backends`, or fix the name",
      "15:35 error APIMC172 /backends/c/credentials/header/x/0 | header `x` of backend `c` holds a literal value; credentials must be `{{named value}}` references | declare a secret named value, e.g. `namedValues: { orders-token: { displayName: orders-token, secret: true, fromParameter: ordersToken } }` (or `keyVault: { secretIdentifier: https://<vault>.vault.azure.net/secrets/<name> }`), and reference it here, e.g. `\"Bearer {{orders-token}}\"`; then rotate the exposed secret",
      "15:54 error APIMC148 /backends/c/credentials/header/x/1 | backend `c` refers to named value `{{nope}}`, which is not declared | declare a named value with `displayName: nope`, or fix the name",
      "15:66 warning APIMC149 /backends/c/credentials/header/x/2 | credential header of backend `c` comes from named value `pl`, which holds a plain `value`, so the credential is stored unencrypted and shown in clear | make named value `pl` a secret: replace its `value` with `fromParameter: <name>`, `fromKeyVault: <secret URI>` or `keyVault: { secretIdentifier: ... }`, then rotate the credential it held",
      "16:59 warning APIMC149 /backends/c/proxy/password | proxy password of backend `c` comes from named value `pl`, which holds a plain `value`, so the credential is stored unencrypted and shown in clear | make named value `pl` a secret: replace its `value` with `fromParameter: <name>`, `fromKeyVault: <secret URI>` or `keyVault: { secretIdentifier: ... }`, then rotate the credential it held",
      "21:14 error APIMC145 /apis/x/backend | API `x` routes to backend `b`, which is not declared; did you mean `a`? | declare backend `b` under `backends`, or fix the name",
      "33:16 error APIMC142 /products/pr/apis/1 | product `pr` names API `z`, which is not declared; did you mean `x`? | declare API `z` under `apis`, or remove it from the list",
      "34:27 error APIMC153 /products/pr/groups/1 | product `pr` names group `admins2`, which is not declared | declare group `admins2` under `groups` (the built-in ones are administrators, developers, guests), or remove it from the list",
    ],
  ],
  [
    "APIMC160: API paths compare without slashes and case, per version; non-current revisions share the path",
    "apis:\n  a: { displayName: A, path: /Orders/ }\n  b: { displayName: B, path: orders }\n  r: { displayName: R, path: \"\" }\n  s: { displayName: S, path: \"\" }\n  rev: { displayName: Rev, path: orders, apiRevision: \"2\" }\n  cur: { displayName: Cur, path: orders, apiRevision: \"2\", isCurrent: true }\n  v1: { displayName: V, path: v, apiVersionSet: vs, apiVersion: v1 }\n  v1b: { displayName: V, path: v, apiVersionSet: vs, apiVersion: v1 }\napiVersionSets:\n  vs: { displayName: VS, versioningScheme: Segment }\n",
    [
      "6:30 error APIMC160 /apis/b/path | API `b` uses path `orders`, which API `a` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
      "8:30 error APIMC160 /apis/s/path | API `s` uses the root path, which API `r` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
      "10:34 error APIMC160 /apis/cur/path | API `cur` uses path `orders`, which API `a` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
      "12:32 error APIMC160 /apis/v1b/path | API `v1b` uses path `v` with version `v1`, which API `v1` already uses | give each API its own `path`, or put both in one `apiVersionSet` with different `apiVersion`s",
    ],
  ],
  [
    "APIMC161/163: routes compare with any parameter name and method case; incomplete operations say what is missing",
    "apis:\n  a:\n    displayName: A\n    path: a\n    operations:\n      one: { method: get, urlTemplate: \"/o/{id}/\" }\n      two: { method: GET, urlTemplate: \"/O/{x}\" }\n      q1: { method: GET, urlTemplate: \"/s?a={a}\" }\n      q2: { method: GET, urlTemplate: \"/s?a={b}\" }\n      q3: { method: GET, urlTemplate: \"/s\" }\n      p1: { method: POST, urlTemplate: \"/o/{id}\" }\n      half: { method: GET }\n      none: { description: x }\n",
    [
      "10:40 error APIMC161 /apis/a/operations/two/urlTemplate | operation `two` of API `a` repeats `GET /O/{x}`, already used by operation `one` | change the method or urlTemplate, or name it `one` to refine that operation instead of adding a second one",
      "12:39 error APIMC161 /apis/a/operations/q2/urlTemplate | operation `q2` of API `a` repeats `GET /s?a={b}`, already used by operation `q1` | change the method or urlTemplate, or name it `q1` to refine that operation instead of adding a second one",
      "15:7 error APIMC163 /apis/a/operations/half | operation `half` of API `a` has no `urlTemplate` and refines no imported operation | give the operation a `method` (e.g. GET) and a `urlTemplate` (e.g. /orders/{id})",
      "16:7 error APIMC163 /apis/a/operations/none | operation `none` of API `a` has no `method` and `urlTemplate` and refines no imported operation | give the operation a `method` (e.g. GET) and a `urlTemplate` (e.g. /orders/{id})",
    ],
  ],
];

describe("layer 2 diagnostics", () => {
  it.each(CASES)("%s", async (_what, yaml, expected) => {
    expect(full(await check(yaml))).toEqual(expected);
  });
});

describe("countResources, the CLI's `ok` line", () => {
  it("counts every declared resource of every top-level section, plus each policy document", async () => {
    fs.writeFileSync(
      path.join(service.dir, "apim.yaml"),
      [
        "version: 1",
        "service:",
        "  name: contoso",
        "namedValues:",
        "  a: { value: x }",
        "backends:",
        "  b: { url: https://b, protocol: http }",
        "  c: { url: https://c, protocol: http }",
        "apis:",
        "  o:",
        "    displayName: O",
        "    path: o",
        "    policy: <policies><inbound><base /></inbound></policies>",
        "tags:",
        "  t: { displayName: T }",
        "policy: <policies><inbound /></policies>",
        "",
      ].join("\n"),
    );
    const loaded = await loadDeclarations(service.dir);
    expect(validateDeclarations(loaded)).toEqual([]);
    // 1 named value + 2 backends + 1 API + 1 tag, and the API's and the global policy.
    expect(countResources(loaded)).toBe(7);
  });
});


describe("policy documents in the declaration set", () => {
  it("checks each policy at its own scope, against the declared names, and warns about plain named values in credential fields", async () => {
    const out = await check("namedValues:\n  plain: { value: x }\nproducts:\n  p:\n    displayName: P\n    policy: <policies><inbound><set-header name=\"a\" exists-action=\"override\"><value>{{nope1}}</value></set-header></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>\npolicyFragments:\n  f:\n    policy: <fragment><set-backend-service backend-id=\"nope2\" /></fragment>\napis:\n  a:\n    displayName: A\n    path: a\n    policy: <policies><inbound><include-fragment fragment-id=\"nope3\" /></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>\n    operations:\n      o:\n        method: GET\n        urlTemplate: /\n        policy: <policies><inbound><authentication-certificate certificate-id=\"nope4\" /><authentication-basic username=\"u\" password=\"{{plain}}\" /></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>\n");
    expect(out.filter((d) => d.code !== "APIMC217").map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.pointer} | ${d.message}`)).toEqual([
      '9:85 error APIMC241 /products/p/policy | Named value "{{nope1}}" is not declared.',
      '12:56 error APIMC240 /policyFragments/f/policy | Backend "nope2" is not declared.',
      '17:63 error APIMC242 /apis/a/policy | Policy fragment "nope3" is not declared.',
      '22:80 error APIMC244 /apis/a/operations/o/policy | Certificate "nope4" is not declared.',
      "22:134 warning APIMC149 /apis/a/operations/o/policy | authentication-basic@password takes a credential from named value `{{plain}}`, which holds a plain `value`, so the credential is stored unencrypted and shown in clear",
    ]);
    // The scope each policy was checked at shows in the missing-<base /> warning of its inbound section.
    expect(out.filter((d) => d.code === "APIMC217" && d.message.startsWith("Section <inbound>")).map((d) => `${d.pointer} ${d.message.split(" has ")[0]}`)).toEqual([
      "/products/p/policy Section <inbound> at product scope",
      "/apis/a/policy Section <inbound> at api scope",
      "/apis/a/operations/o/policy Section <inbound> at operation scope",
    ]);
  });

  it("points a structured YAML policy's diagnostics at the YAML, not at the XML printed from it", async () => {
    expect(full(await check("policy:\n  inbound:\n    - set-backend-service: { backend-id: nope }\n"))).toEqual([
      '5:3 error APIMC240 /policy | Backend "nope" is not declared. | Declare backend "nope" under backends, or use one of: (none declared).',
    ]);
    expect(full(await check("policy:\n  inbound:\n    - set-header: { name: x, exists-action: sometimes }\n"))).toEqual([
      '5:3 error APIMC260 /policy | <set-header> attribute "exists-action" must be one of override, append, skip, delete, not "sometimes". | Write exists-action="override", or use a policy expression @(...) computed at run time.',
    ]);
  });

  it("reports every parse error of an XML policy at its place in the file", async () => {
    expect((await check("policy: \"<policies><inbound>\"\n")).map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
      "4:10 APIMC201 Element <policies> is never closed.",
      "4:20 APIMC201 Element <inbound> is never closed.",
    ]);
  });
});

describe("APIMC166: the revisions a sourceApiId may name", () => {
  it("lists the declared revisions in numeric order, counts apiRevision as declared, and suggests another declared API", async () => {
    const out = await check(
      [
        "apis:",
        "  billing:",
        "    displayName: B",
        "    path: b",
        '    apiRevision: "3"',
        "    revisions:",
        '      "10": { apiRevisionDescription: d }',
        '      "4": { apiRevisionDescription: d }',
        "  current:",
        "    displayName: C",
        "    path: c",
        '    sourceApiId: "billing;rev=3"',
        "  missing:",
        "    displayName: M",
        "    path: m",
        '    sourceApiId: "billing;rev=7"',
        "  ghost:",
        "    displayName: G",
        "    path: g",
        "    sourceApiId: nothing-like-it",
        "",
      ].join("\n"),
    );
    expect(out.map((d) => `${d.code} ${d.pointer} | ${d.message} | ${d.hint}`)).toEqual([
      "APIMC166 /apis/missing/sourceApiId | sourceApiId of API `missing` names revision 7 of `billing`, which does not exist as a source (declared: 1, 3, 4, 10) | name a revision of `billing` that exists (`billing;rev=10`), or declare revision 7 under `apis.billing.revisions`",
      "APIMC166 /apis/ghost/sourceApiId | sourceApiId of API `ghost` names API `nothing-like-it`, which is not declared | name a declared API (`sourceApiId: billing`), or give the source's full ARM id",
    ]);
  });
});
