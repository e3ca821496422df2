/**
 * The provider's per-kind code for the registry's generic top-level kinds (provider/generated/) is written by
 * scripts/gen-provider.js from the kind registry. The committed files must be what it writes now, and what it
 * writes must be what the provider serves: every generic top-level kind a provider kind with a class in both
 * flavours, and no other kind generated.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RESOURCE_KINDS } from "../../src/index";
import { REGISTRY_PROVIDER_KINDS } from "../../provider/types";
import { REGISTRY_CLASSES } from "../../provider/generated/tables";
import { NATIVE_TOKENS } from "../../provider/native/tokens";

const repo = path.resolve(__dirname, "../..");
const gen = require(path.join(repo, "scripts/gen-provider.js")) as { render: () => Record<string, string>; drift: (dir?: string) => string[]; outDir: string };

test("the committed provider/generated files are what the generator writes (run `npm run gen` after editing the registry)", () => {
  expect(gen.drift()).toEqual([]);
  // Each file, by name, so a failure shows which one and how.
  for (const [name, text] of Object.entries(gen.render())) expect([name, fs.readFileSync(path.join(gen.outDir, name), "utf8")]).toEqual([name, text]);
});

test("the generator says which files drift, and a file no longer generated is drift too", () => {
  // On a copy: the committed files stay as they are while other tests load them.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-gen-provider-"));
  try {
    fs.cpSync(gen.outDir, dir, { recursive: true });
    expect(gen.drift(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, "kinds.ts"), fs.readFileSync(path.join(dir, "kinds.ts"), "utf8").replace('"tag", ', ""));
    fs.writeFileSync(path.join(dir, "stale.ts"), "");
    fs.rmSync(path.join(dir, "tables.ts"));
    expect(gen.drift(dir)).toEqual(["kinds.ts", "stale.ts", "tables.ts"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("exactly the generic top-level kinds are generated, each with a token and a class in both flavours", () => {
  const generic = RESOURCE_KINDS.filter((d) => d.declaration.in === "top" && d.hooks?.model === "generic").map((d) => d.kind);
  expect([...REGISTRY_PROVIDER_KINDS]).toEqual(generic);
  for (const kind of generic) {
    const cls = kind[0].toUpperCase() + kind.slice(1);
    const dynamic = (REGISTRY_CLASSES.dynamic as Record<string, { name: string }>)[kind];
    const native = (REGISTRY_CLASSES.native as Record<string, { name: string }>)[kind];
    expect([kind, dynamic.name, native.name, NATIVE_TOKENS[kind as keyof typeof NATIVE_TOKENS]]).toEqual([kind, cls, cls, `apimc:index:${cls}`]);
  }
});
