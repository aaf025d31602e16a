import { makeStyles, tokens } from '@fluentui/react-components';

export const useCertificationAuthorityListStyles = makeStyles({
  intro: { maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
  search: { width: '320px', maxWidth: '100%' },
  grid: { minWidth: '720px' },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  skeletonRow: {
    display: 'grid',
    gridTemplateColumns: '2fr 1fr 1fr 2fr',
    gap: tokens.spacingHorizontalL,
  },
  noMatches: { color: tokens.colorNeutralForeground3 },
});
