/** Where a declaration set may carry a secret: layer 1 must describe these values by type, never echo them. */
import { splitPointer } from "../core/pointer";
import { KINDS } from "../model/kinds/registry";

/** Per top-level section, the registry's secret-bearing properties as path segments (`["credentials", "header"]`). */
const SECRET_PATHS: ReadonlyMap<string, readonly string[][]> = new Map(
  KINDS.flatMap((d) => (d.declaration.in === "top" && d.secrets.length ? [[d.declaration.key, d.secrets.map((s) => s.property.split("/"))] as const] : [])),
);

/**
 * True for a pointer at or below a secret-bearing property of a registered kind (`/namedValues/<n>/value`,
 * `/backends/<b>/credentials/header/...`, `/loggers/<l>/credentials/connectionString`, a certificate's `password`),
 * and for an object that holds one (`/backends/<b>/credentials`): its value would show the secret.
 */
export function isSecretPointer(pointer: string): boolean {
  const seg = splitPointer(pointer);
  const paths = SECRET_PATHS.get(seg[0]);
  if (!paths || seg.length < 3) return false;
  const rest = seg.slice(2);
  return paths.some((p) => {
    const n = Math.min(p.length, rest.length);
    return p.slice(0, n).every((s, i) => s === rest[i]);
  });
}
