// The upload body's certificates as DER, with the 400 that names the unreadable one (Intune accepts .cer, .crt,
// .pem and .p7b; the browser and Graph callers send base64 or PEM text).
import 'server-only';
import { GraphError } from '@/lib/graph/graph-error';
import { readUploadedCertificates } from '@/lib/pki/read-uploaded-certificates';
import type { TUploadExternallySignedCertificate } from '@/lib/schemas/certification-authority';

function read(text: string, field: string): Uint8Array<ArrayBuffer>[] {
  try {
    return readUploadedCertificates(text);
  } catch (error) {
    throw new GraphError('BadRequest', `${field}: cannot read the certificate — ${(error as Error).message}.`);
  }
}

export function readExternalCertificates(body: TUploadExternallySignedCertificate) {
  const [signedCertificate, ...extra] = read(body.signedCertificate, 'signedCertificate');
  if (!signedCertificate || extra.length > 0) {
    throw new GraphError('BadRequest', 'signedCertificate: upload exactly one certificate, the one issued for this CA; put the rest of the chain in trustChainCertificates.');
  }
  const chain = body.trustChainCertificates.flatMap((link, index) => read(link.certificate, `trustChainCertificates[${index}]`));
  return { signedCertificate, chain };
}
