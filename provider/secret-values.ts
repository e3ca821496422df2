/** The `parameterValues` input of a registry kind, wrapped as one Pulumi secret whatever the caller passed. */
import * as pulumi from "@pulumi/pulumi";
import type { RegistryArgs } from "./types";

export function secretValues(values: RegistryArgs<unknown>["parameterValues"]): pulumi.Output<Record<string, string>> | undefined {
  return values === undefined ? undefined : pulumi.secret(pulumi.output(values));
}
