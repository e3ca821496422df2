/**
 * A dynamic resource whose `__provider` is apimc's fixed provider text (see
 * `./dynamic`), registered exactly as `pulumi.dynamic.Resource` registers one:
 * type `pulumi-nodejs:dynamic/<module>:<type>`, served by Pulumi's
 * dynamic-provider host, so it needs no plugin install.
 */
import * as pulumi from "@pulumi/pulumi";
import { providerText } from "./dynamic";
import type { ProviderKind } from "./types";

export abstract class DynamicResource extends pulumi.CustomResource {
  protected constructor(kind: ProviderKind, name: string, props: pulumi.Inputs, opts: pulumi.CustomResourceOptions | undefined, module: string, type: string) {
    if (props.__provider !== undefined) throw new Error("A dynamic resource must not define the __provider key");
    super(`pulumi-nodejs:dynamic/${module}:${type}`, name, { ...props, __provider: providerText(kind) }, opts);
  }
}
