// Leases for periodic jobs (docs/architecture.md › Scale-out): of instances racing for a free lease exactly one gets
// it, the holder renews it, nobody else takes it before it expires or is released, and a dead holder's lease is
// taken over once it expires.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnBothDatabases } from '../test-support/describe-on-both-databases';
import { releaseLease, tryAcquireLease } from './leases';

const MINUTE = 60_000;

describeOnBothDatabases('leases', (db) => {
  it('gives a free lease to exactly one of many racing instances', async () => {
    const name = `job-${randomUUID()}`;
    const now = new Date();
    const holders = Array.from({ length: 8 }, (_, index) => `instance-${index}`);
    const won = await Promise.all(holders.map((holder) => tryAcquireLease(db(), { name, holder, durationMs: MINUTE, now })));
    expect(won.filter(Boolean)).toHaveLength(1);

    const winner = holders[won.indexOf(true)]!;
    const others = holders.filter((holder) => holder !== winner);
    const later = new Date(now.getTime() + MINUTE / 2);
    expect(await tryAcquireLease(db(), { name, holder: winner, durationMs: MINUTE, now: later })).toBe(true); // renewed
    const again = await Promise.all(others.map((holder) => tryAcquireLease(db(), { name, holder, durationMs: MINUTE, now: later })));
    expect(again.some(Boolean)).toBe(false);
  });

  it('lets another instance take the lease once it is released or has expired', async () => {
    const name = `job-${randomUUID()}`;
    const now = new Date();
    expect(await tryAcquireLease(db(), { name, holder: 'a', durationMs: MINUTE, now })).toBe(true);
    await releaseLease(db(), name, 'b'); // not b's to release
    expect(await tryAcquireLease(db(), { name, holder: 'b', durationMs: MINUTE, now })).toBe(false);
    await releaseLease(db(), name, 'a');
    expect(await tryAcquireLease(db(), { name, holder: 'b', durationMs: MINUTE, now })).toBe(true);

    // b dies holding it (kill -9: no release): a gets it only after it expires.
    const beforeExpiry = new Date(now.getTime() + MINUTE - 1);
    expect(await tryAcquireLease(db(), { name, holder: 'a', durationMs: MINUTE, now: beforeExpiry })).toBe(false);
    const afterExpiry = new Date(now.getTime() + MINUTE + 1);
    expect(await tryAcquireLease(db(), { name, holder: 'a', durationMs: MINUTE, now: afterExpiry })).toBe(true);
  });
});
