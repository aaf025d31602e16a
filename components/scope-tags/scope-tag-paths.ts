export const SCOPE_TAGS_PATH = '/tenant-administration/scope-tags';
export const CREATE_SCOPE_TAG_PATH = `${SCOPE_TAGS_PATH}/create`;
export const GRAPH_ROLE_SCOPE_TAGS = '/beta/deviceManagement/roleScopeTags';
export const SCOPE_TAGS_BREADCRUMB = [
  { label: 'Home', href: '/' },
  { label: 'Tenant administration | Scope tags', href: SCOPE_TAGS_PATH },
] as const;
