import { makeStyles, tokens } from '@fluentui/react-components';

export const useBladeErrorStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXXL },
});
