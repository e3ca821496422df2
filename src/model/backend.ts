import type { Backend } from "../load/declarations.generated";
import { ids } from "./ids";
import { esc } from "./named-value";
import type { BackendModel, BackendProperties } from "./types";

export function buildBackend(name: string, decl: Backend): BackendModel {
  const { ignore, ...rest } = decl;
  const properties: BackendProperties = structuredClone(rest);
  return { id: ids.backend(name), name, pointer: `/backends/${esc(name)}`, ignore: ignore ?? [], properties };
}

/** Every string in a backend that may carry `{{named value}}` tokens, with its pointer below the backend. */
export function backendTokenCarriers(p: BackendProperties): Array<{ pointer: string; value: string }> {
  const out: Array<{ pointer: string; value: string }> = [];
  const c = p.credentials;
  if (c) {
    for (const part of ["header", "query"] as const) {
      const map = c[part];
      if (!map) continue;
      for (const key of Object.keys(map).sort()) {
        map[key].forEach((v, i) => out.push({ pointer: `/credentials/${part}/${esc(key)}/${i}`, value: v }));
      }
    }
    if (c.authorization) out.push({ pointer: "/credentials/authorization/parameter", value: c.authorization.parameter });
  }
  if (p.proxy?.password !== undefined) out.push({ pointer: "/proxy/password", value: p.proxy.password });
  if (p.proxy?.username !== undefined) out.push({ pointer: "/proxy/username", value: p.proxy.username });
  if (p.url !== undefined) out.push({ pointer: "/url", value: p.url });
  return out;
}

/** `{{name}}` tokens in a string, in order of appearance, with their offsets. */
export function namedValueTokens(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  const re = /\{\{([^{}]+)\}\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ name: m[1].trim(), index: m.index });
  return out;
}
