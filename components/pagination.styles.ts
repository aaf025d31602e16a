import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaginationStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: 0 },
});
