// POST cloudCertificationAuthority: a root CA, an issuing CA under a root of the tenant, or a bring-your-own-CA
// issuing CA that waits for its externally signed certificate, with its key in the KeyStore and,
// for Intune-anchored issuing CAs, the SCEP registration authority beside it.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  type CertificationAuthorityRow,
  CertificationAuthorityLimitError,
  countCertificationAuthorities,
  getCertificationAuthority,
  insertCertificationAuthority,
  MAX_CERTIFICATION_AUTHORITIES_PER_TENANT,
} from '@/lib/db/repositories/certification-authorities';
import { getEnv } from '@/lib/env';
import { GraphError } from '@/lib/graph/graph-error';
import { buildCaCertificateRequest } from '@/lib/pki/build-ca-certificate-request';
import { buildIssuingCertificate } from '@/lib/pki/build-issuing-certificate';
import { buildRootCertificate } from '@/lib/pki/build-root-certificate';
import { keyStoreSigner } from '@/lib/pki/certificate-signer';
import { caKeyProfileOf } from '@/lib/pki/key-specs';
import type { IssuedCertificate } from '@/lib/pki/sign-certificate';
import { buildSubjectName, formatSubjectName } from '@/lib/pki/subject-name';
import type { TCertificateKeySize, TCreateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getKeyStore, getKeyStoreFor } from '../key-store';
import { newCaKeyPlatformOrThrow } from '../licensing/new-ca-key-platform-or-throw';
import { caCertificateUrl, crlUrl, ocspResponderUrl } from '@/lib/cloud-pki-urls';
import { caIssuer } from './ca-issuer';
import { checkIssuingCaRequest } from './check-issuing-ca-request';
import { createRegistrationAuthority } from './create-registration-authority';
import { requireAssignableScopeTags } from '../scope-tags/require-assignable-scope-tags';

const LIMIT_MESSAGE = `A tenant can have at most ${MAX_CERTIFICATION_AUTHORITIES_PER_TENANT} CAs (root and issuing CAs count alike). Revoke and delete a CA you no longer use to make room.`;

export async function createCertificationAuthority(
  db: Database,
  principal: ScopedPrincipal,
  request: TCreateCertificationAuthority,
): Promise<CertificationAuthorityRow> {
  const tenantId = principal.tenantId;
  const keyStore = getKeyStoreFor(await newCaKeyPlatformOrThrow(db, tenantId));
  // Fail fast before seconds of key generation; the slot constraint at insert is the real guard against races.
  if ((await countCertificationAuthorities(db, tenantId)) >= MAX_CERTIFICATION_AUTHORITIES_PER_TENANT) {
    throw new GraphError('Conflict', LIMIT_MESSAGE);
  }
  await requireAssignableScopeTags(db, principal, request.roleScopeTagIds);

  const now = new Date();
  const publicUrl = getEnv().PUBLIC_URL;
  const root =
    request.cloudCertificationAuthorityType === 'issuingCertificationAuthority'
      ? checkIssuingCaRequest(await getCertificationAuthority(db, principal.tenantScope, request.certificationAuthorityIssuerId), request, now)
      : undefined;
  // An issuing CA inherits the root's key size and hash.
  const certificateKeySize =
    'certificateKeySize' in request ? request.certificateKeySize : (root?.certificateKeySize as TCertificateKeySize);
  const keyProfile = caKeyProfileOf(certificateKeySize);
  const { keyUri } = await keyStore.createKey(keyProfile.keySpec);
  const signer = await keyStoreSigner(keyStore, keyUri, keyProfile.signingAlgorithm);
  const extendedKeyUsageOids = request.extendedKeyUsages.map((eku) => eku.objectIdentifier);

  let certificate: IssuedCertificate | undefined;
  let certificateSigningRequestDer: Uint8Array<ArrayBuffer> | undefined;
  if (request.cloudCertificationAuthorityType === 'issuingCertificationAuthorityWithExternalRoot') {
    // No certificate yet — the CSR goes to the customer's CA, the signed certificate comes back by upload.
    certificateSigningRequestDer = await buildCaCertificateRequest({ signer, subject: request, extendedKeyUsages: extendedKeyUsageOids });
  } else if (root) {
    certificate = await buildIssuingCertificate({
      // The root's key may live in the other store (a trial root under a licensed tenant's issuing CA).
      issuer: await caIssuer(getKeyStore(), root),
      subject: request,
      subjectPublicKeySpki: signer.publicKeySpki,
      validityYears: request.validityPeriodInYears,
      extendedKeyUsages: extendedKeyUsageOids,
      crlDistributionPointUrl: crlUrl(publicUrl, root.id, root.versionNumber),
      caIssuersUrl: caCertificateUrl(publicUrl, root.id, root.versionNumber),
      ocspUrl: ocspResponderUrl(publicUrl, root.id),
      now,
    });
  } else {
    certificate = await buildRootCertificate({ signer, subject: request, validityYears: request.validityPeriodInYears, extendedKeyUsages: extendedKeyUsageOids, now });
  }

  const id = randomUUID();
  const registrationAuthority =
    root && certificate
      ? await createRegistrationAuthority({ keyStore, issuer: { signer, certificate: certificate.der }, caId: id, subject: request, publicUrl })
      : undefined;

  // The row and its audit event commit together: a crash never leaves a CA nobody recorded creating. (Its keys are
  // stored before, so a crash before COMMIT leaves at most unused sealed keys, never a CA without its keys.)
  try {
    return await db.transaction(async (tx) => {
      const ca = await insertCertificationAuthority(tx, {
        id,
        tenantId,
        displayName: request.displayName,
        description: request.description,
        caType: request.cloudCertificationAuthorityType,
        status: certificate ? 'active' : 'signingPending',
        issuerId: root?.id,
        // A BYOCA's validity is the external signer's to set; known only after the upload.
        validityPeriodInYears: 'validityPeriodInYears' in request ? request.validityPeriodInYears : 0,
        certificateKeySize,
        hashingAlgorithm: keyProfile.hashingAlgorithm,
        commonName: request.commonName,
        organizationName: request.organizationName,
        organizationUnit: request.organizationUnit,
        localityName: request.localityName,
        stateName: request.stateName,
        countryName: request.countryName,
        subjectName: certificate?.summary.subjectName ?? formatSubjectName(buildSubjectName(request)),
        extendedKeyUsages: request.extendedKeyUsages,
        roleScopeTagIds: request.roleScopeTagIds,
        keyUri,
        keyPlatform: keyStore.platform,
        certificateDer: certificate?.der,
        serialNumber: certificate?.summary.serialNumber,
        thumbprint: certificate?.summary.thumbprint,
        certificateSigningRequestDer,
        issuerCommonName: root?.commonName,
        // A BYOCA learns its root's name from the uploaded chain.
        rootCertificateCommonName: certificate ? (root?.commonName ?? request.commonName) : undefined,
        validityStartDateTime: certificate?.summary.notBefore,
        validityEndDateTime: certificate?.summary.notAfter,
        raKeyUri: registrationAuthority?.keyUri,
        raCertificateDer: registrationAuthority?.certificateDer,
      });
      await recordAuditEvent(tx, principal, {
        activityType: 'Create CloudCertificationAuthority',
        activityOperationType: 'Create',
        targetType: 'CloudCertificationAuthority',
        targetId: ca.id,
        targetDisplayName: ca.displayName,
        summary: { after: { type: ca.caType, subjectName: ca.subjectName, thumbprint: ca.thumbprint, keySize: ca.certificateKeySize } },
      });
      return ca;
    });
  } catch (error) {
    if (error instanceof CertificationAuthorityLimitError) throw new GraphError('Conflict', LIMIT_MESSAGE);
    throw error;
  }

}
