import { makeStyles, tokens } from '@fluentui/react-components';

export const useWizardTabsStyles = makeStyles({
  root: {
    // On a phone the numbered tabs take two lines rather than pushing the wizard sideways.
    flexWrap: 'wrap',
    paddingInline: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { marginInlineEnd: tokens.spacingHorizontalXS },
  complete: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
