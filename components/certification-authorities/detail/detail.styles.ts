import { makeStyles, tokens } from '@fluentui/react-components';

export const useDetailStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  ekuList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  properties: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '880px' },
  // On a phone the URL takes the whole line and Copy / Test wrap under it, rather than pushing the blade sideways.
  copyRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  // Fluent's Input is 250 px at least; here it shrinks to the line it is given.
  copyInput: { flexGrow: 1, flexBasis: '240px', minWidth: 0 },
  dialogContent: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '880px' },
});
