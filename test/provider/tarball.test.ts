/**
 * The package as a user gets it: `npm pack`, installed into a fresh Pulumi
 * TypeScript project that uses Pulumi's stock template tsconfig (module
 * commonjs, moduleResolution node, strict, no skipLibCheck) with TypeScript 5,
 * as `pulumi new typescript` creates it. The program type-checks with tsc, runs
 * under setMocks, and the project's own dynamic-provider host loads apimc's
 * provider from node_modules. The CLI never loads @pulumi/pulumi, and without
 * `typescript` an apim.ts is a clear diagnostic. Needs dist/ (npm test builds
 * it); installs with --prefer-offline from the npm cache (the registry when a
 * package is not cached yet). The slowest test of the suite.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { startHost } from "./host";

jest.setTimeout(600_000);

const root = path.resolve(__dirname, "../..");
/** TypeScript 5, as Pulumi's template installs it (`typescript: ^5`); TypeScript 6 rejects moduleResolution node10 outright. */
const TYPESCRIPT = "5.9.3";

/** apimc's peer range for @pulumi/pulumi, as the tarball declares it. */
const PEER_RANGE: string = require("../../package.json").peerDependencies["@pulumi/pulumi"];
/**
 * The ends of that range, tested here (see docs/pulumi.md, Install). NEWEST is
 * the newest 3.x release; it declares `node >=22` but installs and runs here on
 * Node 20 (npm only warns). OLDEST is the first release whose dynamic-provider
 * host passes the `inputs` a provider's `read` returns on to the engine, which
 * `import` on the dynamic path needs.
 */
const PULUMI_NEWEST = "3.276.0";
const PULUMI_OLDEST = "3.216.0";

/** Pulumi's `typescript` template tsconfig, as `pulumi new typescript` writes it. */
const STOCK_TSCONFIG = {
  compilerOptions: {
    strict: true,
    outDir: "bin",
    target: "es2020",
    module: "commonjs",
    moduleResolution: "node",
    sourceMap: true,
    experimentalDecorators: true,
    pretty: true,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    forceConsistentCasingInFileNames: true,
  },
  files: ["index.ts"],
};

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import { ApimService, Backend, native } from "apimc/provider";
import type { BackendDeclaration } from "apimc";

const config = new pulumi.Config();
const service = { subscriptionId: config.require("subscriptionId"), resourceGroup: config.require("resourceGroup") };

const apim = new ApimService("contoso", {
  declarations: "apim/",
  service,
  parameters: { billingToken: config.requireSecret("billingToken") },
});

const extra: BackendDeclaration = { url: "https://extra.example.com", protocol: "http" };
new Backend("extra", { service: { ...service, serviceName: "contoso-apim-dev" }, name: "extra", properties: extra });
new native.Backend("extra-native", { service: { ...service, serviceName: "contoso-apim-dev" }, name: "extra-native", properties: extra });

export const armIds = apim.armIds;
`;

const RUN_UNDER_MOCKS = `const pulumi = require("@pulumi/pulumi");
pulumi.runtime.setAllConfig(
  { "apimc-tarball:subscriptionId": "00000000-0000-0000-0000-0000000000aa", "apimc-tarball:resourceGroup": "rg-tarball", "apimc-tarball:billingToken": "token-value" },
  ["apimc-tarball:billingToken"],
);
const registered = [];
pulumi.runtime.setMocks(
  {
    newResource(a) {
      registered.push({ type: a.type, name: a.name, provider: a.inputs.__provider });
      return { id: a.name + "-id", state: { ...a.inputs, armId: "/arm/" + a.name } };
    },
    call: (a) => a.inputs,
  },
  "apimc-tarball",
  "dev",
  false,
);
const program = require("./bin/index.js");
program.armIds.apply((ids) => setImmediate(() => console.log(JSON.stringify({ ids, registered }))));
`;

/** Records, at exit, whether any @pulumi/pulumi module was loaded. */
const PULUMI_PROBE = `process.on("exit", () => {
  if (Object.keys(require.cache).some((k) => k.includes("@pulumi" + require("path").sep + "pulumi"))) require("fs").writeSync(2, "\\nPULUMI-LOADED\\n");
});
`;

let dir: string;
let project: string;

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "" };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "apimc-tarball-"));
  const packed = run("npm", ["pack", "--ignore-scripts", "--pack-destination", dir, "--json"], root);
  expect(packed.err.replace(/npm warn[^\n]*\n/gi, "")).toBe("");
  const tgz = path.join(dir, (JSON.parse(packed.out) as Array<{ filename: string }>)[0].filename);

  project = path.join(dir, "project");
  mkdirSync(project);
  // As \`pulumi new typescript\` leaves it, plus apimc from the tarball.
  writeFileSync(path.join(project, "Pulumi.yaml"), "name: apimc-tarball\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n");
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({
      name: "apimc-tarball",
      main: "index.ts",
      devDependencies: { "@types/node": require("@types/node/package.json").version, typescript: TYPESCRIPT },
      dependencies: { "@pulumi/pulumi": PULUMI_NEWEST, apimc: `file:${tgz}` },
    }, null, 2),
  );
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(STOCK_TSCONFIG, null, 4));
  writeFileSync(path.join(project, "index.ts"), PROGRAM);
  writeFileSync(path.join(project, "run-under-mocks.js"), RUN_UNDER_MOCKS);
  writeFileSync(path.join(project, "probe.js"), PULUMI_PROBE);
  cpSync(path.join(root, "examples/contoso"), path.join(project, "apim"), { recursive: true });
  install(project);
});

/** `npm install` in the project, from the npm cache where it can; `args` adds packages. */
function install(cwd: string, ...args: string[]): void {
  const installed = run("npm", ["install", ...args, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], cwd);
  if (installed.code !== 0) throw new Error(`npm install failed:\n${installed.out}\n${installed.err}`);
}

/** Every version of @pulumi/pulumi in the project's tree (one, when apimc shares the project's copy). */
function pulumiVersions(): string[] {
  const ls = run("npm", ["ls", "@pulumi/pulumi", "--all", "--json"], project);
  const versions = new Set<string>();
  const walk = (deps: Record<string, { version?: string; dependencies?: object }> | undefined, name: string): void => {
    for (const [k, v] of Object.entries(deps ?? {})) {
      if (k === name && v.version) versions.add(v.version);
      walk(v.dependencies as never, name);
    }
  };
  walk(JSON.parse(ls.out).dependencies, "@pulumi/pulumi");
  return [...versions];
}

/**
 * `tsc -p .` under the stock tsconfig. --incremental (build info kept outside the project) only lets the second
 * run, at the other end of the peer range, skip re-checking files that do not depend on @pulumi/pulumi
 * (TypeScript's libs, @types/node): same diagnostics, about half the time.
 */
function expectTypeChecks(): void {
  const tsc = run(process.execPath, [path.join(project, "node_modules/typescript/bin/tsc"), "-p", ".", "--incremental", "--tsBuildInfoFile", path.join(dir, "tsbuildinfo")], project);
  expect(tsc.out + tsc.err).toBe("");
  expect(tsc.code).toBe(0);
}

function expectRunsUnderMocks(): void {
  const r = run(process.execPath, ["run-under-mocks.js"], project);
  expect(r.err).toBe("");
  const { ids, registered } = JSON.parse(r.out.trim().split("\n").pop()!) as { ids: Record<string, string>; registered: Array<{ type: string; name: string; provider?: string }> };
  expect(Object.keys(ids)).toEqual(expect.arrayContaining(["backends/orders", "apis/orders", "namedValues/billing-token", "gateways/onprem"]));
  const types = new Set(registered.map((x) => x.type));
  expect([...types]).toEqual(expect.arrayContaining(["apimc:index:ApimService", "pulumi-nodejs:dynamic/apimc:Backend", "pulumi-nodejs:dynamic/apimc:Api", "apimc:index:Backend"]));
  for (const x of registered.filter((y) => y.type.startsWith("pulumi-nodejs:dynamic/"))) expect(x.provider).toContain('("apimc/provider").dynamicProvider(');
}

async function expectProjectHostLoadsApimc(): Promise<void> {
  const host = await startHost({}, project);
  try {
    const service = { subscriptionId: "00000000-0000-0000-0000-0000000000aa", resourceGroup: "rg", serviceName: "svc" };
    const ok = await host.check("backend", {}, { service, name: "b", properties: { url: "https://b.example.com", protocol: "http" } });
    expect(ok.failures).toEqual([]);
    const bad = await host.check("backend", {}, { service, name: "b", properties: { url: "https://b.example.com", protocol: "ftp" } });
    expect(bad.failures.map((f) => f.property)).toEqual(["properties.protocol"]);
  } finally {
    await host.stop();
  }
}

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("the tarball holds the built package and no sources or tests", () => {
  const pkg = path.join(project, "node_modules/apimc");
  const files = readdirSync(pkg);
  expect(files).toEqual(expect.arrayContaining(["README.md", "bin", "dist", "package.json", "provider", "schema"]));
  for (const absent of ["src", "test", "examples", "bench", "tsconfig.json"]) expect(files).not.toContain(absent);
  expect(readdirSync(path.join(pkg, "provider"))).toEqual(["schema.json"]);
});

test("the project keeps one copy of @pulumi/pulumi, the newest 3.x, which apimc's peer range accepts", () => {
  expect(PEER_RANGE).toBe(`^${PULUMI_OLDEST}`);
  expect(pulumiVersions()).toEqual([PULUMI_NEWEST]);
  // No second copy nested under apimc.
  expect(existsSync(path.join(project, "node_modules/apimc/node_modules/@pulumi/pulumi"))).toBe(false);
});

test("the program type-checks under Pulumi's stock tsconfig, without skipLibCheck", () => {
  expectTypeChecks();
});

test("the program runs under setMocks: ApimService, a dynamic and a native resource", () => {
  expectRunsUnderMocks();
});

test("the project's own dynamic-provider host loads apimc's provider from node_modules", async () => {
  await expectProjectHostLoadsApimc();
});

test("the CLI never loads @pulumi/pulumi", () => {
  const r = run(process.execPath, ["--require", "./probe.js", "node_modules/apimc/bin/apimc.js", "validate", "apim/"], project);
  expect(r.code).toBe(0);
  expect(r.err).not.toContain("PULUMI-LOADED");
  // The probe works: loading the provider entry does load it.
  const p = run(process.execPath, ["--require", "./probe.js", "-e", "require('apimc/provider')"], project);
  expect(p.err).toContain("PULUMI-LOADED");
});

test("without @pulumi/pulumi, importing apimc/provider says what to install; the CLI still works", () => {
  const pulumiDir = path.join(project, "node_modules/@pulumi/pulumi");
  renameSync(pulumiDir, `${pulumiDir}.away`);
  try {
    const r = run(process.execPath, ["-e", "require('apimc/provider')"], project);
    expect(r.code).toBe(1);
    expect(r.err).toContain("apimc/provider needs the @pulumi/pulumi package");
    expect(r.err).toContain(`npm install @pulumi/pulumi@${PEER_RANGE}`);
    const cli = run(process.execPath, ["node_modules/apimc/bin/apimc.js", "validate", "apim/"], project);
    expect(cli.code).toBe(0);
  } finally {
    renameSync(`${pulumiDir}.away`, pulumiDir);
  }
});

test("without the typescript package, an apim.ts is a clear diagnostic (APIMC060), not a crash", () => {
  writeFileSync(path.join(project, "apim.ts"), "export default { version: 1, service: { name: \"x\" } };\n");
  const ts = path.join(project, "node_modules/typescript");
  renameSync(ts, `${ts}.away`);
  try {
    const r = run(process.execPath, ["node_modules/apimc/bin/apimc.js", "validate", "apim.ts"], project);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain("APIMC060");
    expect(r.out + r.err).toContain("npm install --save-dev typescript");
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  } finally {
    renameSync(`${ts}.away`, ts);
  }
});

// Last: it changes the project's @pulumi/pulumi.
test("at the oldest @pulumi/pulumi the peer range accepts, npm keeps one copy and the program still type-checks, runs under setMocks and loads in its dynamic-provider host", async () => {
  install(project, "--save-exact", `@pulumi/pulumi@${PULUMI_OLDEST}`);
  expect(pulumiVersions()).toEqual([PULUMI_OLDEST]);
  expectTypeChecks();
  expectRunsUnderMocks();
  await expectProjectHostLoadsApimc();
});
