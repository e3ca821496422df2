/**
 * Drives the real Pulumi dynamic-provider host over gRPC, the way the Pulumi
 * engine does, with the provider serialised exactly as a program would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }));
const pb = require("@pulumi/pulumi/proto/provider_pb");
const { ResourceProviderClient } = require("@pulumi/pulumi/proto/provider_grpc_pb");
const { serializeFunction } = require("@pulumi/pulumi/runtime/closure/serializeClosure");

export type Props = Record<string, any>;

export interface HostCall {
  check(kind: string, olds: Props, news: Props): Promise<{ inputs: Props; failures: Array<{ property: string; reason: string }> }>;
  diff(kind: string, id: string, olds: Props, news: Props): Promise<{ changes: "none" | "some" | "unknown"; replaces: string[] }>;
  create(kind: string, props: Props): Promise<{ id: string; props: Props }>;
  /** `inputs` only when the provider returned them (import). */
  read(kind: string, id: string, props: Props): Promise<{ id: string; props: Props; inputs?: Props }>;
  update(kind: string, id: string, olds: Props, news: Props): Promise<Props>;
  delete(kind: string, id: string, props: Props): Promise<void>;
  /** Everything the host printed (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

const providerTexts = new Map<string, string>();

/** The `__provider` value a program would store for `kind`, built from dist/ like a real program. */
async function providerText(kind: string): Promise<string> {
  let text = providerTexts.get(kind);
  if (!text) {
    const { dynamicProvider } = require(path.join(root, "dist/provider/index.js"));
    const provider = dynamicProvider(kind);
    text = (await serializeFunction(() => provider, { allowSecrets: true })).text as string;
    providerTexts.set(kind, text);
  }
  return text;
}

function unary(client: any, method: string, req: any): Promise<any> {
  return new Promise((resolve, reject) => client[method](req, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))));
}

export async function startHost(env: Record<string, string>): Promise<HostCall> {
  const hostScript = require.resolve("@pulumi/pulumi/cmd/dynamic-provider");
  const child: ChildProcess = spawn(process.execPath, [hostScript, "127.0.0.1:0"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr!.on("data", (d) => (out += String(d)));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += String(d);
      const m = /^(\d+)\s*$/m.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`provider host exited with ${code}: ${out}`)));
  });
  const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const withProvider = async (kind: string, props: Props) => ({ ...props, __provider: await providerText(kind) });
  const struct = (p: Props) => Struct.fromJavaScript(p);
  const plain = (s: any): Props => {
    const o = s ? s.toJavaScript() : {};
    delete o.__provider;
    return o;
  };
  const urn = (kind: string) => `urn:pulumi:test::apimc::pulumi-nodejs:dynamic/apimc:${kind}::r`;

  return {
    async check(kind, olds, news) {
      const req = new pb.CheckRequest();
      req.setUrn(urn(kind));
      req.setOlds(struct(Object.keys(olds).length ? await withProvider(kind, olds) : {}));
      req.setNews(struct(await withProvider(kind, news)));
      const res = await unary(client, "check", req);
      return { inputs: plain(res.getInputs()), failures: res.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })) };
    },
    async diff(kind, id, olds, news) {
      const req = new pb.DiffRequest();
      req.setId(id);
      req.setUrn(urn(kind));
      req.setOlds(struct(await withProvider(kind, olds)));
      req.setNews(struct(await withProvider(kind, news)));
      const res = await unary(client, "diff", req);
      const c = res.getChanges();
      return { changes: c === 2 ? "some" : c === 1 ? "none" : "unknown", replaces: res.getReplacesList() };
    },
    async create(kind, props) {
      const req = new pb.CreateRequest();
      req.setUrn(urn(kind));
      req.setProperties(struct(await withProvider(kind, props)));
      const res = await unary(client, "create", req);
      return { id: res.getId(), props: plain(res.getProperties()) };
    },
    async read(kind, id, props) {
      const req = new pb.ReadRequest();
      req.setId(id);
      req.setUrn(urn(kind));
      req.setProperties(struct(await withProvider(kind, props)));
      const res = await unary(client, "read", req);
      const inputs = res.getInputs();
      return { id: res.getId(), props: plain(res.getProperties()), ...(inputs ? { inputs: plain(inputs) } : {}) };
    },
    async update(kind, id, olds, news) {
      const req = new pb.UpdateRequest();
      req.setId(id);
      req.setUrn(urn(kind));
      req.setOlds(struct(await withProvider(kind, olds)));
      req.setNews(struct(await withProvider(kind, news)));
      const res = await unary(client, "update", req);
      return plain(res.getProperties());
    },
    async delete(kind, id, props) {
      const req = new pb.DeleteRequest();
      req.setId(id);
      req.setUrn(urn(kind));
      req.setProperties(struct(await withProvider(kind, props)));
      await unary(client, "delete", req);
    },
    output: () => out,
    async stop() {
      client.close();
      child.kill();
      await new Promise((r) => child.once("exit", r));
    },
  };
}
