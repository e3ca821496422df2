import { AzureError, checkSecretReadable, parseKeyVaultSecretUri, readSecret, type AzureSettings } from "../../../src/index";
import { startKeyVaultEmulator, type KeyVaultEmulator } from "../../emulators/keyvault-emulator";

let kv: KeyVaultEmulator;
let settings: AzureSettings;

beforeAll(async () => {
  kv = await startKeyVaultEmulator();
  settings = { caPem: kv.caPem, credential: "static:kv-token", keyVaultDisableChallengeVerification: true, allowLocalVaultHosts: true, retryBaseMs: 5 };
});
afterAll(async () => {
  await kv.stop();
});

const CANARY = "canary-kv-9d2e-secret";
const host = (): string => kv.url.replace("https://", "");

describe("readSecret / checkSecretReadable against the Key Vault emulator (real SecretClient)", () => {
  it("reads the latest version through the challenge flow, wrapped in Secret", async () => {
    const version = kv.setSecret("db-password", CANARY);
    const r = await readSecret(`${kv.url}/secrets/db-password`, settings);
    expect(r.value.reveal()).toBe(CANARY);
    expect(String(r.value)).toBe("(sensitive)");
    expect(JSON.stringify(r)).not.toContain(CANARY);
    expect(r).toMatchObject({ version, vaultUrl: kv.url, name: "db-password" });
    expect(kv.requests[0]).toMatchObject({ status: 401, authorized: false });
    expect(kv.requests.some((q) => q.path === "/secrets/db-password/" && q.status === 200 && q.authorized)).toBe(true);
  });

  it("sees a rotation as a new version, and still reads a pinned version", async () => {
    const v1 = kv.setSecret("rotating", "first-value");
    const v2 = kv.setSecret("rotating", "second-value");
    const latest = await readSecret(`${kv.url}/secrets/rotating`, settings);
    expect(latest.version).toBe(v2);
    expect(latest.value.reveal()).toBe("second-value");
    const pinned = await readSecret(`${kv.url}/secrets/rotating/${v1}`, settings);
    expect(pinned.version).toBe(v1);
    expect(pinned.value.reveal()).toBe("first-value");
    expect((await checkSecretReadable(`${kv.url}/secrets/rotating`, "managed identity 'apim-contoso'", settings)).version).toBe(v2);
  });

  it("says which role is missing on 403, naming vault, secret and identity", async () => {
    kv.setSecret("locked", CANARY);
    kv.setForbidden("locked");
    const err = await checkSecretReadable(`${kv.url}/secrets/locked`, "managed identity 'apim-contoso' (client id 1111)", settings).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AzureError);
    expect(err).toMatchObject({ status: 403, code: "Forbidden", resourceId: `${kv.url}/secrets/locked` });
    const msg = (err as Error).message;
    expect(msg).toContain("managed identity 'apim-contoso' (client id 1111)");
    expect(msg).toContain(`secret "locked"`);
    expect(msg).toContain(`Key Vault "${host()}"`);
    expect(msg).toContain('"Key Vault Secrets User"');
    expect(JSON.stringify(err) + String(err) + ((err as Error).stack ?? "")).not.toContain(CANARY);
  });

  it("says the secret or version does not exist on 404", async () => {
    await expect(readSecret(`${kv.url}/secrets/nope`, settings)).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(new RegExp(`^secret "nope" in Key Vault "${host().replace(/\./g, "\\.")}" does not exist; fix: create it`)),
    });
    kv.setSecret("has-versions", "x");
    const err = await readSecret(`${kv.url}/secrets/has-versions/0123456789abcdef0123456789abcdef`, settings).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 404, code: "SecretNotFound" });
    expect((err as Error).message).toContain("version 0123456789abcdef0123456789abcdef");
  });

  it("retries throttling and 503 from Key Vault", async () => {
    kv.setSecret("busy", "busy-value");
    kv.failNext(429, 1, 0);
    kv.failNext(503, 1);
    kv.failNext(429, 1);
    const before = kv.requests.length;
    expect((await readSecret(`${kv.url}/secrets/busy`, settings)).value.reveal()).toBe("busy-value");
    expect(kv.requests.slice(before).filter((r) => r.authorized).map((r) => r.status)).toEqual([429, 503, 429, 200]);
  });

  it("refuses local vault hosts unless the test setting allows them", async () => {
    const err = await readSecret(`${kv.url}/secrets/db-password`, { ...settings, allowLocalVaultHosts: false }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "AzureError", code: "InvalidSecretUri" });
    expect((err as Error).message).toContain("is not a Key Vault host");
  });
});

describe("parseKeyVaultSecretUri", () => {
  it.each([
    ["https://contoso-kv.vault.azure.net/secrets/db-password", { vaultUrl: "https://contoso-kv.vault.azure.net", vaultName: "contoso-kv", name: "db-password" }],
    ["https://contoso-kv.vault.azure.net/secrets/db-password/", { vaultName: "contoso-kv", name: "db-password" }],
    ["https://contoso-kv.vault.azure.net/secrets/db/0123456789abcdef0123456789abcdef", { name: "db", version: "0123456789abcdef0123456789abcdef" }],
    ["https://kv1.vault.azure.cn/secrets/a", { vaultName: "kv1", vaultUrl: "https://kv1.vault.azure.cn" }],
    ["https://kv1.vault.usgovcloudapi.net/secrets/a", { vaultName: "kv1" }],
  ])("accepts %s", (uri, expected) => {
    const r = parseKeyVaultSecretUri(uri);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
  });

  it.each([
    ["not a url", "is not a URL"],
    ["http://kv1.vault.azure.net/secrets/a", "use https"],
    ["https://kv1.example.com/secrets/a", "is not a Key Vault host"],
    ["https://kv1.vault.azure.net/keys/a", "is not a secret path"],
    ["https://kv1.vault.azure.net/secrets/a/b/c", "is not a secret path"],
    ["https://kv1.vault.azure.net/secrets/bad_name", "is not a valid secret name"],
    ["https://1kv.vault.azure.net/secrets/a", "is not a valid vault name"],
    ["https://kv1.vault.azure.net/secrets/a?x=1", "no query"],
    ["https://127.0.0.1:8443/secrets/a", "is not a Key Vault host"],
  ])("rejects %s", (uri, message) => {
    const r = parseKeyVaultSecretUri(uri);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("accepts 127.0.0.1 hosts only when allowed", () => {
    expect(parseKeyVaultSecretUri("https://127.0.0.1:8443/secrets/a", { allowLocalHosts: true })).toMatchObject({ ok: true, value: { vaultUrl: "https://127.0.0.1:8443" } });
  });
});
