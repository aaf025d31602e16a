import { makeStyles, tokens } from '@fluentui/react-components';

export const useAuditLogsStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  // 460 px where there is room; on a phone the field gives way, and min-width 0 lets the native select shrink below
  // its longest option.
  activityField: { width: '420px', maxWidth: '100%' },
  activity: { width: '100%', minWidth: 0 },
  dateField: { width: '160px' },
  textField: { width: '240px', maxWidth: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
  properties: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBlock: `0 ${tokens.spacingVerticalM}` },
  propertyRow: { display: 'grid', gridTemplateColumns: '120px 1fr', columnGap: tokens.spacingHorizontalL },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  json: {
    maxHeight: '320px',
    overflow: 'auto',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});
