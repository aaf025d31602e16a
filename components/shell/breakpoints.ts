// One breakpoint for the shell: below it (phones, 390 px) the left navigation moves into the header's menu button,
// the header drops the search box and blades stack their inner menu above the content.
export const NARROW_SCREEN = '@media (max-width: 639px)';
