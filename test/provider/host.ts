/**
 * Drives the real Pulumi dynamic-provider host over gRPC, the way the Pulumi
 * engine does, with the provider serialised exactly as a program would.
 */
import * as path from "node:path";
import { root, startProvider, type ProviderCall, type Props } from "./grpc-provider";

const { serializeFunction } = require("@pulumi/pulumi/runtime/closure/serializeClosure");

export type { Props };
/** `kind` is the provider kind, e.g. `backend`. */
export type HostCall = ProviderCall;

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

export async function startHost(env: Record<string, string>): Promise<HostCall> {
  const { call } = await startProvider(process.execPath, [require.resolve("@pulumi/pulumi/cmd/dynamic-provider")], env, {
    urn: (kind) => `urn:pulumi:test::apimc::pulumi-nodejs:dynamic/apimc:${kind}::r`,
    toWire: async (kind, props) => ({ ...props, __provider: await providerText(kind) }),
    fromWire: (props) => {
      delete props.__provider;
      return props;
    },
  });
  return call;
}
