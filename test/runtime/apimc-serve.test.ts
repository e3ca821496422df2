/** `apimc serve` on loopback: started in-process through main(argv, io), driven with fetch. */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { main } from "../../src/cli/main";
import { stopServers } from "../../src/cli/commands/serve";
import { memoryIo } from "./io";

// See io.ts: main.ts's version lookup, seen from src/.
jest.mock("../../../package.json", () => ({ version: (jest.requireActual("../../package.json") as { version: string }).version }), { virtual: true });

const repo = path.resolve(__dirname, "../..");

afterAll(() => stopServers());

async function serve(args: string[]) {
  const io = memoryIo(repo);
  const code = await main(["node", "apimc", "serve", ...args, "--port", "0"], io);
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(io.stdout)?.[0];
  return { code, io, url: url as string };
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe("apimc serve", () => {
  it("answers from a test file's mocks, keeps state across requests, and prints each request", async () => {
    const s = await serve(["examples/contoso", "--backends", "mock:examples/contoso/tests/orders.apimc-test.yaml"]);
    expect(s.code).toBe(0);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await fetch(`${s.url}/orders/orders/42`, { headers: { "Ocp-Apim-Subscription-Key": "k-partner" } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: "42", sku: "A-1", quantity: 2, status: "open" });
    expect(ok.headers.get("x-environment")).toBe("dev");
    const noKey = await fetch(`${s.url}/orders/orders/42`);
    expect(noKey.status).toBe(401);
    const none = await fetch(`${s.url}/nothing/here`);
    expect(none.status).toBe(404);
    // Log lines are written in batches a few ms apart: wait for the last one.
    await until(() => s.io.stdout.includes("GET /nothing/here ->"));
    expect(s.io.stdout).toContain("GET /orders/orders/42 -> orders/getorder 200 [inbound/set-header inbound/cors");
    expect(s.io.stdout).toContain("backend/forward-request");
    expect(s.io.stdout).toContain("GET /orders/orders/42 -> orders/getorder 401 []");
    expect(s.io.stdout).toContain("GET /nothing/here -> (no operation) 404 []");
  });

  it("forwards to live backends over loopback", async () => {
    const seen: Array<{ url?: string; key?: string }> = [];
    const backend = http.createServer((req, res) => {
      seen.push({ url: req.url, key: req.headers["x-api-key"] as string | undefined });
      // Compressed, as many backends answer: the gateway decompresses it so policies read text.
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(zlib.gzipSync(JSON.stringify({ live: true })));
    });
    await new Promise<void>((r) => backend.listen(0, "127.0.0.1", () => r()));
    const port = (backend.address() as { port: number }).port;
    try {
      // The lab set's `rewrite` operation goes to backend `partner`; point a copy of it at the loopback server.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-serve-"));
      const text = fs.readFileSync(path.join(repo, "test/fixtures/runtime/lab/apim.yaml"), "utf8").replace("url: https://partner.example", `url: http://127.0.0.1:${port}`);
      fs.writeFileSync(path.join(dir, "apim.yaml"), text);
      fs.writeFileSync(path.join(dir, "values.apimc-test.yaml"), "namedValues: { check-secret: s3cr3t }\ntests: []\n");
      const s = await serve([dir, "--backends", "live", "--with", path.join(dir, "values.apimc-test.yaml")]);
      expect(s.code).toBe(0);
      const r = await fetch(`${s.url}/lab/rewrite/5?keep=1`);
      expect(r.status).toBe(201);
      expect(r.headers.get("content-encoding")).toBeNull();
      expect(await r.json()).toEqual({ live: true });
      expect(seen).toEqual([{ url: "/items/5?v=1&keep=1&added=yes&code=hello", key: undefined }]);
    } finally {
      backend.close();
    }
  });

  it("rejects a bad --backends value and a bad port", async () => {
    const io = memoryIo(repo);
    expect(await main(["node", "apimc", "serve", "examples/contoso", "--backends", "remote"], io)).toBe(1);
    expect(io.stderr).toContain("--backends must be `live` or `mock:FILE`");
    const io2 = memoryIo(repo);
    expect(await main(["node", "apimc", "serve", "examples/contoso", "--port", "99999"], io2)).toBe(1);
  });
});
