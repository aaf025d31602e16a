import { makeStyles, tokens } from '@fluentui/react-components';

export const useProfileWizardStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  facts: { display: 'grid', gridTemplateColumns: '160px 1fr', rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  platform: { color: tokens.colorNeutralForeground2 },
  problemList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  chooser: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
  chooserSubmit: { alignSelf: 'flex-start' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});
