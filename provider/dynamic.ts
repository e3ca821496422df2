/**
 * The dynamic provider of each kind, and the text Pulumi stores for it in
 * every dynamic resource's `__provider` input.
 *
 * Pulumi's `dynamic.Resource` serialises the provider object's closure into
 * every resource. That text is carried in each resource's inputs and state, and
 * its size dominated registering large declaration sets (issue 14). apimc's
 * provider needs no captured state apart from the kind, so the stored text is
 * a fixed one-line module instead: the dynamic-provider host loads it with
 * `require-from-string` and calls `handler()`, which loads apimc from the
 * host's working directory (the Pulumi project root: `node_modules/apimc` in a
 * user's project, the package itself in this repository) and returns the live
 * provider below. Nothing is serialised per resource or per run.
 */
import type * as pulumi from "@pulumi/pulumi";
import { PartialWriteError, providerRuntime } from "./runtime/index";
import type { ProviderKind } from "./types";

/** The `__provider` text of every dynamic resource of `kind`: a module whose `handler()` returns `dynamicProvider(kind)`. */
export function providerText(kind: ProviderKind): string {
  return `exports.handler = () => require("node:module").createRequire(require("node:path").join(process.cwd(), "package.json"))("apimc/provider").dynamicProvider(${JSON.stringify(kind)});\n`;
}

const shared = new Map<ProviderKind, pulumi.dynamic.ResourceProvider>();

/** The provider the host runs for `kind`: every method goes to the shared provider runtime. One instance per kind. */
export function dynamicProvider(kind: ProviderKind): pulumi.dynamic.ResourceProvider {
  let provider = shared.get(kind);
  if (!provider) {
    const rt = providerRuntime;
    provider = {
      check: (olds, news) => rt.check(kind, olds, news),
      diff: (_id, olds, news) => rt.diff(kind, olds, news),
      create: (inputs) => keepProviderOnFailure(rt.create(kind, inputs), inputs),
      read: (id, props) => rt.read(kind, id, props ?? {}),
      update: (id, olds, news) => keepProviderOnFailure(rt.update(kind, id, olds, news), news),
      delete: (id, props) => rt.delete(kind, id, props),
    };
    shared.set(kind, provider);
  }
  return provider;
}

/**
 * The host records a partial write's `properties` as they are (it adds
 * `__provider` only to successful results); without it a later update or
 * delete of that state could not find its provider.
 */
async function keepProviderOnFailure<T>(result: Promise<T>, inputs: Record<string, unknown>): Promise<T> {
  try {
    return await result;
  } catch (err) {
    if (err instanceof PartialWriteError) err.properties.__provider = inputs.__provider;
    throw err;
  }
}
