// The SCEP service's CA row is reused while the CA and its root are unchanged, and re-read on the request after any
// edit: a paused CA stops issuing at once, a renewed root reaches GetCACert at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { createTestTenant, type TestTenant } from '../device-configurations/test-tenant.test-helpers';
import { readScepCaRow } from './scep-ca-row-cache';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await createTestTenant();
});
afterAll(() => tenant.handle.close());

const read = () => readScepCaRow(tenant.handle.db, tenant.tenantId, tenant.issuing.id);

describe('readScepCaRow', () => {
  it('returns the same row while nothing changed, and the issuers read once', async () => {
    const first = await read();
    const second = await read();
    expect(second).toBe(first);
    expect(await second?.issuers()).toEqual([tenant.rootDer]);
    expect(second?.issuers()).toBe(first?.issuers());
  });

  it('sees a status change on the next request', async () => {
    const before = await read();
    await updateCertificationAuthority(tenant.handle.db, wholeTenant(tenant.tenantId), tenant.issuing.id, { status: 'paused' });
    expect((await read())?.ca.status).toBe('paused');
    await updateCertificationAuthority(tenant.handle.db, wholeTenant(tenant.tenantId), tenant.issuing.id, { status: 'active' });
    const after = await read();
    expect(after?.ca.status).toBe('active');
    expect(after).not.toBe(before);
  });

  it('re-reads the issuers when the root changes', async () => {
    const renewedRoot = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x07]);
    expect(await (await read())?.issuers()).toEqual([tenant.rootDer]);
    await updateCertificationAuthority(tenant.handle.db, wholeTenant(tenant.tenantId), tenant.root.id, { certificateDer: renewedRoot });
    expect(await (await read())?.issuers()).toEqual([renewedRoot]);
  });

  it('has nothing for a CA of another tenant or none at all', async () => {
    expect(await readScepCaRow(tenant.handle.db, crypto.randomUUID(), tenant.issuing.id)).toBeUndefined();
    expect(await readScepCaRow(tenant.handle.db, tenant.tenantId, crypto.randomUUID())).toBeUndefined();
  });
});
