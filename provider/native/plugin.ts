/**
 * The `apimc` resource provider plugin: serves `apimc:index:<Kind>` over the
 * Pulumi ResourceProvider gRPC protocol, dispatching every call to the same
 * `providerRuntime` the dynamic resources use. `bin/pulumi-resource-apimc`
 * runs `main()`; Pulumi starts it with the engine address and reads the port.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { main as serve, type Provider } from "@pulumi/pulumi/provider";
import { pulumiSchemaText } from "../schema/generate";
import { PartialWriteError, providerRuntime } from "../runtime/index";
import type { ProviderKind } from "../types";
import { isRegistryKind } from "../runtime/registry-secrets";
import { NAMED_VALUE_SECRET_OUTPUTS, NATIVE_TOKENS, REGISTRY_SECRET_OUTPUTS, kindOfUrn } from "./tokens";

type Props = Record<string, unknown>;

/** Plain values for the runtime, which top-level keys arrived secret, and which are not known yet (preview). */
interface Decoded {
  values: Props;
  secretKeys: Set<string>;
  unknownKeys: Set<string>;
}

/**
 * The engine sends secrets wrapped (the plugin accepts secrets) and unknowns
 * as a sentinel during preview. The runtime works on plain values, as it does
 * under the dynamic host; secretness is kept per top-level key (the
 * granularity Pulumi itself tracks) so the outputs can be marked again.
 */
function decode(props: Props | undefined): Decoded {
  const values: Props = {};
  const secretKeys = new Set<string>();
  const unknownKeys = new Set<string>();
  for (const [key, raw] of Object.entries(props ?? {})) {
    if (JSON.stringify(raw).includes(pulumi.runtime.unknownValue)) unknownKeys.add(key);
    const value: unknown = pulumi.runtime.deserializeProperty(raw);
    if (value === undefined) continue;
    if (pulumi.runtime.isRpcSecret(value)) {
      secretKeys.add(key);
      values[key] = pulumi.runtime.unwrapRpcSecret(value);
    } else {
      values[key] = value;
    }
  }
  return { values, secretKeys, unknownKeys };
}

/**
 * Marks as secret every key that came in secret, the outputs derived from it
 * (`parts` holds ARM bodies built from every input, `armId` the service and
 * name), the keys a NamedValue may carry its value in, and a registry kind's
 * parameter values.
 */
function encode(kind: ProviderKind, values: Props, secretKeys: ReadonlySet<string>): Props {
  const secret = new Set<string>([...secretKeys, ...(kind === "namedValue" ? NAMED_VALUE_SECRET_OUTPUTS : isRegistryKind(kind) ? REGISTRY_SECRET_OUTPUTS : [])]);
  if (secretKeys.size) secret.add("parts");
  if (secretKeys.has("service") || secretKeys.has("name")) secret.add("armId");
  const out: Props = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out[key] = secret.has(key) ? { [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value } : value;
  }
  return out;
}

function kindOf(urn: string): ProviderKind {
  const kind = kindOfUrn(urn);
  if (!kind) throw new Error(`the apimc plugin has no resource type for ${urn}; it serves ${Object.values(NATIVE_TOKENS).join(", ")}`);
  return kind;
}

/** The version in apimc's package.json, found from this file in src or dist. */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "apimc" && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) throw new Error("apimc's package.json was not found above the plugin");
  }
}

/** A partial write's recorded state goes to the engine in wire form too, secrets marked. */
async function encodeOnFailure<T>(result: Promise<T>, kind: ProviderKind, secretKeys: ReadonlySet<string>): Promise<T> {
  try {
    return await result;
  } catch (err) {
    if (err instanceof PartialWriteError) err.properties = encode(kind, err.properties, secretKeys);
    throw err;
  }
}

export function nativeProvider(): Provider {
  const rt = providerRuntime;
  return {
    version: packageVersion(),
    // GetSchema: what `pulumi package get-schema` / `gen-sdk` read to build SDKs for other languages.
    getSchema: async () => pulumiSchemaText(),
    async check(urn, olds: Props, news: Props) {
      const decoded = decode(news);
      const result = await rt.check(kindOf(urn), decode(olds).values, decoded.values);
      // A value another resource computes is checked once it is known (at update time), not reported missing in preview.
      const failures = result.failures.filter((f) => !decoded.unknownKeys.has(f.property.split(/[.[]/)[0]));
      // The inputs go back as the engine sent them, secrets still wrapped.
      return { inputs: news, failures };
    },
    async diff(_id, urn, olds: Props, news: Props) {
      const decoded = decode(news);
      // In preview an input not known yet may change anything; show an update rather than guess.
      if (decoded.unknownKeys.size) return { changes: true, replaces: [], deleteBeforeReplace: false };
      return rt.diff(kindOf(urn), decode(olds).values, decoded.values);
    },
    async create(urn, inputs: Props) {
      const kind = kindOf(urn);
      const decoded = decode(inputs);
      const result = await encodeOnFailure(rt.create(kind, decoded.values), kind, decoded.secretKeys);
      return { id: result.id, outs: encode(kind, result.outs, decoded.secretKeys) };
    },
    async read(id, urn, props?: Props) {
      const kind = kindOf(urn);
      const decoded = decode(props);
      const result = await rt.read(kind, id, decoded.values);
      return {
        id: result.id,
        props: encode(kind, result.props, decoded.secretKeys),
        ...(result.inputs ? { inputs: encode(kind, result.inputs, decoded.secretKeys) } : {}),
      };
    },
    async update(id, urn, olds: Props, news: Props) {
      const kind = kindOf(urn);
      const decoded = decode(news);
      const result = await encodeOnFailure(rt.update(kind, id, decode(olds).values, decoded.values), kind, decoded.secretKeys);
      return { outs: encode(kind, result.outs, decoded.secretKeys) };
    },
    async delete(id, urn, props: Props) {
      await rt.delete(kindOf(urn), id, decode(props).values);
    },
  };
}

/** Serves the plugin: prints the port for the engine, then answers until killed. */
export function main(args: string[] = process.argv.slice(2)): Promise<void> {
  return serve(nativeProvider(), args);
}
