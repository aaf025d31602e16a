import { describe, expect, it } from 'vitest';
import { checkAssignmentChange } from './check-assignment-change';
import { formatRefusal } from './format-refusal';
import { assign, group, paused, rootCa, tenantWith } from './test-fixtures';

describe('formatRefusal', () => {
  it('names each missing step in order in one Graph error message', () => {
    const snapshot = tenantWith([], { without: ['win-root', 'win-issuing'], certificationAuthorities: [rootCa, paused] });
    const { problems } = checkAssignmentChange(snapshot, assign('win-scep', group('sales-devices')));
    const message = formatRefusal([...problems].reverse());
    expect(message).toMatch(/^This change breaks the deployment order \(root CA → issuing CA → .* per platform\)\. Step 2 — /);
    const positions = ['Step 2 —', 'Step 3 —', 'Step 4 —'].map((step) => message.indexOf(step));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
