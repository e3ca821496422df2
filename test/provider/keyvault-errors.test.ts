/**
 * Key Vault failures at deploy time, through the real provider host and the
 * real @azure/keyvault-secrets client against the Key Vault emulator: each
 * cause (missing, disabled, firewall, role, transient) has its own message and
 * fix, names the vault and the secret (and the identity where it matters), and
 * no message carries the secret's value. Needs dist/.
 */
import type { Props } from "./host";
import { startProviderEnv, type ProviderEnv } from "./provider-env";

const service = { subscriptionId: "00000000-0000-0000-0000-000000000016", resourceGroup: "rg-kv", serviceName: "kv-apim" };
const CANARY = "canary-KV-7hq2-do-not-leak";
const IDENTITY = "5c0ffee0-1111-2222-3333-444455556666";

let env: ProviderEnv;
let vault: string;

beforeAll(async () => {
  env = await startProviderEnv();
  // The vault name apimc reports for the emulator's URL (its host; a real vault's is the first label of <name>.vault.azure.net).
  vault = new URL(env.kv.url).host;
});

afterAll(async () => {
  await env?.stop();
});

function fromKeyVault(secret: string): Props {
  return { service, name: `nv-${secret}`, properties: { displayName: `nv-${secret}`, fromKeyVault: `${env.kv.url}/secrets/${secret}` } };
}

function keyVaultRef(secret: string): Props {
  return { service, name: `ref-${secret}`, properties: { displayName: `ref-${secret}`, keyVault: { secretIdentifier: `${env.kv.url}/secrets/${secret}`, identityClientId: IDENTITY } } };
}

async function failure(inputs: Props): Promise<string> {
  const before = env.arm.appliedWrites().length;
  let message = "";
  try {
    await env.host.create("namedValue", inputs);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toMatch(/APIMC857: named value/);
  // Nothing reaches APIM when the secret cannot be read.
  expect(env.arm.appliedWrites().length).toBe(before);
  expect(message).not.toContain(CANARY);
  expect(env.host.output()).not.toContain(CANARY);
  return message;
}

test("missing: names the vault and the secret, and says how to create it", async () => {
  const m = await failure(fromKeyVault("absent"));
  expect(m).toContain('secret "absent"');
  expect(m).toContain(`Key Vault "${vault}"`);
  expect(m).toMatch(/does not exist/);
  expect(m).toContain("az keyvault secret set");
  expect(m).not.toMatch(/Secrets User|firewall|temporary/i);
});

test("disabled (403 SecretDisabled): says it is disabled and how to enable it, not a missing role", async () => {
  env.kv.setSecret("switched-off", CANARY);
  env.kv.setDisabled("switched-off");
  for (const inputs of [fromKeyVault("switched-off"), keyVaultRef("switched-off")]) {
    const m = await failure(inputs);
    expect(m).toContain('secret "switched-off"');
    expect(m).toContain(`Key Vault "${vault}"`);
    expect(m).toMatch(/is disabled/);
    expect(m).toContain("--enabled true");
    expect(m).not.toMatch(/Secrets User|firewall|temporary/i);
  }
});

test("forbidden by the vault firewall: names the network cause, not the role", async () => {
  env.kv.setSecret("walled", CANARY);
  env.kv.setFirewall(true);
  try {
    const m = await failure(keyVaultRef("walled"));
    expect(m).toContain('secret "walled"');
    expect(m).toContain(`Key Vault "${vault}"`);
    expect(m).toMatch(/firewall/);
    expect(m).toMatch(/Networking/);
    expect(m).toContain(IDENTITY);
    expect(m).not.toMatch(/grant it the "Key Vault Secrets User"/);
  } finally {
    env.kv.setFirewall(false);
  }
});

test("forbidden by role: names the identity that needs Key Vault Secrets User, and APIM's identity for a reference", async () => {
  env.kv.setSecret("locked", CANARY);
  env.kv.setForbidden("locked");
  const ref = await failure(keyVaultRef("locked"));
  expect(ref).toContain('secret "locked"');
  expect(ref).toContain(`Key Vault "${vault}"`);
  expect(ref).toContain('"Key Vault Secrets User"');
  expect(ref).toContain(IDENTITY);
  expect(ref).toMatch(/APIM reads the secret at run time as the user-assigned identity/);
  const fetched = await failure(fromKeyVault("locked"));
  expect(fetched).toMatch(/the deploying identity may not read/);
  expect(fetched).toContain('"Key Vault Secrets User"');
  expect(fetched).not.toMatch(/firewall|disabled|temporary/i);
});

test("transient (503 until the retries run out): says it is temporary and to run again, not a role or a missing secret", async () => {
  env.kv.setSecret("flaky", CANARY);
  const attemptsBefore = env.kv.requests.filter((r) => r.authorized && r.path.includes("/secrets/flaky")).length;
  env.kv.failNext(503, 1000);
  let m: string;
  try {
    m = await failure(fromKeyVault("flaky"));
  } finally {
    env.kv.clearFailures();
  }
  expect(m).toContain('secret "flaky"');
  expect(m).toContain(`Key Vault "${vault}"`);
  expect(m).toMatch(/HTTP 503/);
  expect(m).toMatch(/temporary failure/);
  expect(m).toMatch(/after \d+ attempts/);
  expect(m).not.toMatch(/Secrets User|does not exist|disabled/);
  // It was retried before giving up.
  expect(env.kv.requests.filter((r) => r.authorized && r.path.includes("/secrets/flaky")).length - attemptsBefore).toBeGreaterThan(1);
});

test("a transient failure that clears within the retries succeeds", async () => {
  env.kv.setSecret("recovers", CANARY);
  env.kv.failNext(503, 2);
  const r = await env.host.create("namedValue", fromKeyVault("recovers"));
  expect(env.arm.resource("namedValues/nv-recovers")!.secretValue).toBe(CANARY);
  expect(JSON.stringify(r)).not.toContain(CANARY);
});
