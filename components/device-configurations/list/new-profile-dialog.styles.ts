import { makeStyles, tokens } from '@fluentui/react-components';

export const useNewProfileDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});
