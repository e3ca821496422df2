import type { ApiVersionSet } from "../load/declarations.generated";
import { ids } from "./ids";
import { esc } from "./named-value";
import type { ApiVersionSetModel } from "./types";

export function buildApiVersionSet(name: string, decl: ApiVersionSet): ApiVersionSetModel {
  return { id: ids.apiVersionSet(name), name, pointer: `/apiVersionSets/${esc(name)}`, ignore: [], properties: structuredClone(decl) };
}
