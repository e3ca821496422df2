/**
 * Azure access settings. Every field falls back to an environment variable
 * read at call time (not import time), so the same code works inside the
 * Pulumi dynamic-provider host, which only sees the environment.
 */
import { readFileSync } from "node:fs";
import type { TokenCredential } from "@azure/identity";

export interface AzureSettings {
  /** ARM endpoint; env APIMC_ARM_ENDPOINT, default https://management.azure.com */
  armEndpoint?: string;
  /** PEM file with extra trusted CAs (emulators); env APIMC_CA_FILE */
  caFile?: string;
  /** PEM text with extra trusted CAs; wins over caFile */
  caPem?: string;
  /** "default" | "static:<token>" | a TokenCredential; env APIMC_CREDENTIAL, default "default" */
  credential?: string | TokenCredential;
  /** env APIMC_KEYVAULT_DISABLE_CHALLENGE_VERIFICATION=1 (emulator only) */
  keyVaultDisableChallengeVerification?: boolean;
  /** Accept https://127.0.0.1:<port> / localhost vault hosts (tests); env APIMC_KEYVAULT_ALLOW_LOCAL=1 */
  allowLocalVaultHosts?: boolean;
  /** Retries after the first attempt; env APIMC_RETRY_MAX, default 5 */
  retryMax?: number;
  /** Upper bound for one retry delay, including Retry-After; env APIMC_RETRY_CAP_MS, default 60000 */
  retryCapMs?: number;
  /** First backoff step; env APIMC_RETRY_BASE_MS, default 800 */
  retryBaseMs?: number;
  /** LRO poll interval when the service sends no positive Retry-After; env APIMC_LRO_POLL_MS, default 2000 */
  lroPollMs?: number;
}

export interface ResolvedSettings {
  armEndpoint: string;
  caPem?: string;
  credential: string | TokenCredential;
  keyVaultDisableChallengeVerification: boolean;
  allowLocalVaultHosts: boolean;
  retryMax: number;
  retryCapMs: number;
  retryBaseMs: number;
  lroPollMs: number;
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

function envFlag(name: string): boolean {
  const raw = (process.env[name] ?? "").trim().toLowerCase();
  return raw === "1" || raw === "true" || raw === "yes";
}

export function resolveSettings(settings: AzureSettings = {}): ResolvedSettings {
  const caFile = settings.caFile ?? process.env.APIMC_CA_FILE;
  const caPem = settings.caPem ?? (caFile ? readFileSync(caFile, "utf8") : undefined);
  return {
    armEndpoint: (settings.armEndpoint ?? process.env.APIMC_ARM_ENDPOINT ?? "https://management.azure.com").replace(/\/+$/, ""),
    caPem,
    credential: settings.credential ?? process.env.APIMC_CREDENTIAL ?? "default",
    keyVaultDisableChallengeVerification:
      settings.keyVaultDisableChallengeVerification ?? envFlag("APIMC_KEYVAULT_DISABLE_CHALLENGE_VERIFICATION"),
    allowLocalVaultHosts: settings.allowLocalVaultHosts ?? envFlag("APIMC_KEYVAULT_ALLOW_LOCAL"),
    retryMax: settings.retryMax ?? envInt("APIMC_RETRY_MAX", 5),
    retryCapMs: settings.retryCapMs ?? envInt("APIMC_RETRY_CAP_MS", 60_000),
    retryBaseMs: settings.retryBaseMs ?? envInt("APIMC_RETRY_BASE_MS", 800),
    lroPollMs: settings.lroPollMs ?? envInt("APIMC_LRO_POLL_MS", 2000),
  };
}
