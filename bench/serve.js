// `node bench/serve.js` (or `npm run bench -- serve`): `apimc serve` under a
// loopback load of 1,000 requests/s with autocannon, against a floor measured
// in the same run: a bare Node reverse proxy (http + fetch). The gateway runs a
// typical policy: set-header + rate-limit-by-key + set-backend-service to a
// pool + one expression. Loopback only; bounded to a few seconds per target.
// Goal (issue 16): p99 overhead < 1 ms and throughput >= 70 % of the bare proxy.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const autocannon = require("autocannon");

const root = path.join(__dirname, "..");
const RATE = 1000;
const SECONDS = Number(process.env.APIMC_BENCH_SECONDS || 5);

function listen(server) {
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server.address().port)));
}

function load(url, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, overallRate: RATE, duration: SECONDS, amount: RATE * SECONDS, headers }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

async function run() {
  const backend = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"ok":true}');
  });
  const backendPort = await listen(backend);
  const target = `http://127.0.0.1:${backendPort}`;

  // The floor: a bare reverse proxy forwarding with fetch.
  const bare = http.createServer(async (req, res) => {
    const r = await fetch(target + req.url, { method: req.method, headers: { "x-tenant": req.headers["x-tenant"] || "" } });
    const body = await r.text();
    res.writeHead(r.status, { "content-type": r.headers.get("content-type") || "text/plain" });
    res.end(body);
  });
  const barePort = await listen(bare);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-serve-"));
  fs.writeFileSync(
    path.join(dir, "apim.yaml"),
    `version: 1
service: { name: bench }
backends:
  a: { type: Single, url: "${target}", protocol: http }
  b: { type: Single, url: "${target}", protocol: http }
  pool: { type: Pool, pool: { services: [ { backend: a, priority: 1, weight: 50 }, { backend: b, priority: 1, weight: 50 } ] } }
apis:
  bench:
    displayName: Bench
    path: bench
    protocols: [https]
    subscriptionRequired: false
    policy: |
      <policies>
        <inbound>
          <set-header name="x-tenant" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("x-tenant", "none").ToLower())</value></set-header>
          <rate-limit-by-key calls="100000000" renewal-period="60" counter-key="@(context.Request.IpAddress)" />
          <set-backend-service backend-id="pool" />
        </inbound>
        <backend><forward-request /></backend>
        <outbound />
        <on-error />
      </policies>
    operations:
      get: { displayName: Get, method: GET, urlTemplate: "/items/{id}" }
`,
  );
  const { checkDeclarations } = require(path.join(root, "dist/src/cli/check-declarations.js"));
  const { loadGateway } = require(path.join(root, "dist/src/runtime/index.js"));
  const { startServer } = require(path.join(root, "dist/src/runtime/serve.js"));
  const checked = await checkDeclarations(dir, { preflight: false });
  const gw = checked.model ? await startServer(loadGateway(checked.model), { port: 0, backends: "live" }) : undefined;

  const headers = { "x-tenant": "ACME" };
  try {
    if (!gw) throw new Error(`bench declarations invalid: ${JSON.stringify(checked.diagnostics)}`);
    // Warm both (JIT, keep-alive pools) before measuring.
    await new Promise((r) => autocannon({ url: `http://127.0.0.1:${barePort}/bench/items/1`, connections: 10, amount: 2000 }, r));
    await new Promise((r) => autocannon({ url: `${gw.url}/bench/items/1`, connections: 10, amount: 2000 }, r));
    const floor = await load(`http://127.0.0.1:${barePort}/bench/items/1`, headers);
    const apimc = await load(`${gw.url}/bench/items/1`, headers);
    const errors = apimc.errors + apimc.non2xx + floor.errors + floor.non2xx;
    const p99 = (r) => r.latency.p99;
    const overhead = p99(apimc) - p99(floor);
    const ratio = apimc.requests.average / floor.requests.average;
    console.log(`load: ${RATE} req/s for ${SECONDS}s, 10 connections, loopback${errors ? `, ${errors} errors/non-2xx` : ""}`);
    console.log(`bare proxy:  p99 ${p99(floor)} ms, ${floor.requests.average.toFixed(0)} req/s (${floor.requests.total} requests)`);
    console.log(`apimc serve: p99 ${p99(apimc)} ms, ${apimc.requests.average.toFixed(0)} req/s (${apimc.requests.total} requests)`);
    console.log(`p99 overhead: ${overhead.toFixed(2)} ms (goal < 1 ms) ${overhead < 1 ? "ok" : "MISSED"}`);
    console.log(`throughput ratio: ${ratio.toFixed(2)} (goal >= 0.70) ${ratio >= 0.7 ? "ok" : "MISSED"}`);
  } finally {
    if (gw) await gw.close();
    bare.closeAllConnections();
    bare.close();
    backend.closeAllConnections();
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
if (require.main === module) run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
