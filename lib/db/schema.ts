// The one drizzle schema (pg dialect) for PGlite and PostgreSQL; drizzle-kit generates drizzle/ from it.
// Only lib/db imports it: repositories are the code that touches tables.
export * from './tables/tenants';
export * from './tables/users';
export * from './tables/groups';
export * from './tables/group-members';
export * from './tables/managed-devices';
export * from './tables/sealed-keys';
export * from './tables/certification-authorities';
export * from './tables/leaf-certificates';
export * from './tables/scep';
export * from './tables/audit-events';
export * from './tables/leases';
export * from './tables/device-configurations';
export * from './tables/device-configuration-assignments';
export * from './tables/device-configuration-device-statuses';
export * from './tables/device-trusted-certificates';
export * from './tables/device-scep-certificates';
export * from './tables/oidc-payloads';
export * from './tables/role-definitions';
export * from './tables/role-assignments';
export * from './tables/role-scope-tags';
export * from './tables/role-scope-tag-assignments';
