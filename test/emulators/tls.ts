/** One self-signed certificate per test process, valid for localhost and 127.0.0.1. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";

export interface TlsMaterial {
  key: string;
  cert: string;
  /** The same certificate, written to a file for NODE_EXTRA_CA_CERTS / APIMC_CA_FILE. */
  caFile: string;
}

let cached: Promise<TlsMaterial> | undefined;

export function emulatorTls(): Promise<TlsMaterial> {
  cached ??= (async () => {
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
    return { key: pems.private, cert: pems.cert, caFile };
  })();
  return cached;
}
