import { makeStyles, tokens } from '@fluentui/react-components';

export const useRevokeDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
});
