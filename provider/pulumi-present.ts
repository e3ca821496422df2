/**
 * `@pulumi/pulumi` is an optional peer dependency: the CLI never needs it, so
 * installing apimc does not pull it in. A program that imports `apimc/provider`
 * without it gets this message instead of a bare "Cannot find module".
 */
try {
  require.resolve("@pulumi/pulumi");
} catch {
  throw new Error("apimc/provider needs the @pulumi/pulumi package in your Pulumi project: run `npm install @pulumi/pulumi@^3.216.0` (the apimc CLI works without it)");
}

export {};
