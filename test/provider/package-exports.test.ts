/**
 * What a Pulumi program imports: the package's own entry points, resolved
 * through package.json `exports` exactly as a user's `import ... from "apimc/provider"`.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

function resolveInProgram(script: string) {
  // A fresh node process resolving by package name, as a program in this repository (Pulumi.yaml) does.
  const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr };
}

/**
 * One fresh program per entry point, shared by the tests below (a Node process that loads apimc/provider costs about
 * a second of CPU): it prints, as JSON, what the tests check.
 */
function once<T>(f: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: f() }).value;
}

const PROBE = `const loaded = () => Object.keys(require.cache).filter((k) => k.includes(require("path").join("@pulumi", "pulumi")));`;
const CLASSES = ["ApimService", "Backend", "Api", "NamedValue", "Policy", "PolicyFragment", "Product", "ApiVersionSet", "Gateway"];
const NATIVE = ["NamedValue", "Backend", "Api", "Policy", "PolicyFragment", "Product", "ApiVersionSet", "Gateway"];
const LIBRARY = ["loadDeclarations", "validateDeclarations", "buildModel", "emitArm", "plan", "renderPlan", "runPreflight", "parsePolicy", "printPolicy", "defineApim", "compileGatewayBundle"];

/** A program that imports apimc/provider: its classes, its native classes, and whether @pulumi/pulumi got loaded. */
const providerProgram = once(() => {
  const r = resolveInProgram(
    `${PROBE} const p = require("apimc/provider"); console.log(JSON.stringify({` +
      ` classes: ${JSON.stringify(CLASSES)}.map((n) => [n, typeof p[n]]),` +
      ` native: ${JSON.stringify(NATIVE)}.map((n) => [n, typeof p.native[n]]),` +
      ` pulumiLoaded: loaded().length > 0 }));`,
  );
  return { ...r, json: JSON.parse(r.out || "{}") as { classes: string[][]; native: string[][]; pulumiLoaded: boolean } };
});

/** A program that imports apimc and runs the CLI's `main`: the library's exports, the exit code, the @pulumi files loaded. */
const libraryProgram = once(() => {
  const r = resolveInProgram(
    `${PROBE} const a = require("apimc"); const { main } = require("./dist/src/cli/main.js");` +
      ` const io = { out: () => {}, err: () => {}, cwd: process.cwd(), isTTY: false, debug: false, exitCode: 0 };` +
      ` const library = ${JSON.stringify(LIBRARY)}.map((n) => [n, typeof a[n]]);` +
      ` main(["node", "apimc", "validate", "examples/contoso"], io).then((code) => console.log(JSON.stringify({ library, code, loaded: loaded() })));`,
  );
  return { ...r, json: JSON.parse(r.out.split("\n").pop() || "{}") as { library: string[][]; code: number; loaded: string[] } };
});

test("apimc/provider exports every resource class and ApimService", () => {
  const r = providerProgram();
  expect(r.err).toBe("");
  expect(r.json.classes).toEqual(CLASSES.map((n) => [n, "function"]));
});

test("apimc exports the library API by name", () => {
  const r = libraryProgram();
  expect(r.err).toBe("");
  expect(r.json.library).toEqual(LIBRARY.map((n) => [n, "function"]));
});

test("apimc/provider exports the native (apimc:index:<Kind>) classes under `native`, and the package ships the plugin launcher", () => {
  const r = providerProgram();
  expect(r.err).toBe("");
  expect(r.json.native).toEqual(NATIVE.map((n) => [n, "function"]));
  const pkg = require("../../package.json") as { bin: Record<string, string>; files: string[] };
  expect(pkg.bin["pulumi-resource-apimc"]).toBe("bin/pulumi-resource-apimc");
  expect(pkg.files).toContain("bin");
});

test("the library entry and the CLI never load @pulumi/pulumi (an optional peer only apimc/provider needs)", () => {
  const cli = libraryProgram();
  expect(cli.err).toBe("");
  expect({ code: cli.json.code, loaded: cli.json.loaded }).toEqual({ code: 0, loaded: [] });
  // The probe sees it when it is loaded.
  expect(providerProgram().json.pulumiLoaded).toBe(true);
});
