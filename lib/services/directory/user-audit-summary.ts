import 'server-only';
import type { UserRow } from '@/lib/db/repositories/users';

/** What the audit log keeps of a user: never the password hash (a summary, not secrets). */
export function userAuditSummary(user: UserRow) {
  return {
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail,
    givenName: user.givenName,
    surname: user.surname,
    accountEnabled: user.accountEnabled,
  };
}
