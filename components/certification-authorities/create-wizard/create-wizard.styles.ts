import { makeStyles, tokens } from '@fluentui/react-components';
import { NARROW_SCREEN } from '@/components/shell/breakpoints';

export const useCreateWizardStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  sectionText: { color: tokens.colorNeutralForeground2 },
  subjectGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(240px, 100%), 1fr))',
    // A field showing an error grows; its neighbours keep their inputs at the top.
    alignItems: 'start',
    gap: tokens.spacingVerticalM,
    columnGap: tokens.spacingHorizontalL,
  },
  ekuList: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  ekuRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 1fr) minmax(160px, 1fr) minmax(180px, 1fr) auto', [NARROW_SCREEN]: { gridTemplateColumns: 'minmax(0, 1fr)' },
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
  },
  // Without the custom Name and Object identifier inputs the Type spans their columns.
  ekuTypeWide: { gridColumn: '1 / 4' },
  // Lines the remove button up with the inputs rather than with their labels.
  ekuRemove: { marginTop: '26px' },
  ekuAdd: { alignSelf: 'flex-start' },
  errorText: { color: tokens.colorPaletteRedForeground1 },
});
