'use client';
import type * as React from 'react';
import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Tooltip, type MenuProps } from '@fluentui/react-components';
import { DarkTheme20Regular, WeatherMoon20Regular, WeatherSunny20Regular } from '@fluentui/react-icons';
import { isThemeMode, THEME_MODES, useThemeMode, type ThemeMode } from '@/components/theme-mode';

const THEME_LABELS: Record<ThemeMode, string> = { light: 'Light', dark: 'Dark', highContrast: 'High contrast' };
const THEME_ICONS: Record<ThemeMode, React.ReactElement> = {
  light: <WeatherSunny20Regular />,
  dark: <WeatherMoon20Regular />,
  highContrast: <DarkTheme20Regular />,
};

/** The header's "Theme" menu: light, dark or high contrast, the current one checked. */
export function ThemeToggle({ className }: { className?: string }) {
  const { mode, setMode } = useThemeMode();
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_, { checkedItems }) => {
    const [next] = checkedItems;
    if (isThemeMode(next)) setMode(next);
  };
  return (
    <Menu checkedValues={{ theme: [mode] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content="Theme" relationship="label">
          <Button appearance="transparent" icon={THEME_ICONS[mode]} className={className} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEME_MODES.map((value) => (
            <MenuItemRadio key={value} name="theme" value={value} icon={THEME_ICONS[value]}>
              {THEME_LABELS[value]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
