import { makeStyles, tokens } from '@fluentui/react-components';

export const useLicensesStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  heading: { margin: `${tokens.spacingVerticalL} 0 0` },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});
