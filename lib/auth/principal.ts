// The caller of an API request, built from a verified access token's claims. Same shape for Entra ID and the
// embedded provider. Authorization comes from the `roles` claim (app roles → built-in roles, tenant-wide) and from
// the role assignments of the user's groups (`groups` claim and directory membership), which resolve-role-assignments.ts
// adds after the token is verified.
import type { JWTPayload } from 'jose';
import { BearerTokenError } from './bearer-token-error';
import { API_SCOPE_NAME } from './api-resource';
import { permissionsOfRoles } from './built-in-role-definitions';
import { grantsOf, permissionsOfGrants, type PermissionGrants } from './permission-grants';
import type { Permission } from './permissions';

export interface Principal {
  /** Entra `oid` (object id, stable across apps) or the embedded provider's `sub` (the user or client id). */
  id: string;
  name: string;
  userPrincipalName?: string;
  tenantId: string;
  roles: string[];
  /** Entra `groups` claim: object ids of the groups the user is in (role assignment members are group ids). */
  groupIds: string[];
  /** Each permission held, with the scope tags it holds over. */
  grants: PermissionGrants;
  /** The keys of grants. */
  permissions: Permission[];
  /** A script or service signed in with client credentials, not a person. */
  isApplication: boolean;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Entra marks app-only tokens with `idtyp: app` (optional claim) and always leaves out `scp` in them
 * (access-tokens.md "Payload claims"); the embedded provider sets `idtyp: app` on client-credentials tokens.
 */
function isApplicationToken(payload: JWTPayload): boolean {
  return payload.idtyp === 'app' || (payload.scp === undefined && payload.scope === undefined);
}

/** Delegated scopes: Entra `scp` holds short names ("Cpki.Access"), oidc-provider `scope` holds full URIs. */
function delegatedScopesOf(payload: JWTPayload): string[] {
  return String(payload.scp ?? payload.scope ?? '')
    .split(' ')
    .map((scope) => scope.split('/').pop() ?? '');
}

export function principalFromClaims(payload: JWTPayload): Principal {
  const id = text(payload.oid) ?? text(payload.sub);
  const tenantId = text(payload.tid);
  if (!id || !tenantId) throw new BearerTokenError('invalid_token', 'Access token validation failure. The token has no subject or tenant.');

  const isApplication = isApplicationToken(payload);
  // RFC 6750 §3.1 insufficient_scope: a valid token that does not grant this API → 403, not 401.
  if (!isApplication && !delegatedScopesOf(payload).includes(API_SCOPE_NAME)) {
    throw new BearerTokenError('insufficient_scope', `The access token does not grant the '${API_SCOPE_NAME}' scope.`);
  }

  const roles = stringsOf(payload.roles);
  const grants = grantsOf([{ permissions: permissionsOfRoles(roles), scope: 'all' }]);
  const userPrincipalName = isApplication ? undefined : (text(payload.preferred_username) ?? text(payload.upn));
  return {
    id,
    name: text(payload.name) ?? text(payload.app_displayname) ?? userPrincipalName ?? text(payload.azp) ?? text(payload.client_id) ?? id,
    ...(userPrincipalName ? { userPrincipalName } : {}),
    tenantId,
    roles,
    groupIds: stringsOf(payload.groups),
    grants,
    permissions: permissionsOfGrants(grants),
    isApplication,
  };
}
