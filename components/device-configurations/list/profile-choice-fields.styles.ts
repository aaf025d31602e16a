import { makeStyles } from '@fluentui/react-components';

export const useProfileChoiceFieldsStyles = makeStyles({
  // A native select is as wide as its longest option ("Android Enterprise (Fully Managed, …)"); without this it
  // overflowed its field and was clipped. The open list still shows the whole label.
  select: { minWidth: 0 },
});
