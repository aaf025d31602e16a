import { makeStyles } from '@fluentui/react-components';

export const useCommandBarStyles = makeStyles({
  // On a narrow screen the commands take a second line instead of squeezing their labels or leaving the window.
  root: { flexWrap: 'wrap' },
});
