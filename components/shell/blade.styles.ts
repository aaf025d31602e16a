import { makeStyles, tokens } from '@fluentui/react-components';
import { NARROW_SCREEN } from './breakpoints';

export const useBladeStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { paddingInline: tokens.spacingHorizontalXXL, [NARROW_SCREEN]: { paddingInline: tokens.spacingHorizontalM } },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBlock: `${tokens.spacingVerticalXS} ${tokens.spacingVerticalM}`,
  },
  icon: { display: 'flex', fontSize: '28px', color: tokens.colorBrandForeground1 },
  // Long CA and profile names wrap instead of running off a phone's screen.
  // The cap keeps the title on the icon's line (28 px icon + 12 px gap); a badge beside it may wrap below.
  title: { margin: 0, minWidth: 0, maxWidth: 'calc(100% - 40px)', overflowWrap: 'anywhere' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0, [NARROW_SCREEN]: { flexDirection: 'column' } },
  menu: {
    width: '220px',
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW_SCREEN]: {
      width: 'auto',
      borderRight: 'none',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  content: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  commandBar: {
    paddingInline: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  children: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    gap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    [NARROW_SCREEN]: { paddingInline: tokens.spacingHorizontalM },
  },
  fullBleed: { gap: 0, padding: 0 },
});
