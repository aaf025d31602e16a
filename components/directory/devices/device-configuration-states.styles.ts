import { makeStyles, tokens } from '@fluentui/react-components';

export const useDeviceConfigurationStatesStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  grid: { minWidth: '640px' },
  muted: { color: tokens.colorNeutralForeground3 },
});
