// uploadExternallySignedCertificationAuthorityCertificate: a BYOCA in signingPending receives the
// certificate its customer's CA signed. The certificate's own AIA and CDP are whatever that CA wrote; the portal
// adds the SCEP RA (signed by the BYOCA key, pointing at the portal's CRL and AIA for this CA) and a first CRL.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, updateCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { getEnv } from '@/lib/env';
import { GraphError } from '@/lib/graph/graph-error';
import { checkExternallySignedCertificate, ExternalCertificateError } from '@/lib/pki/check-externally-signed-certificate';
import { summarizeCertificate } from '@/lib/pki/certificate-summary';
import { commonNameOf } from '@/lib/pki/subject-name';
import type { TUploadExternallySignedCertificate } from '@/lib/schemas/certification-authority';
import { recordAuditEvent } from '../audit/record-audit-event';
import { publishCrl } from '../crl/publish-crl';
import { getKeyStore, getKeyStoreFor } from '../key-store';
import { caIssuer } from './ca-issuer';
import { createRegistrationAuthority } from './create-registration-authority';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';
import { readExternalCertificates } from './read-external-certificates';

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

async function checkOrRefuse(ca: CertificationAuthorityRow, body: TUploadExternallySignedCertificate, publicKeySpki: ArrayBuffer) {
  const { signedCertificate, chain } = readExternalCertificates(body);
  try {
    return await checkExternallySignedCertificate(signedCertificate, chain, {
      publicKeySpki,
      subjectName: ca.subjectName,
      extendedKeyUsages: ca.extendedKeyUsages.map((eku) => eku.objectIdentifier),
    });
  } catch (error) {
    if (error instanceof ExternalCertificateError) throw new GraphError('BadRequest', error.message);
    throw error;
  }
}

export async function uploadExternallySignedCertificate(
  db: Database,
  principal: ScopedPrincipal,
  id: string,
  body: TUploadExternallySignedCertificate,
): Promise<CertificationAuthorityRow> {
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, id);
  if (ca.caType !== 'issuingCertificationAuthorityWithExternalRoot' || ca.status !== 'signingPending') {
    throw new GraphError('Conflict', `The CA '${ca.displayName}' is not a bring-your-own-CA issuing CA waiting for its signed certificate (it is ${ca.status}).`);
  }
  const keyStore = getKeyStore();
  const { certificate, issuers } = await checkOrRefuse(ca, body, await keyStore.getPublicKey(ca.keyUri));
  const certificateDer = new Uint8Array(certificate.rawData);
  const summary = summarizeCertificate(certificateDer);
  const root = issuers.at(-1);

  const registrationAuthority = await createRegistrationAuthority({
    // The RA key is protected like the CA key it serves.
    keyStore: getKeyStoreFor(ca.keyPlatform),
    issuer: await caIssuer(keyStore, { ...ca, certificateDer }),
    caId: ca.id,
    subject: {
      commonName: ca.commonName,
      organizationName: ca.organizationName ?? undefined,
      organizationUnit: ca.organizationUnit ?? undefined,
      localityName: ca.localityName ?? undefined,
      stateName: ca.stateName ?? undefined,
      countryName: ca.countryName ?? undefined,
    },
    publicUrl: getEnv().PUBLIC_URL,
  });
  // Names the caller gave are kept for the certificates they named; the path order (nearest first) is what the
  // .p7b download and GetCACert serve.
  const givenNames = new Map(body.trustChainCertificates.map((link) => [link.certificate, link.displayName]));
  const trustChainCertificates = issuers.map((issuer) => {
    const base64 = Buffer.from(issuer.rawData).toString('base64');
    return { displayName: givenNames.get(base64) || commonNameOf(issuer.subjectName) || issuer.subject, certificate: base64 };
  });

  const updated = await updateCertificationAuthority(
    db,
    principal.tenantScope,
    ca.id,
    {
      status: 'active',
      certificateDer,
      serialNumber: summary.serialNumber,
      thumbprint: summary.thumbprint,
      validityStartDateTime: summary.notBefore,
      validityEndDateTime: summary.notAfter,
      validityPeriodInYears: Math.round((summary.notAfter.getTime() - summary.notBefore.getTime()) / YEAR_MS),
      issuerCommonName: commonNameOf(certificate.issuerName) ?? certificate.issuer,
      rootCertificateCommonName: root ? (commonNameOf(root.subjectName) ?? root.subject) : null,
      trustChainCertificates,
      raKeyUri: registrationAuthority.keyUri,
      raCertificateDer: registrationAuthority.certificateDer,
    },
    // Two uploads racing: only the first turns the CA active.
    { statusIn: ['signingPending'] },
  );
  if (!updated) throw new GraphError('Conflict', `The CA '${ca.displayName}' received a signed certificate meanwhile.`);
  const published = await publishCrl(db, ca.id);

  await recordAuditEvent(db, principal, {
    activityType: 'UploadExternallySignedCertificationAuthorityCertificateAsync CloudCertificationAuthority',
    activityOperationType: 'Action',
    targetType: 'CloudCertificationAuthority',
    targetId: ca.id,
    targetDisplayName: ca.displayName,
    summary: {
      before: { status: ca.status },
      after: { status: updated.status, thumbprint: updated.thumbprint, issuer: summary.issuerName, root: updated.rootCertificateCommonName },
    },
  });
  return { ...updated, crlNumber: published.crlNumber, crlThisUpdate: published.crlThisUpdate, crlNextUpdate: published.crlNextUpdate };
}
