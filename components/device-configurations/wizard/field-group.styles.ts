import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useFieldGroupStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  error: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1 },
});
