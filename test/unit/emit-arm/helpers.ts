import { loadDeclarationsFromObject } from "../../../src/load";
import { buildModel, emitArm, type EmitArmOptions } from "../../../src/index";
import { richDeclarations } from "../model/fixture";

export async function compileObject(data: Record<string, unknown> = richDeclarations(), opts: EmitArmOptions = {}) {
  const loaded = await loadDeclarationsFromObject(data, __dirname);
  const built = buildModel(loaded);
  expect(built.diagnostics).toEqual([]);
  const out = emitArm(built.model!, { locate: (p) => loaded.sourceMap.locate(p), ...opts });
  return { model: built.model!, out };
}

export function json(text: string): any {
  return JSON.parse(text);
}
