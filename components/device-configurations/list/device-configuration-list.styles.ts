import { makeStyles, tokens } from '@fluentui/react-components';

export const useDeviceConfigurationListStyles = makeStyles({
  intro: { maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
  search: { width: '320px', maxWidth: '100%' },
  grid: { minWidth: '720px' },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  skeletonRow: { display: 'grid', gridTemplateColumns: '2fr 1fr 1fr 1fr 1fr', gap: tokens.spacingHorizontalL },
  empty: { color: tokens.colorNeutralForeground3 },
});
