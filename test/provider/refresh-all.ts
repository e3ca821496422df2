/**
 * Pulumi's refresh over every registered resource, then its diff against the declaration: the resources whose
 * diff is not "none". Each read must return the id and the parts that were written (Pulumi would otherwise show a
 * change on refresh); the refreshed state replaces the stored one, as Pulumi does.
 */
import type { Props } from "./host";
import type { ProviderEnv } from "./provider-env";
import type { RegisteredResource } from "./contoso-resources";

export async function refreshAll(env: ProviderEnv, resources: RegisteredResource[], state: Map<string, { id: string; props: Props }>): Promise<string[]> {
  const changed: string[] = [];
  for (const r of resources) {
    const s = state.get(r.name)!;
    const refreshed = await env.host.read(r.kind, s.id, s.props);
    expect([r.name, refreshed.id]).toEqual([r.name, s.id]);
    expect([r.name, refreshed.props.parts]).toEqual([r.name, s.props.parts]);
    const d = await env.host.diff(r.kind, s.id, refreshed.props, r.inputs);
    if (d.changes !== "none") changed.push(`${r.name}: ${JSON.stringify(d)}`);
    state.set(r.name, { id: s.id, props: refreshed.props });
  }
  return changed;
}
