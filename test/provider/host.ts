/**
 * Drives the real Pulumi dynamic-provider host over gRPC, the way the Pulumi
 * engine does, with the provider serialised exactly as a program would.
 */
import * as path from "node:path";
import { root, startProvider, type ProviderCall, type Props } from "./grpc-provider";

export type { Props };
/** `kind` is the provider kind, e.g. `backend`. */
export type HostCall = ProviderCall;

/**
 * The `__provider` value a program stores for `kind`, taken from dist/ (or the project's apimc) like a real program.
 * In this repository it comes from `dist/provider/dynamic.js`, the module whose `providerText` the resource classes
 * of `apimc/provider` store (test/provider/apim-service.test.ts checks what they register). Not the package entry:
 * that loads `@pulumi/pulumi`, and with it TypeScript and npm's arborist, again in every test file's module
 * registry, about 3 s of CPU a file for a one-line string.
 */
async function providerText(kind: string, project?: string): Promise<string> {
  const entry = project ? require.resolve("apimc/provider", { paths: [project] }) : path.join(root, "dist/provider/dynamic.js");
  return require(entry).providerText(kind) as string;
}

/**
 * `project` runs the host of another project (its own @pulumi/pulumi, its working
 * directory), as `pulumi up` in that project would; default: this repository.
 */
export async function startHost(env: Record<string, string>, project?: string): Promise<HostCall> {
  const hostScript = project ? require.resolve("@pulumi/pulumi/cmd/dynamic-provider", { paths: [project] }) : require.resolve("@pulumi/pulumi/cmd/dynamic-provider");
  const { call } = await startProvider(process.execPath, [hostScript], env, {
    urn: (kind) => `urn:pulumi:test::apimc::pulumi-nodejs:dynamic/apimc:${kind}::r`,
    toWire: async (kind, props) => ({ ...props, __provider: await providerText(kind, project) }),
    fromWire: (props) => {
      delete props.__provider;
      return props;
    },
  }, project);
  return call;
}
