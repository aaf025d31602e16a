import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useHeaderBarStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    height: '48px',
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  productName: {
    ...typographyStyles.subtitle2,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForegroundOnBrand}` },
  },
  search: { flexGrow: 1, display: 'flex', justifyContent: 'center' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  // Transparent buttons default to neutral foreground, unreadable on the brand bar.
  onBrandButton: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
});
