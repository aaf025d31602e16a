import { makeStyles, tokens } from '@fluentui/react-components';

export const useBladeStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { paddingInline: tokens.spacingHorizontalXXL },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBlock: `${tokens.spacingVerticalXS} ${tokens.spacingVerticalM}`,
  },
  icon: { display: 'flex', fontSize: '28px', color: tokens.colorBrandForeground1 },
  title: { margin: 0 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  menu: {
    width: '220px',
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
  },
  fullBleed: { gap: 0, padding: 0 },
});
