import { makeStyles, tokens } from '@fluentui/react-components';

export const useDirectoryListStyles = makeStyles({
  search: { width: '360px', maxWidth: '100%' },
  grid: { minWidth: '640px' },
  clickableRow: { cursor: 'pointer' },
  muted: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
});
