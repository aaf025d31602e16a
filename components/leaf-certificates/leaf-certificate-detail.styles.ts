import { makeStyles, tokens } from '@fluentui/react-components';

export const useLeafCertificateDetailStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
