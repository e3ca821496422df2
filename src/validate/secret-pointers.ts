/** Where a declaration set may carry a secret: layer 1 must describe these values by type, never echo them. */
import { splitPointer } from "../core/pointer";

/**
 * True for `/namedValues/<n>/value`, anything under `/backends/<b>/credentials`
 * and `/backends/<b>/proxy/password` (and anything below them).
 */
export function isSecretPointer(pointer: string): boolean {
  const seg = splitPointer(pointer);
  if (seg[0] === "namedValues") return seg.length >= 3 && seg[2] === "value";
  if (seg[0] === "backends") {
    if (seg.length >= 3 && seg[2] === "credentials") return true;
    return seg.length >= 4 && seg[2] === "proxy" && seg[3] === "password";
  }
  return false;
}
