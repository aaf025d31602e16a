// Intune's built-in scope tag: every tenant has it, nobody can edit or delete it, and objects created without a
// choice carry it. Graph id "0".
export const DEFAULT_SCOPE_TAG_ID = '0';

export const DEFAULT_SCOPE_TAG = {
  id: DEFAULT_SCOPE_TAG_ID,
  displayName: 'Default',
  description: 'Default scope tag',
} as const;
