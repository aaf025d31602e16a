import { makeStyles } from '@fluentui/react-components';

export const useHomeViewStyles = makeStyles({
  card: { maxWidth: '640px' },
});
