import { describe, expect, it } from 'vitest';
import { generateSerialNumber } from './serial-number';

describe('generateSerialNumber', () => {
  it('gives 32 uppercase hex digits with the top bit clear and the next set', () => {
    for (let i = 0; i < 200; i += 1) expect(generateSerialNumber()).toMatch(/^[4-7][0-9A-F]{31}$/);
  });

  it('does not repeat', () => {
    const serials = new Set(Array.from({ length: 1000 }, generateSerialNumber));
    expect(serials.size).toBe(1000);
  });
});
