/**
 * A local HTTPS Key Vault secrets emulator: the bearer challenge flow (401 +
 * WWW-Authenticate on an unauthenticated request), latest and versioned GETs,
 * and Key Vault error bodies for 404 and the three 403s (role, disabled secret, firewall).
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { emulatorTls } from "./tls";

export interface KeyVaultEmulator {
  url: string;
  caPem: string;
  caFile: string;
  /** Adds a new version (or the given one) and makes it the latest; returns the version id. */
  setSecret(name: string, value: string, version?: string): string;
  /** Every read of this secret answers 403, as when the identity lacks "Key Vault Secrets User". */
  setForbidden(name: string): void;
  /** Every read of this secret answers 403 SecretDisabled, as for a secret whose `enabled` attribute is false. */
  setDisabled(name: string): void;
  /** While on, every authorised request answers 403 ForbiddenByFirewall, as when the vault's firewall does not allow the caller's network. */
  setFirewall(on: boolean): void;
  /** The next `times` authorised requests answer `status` (e.g. 429 or 503), optionally with Retry-After. */
  failNext(status: number, times?: number, retryAfter?: number): void;
  /** Drops the faults `failNext` queued and has not answered yet. */
  clearFailures(): void;
  requests: Array<{ method: string; path: string; status: number; authorized: boolean }>;
  stop(): Promise<void>;
}

interface Version {
  version: string;
  value: string;
  created: number;
}

export async function startKeyVaultEmulator(): Promise<KeyVaultEmulator> {
  const tls = await emulatorTls();
  const secrets = new Map<string, Version[]>();
  const forbidden = new Set<string>();
  const disabled = new Set<string>();
  let firewall = false;
  const requests: KeyVaultEmulator["requests"] = [];
  const failures: Array<{ status: number; retryAfter?: number }> = [];
  let url = "";

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    req.resume();
    req.on("end", () => {
      const u = new URL(req.url ?? "/", url);
      const authorized = (req.headers.authorization ?? "").startsWith("Bearer ");
      const entry = { method: req.method ?? "GET", path: u.pathname, status: 0, authorized };
      requests.push(entry);
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
        entry.status = status;
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
        res.end(body === undefined ? "" : JSON.stringify(body));
      };
      const kvError = (status: number, code: string, message: string, inner?: string): void =>
        send(status, { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } });

      if (!authorized) {
        return send(401, { error: { code: "Unauthorized", message: "AKV10000: Request is missing a Bearer or PoP token." } }, {
          "WWW-Authenticate": 'Bearer authorization="https://login.microsoftonline.com/00000000-0000-0000-0000-00000000000a", resource="https://vault.azure.net"',
        });
      }
      if (firewall) {
        return kvError(403, "Forbidden", "Client address is not authorized and caller is not a trusted service.\r\nClient address: 127.0.0.1", "ForbiddenByFirewall");
      }
      const failure = failures.shift();
      if (failure) {
        return send(failure.status, { error: { code: failure.status === 429 ? "Throttled" : "ServiceUnavailable", message: "Injected fault." } },
          failure.retryAfter !== undefined ? { "Retry-After": String(failure.retryAfter) } : {});
      }
      const m = /^\/secrets\/([^/]+)\/?([^/]*)$/.exec(u.pathname);
      if (!m || req.method !== "GET") return kvError(400, "BadParameter", "The request URI contains an invalid name or operation.");
      const name = decodeURIComponent(m[1]);
      const wanted = m[2] ? decodeURIComponent(m[2]) : undefined;
      if (forbidden.has(name.toLowerCase())) {
        return kvError(403, "Forbidden",
          `Caller is not authorized to perform action on resource. Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action' Resource: 'secrets/${name}'`,
          "ForbiddenByRbac");
      }
      if (disabled.has(name.toLowerCase())) return kvError(403, "Forbidden", "Operation get is not allowed on a disabled secret.", "SecretDisabled");
      const versions = secrets.get(name.toLowerCase()) ?? [];
      const found = wanted ? versions.find((v) => v.version === wanted) : versions[versions.length - 1];
      if (!found) {
        const what = wanted ? `(name/id) ${name}/${wanted}` : `(name/id) ${name}`;
        return kvError(404, "SecretNotFound", `A secret with ${what} was not found in this key vault.`);
      }
      const ts = Math.floor(found.created / 1000);
      return send(200, {
        value: found.value,
        id: `${url}/secrets/${name}/${found.version}`,
        attributes: { enabled: true, created: ts, updated: ts, recoveryLevel: "Recoverable+Purgeable" },
        tags: {},
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    caPem: tls.cert,
    caFile: tls.caFile,
    requests,
    setSecret(name, value, version) {
      const v = version ?? randomBytes(16).toString("hex");
      const list = secrets.get(name.toLowerCase()) ?? [];
      list.push({ version: v, value, created: Date.now() });
      secrets.set(name.toLowerCase(), list);
      return v;
    },
    failNext(status, times = 1, retryAfter) {
      for (let i = 0; i < times; i++) failures.push({ status, ...(retryAfter !== undefined ? { retryAfter } : {}) });
    },
    setForbidden(name) {
      forbidden.add(name.toLowerCase());
    },
    clearFailures() {
      failures.length = 0;
    },
    setDisabled(name) {
      disabled.add(name.toLowerCase());
    },
    setFirewall(on) {
      firewall = on;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
