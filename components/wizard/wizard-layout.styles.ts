import { makeStyles, tokens } from '@fluentui/react-components';
import { NARROW_SCREEN } from '@/components/shell/breakpoints';

export const useWizardLayoutStyles = makeStyles({
  // The form fills the blade so the footer can sit at the bottom even when a tab is short.
  form: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    flexGrow: 1,
    maxWidth: '760px',
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    [NARROW_SCREEN]: { paddingInline: tokens.spacingHorizontalM },
  },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginTop: 'auto',
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalXXL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW_SCREEN]: { paddingInline: tokens.spacingHorizontalM },
  },
});
