import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { NARROW_SCREEN } from './breakpoints';

export const useHeaderBarStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    height: '48px',
    // A flex item of the full-height shell: without this a tall blade squeezed the bar to 32–41 px.
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    [NARROW_SCREEN]: { gap: tokens.spacingHorizontalS, paddingInline: tokens.spacingHorizontalS },
  },
  productName: {
    ...typographyStyles.subtitle2,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    minWidth: 0,
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForegroundOnBrand}` },
    [NARROW_SCREEN]: { flexGrow: 1 },
  },
  search: { flexGrow: 1, display: 'flex', justifyContent: 'center', minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  narrowOnly: { display: 'none', [NARROW_SCREEN]: { display: 'flex' } },
  wideOnly: { [NARROW_SCREEN]: { display: 'none' } },
  // Transparent buttons default to neutral foreground, unreadable on the brand bar.
  onBrandButton: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
});
