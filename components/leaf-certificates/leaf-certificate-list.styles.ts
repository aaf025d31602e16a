import { makeStyles, tokens } from '@fluentui/react-components';

export const useLeafCertificateListStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  search: { width: '420px', maxWidth: '100%' },
  status: { minWidth: '160px' },
  // Nine columns don't fit a laptop screen next to the navigation: the grid scrolls sideways instead of squeezing.
  gridScroller: { overflowX: 'auto' },
  grid: { minWidth: '1240px' },
  wideCell: { flexGrow: 2 },
  narrowCell: { flexGrow: 0, flexBasis: '112px' },
  actionsCell: { flexGrow: 0, flexBasis: '120px' },
  muted: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
});
