// Domain row -> Graph `user` JSON. Roles and the password hash stay inside: Graph users carry neither.
import type { UserRow } from '@/lib/db/repositories/users';

export interface GraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  givenName: string | null;
  surname: string | null;
  accountEnabled: boolean;
  createdDateTime: string;
}

export function toGraphUser(user: UserRow): GraphUser {
  return {
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail,
    givenName: user.givenName,
    surname: user.surname,
    accountEnabled: user.accountEnabled,
    createdDateTime: user.createdDateTime.toISOString(),
  };
}
