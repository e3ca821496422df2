// `node bench/serve.js` (or `npm run bench -- serve`): `apimc serve` under a
// loopback load of 1,000 requests/s with autocannon, against a floor measured
// in the same run: a bare Node reverse proxy (http + fetch). The gateway runs a
// typical policy: set-header + rate-limit-by-key + set-backend-service to a
// pool + one expression. Goal (issue 16): p99 overhead < 1 ms and throughput
// >= 70 % of the bare proxy.
//
// The backend, the bare proxy, `apimc serve` (the real CLI, logging each
// request to a pipe) and the load generator each run in their own process, so
// no one of them steals the event loop of another. After a warm-up, the bare
// proxy and apimc are measured alternately (ROUNDS rounds each) and the
// medians are compared:
// - at the fixed rate: p99 latency (computed from every response time, to
//   the microsecond; autocannon's own histogram rounds to whole ms);
// - unthrottled (10 connections, as fast as each answers): requests/s, the
//   throughput ratio.
// The bare proxy's own p99 shows whether the machine was saturated: on an
// idle loopback it is around 1 ms.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const { spawn } = require("child_process");

const root = path.join(__dirname, "..");
const RATE = 1000;
const SECONDS = Number(process.env.APIMC_BENCH_SECONDS || 5);
const MAX_SECONDS = Number(process.env.APIMC_BENCH_MAX_SECONDS || 3);
const ROUNDS = Number(process.env.APIMC_BENCH_ROUNDS || 3);
const CONNECTIONS = 10;

// ---- child roles ---------------------------------------------------------

function listen(server) {
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server.address().port)));
}

async function roleBackend() {
  const backend = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true}');
    });
  });
  backend.keepAliveTimeout = 10_000;
  console.log(`PORT ${await listen(backend)}`);
}

async function roleBare(target) {
  // The floor: a reverse proxy forwarding with fetch, as a user would write it.
  const bare = http.createServer(async (req, res) => {
    try {
      const r = await fetch(target + req.url, { method: req.method, headers: { "x-tenant": String(req.headers["x-tenant"] || "").toLowerCase() } });
      const body = await r.text();
      res.writeHead(r.status, { "content-type": r.headers.get("content-type") || "text/plain" });
      res.end(body);
    } catch (e) {
      res.writeHead(502);
      res.end(String(e));
    }
  });
  bare.keepAliveTimeout = 10_000;
  console.log(`PORT ${await listen(bare)}`);
}

function roleLoad(url, mode, seconds) {
  const autocannon = require("autocannon");
  const times = [];
  const opts = { url, connections: CONNECTIONS, duration: seconds, headers: { "x-tenant": "ACME" } };
  if (mode === "rate") Object.assign(opts, { overallRate: RATE, amount: RATE * seconds });
  const inst = autocannon(opts, (err, res) => {
    if (err) {
      console.error(err);
      process.exit(1);
    }
    times.sort((a, b) => a - b);
    const pct = (p) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
    const out = { p50: pct(50), p99: pct(99), rps: res.requests.total / (res.duration || seconds), total: res.requests.total, bad: res.errors + res.timeouts + res.non2xx };
    process.stdout.write(JSON.stringify(out) + "\n");
  });
  inst.on("response", (_client, status, _bytes, responseTime) => {
    if (status >= 200 && status < 300) times.push(responseTime);
  });
}

// ---- the orchestrator ----------------------------------------------------

/** Starts `node args...` and resolves with the child and the first stdout line matching `re`. */
function start(args, re, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], ...opts });
    let buf = "";
    let err = "";
    let done = false;
    child.stdout.on("data", (d) => {
      if (done) return; // the gateway's per-request log is read and dropped, as a terminal would
      buf += d;
      const m = re.exec(buf);
      if (m) {
        done = true;
        resolve({ child, match: m });
      }
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => {
      if (!done) reject(new Error(`${args.join(" ")} exited ${code}: ${err || buf}`));
    });
  });
}

function runLoad(url, mode, seconds) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, "--role", "load", url, mode, String(seconds)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load generator exited ${code}`))));
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return undefined;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function declarations(target) {
  return `version: 1
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
`;
}

async function run() {
  const children = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-serve-"));
  try {
    const backend = await start([__filename, "--role", "backend"], /PORT (\d+)/);
    children.push(backend.child);
    const target = `http://127.0.0.1:${backend.match[1]}`;
    const bare = await start([__filename, "--role", "bare", target], /PORT (\d+)/);
    children.push(bare.child);
    fs.writeFileSync(path.join(dir, "apim.yaml"), declarations(target));
    // APIMC_SERVE_PROF=DIR profiles the gateway (node --cpu-prof) for this run.
    const prof = process.env.APIMC_SERVE_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.APIMC_SERVE_PROF}`] : [];
    // Preloading this file makes SIGINT a clean exit, so a profile is written.
    const gw = await start([...prof, "-r", __filename, path.join(root, "bin/apimc.js"), "serve", dir, "--port", "0"], /on (http:\/\/127\.0\.0\.1:\d+)/, { env: { ...process.env, APIMC_BENCH_PRELOAD: "1" } });
    children.push(gw.child);
    const pids = { bare: bare.child.pid, apimc: gw.child.pid };
    const urls = { bare: `http://127.0.0.1:${bare.match[1]}/bench/items/1`, apimc: `${gw.match[1]}/bench/items/1` };

    // Warm both (JIT, keep-alive pools) before measuring.
    await runLoad(urls.bare, "rate", 2);
    await runLoad(urls.apimc, "rate", 2);
    const rounds = { bare: [], apimc: [] };
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which goes first, so a slow spell of the shared machine hits both.
      for (const who of r % 2 ? ["apimc", "bare"] : ["bare", "apimc"]) {
        const cpu0 = cpuSeconds(pids[who]);
        const fixed = await runLoad(urls[who], "rate", SECONDS);
        const cpu1 = cpuSeconds(pids[who]);
        // CPU time per request of the proxy process: what load on the shared machine cannot inflate much.
        fixed.cpuMs = cpu0 === undefined || cpu1 === undefined ? NaN : ((cpu1 - cpu0) * 1000) / fixed.total;
        const max = await runLoad(urls[who], "max", MAX_SECONDS);
        rounds[who].push({ fixed, max });
      }
    }
    const bad = [...rounds.bare, ...rounds.apimc].reduce((n, x) => n + x.fixed.bad + x.max.bad, 0);
    const fmt = (who) =>
      rounds[who].map((x) => `p99 ${x.fixed.p99.toFixed(2)} ms @ ${x.fixed.rps.toFixed(0)} req/s, max ${x.max.rps.toFixed(0)} req/s`).join(" | ");
    const p99 = (who) => median(rounds[who].map((x) => x.fixed.p99));
    const p50 = (who) => median(rounds[who].map((x) => x.fixed.p50));
    const max = (who) => median(rounds[who].map((x) => x.max.rps));
    const overhead = p99("apimc") - p99("bare");
    const ratio = max("apimc") / max("bare");
    const rateRatio = median(rounds.apimc.map((x) => x.fixed.rps)) / median(rounds.bare.map((x) => x.fixed.rps));
    console.log(`separate processes (backend, bare proxy, apimc serve, autocannon); ${RATE} req/s for ${SECONDS}s and unthrottled for ${MAX_SECONDS}s, ${CONNECTIONS} connections, ${ROUNDS} rounds each, loopback, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores${bad ? `, ${bad} errors/non-2xx` : ""}`);
    console.log(`bare proxy:  ${fmt("bare")}`);
    console.log(`apimc serve: ${fmt("apimc")}`);
    console.log(`median p50: bare ${p50("bare").toFixed(2)} ms, apimc ${p50("apimc").toFixed(2)} ms`);
    console.log(`median p99: bare ${p99("bare").toFixed(2)} ms, apimc ${p99("apimc").toFixed(2)} ms${p99("bare") > 2 ? " (the bare proxy itself is slow: the machine was busy)" : ""}`);
    const cpu = (who) => median(rounds[who].map((x) => x.fixed.cpuMs));
    if (!Number.isNaN(cpu("bare"))) console.log(`CPU per request (median): bare ${cpu("bare").toFixed(3)} ms, apimc ${cpu("apimc").toFixed(3)} ms (ratio ${(cpu("apimc") / cpu("bare")).toFixed(2)})`);
    console.log(`p99 overhead: ${overhead.toFixed(2)} ms (goal < 1 ms) ${overhead < 1 ? "ok" : "MISSED"}`);
    console.log(`throughput at ${RATE} req/s offered: ratio ${rateRatio.toFixed(2)}`);
    console.log(`max throughput ratio: ${ratio.toFixed(2)} (${max("apimc").toFixed(0)} / ${max("bare").toFixed(0)} req/s; goal >= 0.70) ${ratio >= 0.7 ? "ok" : "MISSED"}`);
  } finally {
    // SIGINT lets the gateway end cleanly (and write its --cpu-prof profile).
    for (const c of children) c.kill("SIGINT");
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r)))));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
if (process.env.APIMC_BENCH_PRELOAD && require.main !== module) process.once("SIGINT", () => process.exit(0));
if (require.main === module) {
  const [, , flag, role, ...rest] = process.argv;
  const main = flag === "--role" ? (role === "backend" ? roleBackend() : role === "bare" ? roleBare(rest[0]) : Promise.resolve(roleLoad(rest[0], rest[1], Number(rest[2])))) : run();
  main.catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
