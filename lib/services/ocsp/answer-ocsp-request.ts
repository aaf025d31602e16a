// The OCSP responder of one CA (RFC 6960): answers for every version of the CA, good / revoked (time and reason)
// / unknown, signed by the version's delegated signer, with thisUpdate and nextUpdate of the CRL the answer
// agrees with. Requests without a nonce get a cached response; with a nonce, a fresh one that echoes it.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getCertificationAuthorityById, listChildCertificationAuthorities } from '@/lib/db/repositories/certification-authorities';
import { findLeafRevocationStates } from '@/lib/db/repositories/leaf-certificates';
import type { RevocationReason } from '@/lib/pki/build-crl';
import {
  buildOcspErrorResponse,
  buildOcspResponse,
  type OcspCertificateStatus,
} from '@/lib/pki/ocsp/build-ocsp-response';
import { isIssuedBy } from '@/lib/pki/ocsp/certificate-id-hashes';
import { MalformedOcspRequestError, type OcspCertificateId, readOcspRequest } from '@/lib/pki/ocsp/read-ocsp-request';
import { getOcspSigner } from './get-ocsp-signer';
import { activeOcspIssuer, type OcspIssuer } from './ocsp-issuer';
import { cacheOcspResponse, getCachedOcspResponse, ocspCacheKey } from './ocsp-response-cache';

export type OcspAnswer =
  | { kind: 'response'; der: Uint8Array; producedAt: Date; nextUpdate: Date; hasNonce: boolean }
  /** An unsigned error status (RFC 6960 §2.3): malformedRequest is the client's fault (HTTP 400), unauthorized is not. */
  | { kind: 'error'; der: Uint8Array; httpStatus: 200 | 400 };

async function loadIssuers(db: Database, caId: string): Promise<OcspIssuer[] | undefined> {
  const ca = await getCertificationAuthorityById(db, caId);
  if (!ca) return undefined;
  const active = activeOcspIssuer(ca);
  return active ? [active] : [];
}

async function statusesOf(db: Database, issuer: OcspIssuer, serialNumbers: string[]): Promise<Map<string, OcspCertificateStatus>> {
  const statuses = new Map<string, OcspCertificateStatus>();
  if (issuer.caType === 'rootCertificationAuthority') {
    // A root issues issuing CAs; revoking one lists it on the root's CRL as cessationOfOperation (publish-crl).
    for (const child of await listChildCertificationAuthorities(db, issuer.tenantId, issuer.caId)) {
      if (!child.serialNumber || !serialNumbers.includes(child.serialNumber)) continue;
      statuses.set(
        child.serialNumber,
        child.status === 'revoked' && child.revocationDateTime
          ? { status: 'revoked', revocationTime: child.revocationDateTime, reason: 'cessationOfOperation' }
          : { status: 'good' },
      );
    }
    return statuses;
  }
  for (const leaf of await findLeafRevocationStates(db, issuer.caId, serialNumbers)) {
    statuses.set(
      leaf.serialNumber,
      leaf.status === 'revoked' && leaf.revocationDateTime
        ? {
            status: 'revoked',
            revocationTime: leaf.revocationDateTime,
            ...(leaf.revocationReason ? { reason: leaf.revocationReason as RevocationReason } : {}),
          }
        : { status: 'good' },
    );
  }
  return statuses;
}

/** Undefined when there is no such CA: the route answers 404. */
export async function answerOcspRequest(db: Database, caId: string, requestDer: Uint8Array, now = new Date()): Promise<OcspAnswer | undefined> {
  const issuers = await loadIssuers(db, caId);
  if (!issuers) return undefined;
  let certificateIds: OcspCertificateId[];
  let nonce: Uint8Array | undefined;
  try {
    ({ certificateIds, nonce } = readOcspRequest(requestDer));
  } catch (error) {
    if (error instanceof MalformedOcspRequestError) return { kind: 'error', der: buildOcspErrorResponse('malformedRequest'), httpStatus: 400 };
    throw error;
  }

  const issuerOf = certificateIds.map((id) => issuers.find((issuer) => isIssuedBy(id, issuer.certificateDer)));
  // One response has one signer, and a delegated signer speaks only for the CA version that certified it
  // (RFC 6960 §4.2.2.2): the first CertID's version answers; CertIDs of another version read `unknown`.
  const issuer = issuerOf.find((candidate) => candidate !== undefined);
  // RFC 6960 §2.3 / RFC 5019 §2.2.3: not a CA this responder is authoritative for.
  if (!issuer) return { kind: 'error', der: buildOcspErrorResponse('unauthorized'), httpStatus: 200 };

  const crl = await issuer.currentCrl(db, now);
  const cacheKey = nonce
    ? undefined
    : ocspCacheKey({ caId, versionNumber: issuer.versionNumber, crlNumber: crl.crlNumber, certificateIds: certificateIds.map((id) => id.der) });
  const cached = cacheKey ? getCachedOcspResponse(cacheKey, now) : undefined;
  if (cached) return { kind: 'response', ...cached, hasNonce: false };

  const ownSerials = certificateIds.filter((_, index) => issuerOf[index] === issuer).map((id) => id.serialNumber);
  const statuses = await statusesOf(db, issuer, ownSerials);
  const { signer, certificateDer } = await getOcspSigner(db, issuer, async () => (await loadIssuers(db, caId))?.find((candidate) => candidate.versionNumber === issuer.versionNumber), now);
  const der = await buildOcspResponse({
    signer,
    responderCertificate: certificateDer,
    producedAt: now,
    responses: certificateIds.map((id, index) => ({
      certificateIdDer: id.der,
      // A serial this CA version never issued (RFC 6960 §2.2 "unknown"): not ours to call good.
      certificateStatus: (issuerOf[index] === issuer && statuses.get(id.serialNumber)) || { status: 'unknown' },
      thisUpdate: crl.thisUpdate,
      nextUpdate: crl.nextUpdate,
    })),
    nonce,
  });
  const answer = { der, producedAt: now, nextUpdate: crl.nextUpdate };
  if (cacheKey) cacheOcspResponse(cacheKey, answer);
  return { kind: 'response', ...answer, hasNonce: !!nonce };
}
