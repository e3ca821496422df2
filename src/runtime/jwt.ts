/** Signature checks for validate-jwt with node:crypto: HS256/384/512 and RS256/384/512. */
import * as crypto from "node:crypto";

export type JwtKey = { kind: "hmac"; secret: Buffer; kid?: string } | { kind: "rsa"; key: crypto.KeyObject; kid?: string };

export function hmacKeyFromBase64(b64: string): JwtKey {
  return { kind: "hmac", secret: Buffer.from(b64.trim(), "base64") };
}

export function rsaKeyFromModulus(n: string, e: string, kid?: string): JwtKey {
  return { kind: "rsa", key: crypto.createPublicKey({ key: { kty: "RSA", n: toB64url(n), e: toB64url(e) }, format: "jwk" }), kid };
}

export function rsaKeyFromPem(pem: string): JwtKey {
  return { kind: "rsa", key: crypto.createPublicKey(pem) };
}

function toB64url(s: string): string {
  return s.trim().replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Keys from a JWKS document (openid-config's jwks_uri). */
export function keysFromJwks(jwks: unknown): JwtKey[] {
  const keys = (jwks as { keys?: Array<Record<string, string>> })?.keys ?? [];
  const out: JwtKey[] = [];
  for (const k of keys) {
    if (k.kty === "RSA" && k.n && k.e) out.push(rsaKeyFromModulus(k.n, k.e, k.kid));
    else if (k.kty === "oct" && k.k) out.push({ kind: "hmac", secret: Buffer.from(k.k, "base64url"), kid: k.kid });
  }
  return out;
}

/** True when one of `keys` verifies the token's signature for its `alg`. */
export function verifySignature(token: string, alg: string, kid: string | undefined, keys: JwtKey[]): boolean {
  const [h, p, sig] = token.split(".");
  if (!sig) return false;
  const data = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(sig, "base64url");
  const m = /^(HS|RS)(256|384|512)$/.exec(alg);
  if (!m) return false;
  const hash = `sha${m[2]}`;
  for (const key of keys) {
    if (kid && key.kid && key.kid !== kid) continue;
    if (m[1] === "HS" && key.kind === "hmac") {
      const expected = crypto.createHmac(hash, key.secret).update(data).digest();
      if (expected.length === signature.length && crypto.timingSafeEqual(expected, signature)) return true;
    }
    if (m[1] === "RS" && key.kind === "rsa") {
      if (crypto.verify(hash, data, key.key, signature)) return true;
    }
  }
  return false;
}
