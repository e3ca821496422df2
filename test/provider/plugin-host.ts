/**
 * Drives the `apimc` resource provider plugin (`bin/pulumi-resource-apimc`)
 * over gRPC the way the Pulumi engine does: started with an engine address,
 * port read from stdout, requests carrying `apimc:index:<Kind>` URNs. Values
 * travel in the engine's wire form, so secrets are `{<sig>: <secret sig>, value}`.
 */
import * as path from "node:path";
import { pulumiDir, root, startProvider, unary, type ProviderCall, type Props } from "./grpc-provider";

const rpc = require("@pulumi/pulumi/runtime/rpc");
const pb = require("@pulumi/pulumi/proto/provider_pb");

export type { Props };

/** A value as the engine sends a secret. */
export function secret<T>(value: T): Props {
  return { [rpc.specialSigKey]: rpc.specialSecretSig, value };
}

export function isSecret(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as Props)[rpc.specialSigKey] === rpc.specialSecretSig;
}

/** Calls take the type token, e.g. `apimc:index:Backend`, as their key. */
export interface PluginCall extends ProviderCall {
  version(): Promise<string>;
  /** GetSchema (version 0), as `pulumi package get-schema` asks for it. */
  schema(): Promise<string>;
}

export async function startPlugin(env: Record<string, string>): Promise<PluginCall> {
  const { call, client } = await startProvider(path.join(root, "bin/pulumi-resource-apimc"), [], env, {
    urn: (type) => `urn:pulumi:test::apimc::${type}::r`,
    decorate: (req, type) => {
      req.setType(type);
      req.setName("r");
    },
    toWire: async (_type, props) => props,
    fromWire: (props) => props,
  });
  return {
    ...call,
    async version() {
      const { Empty } = require(require.resolve("google-protobuf/google/protobuf/empty_pb", { paths: [pulumiDir] }));
      const res = await unary(client, "getPluginInfo", new Empty());
      return res.getVersion();
    },
    async schema() {
      const req = new pb.GetSchemaRequest();
      req.setVersion(0);
      const res = await unary(client, "getSchema", req);
      return res.getSchema();
    },
  };
}
