/**
 * The apimc Pulumi resources, one dynamic resource per kind. Type tokens are
 * `pulumi-nodejs:dynamic/apimc:<Kind>` (the dynamic-provider form of `apimc:index:<Kind>`).
 */
import * as pulumi from "@pulumi/pulumi";
import { DynamicResource } from "./dynamic-resource";
import { secretValues } from "./secret-values";
import { BACKEND_SECRET_OUTPUTS, NAMED_VALUE_SECRET_OUTPUTS, REGISTRY_SECRET_OUTPUTS } from "./native/tokens";
import type {
  ApiArgs,
  ApiReleaseArgs,
  RegistryArgs,
  RegistryProviderKind,
  ApiVersionSetArgs,
  BackendArgs,
  GatewayArgs,
  NamedValueArgs,
  PolicyArgs,
  PolicyFragmentArgs,
  ProductArgs,
  ProviderKind,
  ServiceTarget,
} from "./types";

export const TYPE_MODULE = "apimc";

/** Outputs every apimc resource has. */
abstract class ApimcResource extends DynamicResource {
  /** ARM id of the resource (the parent, for resources that own children). */
  declare public readonly armId: pulumi.Output<string>;
  declare public readonly service: pulumi.Output<ServiceTarget>;
  /** The ARM `properties` bodies last written or read, keyed by `kind:names` (secret values left out). */
  declare public readonly parts: pulumi.Output<Record<string, Record<string, unknown>>>;

  protected constructor(kind: ProviderKind, type: string, name: string, args: object, opts?: pulumi.CustomResourceOptions) {
    super(kind, name, { ...args, armId: undefined, parts: undefined }, opts, TYPE_MODULE, type);
  }
}

export class NamedValue extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  /** Key Vault version last sent, for `fromKeyVault` values; a rotation changes it. */
  declare public readonly secretVersion: pulumi.Output<string | undefined>;

  constructor(name: string, args: NamedValueArgs, opts?: pulumi.CustomResourceOptions) {
    const parameterValue = args.parameterValue === undefined ? undefined : pulumi.secret(args.parameterValue);
    super("namedValue", "NamedValue", name, { ...args, parameterValue, secretVersion: undefined }, {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...NAMED_VALUE_SECRET_OUTPUTS],
    });
  }
}

export class Backend extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: BackendArgs, opts?: pulumi.CustomResourceOptions) {
    // Credentials and proxy settings may be built from secret inputs; the stored ARM bodies then must stay secret too.
    super("backend", "Backend", name, args, { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...BACKEND_SECRET_OUTPUTS] });
  }
}

export class Api extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: ApiArgs, opts?: pulumi.CustomResourceOptions) {
    super("api", "Api", name, args, opts);
  }
}

export class Policy extends ApimcResource {
  constructor(name: string, args: PolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("policy", "Policy", name, args, opts);
  }
}

/** The release that makes an API revision current; it waits for the revision's operations and policies. */
export class ApiRelease extends ApimcResource {
  constructor(name: string, args: ApiReleaseArgs, opts?: pulumi.CustomResourceOptions) {
    super("apiRelease", "ApiRelease", name, args, opts);
  }
}

export class PolicyFragment extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: PolicyFragmentArgs, opts?: pulumi.CustomResourceOptions) {
    super("policyFragment", "PolicyFragment", name, args, opts);
  }
}

export class Product extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: ProductArgs, opts?: pulumi.CustomResourceOptions) {
    super("product", "Product", name, args, opts);
  }
}

export class ApiVersionSet extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: ApiVersionSetArgs, opts?: pulumi.CustomResourceOptions) {
    super("apiVersionSet", "ApiVersionSet", name, args, opts);
  }
}

export class Gateway extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: GatewayArgs, opts?: pulumi.CustomResourceOptions) {
    super("gateway", "Gateway", name, args, opts);
  }
}

/**
 * The resource of a kind the registry describes fully (issue 12). Everything
 * it does comes from the kind's descriptor: the section it is declared in,
 * its references, and which properties are secret sources. `fromParameter`
 * values are always Pulumi secrets; `fromKeyVault` ones are resolved by the
 * provider at deploy time and never kept.
 */
export abstract class RegistryResource extends ApimcResource {
  declare public readonly name: pulumi.Output<string>;
  /** Key Vault version last sent for each `fromKeyVault` property; a rotation changes it. */
  declare public readonly secretVersions: pulumi.Output<Record<string, string> | undefined>;

  protected constructor(kind: RegistryProviderKind, type: string, name: string, args: RegistryArgs<unknown>, opts?: pulumi.CustomResourceOptions) {
    super(kind, type, name, { ...args, parameterValues: secretValues(args.parameterValues), secretVersions: undefined }, {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...REGISTRY_SECRET_OUTPUTS],
    });
  }
}

// The classes of the registry's generic top-level kinds (Tag, Logger, ...) are generated: ./generated/resources.ts.
