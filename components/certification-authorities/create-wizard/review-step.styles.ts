import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewStyles = makeStyles({
  ekuList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});
