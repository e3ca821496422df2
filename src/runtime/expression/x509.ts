/**
 * `context.Request.Certificate`: the client certificate as an
 * X509Certificate2 with the members policies read (Subject, Issuer,
 * Thumbprint, SerialNumber, NotBefore, NotAfter, SubjectName/IssuerName,
 * Verify(), VerifyNoRevocation()). A test gives it as a PEM (the fields come
 * from the certificate) or as the fields themselves. Chain trust and
 * revocation cannot be established offline, so the test states them
 * (`trusted`, default true; `revoked`, default false); Verify() is
 * trusted, not revoked and within its validity at the runtime's clock, and
 * VerifyNoRevocation() leaves revocation out, as APIM's extension does.
 */
import * as crypto from "node:crypto";
import { CsDateTime, Host } from "./values";

export interface CertificateSpec {
  pem?: string;
  subject?: string;
  issuer?: string;
  thumbprint?: string;
  serialNumber?: string;
  /** Epoch ms. */
  notBefore?: number;
  notAfter?: number;
  trusted?: boolean;
  revoked?: boolean;
}

/** Defaults for a certificate given by some fields only: valid for a century around the default test clock. */
const DEFAULT_NOT_BEFORE = Date.UTC(2000, 0, 1);
const DEFAULT_NOT_AFTER = Date.UTC(2100, 0, 1);

export class X500DistinguishedName extends Host {
  readonly csType = "System.Security.Cryptography.X509Certificates.X500DistinguishedName";
  constructor(readonly Name: string) {
    super();
  }
  ToString(): string {
    return this.Name;
  }
}

export class X509Certificate2 extends Host {
  readonly csType = "System.Security.Cryptography.X509Certificates.X509Certificate2";
  readonly Subject: string;
  readonly Issuer: string;
  readonly Thumbprint: string;
  readonly SerialNumber: string;
  readonly NotBefore: CsDateTime;
  readonly NotAfter: CsDateTime;
  readonly FriendlyName = "";
  private readonly trusted: boolean;
  private readonly revoked: boolean;
  constructor(
    spec: CertificateSpec,
    private readonly now: () => number,
  ) {
    super();
    const fromPem = spec.pem ? readPem(spec.pem) : undefined;
    this.Subject = spec.subject ?? fromPem?.subject ?? "CN=apimc-test-client";
    this.Issuer = spec.issuer ?? fromPem?.issuer ?? "CN=apimc-test-ca";
    this.Thumbprint = (spec.thumbprint ?? fromPem?.thumbprint ?? crypto.createHash("sha1").update(`${this.Subject}|${this.Issuer}`).digest("hex")).replace(/[:\s]/g, "").toUpperCase();
    this.SerialNumber = (spec.serialNumber ?? fromPem?.serialNumber ?? "01").toUpperCase();
    this.NotBefore = new CsDateTime(spec.notBefore ?? fromPem?.notBefore ?? DEFAULT_NOT_BEFORE);
    this.NotAfter = new CsDateTime(spec.notAfter ?? fromPem?.notAfter ?? DEFAULT_NOT_AFTER);
    this.trusted = spec.trusted ?? true;
    this.revoked = spec.revoked ?? false;
  }
  get SubjectName(): X500DistinguishedName {
    return new X500DistinguishedName(this.Subject);
  }
  get IssuerName(): X500DistinguishedName {
    return new X500DistinguishedName(this.Issuer);
  }
  Verify(): boolean {
    return this.VerifyNoRevocation() && !this.revoked;
  }
  VerifyNoRevocation(): boolean {
    const t = this.now();
    return this.trusted && t >= this.NotBefore.ms && t <= this.NotAfter.ms;
  }
  GetCertHashString(): string {
    return this.Thumbprint;
  }
  GetSerialNumberString(): string {
    return this.SerialNumber;
  }
  ToString(): string {
    return `[Subject]\n  ${this.Subject}\n\n[Issuer]\n  ${this.Issuer}\n\n[Serial Number]\n  ${this.SerialNumber}\n\n[Thumbprint]\n  ${this.Thumbprint}\n`;
  }
}

/** A distinguished name as .NET prints it: most specific first, comma-separated (Node lists issuer order, one per line). */
function dotnetName(nodeName: string): string {
  return nodeName.split("\n").filter(Boolean).reverse().join(", ");
}

/** The fields of a PEM certificate; throws with a plain message when it is not one. */
export function readPem(pem: string): Required<Pick<CertificateSpec, "subject" | "issuer" | "thumbprint" | "serialNumber" | "notBefore" | "notAfter">> {
  const c = new crypto.X509Certificate(pem);
  return {
    subject: dotnetName(c.subject),
    issuer: dotnetName(c.issuer),
    thumbprint: c.fingerprint.replace(/:/g, ""),
    serialNumber: c.serialNumber.toUpperCase(),
    notBefore: Date.parse(c.validFrom),
    notAfter: Date.parse(c.validTo),
  };
}
