import { makeStyles, tokens } from '@fluentui/react-components';

export const useLeafCertificateListStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  search: { width: '420px', maxWidth: '100%' },
  status: { minWidth: '160px' },
  // Nine columns don't fit a laptop screen next to the navigation: the grid scrolls sideways instead of squeezing.
  grid: { minWidth: '1240px' },
  wideCell: { flexGrow: 2 },
  narrowCell: { flexGrow: 0, flexBasis: '112px' },
  // Revoke stays in view while the other columns scroll under it.
  actionsCell: {
    flexGrow: 0,
    flexBasis: '120px',
    position: 'sticky',
    right: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
});
