// A CA's CRL (RFC 5280 §5): v2, signed by the CA's signer with its algorithm, with CRL Number and AKI.
import * as asn1js from 'asn1js';
import { authorityKeyIdentifierExtension } from './certificate-extensions';
import { type CertificateIssuer, openIssuer } from './certificate-issuer';
import { x509SigningParams } from './signer-crypto';
import { truncateToSeconds } from './validity';
import { x509 } from './x509';

/** RFC 5280 §5.3.1 CRLReason names (value 7 is unused in the standard). */
export type RevocationReason = keyof typeof x509.X509CrlReason;

export interface CrlEntry {
  /** Hex, as stored (with or without a 00 sign pad). */
  serialNumber: string;
  revocationDate: Date;
  reason?: RevocationReason;
}

export interface CrlInput {
  issuer: CertificateIssuer;
  thisUpdate: Date;
  nextUpdate: Date;
  /** RFC 5280 §5.2.3: monotonically increasing, non-negative, at most 20 octets. */
  crlNumber: bigint;
  entries: readonly CrlEntry[];
}

const ID_CE_CRL_NUMBER = '2.5.29.20';
const MAX_CRL_NUMBER = 1n << 159n;

function crlNumberExtension(crlNumber: bigint): x509.Extension {
  if (crlNumber < 0n || crlNumber >= MAX_CRL_NUMBER) {
    throw new Error('The CRL number must be non-negative and fit 20 octets (RFC 5280 §5.2.3)');
  }
  // @peculiar/x509 has no CRL Number helper and asn1-x509's CRLNumber is a JS number; bigint keeps
  // the full range.
  return new x509.Extension(ID_CE_CRL_NUMBER, false, asn1js.Integer.fromBigInt(crlNumber).toBER(false));
}

export async function buildCrl(input: CrlInput): Promise<Uint8Array<ArrayBuffer>> {
  const issuerCertificate = openIssuer(input.issuer);
  const { signingKey, signingAlgorithm, crypto } = x509SigningParams(input.issuer.signer);
  const crl = await x509.X509CrlGenerator.create(
    {
      issuer: issuerCertificate.subjectName,
      thisUpdate: truncateToSeconds(input.thisUpdate),
      nextUpdate: truncateToSeconds(input.nextUpdate),
      signingKey,
      signingAlgorithm,
      extensions: [await authorityKeyIdentifierExtension(issuerCertificate), crlNumberExtension(input.crlNumber)],
      entries: input.entries.map((entry) => ({
        serialNumber: entry.serialNumber,
        revocationDate: truncateToSeconds(entry.revocationDate),
        // RFC 5280 §5.3.1: reasonCode `unspecified` SHOULD be absent; x509 omits reason 0 for us.
        reason: entry.reason ? x509.X509CrlReason[entry.reason] : undefined,
      })),
    },
    crypto,
  );
  if (!(await crl.verify({ publicKey: issuerCertificate }))) {
    throw new Error('The signer produced a CRL signature the issuer certificate does not verify');
  }
  return new Uint8Array(crl.rawData);
}
