// Mints a one-time SCEP challenge for an issuing CA (RFC 8894 §2.3 challengePassword). Only its hash is stored;
// the plaintext is returned once. The device check-in flow mints the same kind, bound to a device and profile, as
// the system ('Device check-in'), which is audited like an administrator.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { insertChallenge } from '@/lib/db/repositories/scep-challenges';
import { getEnv } from '@/lib/env';
import { GraphError } from '@/lib/graph/graph-error';
import { generateChallenge } from '@/lib/scep/generate-challenge';
import type { TCreateScepChallenge } from '@/lib/schemas/scep-challenge';
import { type AuditActor, recordAuditEvent } from '../audit/record-audit-event';
import { resolveScepServerUrl, scepServerUrlTemplate } from '@/lib/cloud-pki-urls';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';
import { hashChallenge } from './hash-challenge';

export interface ScepChallenge {
  challenge: string;
  expirationDateTime: string;
  /** The resolved URL a SCEP client calls. */
  scepServerUrl: string;
}

export async function createScepChallenge(
  db: Database,
  principal: ScopedPrincipal | AuditActor,
  caId: string,
  { deviceName, validityInMinutes }: TCreateScepChallenge,
  binding: { deviceId?: string; profileId?: string } = {},
): Promise<ScepChallenge> {
  // The device check-in mints as the system, over every CA of the tenant.
  const scope = 'tenantScope' in principal ? principal.tenantScope : wholeTenant(principal.tenantId);
  const ca = await getCertificationAuthorityOrThrow(db, scope, caId);
  if (ca.caType === 'rootCertificationAuthority') {
    throw new GraphError('BadRequest', 'A root CA issues no device certificates: create the challenge on an issuing CA.');
  }
  if (ca.status !== 'active') throw new GraphError('Conflict', `The CA '${ca.displayName}' is ${ca.status} and issues no certificates.`);

  const challenge = generateChallenge();
  const expires = new Date(Date.now() + validityInMinutes * 60_000);
  await insertChallenge(db, { tenantId: ca.tenantId, caId: ca.id, challengeHash: hashChallenge(challenge), expiresDateTime: expires, ...binding });
  await recordAuditEvent(db, principal, {
    activityType: 'CreateScepChallenge CloudCertificationAuthority',
    activityOperationType: 'Action',
    targetType: 'CloudCertificationAuthority',
    targetId: ca.id,
    targetDisplayName: ca.displayName,
    summary: { deviceName, expirationDateTime: expires.toISOString(), ...binding },
  });
  return {
    challenge,
    expirationDateTime: expires.toISOString(),
    scepServerUrl: resolveScepServerUrl(scepServerUrlTemplate(ca.tenantId, ca.id), getEnv().PUBLIC_URL),
  };
}
