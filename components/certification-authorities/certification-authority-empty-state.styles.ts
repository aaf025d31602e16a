import { makeStyles, tokens } from '@fluentui/react-components';

export const useEmptyStateStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    maxWidth: '640px',
    paddingBlock: tokens.spacingVerticalXXL,
  },
  icon: { fontSize: '48px', color: tokens.colorBrandForeground1 },
  heading: { margin: 0 },
});
