/**
 * The dynamic provider object Pulumi serialises into each resource's state.
 * It captures only the kind string: every method loads apimc inside the
 * provider host (`require` resolves from the host's working directory, the
 * project root), so no live SDK client or module graph is serialised.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { ProviderRuntime } from "./runtime/index";
import type { ProviderKind } from "./types";

export function dynamicProvider(kind: ProviderKind): pulumi.dynamic.ResourceProvider {
  // Resolved from the host's working directory (the Pulumi project root): finds
  // node_modules/apimc in a user's project, and the package itself in this repo.
  const runtime = (): ProviderRuntime =>
    require("node:module").createRequire(require("node:path").join(process.cwd(), "package.json"))("apimc/provider").providerRuntime;
  return {
    async check(olds, news) {
      const rt = runtime();
      return rt.check(kind, olds, news);
    },
    async diff(_id, olds, news) {
      const rt = runtime();
      return rt.diff(kind, olds, news);
    },
    async create(inputs) {
      const rt = runtime();
      return rt.create(kind, inputs);
    },
    async read(id, props) {
      const rt = runtime();
      return rt.read(kind, id, props ?? {});
    },
    async update(id, olds, news) {
      const rt = runtime();
      return rt.update(kind, id, olds, news);
    },
    async delete(id, props) {
      const rt = runtime();
      return rt.delete(kind, id, props);
    },
  };
}
