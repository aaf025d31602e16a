import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHeader: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  entry: { display: 'grid', gridTemplateColumns: '240px 1fr', columnGap: tokens.spacingHorizontalL },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});
