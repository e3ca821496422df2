/**
 * A secret value that cannot leak by accident: string conversion, JSON and
 * util.inspect all print the mask. Only `reveal()` gives the value, and only
 * the code that sends it to Azure calls it.
 */
import { inspect } from "node:util";

export const SENSITIVE = "(sensitive)";

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return SENSITIVE;
  }

  toJSON(): string {
    return SENSITIVE;
  }

  [inspect.custom](): string {
    return SENSITIVE;
  }
}

export function isSecret(value: unknown): value is Secret {
  return value instanceof Secret;
}

/** Replaces every occurrence of each secret value in `text` with the mask. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length >= 4) out = out.split(s).join(SENSITIVE);
  }
  return out;
}
