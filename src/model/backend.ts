import type { Backend } from "../load/declarations.generated";
import { ids } from "./ids";
import { esc } from "./named-value";
import type { BackendModel, BackendProperties } from "./types";

export function buildBackend(name: string, decl: Backend): BackendModel {
  const { ignore, ...rest } = decl;
  const properties: BackendProperties = structuredClone(rest);
  return { id: ids.backend(name), name, pointer: `/backends/${esc(name)}`, ignore: ignore ?? [], properties };
}

/** `{{name}}` tokens in a string, in order of appearance, with their offsets. */
export function namedValueTokens(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  const re = /\{\{([^{}]+)\}\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ name: m[1].trim(), index: m.index });
  return out;
}
