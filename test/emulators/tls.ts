/**
 * One self-signed certificate per test run, valid for localhost and 127.0.0.1.
 *
 * Jest's global setup (test/setup/global-setup.ts) makes it once and passes its folder to the workers in
 * APIMC_TEST_TLS_DIR; each test file then reads two small files instead of loading the X.509 libraries and
 * generating a key again (about 0.2 s of CPU a file, over some 30 files). Without that variable (a lone
 * script, or a jest config without the global setup) the process makes its own, as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TlsMaterial {
  key: string;
  cert: string;
  /** The same certificate, written to a file for NODE_EXTRA_CA_CERTS / APIMC_CA_FILE. */
  caFile: string;
}

export const SHARED_TLS_ENV = "APIMC_TEST_TLS_DIR";

let cached: Promise<TlsMaterial> | undefined;

/** A new key and certificate in a new temporary folder (`key.pem`, `ca.pem`). */
export async function generateEmulatorTls(): Promise<TlsMaterial> {
  // Loaded here, not at the top: with the shared certificate a test file never needs it.
  const { generate } = require("selfsigned") as typeof import("selfsigned");
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600e3),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "apimc-emu-"));
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, pems.cert);
  writeFileSync(join(dir, "key.pem"), pems.private, { mode: 0o600 });
  return { key: pems.private, cert: pems.cert, caFile };
}

export function emulatorTls(): Promise<TlsMaterial> {
  cached ??= (async () => {
    const shared = process.env[SHARED_TLS_ENV];
    if (!shared) return generateEmulatorTls();
    const caFile = join(shared, "ca.pem");
    return { key: readFileSync(join(shared, "key.pem"), "utf8"), cert: readFileSync(caFile, "utf8"), caFile };
  })();
  return cached;
}
