import { describe, expect, it } from 'vitest';
import { generateChallenge } from './generate-challenge';

describe('generateChallenge', () => {
  it('uses letters and digits only, a subset of the PrintableString alphabet', () => {
    for (let round = 0; round < 50; round += 1) expect(generateChallenge()).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it('carries at least 128 bits of entropy and does not repeat', () => {
    expect(generateChallenge().length * Math.log2(62)).toBeGreaterThanOrEqual(128);
    expect(new Set(Array.from({ length: 1000 }, generateChallenge)).size).toBe(1000);
  });
});
