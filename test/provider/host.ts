/**
 * Drives the real Pulumi dynamic-provider host over gRPC, the way the Pulumi
 * engine does, with the provider serialised exactly as a program would.
 */
import * as path from "node:path";
import { root, startProvider, type ProviderCall, type Props } from "./grpc-provider";

export type { Props };
/** `kind` is the provider kind, e.g. `backend`. */
export type HostCall = ProviderCall;

/** The `__provider` value a program stores for `kind`, taken from dist/ like a real program. */
async function providerText(kind: string): Promise<string> {
  return require(path.join(root, "dist/provider/index.js")).providerText(kind) as string;
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
