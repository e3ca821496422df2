/**
 * Drives the `apimc` resource provider plugin (`bin/pulumi-resource-apimc`)
 * over gRPC the way the Pulumi engine does: started with an engine address,
 * port read from stdout, requests carrying `apimc:index:<Kind>` URNs. Values
 * travel in the engine's wire form, so secrets are `{<sig>: <secret sig>, value}`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }));
const pb = require("@pulumi/pulumi/proto/provider_pb");
const { ResourceProviderClient } = require("@pulumi/pulumi/proto/provider_grpc_pb");
const rpc = require("@pulumi/pulumi/runtime/rpc");

export type Props = Record<string, any>;

/** A value as the engine sends a secret. */
export function secret<T>(value: T): Props {
  return { [rpc.specialSigKey]: rpc.specialSecretSig, value };
}

export function isSecret(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as Props)[rpc.specialSigKey] === rpc.specialSecretSig;
}

export interface PluginCall {
  /** `type` is the token, e.g. `apimc:index:Backend`. */
  check(type: string, olds: Props, news: Props): Promise<{ inputs: Props; failures: Array<{ property: string; reason: string }> }>;
  diff(type: string, id: string, olds: Props, news: Props): Promise<{ changes: "none" | "some" | "unknown"; replaces: string[] }>;
  create(type: string, props: Props): Promise<{ id: string; props: Props }>;
  read(type: string, id: string, props: Props): Promise<{ id: string; props: Props; inputs?: Props }>;
  update(type: string, id: string, olds: Props, news: Props): Promise<Props>;
  delete(type: string, id: string, props: Props): Promise<void>;
  version(): Promise<string>;
  /** Everything the plugin printed (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

function unary(client: any, method: string, req: any): Promise<any> {
  return new Promise((resolve, reject) => client[method](req, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))));
}

export async function startPlugin(env: Record<string, string>): Promise<PluginCall> {
  const child: ChildProcess = spawn(path.join(root, "bin/pulumi-resource-apimc"), ["127.0.0.1:0"], {
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
    child.on("exit", (code) => reject(new Error(`plugin exited with ${code}: ${out}`)));
  });
  const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const struct = (p: Props) => Struct.fromJavaScript(p);
  const plain = (s: any): Props => (s ? s.toJavaScript() : {});
  const urn = (type: string) => `urn:pulumi:test::apimc::${type}::r`;

  return {
    async check(type, olds, news) {
      const req = new pb.CheckRequest();
      req.setUrn(urn(type));
      req.setType(type);
      req.setName("r");
      req.setOlds(struct(olds));
      req.setNews(struct(news));
      const res = await unary(client, "check", req);
      return { inputs: plain(res.getInputs()), failures: res.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })) };
    },
    async diff(type, id, olds, news) {
      const req = new pb.DiffRequest();
      req.setId(id);
      req.setUrn(urn(type));
      req.setType(type);
      req.setName("r");
      req.setOlds(struct(olds));
      req.setNews(struct(news));
      const res = await unary(client, "diff", req);
      const c = res.getChanges();
      return { changes: c === 2 ? "some" : c === 1 ? "none" : "unknown", replaces: res.getReplacesList() };
    },
    async create(type, props) {
      const req = new pb.CreateRequest();
      req.setUrn(urn(type));
      req.setType(type);
      req.setName("r");
      req.setProperties(struct(props));
      const res = await unary(client, "create", req);
      return { id: res.getId(), props: plain(res.getProperties()) };
    },
    async read(type, id, props) {
      const req = new pb.ReadRequest();
      req.setId(id);
      req.setUrn(urn(type));
      req.setType(type);
      req.setName("r");
      req.setProperties(struct(props));
      const res = await unary(client, "read", req);
      const inputs = res.getInputs();
      return { id: res.getId(), props: plain(res.getProperties()), ...(inputs ? { inputs: plain(inputs) } : {}) };
    },
    async update(type, id, olds, news) {
      const req = new pb.UpdateRequest();
      req.setId(id);
      req.setUrn(urn(type));
      req.setType(type);
      req.setName("r");
      req.setOlds(struct(olds));
      req.setNews(struct(news));
      const res = await unary(client, "update", req);
      return plain(res.getProperties());
    },
    async delete(type, id, props) {
      const req = new pb.DeleteRequest();
      req.setId(id);
      req.setUrn(urn(type));
      req.setType(type);
      req.setName("r");
      req.setProperties(struct(props));
      await unary(client, "delete", req);
    },
    async version() {
      const { Empty } = require(require.resolve("google-protobuf/google/protobuf/empty_pb", { paths: [pulumiDir] }));
      const res = await unary(client, "getPluginInfo", new Empty());
      return res.getVersion();
    },
    output: () => out,
    async stop() {
      client.close();
      child.kill();
      await new Promise((r) => child.once("exit", r));
    },
  };
}
