import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useTrustedCertificateStyles = makeStyles({
  fileInput: {
    ...typographyStyles.body1,
    paddingBlock: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
  },
  details: {
    display: 'grid',
    gridTemplateColumns: '160px 1fr',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});
