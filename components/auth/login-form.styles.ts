import { makeStyles, tokens } from '@fluentui/react-components';

export const useLoginFormStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'grid',
    placeItems: 'center',
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  card: {
    width: 'min(400px, 100%)',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
  },
  productName: {
    color: tokens.colorBrandForeground1,
    margin: 0,
  },
  heading: {
    margin: 0,
  },
  submit: {
    alignSelf: 'flex-end',
    minWidth: '108px',
  },
});
