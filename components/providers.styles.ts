import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

export const useProvidersStyles = makeStyles({
  // Fill the window with the theme's background, also on short pages such as the sign-in form.
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});
