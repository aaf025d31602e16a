// oidc-provider's storage (sessions, grants, interactions, codes, refresh tokens) in the portal database, so
// sign-ins survive a restart and every instance sees them (docs/architecture.md › Scale-out).
// No 'server-only' here: server.ts imports this under tsx, where that package throws.
import type { Adapter, AdapterPayload } from 'oidc-provider';
import { getDatabase } from '@/lib/db/database';
import {
  consumeOidcPayload,
  destroyOidcPayload,
  findOidcPayload,
  findOidcPayloadByUid,
  findOidcPayloadByUserCode,
  revokeOidcPayloadsByGrantId,
  upsertOidcPayload,
} from '@/lib/db/repositories/oidc-payloads';

// The models oidc-provider revokes together with their grant; the same set as its memory adapter indexes.
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

/** oidc-provider constructs one per model name (`adapter: DatabaseOidcAdapter`). */
export class DatabaseOidcAdapter implements Adapter {
  constructor(private readonly model: string) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    await upsertOidcPayload(getDatabase(), {
      kind: this.model,
      id,
      payload: { ...payload },
      grantId: GRANTABLE.has(this.model) ? payload.grantId : undefined,
      uid: this.model === 'Session' ? payload.uid : undefined,
      userCode: payload.userCode,
      expiresDateTime: typeof expiresIn === 'number' ? new Date(Date.now() + expiresIn * 1000) : undefined,
    });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return findOidcPayload(getDatabase(), this.model, id, new Date());
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return findOidcPayloadByUid(getDatabase(), this.model, uid, new Date());
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return findOidcPayloadByUserCode(getDatabase(), this.model, userCode, new Date());
  }

  async consume(id: string): Promise<void> {
    await consumeOidcPayload(getDatabase(), this.model, id, new Date());
  }

  async destroy(id: string): Promise<void> {
    await destroyOidcPayload(getDatabase(), this.model, id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await revokeOidcPayloadsByGrantId(getDatabase(), grantId);
  }
}
