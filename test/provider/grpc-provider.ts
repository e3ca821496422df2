/**
 * The engine's side of the ResourceProvider gRPC protocol, shared by the
 * dynamic-provider host harness and the apimc plugin harness: start the
 * process with an engine address, read its port from stdout, and send
 * Check/Diff/Create/Read/Update/Delete requests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

export const root = path.resolve(__dirname, "../..");
export const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }));
const pb = require("@pulumi/pulumi/proto/provider_pb");
const { ResourceProviderClient } = require("@pulumi/pulumi/proto/provider_grpc_pb");

export type Props = Record<string, any>;

/** What the engine records when a create or update fails after writing (ErrorResourceInitFailed), exactly as sent (with `__provider`). */
export interface InitFailure {
  id: string;
  properties: Props;
  reasons: string[];
}

/** A failed call; `initFailure` is set when the provider reported a partially created or updated resource. */
export type ProviderError = Error & { initFailure?: InitFailure };

/** Decodes the ErrorResourceInitFailed detail the engine reads from `grpc-status-details-bin`. */
function withInitFailure(err: any): ProviderError {
  const raw = err?.metadata?.get?.("grpc-status-details-bin")?.[0];
  if (!raw) return err;
  const statusPb = require(require.resolve("@pulumi/pulumi/proto/status_pb"));
  const status = statusPb.Status.deserializeBinary(new Uint8Array(raw));
  for (const any of status.getDetailsList()) {
    if (!String(any.getTypeUrl()).endsWith("pulumirpc.ErrorResourceInitFailed")) continue;
    const d = pb.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
    const props = d.getProperties();
    err.initFailure = { id: d.getId(), properties: props ? props.toJavaScript() : {}, reasons: d.getReasonsList() };
  }
  return err;
}

export interface ProviderCall {
  check(key: string, olds: Props, news: Props): Promise<{ inputs: Props; failures: Array<{ property: string; reason: string }> }>;
  diff(key: string, id: string, olds: Props, news: Props): Promise<{ changes: "none" | "some" | "unknown"; replaces: string[] }>;
  create(key: string, props: Props): Promise<{ id: string; props: Props }>;
  /** `inputs` only when the provider returned them (import). */
  read(key: string, id: string, props: Props): Promise<{ id: string; props: Props; inputs?: Props }>;
  update(key: string, id: string, olds: Props, news: Props): Promise<Props>;
  delete(key: string, id: string, props: Props): Promise<void>;
  /** Everything the process printed (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** How one kind of provider addresses a resource: `key` is a kind name or a type token. */
export interface Addressing {
  urn(key: string): string;
  /** Extra request fields (the plugin wants `type` and `name`). */
  decorate?(req: any, key: string): void;
  /** Properties as sent (the dynamic host needs the serialised provider). */
  toWire(key: string, props: Props): Promise<Props>;
  /** Properties as received. */
  fromWire(props: Props): Props;
}

export function unary(client: any, method: string, req: any): Promise<any> {
  return new Promise((resolve, reject) => client[method](req, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))));
}

export async function startProvider(
  command: string,
  args: string[],
  env: Record<string, string>,
  addressing: Addressing,
  cwd: string = root,
): Promise<{ call: ProviderCall; client: any }> {
  const child: ChildProcess = spawn(command, [...args, "127.0.0.1:0"], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stderr!.on("data", (d) => (out += String(d)));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += String(d);
      const m = /^(\d+)\s*$/m.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`${path.basename(command)} exited with ${code}: ${out}`)));
  });
  const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const struct = async (key: string, p: Props) => Struct.fromJavaScript(await addressing.toWire(key, p));
  const plain = (s: any): Props => addressing.fromWire(s ? s.toJavaScript() : {});
  const request = (Type: any, key: string, id?: string) => {
    const req = new Type();
    if (id !== undefined) req.setId(id);
    req.setUrn(addressing.urn(key));
    addressing.decorate?.(req, key);
    return req;
  };

  const call: ProviderCall = {
    async check(key, olds, news) {
      const req = request(pb.CheckRequest, key);
      req.setOlds(Object.keys(olds).length ? await struct(key, olds) : Struct.fromJavaScript({}));
      req.setNews(await struct(key, news));
      const res = await unary(client, "check", req);
      return { inputs: plain(res.getInputs()), failures: res.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })) };
    },
    async diff(key, id, olds, news) {
      const req = request(pb.DiffRequest, key, id);
      req.setOlds(await struct(key, olds));
      req.setNews(await struct(key, news));
      const res = await unary(client, "diff", req);
      const c = res.getChanges();
      return { changes: c === 2 ? "some" : c === 1 ? "none" : "unknown", replaces: res.getReplacesList() };
    },
    async create(key, props) {
      const req = request(pb.CreateRequest, key);
      req.setProperties(await struct(key, props));
      const res = await unary(client, "create", req).catch((e) => Promise.reject(withInitFailure(e)));
      return { id: res.getId(), props: plain(res.getProperties()) };
    },
    async read(key, id, props) {
      const req = request(pb.ReadRequest, key, id);
      req.setProperties(await struct(key, props));
      const res = await unary(client, "read", req);
      const inputs = res.getInputs();
      return { id: res.getId(), props: plain(res.getProperties()), ...(inputs ? { inputs: plain(inputs) } : {}) };
    },
    async update(key, id, olds, news) {
      const req = request(pb.UpdateRequest, key, id);
      req.setOlds(await struct(key, olds));
      req.setNews(await struct(key, news));
      const res = await unary(client, "update", req).catch((e) => Promise.reject(withInitFailure(e)));
      return plain(res.getProperties());
    },
    async delete(key, id, props) {
      const req = request(pb.DeleteRequest, key, id);
      req.setProperties(await struct(key, props));
      await unary(client, "delete", req);
    },
    output: () => out,
    async stop() {
      client.close();
      child.kill();
      await new Promise((r) => child.once("exit", r));
    },
  };
  return { call, client };
}
