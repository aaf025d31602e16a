import { makeStyles, tokens } from '@fluentui/react-components';

export const useAssignmentsStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { maxWidth: '640px' },
  removeCell: { width: '48px' },
  muted: { color: tokens.colorNeutralForeground3 },
  dialogContent: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  groupList: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '320px',
    overflowY: 'auto',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  groupLabel: { display: 'flex', flexDirection: 'column' },
  groupDescription: { color: tokens.colorNeutralForeground3 },
  problemList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  problemItem: { marginBlockEnd: tokens.spacingVerticalXS },
  problemLinks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});
