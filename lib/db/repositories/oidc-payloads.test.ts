// The oidc-provider storage repository on PGlite (in memory) and on PostgreSQL (TEST_DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnBothDatabases } from '../test-support/describe-on-both-databases';
import {
  consumeOidcPayload,
  deleteExpiredOidcPayloads,
  destroyOidcPayload,
  findOidcPayload,
  findOidcPayloadByUid,
  findOidcPayloadByUserCode,
  revokeOidcPayloadsByGrantId,
  upsertOidcPayload,
} from './oidc-payloads';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date(NOW.getTime() + 60_000);
const HOUR_LATER = new Date(NOW.getTime() + 3_600_000);

describeOnBothDatabases('oidc payload repository', (db) => {
  // Rows are not tenant-scoped, so every case uses its own ids.
  const newId = () => randomUUID();

  it('round-trips a payload, and a rewrite replaces it', async () => {
    const id = newId();
    const payload = { jti: id, kind: 'Session', accountId: 'a', authorizations: { portal: { sid: 's', grantId: 'g' } }, exp: 1 };
    await upsertOidcPayload(db(), { kind: 'Session', id, payload, expiresDateTime: HOUR_LATER });
    expect(await findOidcPayload(db(), 'Session', id, NOW)).toEqual(payload);
    expect(await findOidcPayload(db(), 'Grant', id, NOW)).toBeUndefined(); // ids are per model

    await upsertOidcPayload(db(), { kind: 'Session', id, payload: { jti: id, accountId: 'b' } });
    expect(await findOidcPayload(db(), 'Session', id, NOW)).toEqual({ jti: id, accountId: 'b' });
  });

  it('ignores expired rows, keeps rows without expiry, and deletes only the expired ones', async () => {
    const expiring = newId();
    const lasting = newId();
    await upsertOidcPayload(db(), { kind: 'AccessToken', id: expiring, payload: { jti: expiring }, expiresDateTime: LATER });
    await upsertOidcPayload(db(), { kind: 'AccessToken', id: lasting, payload: { jti: lasting } });
    expect(await findOidcPayload(db(), 'AccessToken', expiring, NOW)).toEqual({ jti: expiring });
    expect(await findOidcPayload(db(), 'AccessToken', expiring, LATER)).toBeUndefined();

    expect(await deleteExpiredOidcPayloads(db(), LATER)).toBeGreaterThanOrEqual(1);
    expect(await findOidcPayload(db(), 'AccessToken', expiring, NOW)).toBeUndefined(); // gone, not just hidden
    expect(await findOidcPayload(db(), 'AccessToken', lasting, HOUR_LATER)).toEqual({ jti: lasting });
  });

  it('marks a consumed payload with `consumed` (epoch seconds), which a rewrite clears', async () => {
    const id = newId();
    await upsertOidcPayload(db(), { kind: 'AuthorizationCode', id, payload: { jti: id }, expiresDateTime: HOUR_LATER });
    await consumeOidcPayload(db(), 'AuthorizationCode', id, NOW);
    expect(await findOidcPayload(db(), 'AuthorizationCode', id, NOW)).toEqual({ jti: id, consumed: NOW.getTime() / 1000 });

    await upsertOidcPayload(db(), { kind: 'AuthorizationCode', id, payload: { jti: id }, expiresDateTime: HOUR_LATER });
    expect(await findOidcPayload(db(), 'AuthorizationCode', id, NOW)).toEqual({ jti: id });
  });

  it('finds by uid and by user code within the model, and not once expired or destroyed', async () => {
    const id = newId();
    const uid = newId();
    const userCode = newId();
    await upsertOidcPayload(db(), { kind: 'Session', id, payload: { jti: id, uid }, uid, expiresDateTime: HOUR_LATER });
    await upsertOidcPayload(db(), { kind: 'DeviceCode', id, payload: { jti: id, userCode }, userCode, expiresDateTime: LATER });

    expect(await findOidcPayloadByUid(db(), 'Session', uid, NOW)).toEqual({ jti: id, uid });
    expect(await findOidcPayloadByUid(db(), 'Grant', uid, NOW)).toBeUndefined();
    expect(await findOidcPayloadByUserCode(db(), 'DeviceCode', userCode, NOW)).toEqual({ jti: id, userCode });
    expect(await findOidcPayloadByUserCode(db(), 'DeviceCode', userCode, LATER)).toBeUndefined();

    await destroyOidcPayload(db(), 'Session', id);
    expect(await findOidcPayloadByUid(db(), 'Session', uid, NOW)).toBeUndefined();
    expect(await findOidcPayloadByUserCode(db(), 'DeviceCode', userCode, NOW)).toEqual({ jti: id, userCode }); // other model kept
  });

  it('revokes every model issued under a grant, and only those', async () => {
    const grantId = newId();
    const [code, refreshToken, other] = [newId(), newId(), newId()];
    await upsertOidcPayload(db(), { kind: 'AuthorizationCode', id: code, payload: { jti: code, grantId }, grantId, expiresDateTime: HOUR_LATER });
    await upsertOidcPayload(db(), { kind: 'RefreshToken', id: refreshToken, payload: { jti: refreshToken, grantId }, grantId, expiresDateTime: HOUR_LATER });
    await upsertOidcPayload(db(), { kind: 'RefreshToken', id: other, payload: { jti: other, grantId: 'other' }, grantId: newId(), expiresDateTime: HOUR_LATER });

    await revokeOidcPayloadsByGrantId(db(), grantId);
    expect(await findOidcPayload(db(), 'AuthorizationCode', code, NOW)).toBeUndefined();
    expect(await findOidcPayload(db(), 'RefreshToken', refreshToken, NOW)).toBeUndefined();
    expect(await findOidcPayload(db(), 'RefreshToken', other, NOW)).toEqual({ jti: other, grantId: 'other' });
  });
});
