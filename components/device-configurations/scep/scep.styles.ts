import { makeStyles, tokens } from '@fluentui/react-components';
import { NARROW_SCREEN } from '@/components/shell/breakpoints';

export const useScepStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  validityValue: { width: '120px' },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  sanRow: { display: 'grid', gridTemplateColumns: 'minmax(180px, 1fr) minmax(220px, 2fr) auto', [NARROW_SCREEN]: { gridTemplateColumns: 'minmax(0, 1fr)' }, gap: tokens.spacingHorizontalS },
  ekuRow: { display: 'grid', gridTemplateColumns: 'minmax(180px, 1fr) minmax(180px, 1fr) auto', [NARROW_SCREEN]: { gridTemplateColumns: 'minmax(0, 1fr)' }, gap: tokens.spacingHorizontalS },
  appRow: { display: 'grid', gridTemplateColumns: 'minmax(240px, 1fr) auto', [NARROW_SCREEN]: { gridTemplateColumns: 'minmax(0, 1fr)' }, gap: tokens.spacingHorizontalS },
  columnHeader: { color: tokens.colorNeutralForeground2 },
  rowError: { gridColumn: '1 / -1', color: tokens.colorPaletteRedForeground1 },
  addRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  start: { alignSelf: 'flex-start' },
  grow: { flexGrow: 1 },
  checkboxes: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  variables: { fontFamily: tokens.fontFamilyMonospace },
});
