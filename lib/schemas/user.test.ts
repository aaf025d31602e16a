import { describe, expect, it } from 'vitest';
import { zodIssuesMessage } from '@/lib/graph/zod-issues-message';
import { MIN_PASSWORD_LENGTH, ZCreateUser, ZUpdateUser } from './user';

const valid = {
  displayName: ' Adele Vance ',
  userPrincipalName: 'adele.vance@contoso.local',
  passwordProfile: { password: 'correct horse battery', forceChangePasswordNextSignIn: true },
};

const messageOf = (result: { success: boolean; error?: { issues: Parameters<typeof zodIssuesMessage>[0] } }) =>
  result.error ? zodIssuesMessage(result.error.issues) : '';

describe('ZCreateUser', () => {
  it('accepts a Graph user body, trims names and enables the account by default', () => {
    const user = ZCreateUser.parse({ ...valid, mail: '', givenName: 'Adele', surname: '', usageLocation: 'US' });
    expect(user).toEqual({
      displayName: 'Adele Vance',
      userPrincipalName: 'adele.vance@contoso.local',
      givenName: 'Adele',
      accountEnabled: true,
      passwordProfile: valid.passwordProfile,
    });
  });

  it(`refuses a password shorter than ${MIN_PASSWORD_LENGTH} characters and names passwordProfile.password`, () => {
    const result = ZCreateUser.safeParse({ ...valid, passwordProfile: { password: '12345678901' } });
    expect(messageOf(result)).toBe('passwordProfile.password: The password must be at least 12 characters');
    expect(ZCreateUser.safeParse({ ...valid, passwordProfile: { password: '123456789012' } }).success).toBe(true);
  });

  it('requires a password profile, as Graph does', () => {
    const { passwordProfile: _, ...withoutPassword } = valid;
    expect(messageOf(ZCreateUser.safeParse(withoutPassword))).toBe('passwordProfile: A passwordProfile with a password is required');
  });

  it.each(['adele', 'adele@', '@contoso.local', '.adele@contoso.local', 'adele.@contoso.local', 'ad ele@contoso.local', 'adele@contoso'])(
    'refuses the user principal name %s',
    (userPrincipalName) => {
      expect(messageOf(ZCreateUser.safeParse({ ...valid, userPrincipalName }))).toMatch(/^userPrincipalName: /);
    },
  );

  it("accepts the characters Entra allows in a UPN's alias", () => {
    expect(ZCreateUser.safeParse({ ...valid, userPrincipalName: "o'neil_j-r!#^~@sub.contoso.local" }).success).toBe(true);
  });
});

describe('ZUpdateUser', () => {
  it('keeps absent fields absent and turns null or blank into a cleared value', () => {
    expect(ZUpdateUser.parse({ accountEnabled: false })).toEqual({ accountEnabled: false });
    expect(ZUpdateUser.parse({ givenName: null, surname: ' ', mail: '' })).toEqual({ givenName: null, surname: null, mail: null });
  });

  it('applies the password policy to a new password', () => {
    expect(messageOf(ZUpdateUser.safeParse({ passwordProfile: { password: 'short' } }))).toMatch(/^passwordProfile\.password: /);
  });
});
