import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHeader: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  entry: { display: 'grid', gridTemplateColumns: '240px 1fr', columnGap: tokens.spacingHorizontalL },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  ekuList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});
