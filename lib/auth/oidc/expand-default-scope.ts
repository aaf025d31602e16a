// Entra convention: `<resource>/.default` means "every scope statically granted on that resource" and is the
// only scope the client-credentials grant accepts there (Microsoft identity platform, "The .default scope").
// Scripts written for Entra send it; oidc-provider would silently drop the unknown scope, so it is expanded.
export function expandDefaultScope(scope: string, resource: string, staticScopes: readonly string[]): string {
  const requested = scope.split(' ').filter(Boolean);
  const expanded = requested.flatMap((item) => (item === `${resource}/.default` ? staticScopes : [item]));
  return [...new Set(expanded)].join(' ');
}
