import { describe, expect, it } from 'vitest';
import { mailNicknameOf, parseDirectoryObjectId, ZCreateGroup, ZDirectoryObjectReference, ZUpdateGroup } from './group';

const ID = '5b2c4a9e-1d3f-4e6a-8b7c-9d0e1f2a3b4c';

describe('parseDirectoryObjectId', () => {
  it.each([
    `https://graph.microsoft.com/v1.0/directoryObjects/${ID}`,
    `https://graph.microsoft.com/beta/directoryObjects/${ID}/`,
    `http://localhost:3100/graph/beta/directoryObjects/${ID.toUpperCase()}`,
    `directoryObjects/${ID}`,
  ])('takes the id from %s', (url) => {
    expect(parseDirectoryObjectId(url)).toBe(ID);
  });

  it.each([
    `https://graph.microsoft.com/v1.0/users/${ID}`,
    `https://graph.microsoft.com/v1.0/directoryObjects/${ID}/members`,
    'https://graph.microsoft.com/v1.0/directoryObjects/not-a-guid',
    `https://graph.microsoft.com/v1.0/mydirectoryObjects/${ID}`,
    ID,
  ])('finds no directory object in %s', (url) => {
    expect(parseDirectoryObjectId(url)).toBeUndefined();
  });
});

describe('ZDirectoryObjectReference', () => {
  it('turns the body into the member id', () => {
    expect(ZDirectoryObjectReference.parse({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${ID}` })).toEqual({ id: ID });
  });

  it('names @odata.id when the reference is not a directory object', () => {
    const result = ZDirectoryObjectReference.safeParse({ '@odata.id': 'https://example.com/x' });
    expect(result.error?.issues[0]?.path).toEqual(['@odata.id']);
    expect(ZDirectoryObjectReference.safeParse({}).success).toBe(false);
  });
});

describe('ZCreateGroup', () => {
  it('accepts a Graph security group body', () => {
    const body = { displayName: 'Pilot devices', mailEnabled: false, securityEnabled: true, mailNickname: 'pilot', groupTypes: [] };
    expect(ZCreateGroup.parse(body)).toMatchObject({ displayName: 'Pilot devices', mailNickname: 'pilot' });
  });

  it('refuses Microsoft 365 and mail-enabled groups', () => {
    expect(ZCreateGroup.safeParse({ displayName: 'Team', groupTypes: ['Unified'] }).success).toBe(false);
    expect(ZCreateGroup.safeParse({ displayName: 'Team', mailEnabled: true }).success).toBe(false);
  });

  it('refuses a blank name and a nickname with spaces or @', () => {
    expect(ZCreateGroup.safeParse({ displayName: '  ' }).error?.issues[0]?.message).toBe('Group name is required');
    expect(ZCreateGroup.safeParse({ displayName: 'x', mailNickname: 'a b' }).success).toBe(false);
    expect(ZCreateGroup.safeParse({ displayName: 'x', mailNickname: 'a@b' }).success).toBe(false);
  });

  it('clears a description on update with null or blank', () => {
    expect(ZUpdateGroup.parse({ description: '' })).toEqual({ description: null });
    expect(ZUpdateGroup.parse({})).toEqual({});
  });
});

describe('mailNicknameOf', () => {
  it('keeps the characters a mail nickname allows', () => {
    expect(mailNicknameOf('All Windows devices')).toBe('AllWindowsdevices');
    expect(mailNicknameOf('Sales (EMEA) <test>')).toBe('SalesEMEAtest');
    expect(mailNicknameOf('Ünïcode ✓')).toBe('ncode');
    expect(mailNicknameOf('✓✓')).toBe('group');
  });
});
