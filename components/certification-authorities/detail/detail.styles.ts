import { makeStyles, tokens } from '@fluentui/react-components';

export const useDetailStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  ekuList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  properties: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '880px' },
  copyRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // Fluent's Input is 250 px at least; on a phone the URL field shrinks beside its Copy button instead.
  copyInput: { flexGrow: 1, minWidth: 0 },
  dialogContent: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '880px' },
});
