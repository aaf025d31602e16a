import { makeStyles } from '@fluentui/react-components';

export const useHeaderSearchStyles = makeStyles({
  root: { width: '100%', maxWidth: '480px' },
  box: { width: '100%', maxWidth: 'none' },
});
