/** Scope tags of the tenant; only Intune's built-in "Default" (id "0") exists until scope tags get their blade. */
export const SCOPE_TAGS = [{ id: '0', displayName: 'Default' }] as const;

export function scopeTagNames(ids: readonly string[]): string {
  return ids.map((id) => SCOPE_TAGS.find((tag) => tag.id === id)?.displayName ?? id).join(', ');
}
