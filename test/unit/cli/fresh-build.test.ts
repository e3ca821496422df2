/**
 * The jest global setup (test/setup/fresh-build.js) never lets a stale dist/ be tested: a dist/
 * older than its source is rebuilt before any test, and a source that does not build stops the
 * run with one clear line. Proven on a scratch project, so the real dist/ is never disturbed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const { ensureFreshBuild, staleOutputs } = require("../../setup/fresh-build.js") as {
  ensureFreshBuild(root: string): void;
  staleOutputs(root: string): string[];
};

let root: string;
const built = () => fs.readFileSync(path.join(root, "dist/src/answer.js"), "utf8");

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-fresh-"));
  fs.mkdirSync(path.join(root, "src"));
  fs.mkdirSync(path.join(root, "dist/src"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "tsconfig.build.json"),
    // noCheck keeps this scratch build fast; a syntax error still fails it.
    JSON.stringify({ compilerOptions: { outDir: "dist", rootDir: ".", module: "commonjs", target: "es2022", noCheck: true, types: [] }, include: ["src/**/*.ts"] }),
  );
  // A build of yesterday's source: the answer was 41.
  fs.writeFileSync(path.join(root, "src/answer.ts"), "export const answer: number = 42;\n");
  fs.writeFileSync(path.join(root, "dist/src/answer.js"), "exports.answer = 41;\n");
  const yesterday = new Date(Date.now() - 86_400_000);
  fs.utimesSync(path.join(root, "dist/src/answer.js"), yesterday, yesterday);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test("a dist/ older than its source is found and rebuilt before the tests run; a fresh one is left alone", () => {
  expect(staleOutputs(root)).toEqual([path.join("src", "answer.ts")]);
  ensureFreshBuild(root);
  expect(built()).toContain("answer = 42");
  expect(staleOutputs(root)).toEqual([]);
  const first = fs.statSync(path.join(root, "dist/src/answer.js")).mtimeMs;
  ensureFreshBuild(root);
  expect(fs.statSync(path.join(root, "dist/src/answer.js")).mtimeMs).toBe(first);
});

test("a source that does not build stops the run with one clear line, and the stale dist/ is not used", () => {
  fs.writeFileSync(path.join(root, "src/answer.ts"), "export const answer: number = ;\n");
  expect(() => ensureFreshBuild(root)).toThrow(/^stale build: dist\/ is older than src\/answer\.ts .*tsc failed: .*run `npm run build`$/);
});
