// An Apple configuration profile (.mobileconfig) that enrolls a device without an MDM: the trust chain as
// certificate payloads, then a SCEP payload with the one-time challenge. Keys and payload types as Apple's
// Configuration Profile Reference names them (Certificates: com.apple.security.root / .pkcs1; SCEP:
// com.apple.security.scep). The XML is written by the `plist` library, never by hand.
import { randomUUID } from 'node:crypto';
import { build as buildPlist } from 'plist';

export interface MobileconfigCertificate {
  displayName: string;
  der: Uint8Array;
  /** A self-signed root goes in com.apple.security.root; an intermediate in com.apple.security.pkcs1. */
  isRoot: boolean;
}

export interface MobileconfigInput {
  /** Reverse-DNS stem the payload identifiers hang off, unique per portal profile. */
  identifier: string;
  displayName: string;
  organization: string;
  description: string;
  certificates: MobileconfigCertificate[];
  scep: {
    url: string;
    /** The CA name sent in GetCACaps/GetCACert (RFC 8894 §3.5.1 `message`). */
    caName: string;
    challenge: string;
    /** The CSR subject as Apple wants it: one [[type, value]] array per RDN, e.g. [[['CN', 'device']]]. */
    subject: [string, string][][];
    keySize: number;
    /** Apple's KeyUsage bits: 1 signing, 4 encryption. */
    keyUsage: number;
  };
}

const payload = (input: MobileconfigInput, kind: string, type: string, displayName: string) => ({
  PayloadType: type,
  PayloadVersion: 1,
  PayloadIdentifier: `${input.identifier}.${kind}`,
  PayloadUUID: randomUUID().toUpperCase(),
  PayloadDisplayName: displayName,
});

export function buildMobileconfig(input: MobileconfigInput): string {
  const certificates = input.certificates.map((certificate, index) => ({
    ...payload(input, `certificate${index + 1}`, certificate.isRoot ? 'com.apple.security.root' : 'com.apple.security.pkcs1', certificate.displayName),
    PayloadCertificateFileName: `${certificate.displayName}.cer`,
    PayloadContent: Buffer.from(certificate.der),
  }));
  const scep = {
    ...payload(input, 'scep', 'com.apple.security.scep', `${input.displayName} (SCEP)`),
    PayloadContent: {
      URL: input.scep.url,
      Name: input.scep.caName,
      Subject: input.scep.subject,
      Challenge: input.scep.challenge,
      Keysize: input.scep.keySize,
      'Key Type': 'RSA',
      'Key Usage': input.scep.keyUsage,
    },
  };
  return buildPlist({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: input.identifier,
    PayloadUUID: randomUUID().toUpperCase(),
    PayloadDisplayName: input.displayName,
    PayloadOrganization: input.organization,
    PayloadDescription: input.description,
    PayloadRemovalDisallowed: false,
    PayloadContent: [...certificates, scep],
  });
}
