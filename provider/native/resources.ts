/**
 * The apimc resources under real type tokens (`apimc:index:<Kind>`), served by
 * the `apimc` plugin (`bin/pulumi-resource-apimc`). Same args and outputs as
 * the dynamic resources; only the token and the provider that runs them differ.
 */
import * as pulumi from "@pulumi/pulumi";
import { secretValues } from "../secret-values";
import type {
  ApiArgs,
  ApiReleaseArgs,
  RegistryArgs,
  ApiVersionSetArgs,
  BackendArgs,
  GatewayArgs,
  NamedValueArgs,
  PolicyArgs,
  PolicyFragmentArgs,
  ProductArgs,
  ServiceTarget,
} from "../types";
import { BACKEND_SECRET_OUTPUTS, NAMED_VALUE_SECRET_OUTPUTS, NATIVE_TOKENS, REGISTRY_SECRET_OUTPUTS, type NativeToken } from "./tokens";

/** Outputs every apimc resource has. */
abstract class NativeResource extends pulumi.CustomResource {
  /** ARM id of the resource (the parent, for resources that own children). */
  declare public readonly armId: pulumi.Output<string>;
  declare public readonly service: pulumi.Output<ServiceTarget>;
  /** The ARM `properties` bodies last written or read, keyed by `kind:names` (secret values left out). */
  declare public readonly parts: pulumi.Output<Record<string, Record<string, unknown>>>;

  protected constructor(type: NativeToken, name: string, args: object, opts?: pulumi.CustomResourceOptions) {
    super(type, name, { ...args, armId: undefined, parts: undefined }, opts);
  }
}

export class NamedValue extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  /** Key Vault version last sent, for `fromKeyVault` values; a rotation changes it. */
  declare public readonly secretVersion: pulumi.Output<string | undefined>;

  constructor(name: string, args: NamedValueArgs, opts?: pulumi.CustomResourceOptions) {
    const parameterValue = args.parameterValue === undefined ? undefined : pulumi.secret(args.parameterValue);
    super(NATIVE_TOKENS.namedValue, name, { ...args, parameterValue, secretVersion: undefined }, {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...NAMED_VALUE_SECRET_OUTPUTS],
    });
  }
}

export class Backend extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: BackendArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.backend, name, args, { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...BACKEND_SECRET_OUTPUTS] });
  }
}

export class Api extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: ApiArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.api, name, args, opts);
  }
}

export class Policy extends NativeResource {
  constructor(name: string, args: PolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.policy, name, args, opts);
  }
}

/** The release that makes an API revision current; it waits for the revision's operations and policies. */
export class ApiRelease extends NativeResource {
  constructor(name: string, args: ApiReleaseArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.apiRelease, name, args, opts);
  }
}

export class PolicyFragment extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: PolicyFragmentArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.policyFragment, name, args, opts);
  }
}

export class Product extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: ProductArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.product, name, args, opts);
  }
}

export class ApiVersionSet extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: ApiVersionSetArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.apiVersionSet, name, args, opts);
  }
}

export class Gateway extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  constructor(name: string, args: GatewayArgs, opts?: pulumi.CustomResourceOptions) {
    super(NATIVE_TOKENS.gateway, name, args, opts);
  }
}

/** A kind the registry describes fully; see `RegistryResource` in ../resources. */
export abstract class NativeRegistryResource extends NativeResource {
  declare public readonly name: pulumi.Output<string>;
  /** Key Vault version last sent for each `fromKeyVault` property; a rotation changes it. */
  declare public readonly secretVersions: pulumi.Output<Record<string, string> | undefined>;

  protected constructor(type: NativeToken, name: string, args: RegistryArgs<unknown>, opts?: pulumi.CustomResourceOptions) {
    super(type, name, { ...args, parameterValues: secretValues(args.parameterValues), secretVersions: undefined }, {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...REGISTRY_SECRET_OUTPUTS],
    });
  }
}

// The classes of the registry's generic top-level kinds (Tag, Logger, ...) are generated: ../generated/native-resources.ts.
