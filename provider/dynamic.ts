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
  return {
    async check(olds, news) {
      const rt: ProviderRuntime = require("apimc/provider").providerRuntime;
      return rt.check(kind, olds, news);
    },
    async diff(_id, olds, news) {
      const rt: ProviderRuntime = require("apimc/provider").providerRuntime;
      return rt.diff(kind, olds, news);
    },
    async create(inputs) {
      const rt: ProviderRuntime = require("apimc/provider").providerRuntime;
      return rt.create(kind, inputs);
    },
    async read(id, props) {
      const rt: ProviderRuntime = require("apimc/provider").providerRuntime;
      return rt.read(kind, id, props ?? {});
    },
    async update(id, olds, news) {
      const rt: ProviderRuntime = require("apimc/provider").providerRuntime;
      return rt.update(kind, id, olds, news);
    },
    async delete(id, props) {
      const rt: ProviderRuntime = require("apimc/provider").providerRuntime;
      return rt.delete(kind, id, props);
    },
  };
}
