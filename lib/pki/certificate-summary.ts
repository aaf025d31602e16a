// The indexed columns a stored certificate carries (docs/architecture.md › Data), in Graph's shapes.
import { createHash } from 'node:crypto';
import { formatSubjectName } from './subject-name';
import { x509 } from './x509';

export interface CertificateSummary {
  /** Uppercase hex without DER sign padding. */
  serialNumber: string;
  /** SHA-1 of the DER, uppercase hex: Graph `thumbprint`, the Windows certificate thumbprint. */
  thumbprint: string;
  subjectName: string;
  issuerName: string;
  notBefore: Date;
  notAfter: Date;
}

export function summarizeCertificate(der: BufferSource): CertificateSummary {
  const certificate = new x509.X509Certificate(der);
  return {
    serialNumber: certificate.serialNumber.toUpperCase(),
    thumbprint: createHash('sha1').update(new Uint8Array(certificate.rawData)).digest('hex').toUpperCase(),
    subjectName: formatSubjectName(certificate.subjectName),
    issuerName: formatSubjectName(certificate.issuerName),
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
  };
}
