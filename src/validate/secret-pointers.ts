/** Where a declaration set may carry a secret: layer 1 must describe these values by type, never echo them. */
import { splitPointer } from "../core/pointer";
import { SECRET_SOURCE_PROPERTIES } from "./rules/registry-kinds";

/**
 * True for `/namedValues/<n>/value`, anything under `/backends/<b>/credentials`
 * `/backends/<b>/proxy/password`, `/loggers/<l>/credentials` and the secret-sourced properties of the registry-only
 * kinds (and anything below them).
 */
export function isSecretPointer(pointer: string): boolean {
  const seg = splitPointer(pointer);
  if (seg[0] === "namedValues") return seg.length >= 3 && seg[2] === "value";
  if (seg[0] === "backends") {
    if (seg.length >= 3 && seg[2] === "credentials") return true;
    return seg.length >= 4 && seg[2] === "proxy" && seg[3] === "password";
  }
  // Secret-sourced properties of certificates, subscriptions, OAuth servers and caches; logger credentials.
  if (seg[0] === "loggers") return seg.length >= 3 && seg[2] === "credentials";
  const secretProps = SECRET_SOURCE_PROPERTIES[seg[0]];
  return secretProps !== undefined && seg.length >= 3 && secretProps.includes(seg[2]);
}
