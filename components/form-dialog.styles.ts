import { makeStyles, tokens } from '@fluentui/react-components';

export const useFormDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});
