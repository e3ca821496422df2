/**
 * A resource's JSON text, printed once: the splitter measures it and the
 * template printer reuses it, instead of each stringifying every resource.
 */
import type { ArmResource } from "./types";

const texts = new WeakMap<ArmResource, string>();

/** `JSON.stringify(resource, null, 2)`, remembered for as long as the resource object lives. */
export function printedResource(resource: ArmResource): string {
  let text = texts.get(resource);
  if (text === undefined) {
    text = JSON.stringify(resource, null, 2);
    texts.set(resource, text);
  }
  return text;
}

/**
 * Same bytes as `JSON.stringify({ ...frame, resources }, null, 2)` when
 * `resources` is the frame's last key: each resource's own text indented to
 * its depth inside the `resources` array.
 */
export function printWithResources(frame: Record<string, unknown>, resources: ArmResource[]): string {
  const empty = JSON.stringify({ ...frame, resources: [] }, null, 2);
  const tail = "[]\n}";
  if (resources.length === 0 || !empty.endsWith(tail)) return JSON.stringify({ ...frame, resources }, null, 2);
  const body = resources.map((r) => "    " + printedResource(r).replace(/\n/g, "\n    ")).join(",\n");
  return `${empty.slice(0, -tail.length)}[\n${body}\n  ]\n}`;
}
