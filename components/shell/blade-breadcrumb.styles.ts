import { makeStyles } from '@fluentui/react-components';

export const useBladeBreadcrumbStyles = makeStyles({
  // A long CA name in the trail takes a second line on a phone rather than pushing the blade sideways.
  list: { flexWrap: 'wrap' },
  button: { maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'start' },
});
