/**
 * The kind-aware face of src/azure: src/azure sends generic ARM requests and
 * knows no kind (it may import only src/core), so this file tells it, from the
 * kind registry, where each kind lives and how it is read and written. A kind
 * registered in src/model/kinds is readable and writable here with no edit.
 */
import { ArmResources, type LiveResource as ArmLiveResource } from "../azure/resources";
import { resourceIdAt, type ApimTarget, type ArmKind, type ArmRef } from "../azure/kinds";
import type { AzureSettings } from "../azure/settings";
import { armPathTable, kindOfAzureKind, type AzureKind } from "../model/kinds/registry";
import type { KindDescriptor } from "../model/kinds/types";

/** A kind as src/state reads it: a registered kind, or a policy's scope (`apiPolicy`). */
export type ApimKind = AzureKind;
export type ApimRef = ArmRef<ApimKind>;
export type LiveResource = ArmLiveResource<ApimKind>;

const PATHS = armPathTable();

/** Every kind src/state reads and writes, from the registry (policies once per scope). */
export const APIM_KINDS = Object.keys(PATHS) as ApimKind[];

/** Kinds whose body is policy text sent as `rawxml` (the registry's `format` default) are read as `rawxml` too. */
export function isPolicyText(d: KindDescriptor): boolean {
  return d.defaults.some((x) => x.property === "format" && x.value === "rawxml");
}

function armKindOfDescriptor(kind: string, d: KindDescriptor): ArmKind {
  const path = PATHS[kind];
  if (path === undefined) throw new Error(`unknown Azure kind: ${kind}`);
  const deleteQuery = Object.fromEntries(Object.entries(d.deleteQuery ?? {}).map(([k, q]) => [k, q.value]));
  return {
    path,
    read: d.readBack,
    lro: d.sdk.lro,
    ...(isPolicyText(d) ? { readQuery: { format: "rawxml" } } : {}),
    ...(Object.keys(deleteQuery).length ? { deleteQuery } : {}),
    ...(d.secretValue ? { secretValue: d.secretValue } : {}),
    // Top-level secret properties sent as plain strings (a named value's `value`) stay out of error messages.
    ...(d.secrets.length ? { secretProperties: [...new Set(d.secrets.map((s) => s.property.split("/")[0]))] } : {}),
  };
}

const ARM_KINDS = new Map<string, ArmKind>();

/** What src/azure needs to read and write `kind`, derived from its descriptor. */
export function armKindOf(kind: ApimKind): ArmKind {
  let spec = ARM_KINDS.get(kind);
  if (!spec) ARM_KINDS.set(kind, (spec = armKindOfDescriptor(kind, kindOfAzureKind(kind))));
  return spec;
}

/** The ARM resource id of `ref` (names are not URL-encoded: ids are for people and errors). */
export function resourceId(t: ApimTarget, ref: ApimRef): string {
  return resourceIdAt(t, armKindOf(ref.kind).path, ref.names, ref.kind);
}

/** Reads and writes live APIM resources of every registered kind. */
export class ApimResources extends ArmResources<ApimKind> {
  constructor(target: ApimTarget, settings?: AzureSettings) {
    super(target, settings, armKindOf);
  }
}
