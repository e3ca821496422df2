import type * as Identity from "@azure/identity";
import type { AccessToken, TokenCredential } from "@azure/identity";

function isTokenCredential(value: unknown): value is TokenCredential {
  return typeof value === "object" && value !== null && typeof (value as TokenCredential).getToken === "function";
}

/** A fixed bearer token, for emulators and short-lived tokens handed in by CI. */
export class StaticTokenCredential implements TokenCredential {
  readonly #token: string;
  constructor(token: string) {
    this.#token = token;
  }
  async getToken(): Promise<AccessToken> {
    return { token: this.#token, expiresOnTimestamp: Date.now() + 3600_000 };
  }
}

/** `default` -> DefaultAzureCredential, `static:<token>` -> StaticTokenCredential. */
export function createCredential(spec: string | TokenCredential): TokenCredential {
  if (isTokenCredential(spec)) return spec;
  // Loaded on first use, like the SDK clients: offline commands never pay for @azure/identity.
  if (spec === "default" || spec === "") return new (require("@azure/identity") as typeof Identity).DefaultAzureCredential();
  if (spec.startsWith("static:") && spec.length > "static:".length) return new StaticTokenCredential(spec.slice("static:".length));
  throw new Error(`APIMC_CREDENTIAL must be "default" or "static:<token>"; got a value of another form`);
}
