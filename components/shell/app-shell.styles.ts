import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    // Only the blade area scrolls; without this, focusing a control deep in a wizard scrolled the header away.
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  // The blade area scrolls on its own so the header and navigation stay put; wizard footers stick to its bottom.
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowY: 'auto' },
});
