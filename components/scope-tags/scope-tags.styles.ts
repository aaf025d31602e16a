import { makeStyles, tokens } from '@fluentui/react-components';

export const useScopeTagsStyles = makeStyles({
  grid: { minWidth: '640px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  rowActions: { display: 'flex', gap: tokens.spacingHorizontalS },
});
